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
		// The elementary functions and the row operators built on them, on
		// large values (h2: saturation, NaN, -Inf) and on moderate ones (z).
		e.ExpT(h6)                // 18
		e.LogT(h2)                // 19 (negative inputs: NaN)
		e.SigmoidT(h2)            // 20
		e.TanhT(h2)               // 21
		e.SiLU(h2)                // 22
		e.SiLUGrad(h2, h6)        // 23
		e.Softmax(cm)             // 24 (masked rows hold -Inf)
		e.LogSoftmax(h2)          // 25
		e.RMSNorm(h2, 1e-5)       // 26
		z := e.Scale(h2, 1.0/512) // 27
		dy := randTensor(rng, "dy", 2, 3, 24)
		e.ExpT(z)                             // 28
		e.LogT(z)                             // 29
		e.SigmoidT(z)                         // 30
		e.TanhT(z)                            // 31
		e.SiLU(z)                             // 32
		e.SiLUGrad(z, dy)                     // 33
		sm := e.Softmax(z)                    // 34
		ls := e.LogSoftmax(z)                 // 35
		e.SoftmaxGrad(sm, dy)                 // 36
		e.LogSoftmaxGrad(ls, dy)              // 37
		e.RMSNorm(z, 1e-5)                    // 38
		e.RMSNormGrad(z, dy, 1e-5)            // 39
		att := e.Scale(e.MatMul(z, z), 1.0/8) // 40, 41 [2,3,3]
		e.Softmax(e.CausalMask(att, 0))       // 42, 43
		logits := randTensor(rng, "logits", 6, 40)
		targets := repops.New(6).Named("targets")
		for i := range targets.Data {
			targets.Data[i] = float32(rng.IntN(40))
		}
		targets.Data[1] = float32(math.Copysign(0, -1)) // RepOps takes -0 as id 0
		ce := e.CrossEntropy(logits, targets)           // 44
		e.CrossEntropyGrad(logits, targets, ce)         // 45
		// The kinds of the delegate contracts (IndexReferee, ReduceReferee).
		const vocab = 12
		ids := repops.New(9).Named("ids")
		for i := range ids.Data {
			ids.Data[i] = float32(rng.IntN(vocab / 2)) // repeated ids
		}
		ids.Data[2] = float32(math.Copysign(0, -1))
		table := randTensor(rng, "table", vocab, 70) // rows straddle chunks
		emb := e.Embedding(table, ids)               // 46 [9,70]
		e.EmbeddingGrad(emb, ids, vocab)             // 47 [12,70]
		e.Pick(logits, targets)                      // 48 [6]
		e.PickGrad(ce, targets, 40)                  // 49 [6,40]
		e.Concat(2, h2, h6, g)                       // 50 [2,3,72]
		e.Concat(0, h2, h6)                          // 51 [4,3,24]
		e.Slice(h2, 2, 5, 17)                        // 52 [2,3,12]
		e.Slice(h2, 1, 1, 3)                         // 53 [2,2,24]
		e.Reshape(h2, 6, 24)                         // 54
		e.Sum(h2)                                    // 55
		e.Mean(z)                                    // 56
		c1 := 1 / (1 - float32(0.9*0.9))
		c2 := 1 / (1 - float32(0.999*0.999))
		e.Adam(h6, dy, z, h3, repops.AdamConfig{LR: 1e-3, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8,
			WeightDecay: 0.01, C1: c1, C2: c2}) // 57
	}
}
