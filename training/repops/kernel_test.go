package repops

import (
	"fmt"
	"math"
	"testing"
)

// Tests that every matmul kernel computes the canonical element program bit
// for bit: the portable kernel against a scalar transcription of the spec,
// and the SIMD kernel (where this CPU has one) against the portable kernel
// on many shapes, unaligned slices and edge values.

// xorshift is a tiny deterministic generator for test data (math/rand is
// banned from training/, and the data must not change between Go releases).
type xorshift uint64

func (x *xorshift) next() uint64 {
	v := uint64(*x)
	v ^= v << 13
	v ^= v >> 7
	v ^= v << 17
	*x = xorshift(v)
	return v
}

func (x *xorshift) intn(n int) int { return int(x.next() % uint64(n)) }

// unit returns a uniform float32 in [-1, 1).
func (x *xorshift) unit() float32 { return float32(int32(x.next()>>32)) / (1 << 31) }

// valueKind names a distribution of test values.
type valueKind int

const (
	kindUnit valueKind = iota // uniform in [-1, 1)
	kindWide                  // random sign, exponent in [-40, 40]: heavy rounding, absorption
	kindInts                  // small integers and zeros: exact cancellation, -0 products
	kindEdge                  // ±0, ±Inf, NaN, subnormals, extremes mixed into unit values
	kindHuge                  // products overflow to ±Inf, sums to NaN
	kindTiny                  // products underflow into subnormals and zero
	kindBits                  // arbitrary bit patterns, NaN payloads included
	numValueKinds
)

var edgeValues = []float32{
	0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1)),
	math.Float32frombits(0x7FC00000), math.Float32frombits(0xFFC00001), math.Float32frombits(0x7F800001),
	math.Float32frombits(1), math.Float32frombits(0x807FFFFF), math.Float32frombits(0x00800000),
	math.MaxFloat32, -math.MaxFloat32, 1, -1, 0.5, 3,
}

func (x *xorshift) value(kind valueKind) float32 {
	switch kind {
	case kindWide:
		return float32(math.Ldexp(float64(x.unit()), x.intn(81)-40))
	case kindInts:
		return float32(x.intn(7) - 3)
	case kindEdge:
		if x.intn(4) == 0 {
			return edgeValues[x.intn(len(edgeValues))]
		}
		return x.unit()
	case kindHuge:
		return x.unit() * 4e19
	case kindTiny:
		return x.unit() * 3e-20
	case kindBits:
		return math.Float32frombits(uint32(x.next()))
	}
	return x.unit()
}

func (x *xorshift) fill(d []float32, kind valueKind) {
	for i := range d {
		d[i] = x.value(kind)
	}
}

// specDot transcribes the canonical element program literally: lane
// idx mod 8 accumulates float32(a*b) from +0, then the fixed tree.
func specDot(a, b []float32) float32 {
	var s [8]float32
	for idx := range a {
		p := float32(a[idx] * b[idx])
		s[idx%8] = s[idx%8] + p
	}
	t0, t1, t2, t3 := s[0]+s[4], s[1]+s[5], s[2]+s[6], s[3]+s[7]
	u0, u1 := t0+t2, t1+t3
	return u0 + u1
}

// sameBits reports whether x and y have equal bits, or are both NaN (NaN
// payloads are canonicalized after the kernel).
func sameBits(x, y float32) bool {
	return math.Float32bits(x) == math.Float32bits(y) || (x != x && y != y)
}

// garbage is what output buffers hold before a kernel runs: a kernel must
// overwrite every element of its block, and nothing past it.
var garbage = math.Float32frombits(0x7FA0BEEF)

// checkKernel runs kern on (m, n, k) data placed at odd offsets in larger
// buffers and compares every output with want(i, j).
func checkKernel(t *testing.T, name string, kern matmulKernel, m, n, k int, kind valueKind, seed uint64) {
	t.Helper()
	rng := xorshift(seed | 1)
	off := 1 + int(seed%7) // unaligned starts
	abuf := make([]float32, off+m*k+9)
	bbuf := make([]float32, off+n*k+9)
	cbuf := make([]float32, off+m*n+9)
	rng.fill(abuf, kind)
	rng.fill(bbuf, kind)
	for i := range cbuf {
		cbuf[i] = garbage
	}
	a, b, c := abuf[off:off+m*k], bbuf[off:off+n*k], cbuf[off:off+m*n]
	kern(c, a, b, m, n, k)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			want := specDot(a[i*k:(i+1)*k], b[j*k:(j+1)*k])
			if got := c[i*n+j]; !sameBits(got, want) {
				t.Fatalf("%s m=%d n=%d k=%d kind=%d: c[%d][%d] = %g (%#08x), want %g (%#08x)",
					name, m, n, k, kind, i, j, got, math.Float32bits(got), want, math.Float32bits(want))
			}
		}
	}
	for i, v := range append(cbuf[:off:off], cbuf[off+m*n:]...) {
		if math.Float32bits(v) != math.Float32bits(garbage) {
			t.Fatalf("%s m=%d n=%d k=%d: wrote outside its block (guard %d = %g)", name, m, n, k, i, v)
		}
	}
}

var (
	testMs = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 13}
	testNs = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 23, 33}
	testKs = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 63, 64, 65, 100, 129}
)

// kernelsUnderTest lists the kernels this build has, by name.
func kernelsUnderTest() map[string]matmulKernel {
	ks := map[string]matmulKernel{"portable": matmulPortable}
	if simdKernel != nil {
		ks["simd"] = simdKernel
	}
	return ks
}

