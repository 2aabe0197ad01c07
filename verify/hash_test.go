package verify

import (
	"encoding/json"
	"testing"
)

func TestKeccak256KnownAnswers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"},
		{"abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"},
	} {
		if got := Keccak256([]byte(c.in)).String(); got != c.want {
			t.Errorf("Keccak256(%q) = %s, want %s", c.in, got, c.want)
		}
		if got := refH([]byte(c.in)).String(); got != c.want {
			t.Errorf("reference keccak(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestHashText(t *testing.T) {
	h := Keccak256([]byte("x"))
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var back Hash
	if err := json.Unmarshal(b, &back); err != nil || back != h {
		t.Fatalf("round trip of %s: got %v, %v", b, back, err)
	}
	for _, bad := range []string{`"0x12"`, `"0x` + string(make([]byte, 64)) + `"`, `"zz` + h.String()[4:] + `"`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("decoding %q: got no error", bad)
		}
	}
}
