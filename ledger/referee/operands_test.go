package referee_test

import "math/rand/v2"

// edgeValues are float32 bit patterns that exercise special cases: zeros,
// subnormal and normal boundaries, the largest finite values, infinities and
// NaNs with various payloads and signs.
var edgeValues = []uint32{
	0x00000000, 0x80000000, // ±0
	0x00000001, 0x80000001, // ±smallest subnormal
	0x00000002, 0x00000003,
	0x007FFFFF, 0x807FFFFF, // ±largest subnormal
	0x00400000, 0x00400001,
	0x00800000, 0x80800000, // ±smallest normal
	0x00800001, 0x00FFFFFF,
	0x3F800000, 0xBF800000, // ±1
	0x3F800001, 0x3F7FFFFF, // 1 ± 1 ulp
	0x3F000000, 0x40000000, 0x40400000, 0x3EAAAAAB, // 0.5, 2, 3, 1/3
	0x4B000000, 0x4B800000, // 2^23, 2^24
	0x7F7FFFFF, 0xFF7FFFFF, // ±largest finite
	0x7F7FFFFE, 0x7F000000, 0x7E800000,
	0x7F800000, 0xFF800000, // ±Inf
	0x7FC00000, 0xFFC00000, 0x7F800001, 0x7FFFFFFF, 0xFFFFFFFF, 0x7FA00000, // NaNs
	0x33800000, 0x34000000, // 2^-24, 2^-23
	0x0C000000, 0x1F800000, 0x20000000, // small normals whose products go subnormal
}

// operandGen draws operand pairs from a mix of strategies.
type operandGen struct {
	rng *rand.Rand
	op  int
}

func newOperandGen(rng *rand.Rand, op int) *operandGen { return &operandGen{rng: rng, op: op} }

func (g *operandGen) edge() uint32 { return edgeValues[g.rng.IntN(len(edgeValues))] }

// finite returns a random finite float with exponent field in [lo, hi].
func (g *operandGen) finite(lo, hi uint32) uint32 {
	e := lo + g.rng.Uint32N(hi-lo+1)
	return g.rng.Uint32()&0x80000000 | e<<23 | g.rng.Uint32()&0x7FFFFF
}

// short returns a float with at most bits significant bits and exponent field
// in [lo, hi]: products and quotients of such values hit exact ties often.
func (g *operandGen) short(bits uint, lo, hi uint32) uint32 {
	m := (g.rng.Uint32() | 1) & (1<<bits - 1)
	x := g.finite(lo, hi) &^ 0x7FFFFF
	return x | (m<<(23-bits))&0x7FFFFF
}

func (g *operandGen) next() [2]uint32 {
	r := g.rng
	switch s := r.IntN(12); s {
	case 0: // any bits, NaNs and infinities included
		return [2]uint32{r.Uint32(), r.Uint32()}
	case 1: // edge × edge
		return [2]uint32{g.edge(), g.edge()}
	case 2: // edge × random
		if r.IntN(2) == 0 {
			return [2]uint32{g.edge(), r.Uint32()}
		}
		return [2]uint32{r.Uint32(), g.edge()}
	case 3: // subnormals
		return [2]uint32{r.Uint32()&0x807FFFFF | 0, g.finite(0, 8)}
	case 4: // close exponents: cancellation in add/sub
		a := g.finite(1, 254)
		e := int32(a>>23&0xFF) + int32(r.IntN(5)) - 2
		e = max(0, min(254, e))
		return [2]uint32{a, r.Uint32()&0x807FFFFF | uint32(e)<<23}
	case 5: // near overflow
		return [2]uint32{g.finite(250, 254), g.finite(120, 254)}
	case 6: // halfway cases of add: b is half an ulp of a (possibly plus a bit)
		a := g.finite(25, 254)
		e := a>>23&0xFF - 24
		b := a&0x80000000 ^ uint32(r.IntN(2))<<31 | e<<23 | uint32(r.IntN(2))*r.Uint32N(4)
		return [2]uint32{a, b}
	case 7: // short significands: exact ties in mul, exact quotients and roots
		return [2]uint32{g.short(12, 100, 154), g.short(13, 100, 154)}
	case 8: // products and quotients that land in the subnormal range
		return [2]uint32{g.short(13, 30, 70), g.short(12, 30, 90)}
	case 9: // equal magnitudes, random signs (x - x, min/max ties)
		a := r.Uint32()
		return [2]uint32{a, a ^ uint32(r.IntN(2))<<31}
	case 10: // wide exponent gaps (sticky bits)
		return [2]uint32{g.finite(100, 254), g.finite(0, 100)}
	default: // ordinary finite values
		return [2]uint32{g.finite(90, 160), g.finite(90, 160)}
	}
}
