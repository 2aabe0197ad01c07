package referee_test

import (
	"math"
	"math/rand/v2"

	"github.com/apiary-rl/apiary/training/repops"
)

// progOp is one RepOps op for the differential test of the delegated
// programs: what the engine observed, and which output elements RepOps
// would refuse to compute because an id was corrupted after the run.
type progOp struct {
	op         repops.Op
	impossible func(slot, e int) bool
}

// specialTensor is randTensor with some infinities and NaNs as well.
func specialTensor(rng *rand.Rand, shape ...int) *repops.Tensor {
	t := randTensor(rng, "x", shape...)
	for i := range t.Data {
		switch rng.IntN(40) {
		case 0:
			t.Data[i] = float32(math.Inf(1 - 2*rng.IntN(2)))
		case 1:
			t.Data[i] = math.Float32frombits(repops.CanonicalNaN)
		case 2:
			t.Data[i] = float32(math.Copysign(0, -1))
		}
	}
	return t
}

// idsTensor holds n ids in [0, v), with repeats.
func idsTensor(rng *rand.Rand, n, v int) *repops.Tensor {
	t := repops.New(n)
	for i := range t.Data {
		t.Data[i] = float32(rng.IntN(v))
		if rng.IntN(30) == 0 {
			t.Data[i] = float32(math.Copysign(0, -1)) // id 0
		}
	}
	return t
}

// badIDs are values RepOps refuses as ids of a vocabulary of v.
func badID(rng *rand.Rand, v int) float32 {
	bad := []float32{0.5, float32(v), float32(v) + 1, -1, float32(math.NaN()), float32(math.Inf(1)), 1e30, 0x1p-149, float32(v) - 0.25}
	return bad[rng.IntN(len(bad))]
}

// randShape returns a shape of rank 1..4 with dims in [1, maxDim].
func randShape(rng *rand.Rand, maxDim int) []int {
	s := make([]int, 1+rng.IntN(4))
	for i := range s {
		s[i] = 1 + rng.IntN(maxDim)
	}
	return s
}

// genOp runs one random op of kind k on a recording engine.
func genOp(rng *rand.Rand, k repops.Kind) progOp {
	var got repops.Op
	eng, err := repops.NewEngine(repops.WithObserver(repops.ObserverFunc(func(op *repops.Op) { got = *op })), repops.WithWorkers(1))
	if err != nil {
		panic(err)
	}
	po := progOp{impossible: func(int, int) bool { return false }}
	switch k {
	case repops.KindEmbedding:
		v, d, n := 1+rng.IntN(20), 1+rng.IntN(100), 1+rng.IntN(30)
		ids := idsTensor(rng, n, v)
		eng.Embedding(specialTensor(rng, v, d), ids)
		if rng.IntN(10) == 0 {
			p := rng.IntN(n)
			ids.Data[p] = badID(rng, v)
			po.impossible = func(_, e int) bool { return e/d == p }
		}
	case repops.KindEmbeddingGrad:
		v, d, n := 1+rng.IntN(10), 1+rng.IntN(80), 1+rng.IntN(40)
		ids := idsTensor(rng, n, v)
		eng.EmbeddingGrad(specialTensor(rng, n, d), ids, v)
		if rng.IntN(10) == 0 {
			ids.Data[rng.IntN(n)] = badID(rng, v)
			po.impossible = func(int, int) bool { return true }
		}
	case repops.KindPick:
		m, v := 1+rng.IntN(30), 1+rng.IntN(100)
		ids := idsTensor(rng, m, v)
		eng.Pick(specialTensor(rng, m, v), ids)
		if rng.IntN(10) == 0 {
			i := rng.IntN(m)
			ids.Data[i] = badID(rng, v)
			po.impossible = func(_, e int) bool { return e == i }
		}
	case repops.KindPickGrad:
		m, v := 1+rng.IntN(20), 1+rng.IntN(50)
		ids := idsTensor(rng, m, v)
		eng.PickGrad(specialTensor(rng, m), ids, v)
		if rng.IntN(10) == 0 {
			i := rng.IntN(m)
			ids.Data[i] = badID(rng, v)
			po.impossible = func(_, e int) bool { return e/v == i }
		}
	case repops.KindConcat:
		shape := randShape(rng, 6)
		axis := rng.IntN(len(shape))
		xs := make([]*repops.Tensor, 1+rng.IntN(4))
		for i := range xs {
			s := append([]int(nil), shape...)
			s[axis] = rng.IntN(6) // an empty part now and then
			if i == 0 {
				s[axis]++
			}
			xs[i] = specialTensor(rng, s...)
		}
		eng.Concat(axis, xs...)
	case repops.KindSlice:
		shape := randShape(rng, 7)
		axis := rng.IntN(len(shape))
		start := rng.IntN(shape[axis])
		end := start + 1 + rng.IntN(shape[axis]-start)
		eng.Slice(specialTensor(rng, shape...), axis, start, end)
	case repops.KindReshape:
		x := specialTensor(rng, randShape(rng, 6)...)
		n := x.Len()
		var s []int
		for f := 2; f <= n && len(s) < 3; f++ { // split n into up to 4 factors
			if n%f == 0 && rng.IntN(2) == 0 {
				s = append(s, f)
				n /= f
				f = 1
			}
		}
		eng.Reshape(x, append(s, n)...)
	case repops.KindSum, repops.KindMean:
		n := 1 + rng.IntN(64)
		if rng.IntN(20) == 0 {
			n = 1 + rng.IntN(600)
		}
		x := specialTensor(rng, n)
		if rng.IntN(3) == 0 { // finite sums too
			x = randTensor(rng, "x", n)
		}
		if k == repops.KindSum {
			eng.Sum(x)
		} else {
			eng.Mean(x)
		}
	case repops.KindAdam:
		n := 64
		cfg := repops.AdamConfig{LR: pick(rng, 1e-3, 3e-4, 1, 0), Beta1: pick(rng, 0.9, 0.5, 0, 1), Beta2: pick(rng, 0.999, 0.99, 0.5),
			Eps: pick(rng, 1e-8, 1e-6, 0), WeightDecay: pick(rng, 0.01, 0, 0.1), C1: pick(rng, 10, 1, 1.5), C2: pick(rng, 1000, 1, 2.5)}
		v := randTensor(rng, "v", n)
		for i := range v.Data {
			v.Data[i] = v.Data[i] * v.Data[i] // second moments are >= 0, mostly
		}
		if rng.IntN(4) == 0 {
			v = specialTensor(rng, n)
		}
		eng.Adam(specialTensor(rng, n), specialTensor(rng, n), specialTensor(rng, n), v, cfg)
	}
	po.op = got
	return po
}

// pick returns one of vs at random.
func pick(rng *rand.Rand, vs ...float32) float32 { return vs[rng.IntN(len(vs))] }
