package referee_test

import (
	"math"
	"math/rand/v2"

	"github.com/apiary-rl/apiary/training/repops"
)

// randTensor fills a tensor with values of mixed magnitudes and a few
// special values (zeros, tiny subnormals), seeded.
func randTensor(rng *rand.Rand, name string, shape ...int) *repops.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	d := make([]float32, n)
	for i := range d {
		switch rng.IntN(20) {
		case 0:
			d[i] = 0
		case 1:
			d[i] = math.Float32frombits(rng.Uint32N(0x7FFFFF) | rng.Uint32N(2)<<31)
		default:
			d[i] = float32(rng.NormFloat64() * math.Pow(2, float64(rng.IntN(12)-6)))
		}
	}
	return repops.FromData(d, shape...).Named(name)
}

// workload is a small step touching every operator with an on-chain element
// program.
func workload(seed uint64) func(e *repops.Engine) {
	return func(e *repops.Engine) {
		rng := rand.New(rand.NewPCG(seed, 99))
		x := randTensor(rng, "x", 2, 3, 40)
		w := randTensor(rng, "w", 2, 24, 40)
		b := randTensor(rng, "b", 24)
		h := e.MatMul(x, w)         // [2,3,24]
		h2 := e.AddRow(h, b)        // 1
		h3 := e.Mul(h2, h2)         // 2
		h4 := e.Sub(h3, h2)         // 3
		h5 := e.Div(h4, h3)         // 4
		h6 := e.Scale(h5, 0.37)     // 5
		g := e.MulRow(h6, b)        // 6
		mx := e.Maximum(g, h2)      // 7
		mn := e.Minimum(g, h2)      // 8
		le := e.LessEqual(g, h2)    // 9
		sel := e.Select(le, mx, mn) // 10
		cl := e.Clamp(sel, -1, 1)   // 11
		sq := e.SqrtT(h3)           // 12
		tr := e.Transpose(cl)       // 13 [2,24,3]
		sr := e.SumRows(tr)         // 14 [2,24]
		a := e.Add(sq, h6)          // 15
		sc := e.MatMul(h2, h2)      // 16 [2,3,3]
		cm := e.CausalMask(sc, 0)   // 17
		_, _, _ = sr, a, cm
	}
}
