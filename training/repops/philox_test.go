package repops

import (
	"math"
	"testing"
)

// Known-answer vectors of Random123's kat_vectors for philox4x32_10.
func TestPhiloxKnownAnswers(t *testing.T) {
	tests := []struct {
		ctr  [4]uint32
		key  [2]uint32
		want [4]uint32
	}{
		{[4]uint32{0, 0, 0, 0}, [2]uint32{0, 0}, [4]uint32{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}},
		{[4]uint32{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}, [2]uint32{0xffffffff, 0xffffffff}, [4]uint32{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}},
		{[4]uint32{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}, [2]uint32{0xa4093822, 0x299f31d0}, [4]uint32{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}},
	}
	for _, tt := range tests {
		if got := Philox(tt.ctr, tt.key); got != tt.want {
			t.Errorf("Philox(%08x, %08x) = %08x, want %08x", tt.ctr, tt.key, got, tt.want)
		}
	}
}

func TestStreamsAreSeparated(t *testing.T) {
	base := NewStream(1, 2, 3, PurposeSampling)
	for _, s := range []Stream{NewStream(9, 2, 3, PurposeSampling), NewStream(1, 9, 3, PurposeSampling), NewStream(1, 2, 9, PurposeSampling), NewStream(1, 2, 3, PurposePrompts)} {
		if s == base {
			t.Fatalf("stream %v equals base stream", s)
		}
	}
	if NewStream(1, 2, 3, PurposeSampling) != base {
		t.Fatal("NewStream is not deterministic")
	}
}

func TestUniformAndNormalMoments(t *testing.T) {
	s := NewStream(7, 0, 0, PurposeInit)
	const n = 200000
	var su, sn, sn2 float64
	for i := uint64(0); i < n; i++ {
		u := s.Uniform(i)
		if u < 0 || u >= 1 {
			t.Fatalf("Uniform(%d) = %g, want in [0,1)", i, u)
		}
		su += float64(u)
		z := float64(s.Normal(i))
		sn += z
		sn2 += z * z
	}
	if m := su / n; math.Abs(m-0.5) > 0.005 {
		t.Errorf("uniform mean = %.4f, want 0.5±0.005", m)
	}
	if m := sn / n; math.Abs(m) > 0.01 {
		t.Errorf("normal mean = %.4f, want 0±0.01", m)
	}
	if v := sn2/n - (sn/n)*(sn/n); math.Abs(v-1) > 0.02 {
		t.Errorf("normal variance = %.4f, want 1±0.02", v)
	}
}

func TestCategorical(t *testing.T) {
	p := []float32{0.25, 0, 0.5, 0.25}
	tests := []struct {
		u    float32
		want int
	}{{0, 0}, {0.2499, 0}, {0.25, 2}, {0.7499, 2}, {0.75, 3}, {0.99999994, 3}}
	for _, tt := range tests {
		if got := Categorical(p, tt.u); got != tt.want {
			t.Errorf("Categorical(%v, %g) = %d, want %d", p, tt.u, got, tt.want)
		}
	}
	// Rounding shortfall: probabilities summing below u fall back to the last nonzero.
	if got := Categorical([]float32{0.3, 0.3, 0}, 0.9); got != 1 {
		t.Errorf("shortfall fallback = %d, want 1", got)
	}
}
