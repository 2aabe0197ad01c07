package referee_test

import (
	"math"
	"math/rand/v2"
)

// Bits of the thresholds of docs/REPOPS.md "Elementary functions".
const (
	bitsExpMax   = 0x42B17218 // 88.7228394
	bitsExpMin   = 0xC2CFF1B5 // -103.972084
	bitsSqrt2    = 0x3FB504F3
	bitsTanhLo   = 0x3ECCCCCD // 0.4
	bitsTanhHi   = 0x41100000 // 9
	bitsOne      = 0x3F800000
	bitsMinusOne = 0xBF800000
)

// elemEdges are inputs every elementary function must get right: zeros,
// subnormals, infinities, NaNs (canonical and not), ±1, and the thresholds
// of each function with their neighbours.
var elemEdges = func() []uint32 {
	v := append([]uint32(nil), edgeValues...)
	for _, b := range []uint32{bitsExpMax, bitsExpMin, bitsSqrt2, bitsTanhLo, bitsTanhHi, bitsOne} {
		for d := uint32(0); d <= 3; d++ {
			v = append(v, b+d, b-d, (b+d)^0x80000000, (b-d)^0x80000000)
		}
	}
	for _, x := range []float32{
		-87.3365478515625, -87.33654, -88.0, -88.72284, -100, -103, // 2^k leaves the normal range
		88.37626, 88.5, 88.7, // k = 128
		0.5, 2, 10, 100, 1e-10, 1e30, 3.4e38, 1.17549435e-38, // Log spread
		0.34657359, -0.34657359, 0.69314718, // k = ±0.5, ±1 boundaries of Exp
	} {
		v = append(v, math.Float32bits(x), math.Float32bits(-x))
	}
	return v
}()

// elemGen draws inputs for one elementary function from a mix of
// strategies aimed at its special cases.
type elemGen struct {
	rng *rand.Rand
	fn  string
}

func (g *elemGen) uniform(lo, hi float64) uint32 {
	return math.Float32bits(float32(lo + (hi-lo)*g.rng.Float64()))
}

// near returns b moved by up to span ulps either way, with either sign
// when signed is set.
func (g *elemGen) near(b uint32, span int32, signed bool) uint32 {
	x := uint32(int32(b&0x7FFFFFFF) + g.rng.Int32N(2*span+1) - span)
	if signed && g.rng.IntN(2) == 0 {
		x ^= 0x80000000
	}
	return x | b&0x80000000
}

func (g *elemGen) next() uint32 {
	r := g.rng
	switch r.IntN(8) {
	case 0: // any bits: NaN payloads, infinities, huge and tiny values
		return r.Uint32()
	case 1: // edges
		return elemEdges[r.IntN(len(elemEdges))]
	case 2: // subnormals of either sign
		return r.Uint32() & 0x807FFFFF
	case 3: // tiny normals (first-order terms dominate)
		return r.Uint32()&0x80000000 | (1+r.Uint32N(126))<<23 | r.Uint32()&0x7FFFFF
	}
	// Function-specific ranges.
	switch g.fn {
	case "exp":
		switch r.IntN(4) {
		case 0: // the whole finite-result range
			return g.uniform(-110, 95)
		case 1: // around expMax / expMin
			if r.IntN(2) == 0 {
				return g.near(bitsExpMax, 2000, false)
			}
			return g.near(bitsExpMin, 2000, false)
		case 2: // x·log2e near a half integer: the rounding of k
			k := float64(r.IntN(300) - 151)
			return g.near(math.Float32bits(float32((k+0.5)*math.Ln2)), 8, false)
		default: // subnormal results and the k < -126 path
			return g.uniform(-104, -85)
		}
	case "log":
		switch r.IntN(4) {
		case 0: // near 1 (cancellation in m - 1)
			return g.near(bitsOne, 1<<r.IntN(20), false)
		case 1: // near the sqrt2 split of the significand, any exponent
			return (g.near(bitsSqrt2, 64, false) & 0x807FFFFF) | (1+r.Uint32N(253))<<23
		case 2: // positive finite values of any magnitude
			return r.Uint32N(0x7F800000)
		default: // ordinary values
			return g.uniform(0, 20)
		}
	case "tanh":
		switch r.IntN(4) {
		case 0: // around 0.4
			return g.near(bitsTanhLo, 5000, true)
		case 1: // around 9
			return g.near(bitsTanhHi, 5000, true)
		case 2:
			return g.uniform(-12, 12)
		default:
			return g.uniform(-1, 1)
		}
	default: // sigmoid
		switch r.IntN(4) {
		case 0: // both branches near 0
			return g.uniform(-1, 1)
		case 1: // deep negative: subnormal and zero results
			return g.uniform(-110, -80)
		case 2:
			return g.uniform(-30, 30)
		default: // near the Exp thresholds from either side
			return g.near(bitsExpMax, 1000, true)
		}
	}
}
