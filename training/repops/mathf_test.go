package repops

import (
	"math"
	"testing"
)

// ulpDiff is the distance in units in the last place between two floats of
// the same sign (an ordered-integer comparison).
func ulpDiff(a, b float32) int64 {
	ord := func(x float32) int64 {
		u := int64(math.Float32bits(x))
		if u&0x80000000 != 0 {
			return -(u & 0x7FFFFFFF)
		}
		return u
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return d
}

// sampleFloats walks a deterministic grid plus a xorshift sample of floats in
// [lo, hi]: n points in all.
func sampleFloats(lo, hi float32, n int, f func(x float32)) {
	state := uint64(0x9E3779B97F4A7C15)
	for i := 0; i < n; i++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		u := float64(state>>11) / (1 << 53)
		f(float32(float64(lo) + u*float64(hi-lo)))
	}
}

// TestMathAccuracy measures the worst ulp error of Exp, Log, Tanh and Sigmoid
// against package math (computed in float64 and rounded once) over a large
// sample, and holds it to the bounds documented in docs/REPOPS.md.
func TestMathAccuracy(t *testing.T) {
	const n = 2_000_000
	cases := []struct {
		name   string
		f      func(float32) float32
		ref    func(float64) float64
		lo, hi float32
		bound  int64
	}{
		{"exp", Exp, math.Exp, -103, 88.7, 2},
		{"log", Log, math.Log, 1e-38, 3e38, 2},
		{"log_near_1", Log, math.Log, 0.5, 2, 2},
		{"tanh", Tanh, math.Tanh, -10, 10, 3},
		{"sigmoid", Sigmoid, func(x float64) float64 { return 1 / (1 + math.Exp(-x)) }, -90, 90, 3},
	}
	for _, c := range cases {
		var worst int64
		var at float32
		sampleFloats(c.lo, c.hi, n, func(x float32) {
			got := c.f(x)
			want := float32(c.ref(float64(x)))
			if want == 0 && got == 0 {
				return
			}
			if d := ulpDiff(got, want); d > worst {
				worst, at = d, x
			}
		})
		t.Logf("%-11s max error %d ulp over %d samples in [%g, %g] (at x=%g)", c.name, worst, n, c.lo, c.hi, at)
		if worst > c.bound {
			t.Errorf("%s: max error %d ulp at x=%g, want ≤ %d", c.name, worst, at, c.bound)
		}
	}
}

func TestMathSpecialValues(t *testing.T) {
	inf := float32(math.Inf(1))
	nan := math.Float32frombits(CanonicalNaN)
	tests := []struct {
		name string
		got  float32
		want float32
	}{
		{"exp(0)", Exp(0), 1},
		{"exp(-0)", Exp(float32(math.Copysign(0, -1))), 1},
		{"exp(inf)", Exp(inf), inf},
		{"exp(-inf)", Exp(-inf), 0},
		{"exp(89)", Exp(89), inf},
		{"exp(-104)", Exp(-104), 0},
		{"exp(-103.5) subnormal", Exp(-103.5), float32(math.Exp(-103.5))},
		{"log(1)", Log(1), 0},
		{"log(0)", Log(0), -inf},
		{"log(inf)", Log(inf), inf},
		{"log(smallest subnormal)", Log(math.Float32frombits(1)), float32(math.Log(float64(math.Float32frombits(1))))},
		{"tanh(inf)", Tanh(inf), 1},
		{"tanh(-inf)", Tanh(-inf), -1},
		{"sigmoid(-inf)", Sigmoid(-inf), 0},
		{"sigmoid(inf)", Sigmoid(inf), 1},
		{"sqrt(4)", Sqrt(4), 2},
	}
	for _, tt := range tests {
		if math.Float32bits(tt.got) != math.Float32bits(tt.want) {
			t.Errorf("%s = %g (%#08x), want %g (%#08x)", tt.name, tt.got, math.Float32bits(tt.got), tt.want, math.Float32bits(tt.want))
		}
	}
	for name, f := range map[string]func(float32) float32{"exp": Exp, "log": Log, "tanh": Tanh, "sigmoid": Sigmoid, "sqrt": Sqrt} {
		if got := math.Float32bits(f(nan)); got != CanonicalNaN {
			t.Errorf("%s(NaN) bits = %#08x, want canonical %#08x", name, got, CanonicalNaN)
		}
	}
	if got := math.Float32bits(Log(-1)); got != CanonicalNaN {
		t.Errorf("log(-1) bits = %#08x, want canonical NaN", got)
	}
	if got := math.Float32bits(Sqrt(-1)); got != CanonicalNaN {
		t.Errorf("sqrt(-1) bits = %#08x, want canonical NaN", got)
	}
	negZero := float32(math.Copysign(0, -1))
	if got := math.Float32bits(Tanh(negZero)); got != 0x80000000 {
		t.Errorf("tanh(-0) bits = %#08x, want -0", got)
	}
}
