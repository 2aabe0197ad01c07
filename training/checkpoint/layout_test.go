package checkpoint

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// TestLayout checks a saved file byte for byte against the documented
// layout: length, sorted compact header padded with spaces to 8 bytes, then
// the tensors' little-endian float32 data in the order given.
func TestLayout(t *testing.T) {
	w := repops.FromData([]float32{1, 2, 3, -4, 0.5, float32(math.Inf(1))}, 2, 3)
	s := repops.FromData([]float32{7}) // a scalar
	path := filepath.Join(t.TempDir(), "model.safetensors")
	meta := map[string]string{"step": "3", "format": "apiary<&>"}
	if err := Save(path, []Named{{"b.weight", w}, {"a", s}}, meta); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	header := `{"__metadata__":{"format":"apiary<&>","step":"3"},` +
		`"a":{"data_offsets":[24,28],"dtype":"F32","shape":[]},` +
		`"b.weight":{"data_offsets":[0,24],"dtype":"F32","shape":[2,3]}}`
	for len(header)%8 != 0 {
		header += " "
	}
	want := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	want = append(want, header...)
	for _, x := range []float32{1, 2, 3, -4, 0.5, float32(math.Inf(1)), 7} {
		want = binary.LittleEndian.AppendUint32(want, math.Float32bits(x))
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("file bytes:\n got %q\nwant %q", got, want)
	}
	if pad := len(header) - len(bytes.TrimRight([]byte(header), " ")); len(header)%8 != 0 || pad >= 8 {
		t.Errorf("header is %d bytes with %d of padding, want the least padding to a multiple of 8", len(header), pad)
	}
}

func TestLayoutNoMetadataNoTensors(t *testing.T) {
	b, err := Encode(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := append(binary.LittleEndian.AppendUint64(nil, 8), "{}      "...)
	if !bytes.Equal(b, want) {
		t.Fatalf("Encode(nil, nil) = %q, want %q", b, want)
	}
	ts, meta, err := Decode(b)
	if err != nil || len(ts) != 0 || meta != nil {
		t.Fatalf("Decode = %v, %v, %v; want nothing", ts, meta, err)
	}
}

func TestSaveReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ckpt.safetensors")
	for i, v := range []float32{1, 2} {
		if err := Save(path, []Named{{"x", repops.FromData([]float32{v}, 1)}}, map[string]string{"i": string(rune('0' + i))}); err != nil {
			t.Fatal(err)
		}
	}
	ts, meta, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if ts[0].T.Data[0] != 2 || meta["i"] != "1" {
		t.Errorf("loaded %v %v, want the second save", ts[0].T.Data, meta)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only the checkpoint (no temp files)", len(entries))
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want 0644", fi.Mode(), err)
	}
	if err := Save(filepath.Join(dir, "missing", "x"), nil, nil); err == nil {
		t.Error("Save into a missing directory succeeded")
	}
	bad := []Named{{"x", repops.FromData([]float32{1}, 1)}, {"x", repops.FromData([]float32{1}, 1)}}
	if err := Save(path, bad, nil); err == nil {
		t.Error("Save with duplicate names succeeded")
	}
	if ts, _, err := Load(path); err != nil || ts[0].T.Data[0] != 2 {
		t.Error("a failed Save damaged the existing file")
	}
}