// TestKernelsMatchSpec checks every kernel, on every shape of a grid that
// covers all register-block and tail remainders, against the spec.
func TestKernelsMatchSpec(t *testing.T) {
	if !SIMDAvailable() {
		t.Log("no SIMD kernel on this CPU or build: checking the portable kernel only")
	}
	for name, kern := range kernelsUnderTest() {
		seed := uint64(1)
		for _, m := range testMs {
			for _, n := range testNs {
				for _, k := range testKs {
					seed++
					checkKernel(t, name, kern, m, n, k, valueKind(seed%uint64(numValueKinds)), seed*0x9E3779B97F4A7C15)
				}
			}
		}
	}
}

// TestKernelsEdgeValues runs every value distribution on shapes that hit
// the 4×2 blocks, the 1×8 blocks, single dots and the masked k tail.
func TestKernelsEdgeValues(t *testing.T) {
	shapes := [][3]int{{4, 2, 8}, {4, 2, 13}, {1, 8, 7}, {1, 8, 40}, {5, 11, 19}, {9, 17, 71}, {4, 3, 1}}
	for name, kern := range kernelsUnderTest() {
		for kind := valueKind(0); kind < numValueKinds; kind++ {
			for s, sh := range shapes {
				for rep := uint64(0); rep < 8; rep++ {
					checkKernel(t, name, kern, sh[0], sh[1], sh[2], kind, uint64(s)<<32|rep<<8|uint64(kind)+7)
				}
			}
		}
	}
}

// TestKernelSignedZero pins the case that makes zero-padding of the k tail
// exact: every product is -0, yet each partial sum stays +0 (+0 + -0 = +0),
// so the result is +0 for every k.
func TestKernelSignedZero(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	for name, kern := range kernelsUnderTest() {
		for _, k := range []int{1, 3, 8, 11} {
			m, n := 5, 9
			a, b, c := make([]float32, m*k), make([]float32, n*k), make([]float32, m*n)
			for i := range a {
				a[i] = -1
			}
			for i := range b {
				b[i] = 0
			}
			for i := range c {
				c[i] = negZero
			}
			kern(c, a, b, m, n, k)
			for i, v := range c {
				if math.Float32bits(v) != 0 {
					t.Fatalf("%s k=%d: c[%d] = %#08x, want +0", name, k, i, math.Float32bits(v))
				}
			}
		}
	}
}

// TestSIMDTilesB uses rows long enough that the SIMD kernel splits B into
// several cache tiles, with odd tile and row remainders.
func TestSIMDTilesB(t *testing.T) {
	if !SIMDAvailable() {
		t.Skip("no SIMD kernel on this CPU or build")
	}
	k := 4100 // 16400 bytes a row: tiles of 8 rows of B
	for _, sh := range [][2]int{{6, 21}, {4, 17}, {1, 9}} {
		checkKernel(t, "simd", simdKernel, sh[0], sh[1], k, kindUnit, uint64(sh[0]*100+sh[1]))
		checkKernel(t, "simd", simdKernel, sh[0], sh[1], k+3, kindEdge, uint64(sh[0]*100+sh[1]+1))
	}
}

// TestEngineKernelsAgree runs the batched tensor MatMul with each kernel and
// several worker counts; all must give the same tensor.
func TestEngineKernelsAgree(t *testing.T) {
	if !SIMDAvailable() {
		t.Skip("no SIMD kernel on this CPU or build")
	}
	for _, sh := range [][4]int{{3, 37, 29, 45}, {2, 1, 64, 64}, {1, 130, 3, 9}, {2, 5, 5, 0}} {
		batch, m, n, k := sh[0], sh[1], sh[2], sh[3]
		rng := xorshift(uint64(batch*m*n*k) + 99)
		ad, bd := make([]float32, batch*m*k), make([]float32, batch*n*k)
		rng.fill(ad, kindEdge)
		rng.fill(bd, kindEdge)
		a, b := FromData(ad, batch, m, k), FromData(bd, batch, n, k)
		want := MustEngine(WithKernel(KernelPortable), WithWorkers(1)).MatMul(a, b)
		for _, w := range []int{1, 2, 3, 8} {
			e := MustEngine(WithKernel(KernelSIMD), WithWorkers(w))
			if e.Kernel() != KernelSIMD {
				t.Fatalf("engine kernel = %v, want simd", e.Kernel())
			}
			got := e.MatMul(a, b)
			if !Equal(got, want) {
				t.Fatalf("shape %v, %d workers: SIMD MatMul differs from portable", sh, w)
			}
		}
	}
}

// TestDefaultKernel checks that the default engine picks the SIMD kernel
// exactly when one is available.
func TestDefaultKernel(t *testing.T) {
	want := KernelPortable
	if SIMDAvailable() {
		want = KernelSIMD
	}
	if got := MustEngine().Kernel(); got != want {
		t.Errorf("default kernel = %v, want %v", got, want)
	}
	if _, err := NewEngine(WithKernel(KernelSIMD)); (err == nil) != SIMDAvailable() {
		t.Errorf("NewEngine(WithKernel(KernelSIMD)) error = %v with SIMDAvailable() = %v", err, SIMDAvailable())
	}
}

func Example_kernel() {
	e := MustEngine()
	a := FromData([]float32{1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 9)
	b := FromData([]float32{1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, -1}, 2, 9)
	fmt.Println(e.MatMul(a, b).Data)
	// Output: [45 -9]
}
