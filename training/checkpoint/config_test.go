package checkpoint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type testConfig struct {
	Layers  int     `json:"layers"`
	Width   int     `json:"width"`
	Task    string  `json:"task"`
	LR      float32 `json:"lr"`
	Vocab   []int   `json:"vocab,omitempty"`
	Comment string  `json:"comment,omitempty"`
}

func TestConfigRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.json")
	in := testConfig{Layers: 2, Width: 64, Task: "add", LR: 3e-4, Comment: "<&>"}
	if err := SaveConfig(path, in); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"layers\": 2,\n  \"width\": 64,\n  \"task\": \"add\",\n  \"lr\": 0.0003,\n  \"comment\": \"\\u003c\\u0026\\u003e\"\n}\n"
	if string(raw) != want {
		t.Errorf("config file:\n%s\nwant:\n%s", raw, want)
	}
	var out testConfig
	if err := LoadConfig(path, &out); err != nil {
		t.Fatal(err)
	}
	if out.Layers != in.Layers || out.Width != in.Width || out.Task != in.Task || out.LR != in.LR || out.Comment != in.Comment {
		t.Errorf("loaded %+v, want %+v", out, in)
	}
}

func TestConfigRejects(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"unknown field", `{"layers":2,"depth":3}`, "unknown field"},
		{"wrong type", `{"layers":"two"}`, "cannot unmarshal"},
		{"trailing object", `{"layers":2}{"layers":3}`, "after the value"},
		{"trailing garbage", `{"layers":2} x`, "after the value"},
		{"truncated", `{"layers":2`, "decode config"},
		{"empty", ``, "decode config"},
		{"too big", `{"comment":"` + strings.Repeat("a", MaxConfigSize) + `"}`, "exceeds"},
	} {
		var c testConfig
		err := DecodeConfig([]byte(tc.data), &c)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: DecodeConfig error %v, want one mentioning %q", tc.name, err, tc.want)
		}
	}
	var c testConfig
	if err := LoadConfig(filepath.Join(t.TempDir(), "none.json"), &c); err == nil {
		t.Error("LoadConfig of a missing file succeeded")
	}
}
