package checkpoint

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// readerPy is an independent safetensors reader using only Python's
// standard library: it prints, per tensor in header order, the name, the
// shape and the sum of the float32 values (exact for the small integers used).
const readerPy = `
import json, struct, sys
b = open(sys.argv[1], "rb").read()
n = struct.unpack("<Q", b[:8])[0]
h = json.loads(b[8:8+n])
meta = h.pop("__metadata__", {})
print("meta", json.dumps(meta, sort_keys=True))
for name, e in h.items():
    assert e["dtype"] == "F32"
    s, t = e["data_offsets"]
    vals = struct.unpack("<%df" % ((t - s) // 4), b[8+n+s:8+n+t])
    print(name, e["shape"], sum(vals))
`

// TestInteropPython checks that a reader written from the format's
// specification, not from this package, reads what Save writes. It runs
// only where python3 is installed.
func TestInteropPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	path := filepath.Join(t.TempDir(), "m.safetensors")
	ts := []Named{
		{"w", repops.FromData([]float32{1, 2, 3, 4, 5, 6}, 2, 3)},
		{"b", repops.FromData([]float32{-1, 10}, 2)},
		{"s", repops.FromData([]float32{7})},
	}
	if err := Save(path, ts, map[string]string{"step": "9"}); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", readerPy, path).CombinedOutput()
	if err != nil {
		t.Fatalf("python reader: %v\n%s", err, out)
	}
	want := "meta {\"step\": \"9\"}\nb [2] 9.0\ns [] 7.0\nw [2, 3] 21.0\n"
	if got := strings.ReplaceAll(string(out), "\r", ""); got != want {
		t.Errorf("python read:\n%s\nwant:\n%s", got, want)
	}
}
