package checkpoint

import (
	"bytes"
	"errors"
	"maps"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// sampleTensors covers the shapes and values a checkpoint must keep bit for
// bit: ranks 0..4, zero-size tensors, signed zeros, infinities, subnormals.
func sampleTensors() []Named {
	s := repops.NewStream(1, 2, 3, repops.PurposeInit)
	rnd := func(shape ...int) *repops.Tensor {
		t := repops.New(shape...)
		for i := range t.Data {
			t.Data[i] = s.Normal(uint64(i) + uint64(len(shape))<<32)
		}
		return t
	}
	special := repops.FromData([]float32{
		0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)),
		math.Float32frombits(1), math.SmallestNonzeroFloat32 * 3, math.MaxFloat32, -math.MaxFloat32,
	}, 8)
	return []Named{
		{"tok_emb", rnd(55, 16)},
		{"layers.0.attn.wq", rnd(16, 16)},
		{"layers.0.norm", rnd(16)},
		{"empty_b", repops.New(0, 4)},
		{"empty_a", repops.New(3, 0)},
		{"scalar", repops.FromData([]float32{-2.5})},
		{"rank4", rnd(2, 1, 3, 2)},
		{"special", special},
		{"ünïcode \"name\"", rnd(3)},
	}
}

func TestRoundTripBitExact(t *testing.T) {
	in := sampleTensors()
	meta := map[string]string{"config": `{"layers":2}`, "root": "0xabc", "": "empty key"}
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := Save(path, in, meta); err != nil {
		t.Fatal(err)
	}
	out, gotMeta, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(gotMeta, meta) {
		t.Errorf("metadata %v, want %v", gotMeta, meta)
	}
	// The two zero-size tensors share an offset and come back by name;
	// everything else keeps the saved order.
	wantOrder := []string{"tok_emb", "layers.0.attn.wq", "layers.0.norm", "empty_a", "empty_b", "scalar", "rank4", "special", "ünïcode \"name\""}
	if len(out) != len(wantOrder) {
		t.Fatalf("loaded %d tensors, want %d", len(out), len(wantOrder))
	}
	byName := map[string]*repops.Tensor{}
	for _, nt := range in {
		byName[nt.Name] = nt.T
	}
	for i, nt := range out {
		if nt.Name != wantOrder[i] || nt.T.Name != nt.Name {
			t.Fatalf("tensor %d is %q (T.Name %q), want %q", i, nt.Name, nt.T.Name, wantOrder[i])
		}
		if !repops.Equal(nt.T, byName[nt.Name]) {
			t.Errorf("%q changed in the round trip", nt.Name)
		}
	}
	a, _ := Encode(in, meta)
	b, _ := Encode(out, gotMeta)
	if !bytes.Equal(a, b) {
		t.Error("re-encoding the loaded tensors changed the bytes")
	}
}

func TestNaNCanonicalized(t *testing.T) {
	odd := math.Float32frombits(0xFFC00001) // a negative NaN with a payload
	b, err := Encode([]Named{{"x", &repops.Tensor{Shape: []int{2}, Data: []float32{odd, 1}}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if bits := math.Float32bits(out[0].T.Data[0]); bits != repops.CanonicalNaN {
		t.Errorf("NaN stored as %#x, want %#x", bits, repops.CanonicalNaN)
	}
	// A file written elsewhere with a payload NaN loads canonicalized too.
	raw := append([]byte(nil), b...)
	copy(raw[len(raw)-8:], []byte{0x01, 0x00, 0xC0, 0xFF})
	out, _, err = Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if bits := math.Float32bits(out[0].T.Data[0]); bits != repops.CanonicalNaN {
		t.Errorf("loaded NaN %#x, want %#x", bits, repops.CanonicalNaN)
	}
}

func TestEncodeRejects(t *testing.T) {
	one := func() *repops.Tensor { return repops.FromData([]float32{1}, 1) }
	for _, tc := range []struct {
		name    string
		tensors []Named
		meta    map[string]string
		want    string
	}{
		{"duplicate", []Named{{"a", one()}, {"a", one()}}, nil, "appears twice"},
		{"reserved", []Named{{"__metadata__", one()}}, nil, "reserved"},
		{"empty name", []Named{{"", one()}}, nil, "empty name"},
		{"bad utf8 name", []Named{{"a\xff", one()}}, nil, "UTF-8"},
		{"nil", []Named{{"a", nil}}, nil, "nil tensor"},
		{"short data", []Named{{"a", &repops.Tensor{Shape: []int{2, 2}, Data: make([]float32, 3)}}}, nil, "holds 4 elements"},
		{"rank 5", []Named{{"a", &repops.Tensor{Shape: []int{1, 1, 1, 1, 1}, Data: make([]float32, 1)}}}, nil, "rank 5"},
		{"negative", []Named{{"a", &repops.Tensor{Shape: []int{-1}, Data: nil}}}, nil, "out of range"},
		{"bad utf8 meta", nil, map[string]string{"k": "\xfe"}, "UTF-8"},
	} {
		_, err := Encode(tc.tensors, tc.meta)
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Encode error %v, want ErrInvalid with %q", tc.name, err, tc.want)
		}
	}
}
