package verify

import (
	"fmt"
	"math"
	"slices"

	"github.com/apiary-rl/apiary/training/repops"
)

// Execute re-runs one recorded operator on its input tensors with RepOps and
// returns its outputs: the Go mirror of the on-chain referee, which
// recomputes one output element from the elements it reads with the same
// element program. outShapes is needed only by Reshape (the new shape is in
// the output root, not in an attribute). Inputs and attributes that the
// operator rejects give an error wrapping ErrBadRecord. Sample is not
// re-executed (it never occurs in a contribution step).
func Execute(e *repops.Engine, k repops.Kind, attrs []uint32, ins []*repops.Tensor, outShapes [][]int) (outs []*repops.Tensor, err error) {
	defer func() {
		if r := recover(); r != nil {
			outs, err = nil, fmt.Errorf("%w: %v cannot run on these inputs: %v", ErrBadRecord, k, r)
		}
	}()
	need := func(nin, nattr int) {
		if len(ins) != nin || len(attrs) != nattr {
			panic(fmt.Sprintf("%d inputs and %d attributes, want %d and %d", len(ins), len(attrs), nin, nattr))
		}
	}
	f := func(i int) float32 { return math.Float32frombits(attrs[i]) }
	one := func(t *repops.Tensor) []*repops.Tensor { return []*repops.Tensor{t} }
	bin := map[repops.Kind]func(x, y *repops.Tensor) *repops.Tensor{
		repops.KindMatMul: e.MatMul, repops.KindAdd: e.Add, repops.KindSub: e.Sub, repops.KindMul: e.Mul,
		repops.KindDiv: e.Div, repops.KindAddRow: e.AddRow, repops.KindMulRow: e.MulRow,
		repops.KindMaximum: e.Maximum, repops.KindMinimum: e.Minimum, repops.KindLessEqual: e.LessEqual,
		repops.KindSoftmaxGrad: e.SoftmaxGrad, repops.KindLogSoftmaxGrad: e.LogSoftmaxGrad,
		repops.KindSiLUGrad: e.SiLUGrad, repops.KindEmbedding: e.Embedding, repops.KindPick: e.Pick,
		repops.KindCrossEntropy: e.CrossEntropy,
	}
	un := map[repops.Kind]func(x *repops.Tensor) *repops.Tensor{
		repops.KindTranspose: e.Transpose, repops.KindSoftmax: e.Softmax, repops.KindLogSoftmax: e.LogSoftmax,
		repops.KindSiLU: e.SiLU, repops.KindSum: e.Sum, repops.KindMean: e.Mean, repops.KindSumRows: e.SumRows,
		repops.KindExp: e.ExpT, repops.KindLog: e.LogT, repops.KindSigmoid: e.SigmoidT, repops.KindTanh: e.TanhT,
		repops.KindSqrt: e.SqrtT,
	}
	if op, ok := bin[k]; ok {
		need(2, 0)
		return one(op(ins[0], ins[1])), nil
	}
	if op, ok := un[k]; ok {
		need(1, 0)
		return one(op(ins[0])), nil
	}
	switch k {
	case repops.KindScale:
		need(1, 1)
		return one(e.Scale(ins[0], f(0))), nil
	case repops.KindClamp:
		need(1, 2)
		return one(e.Clamp(ins[0], f(0), f(1))), nil
	case repops.KindRMSNorm:
		need(1, 1)
		return one(e.RMSNorm(ins[0], f(0))), nil
	case repops.KindRMSNormGrad:
		need(2, 1)
		return one(e.RMSNormGrad(ins[0], ins[1], f(0))), nil
	case repops.KindCausalMask:
		need(1, 1)
		return one(e.CausalMask(ins[0], int(attrs[0]))), nil
	case repops.KindEmbeddingGrad:
		need(2, 1)
		return one(e.EmbeddingGrad(ins[0], ins[1], int(attrs[0]))), nil
	case repops.KindPickGrad:
		need(2, 1)
		return one(e.PickGrad(ins[0], ins[1], int(attrs[0]))), nil
	case repops.KindCrossEntropyGrad:
		need(3, 0)
		return one(e.CrossEntropyGrad(ins[0], ins[1], ins[2])), nil
	case repops.KindSelect:
		need(3, 0)
		return one(e.Select(ins[0], ins[1], ins[2])), nil
	case repops.KindConcat:
		if len(attrs) != 1 || len(ins) == 0 {
			panic("concat needs an axis and inputs")
		}
		return one(e.Concat(int(attrs[0]), ins...)), nil
	case repops.KindSlice:
		need(1, 3)
		return one(e.Slice(ins[0], int(attrs[0]), int(attrs[1]), int(attrs[2]))), nil
	case repops.KindReshape:
		need(1, 0)
		if len(outShapes) != 1 {
			panic("reshape needs its output shape")
		}
		return one(e.Reshape(ins[0], outShapes[0]...)), nil
	case repops.KindAdam:
		need(4, 9)
		c := repops.AdamConfig{LR: f(0), Beta1: f(1), Beta2: f(2), Eps: f(3), C1: f(6), C2: f(7), WeightDecay: f(8)}
		if f(4) != 1-c.Beta1 || f(5) != 1-c.Beta2 {
			panic("adam attributes 1-β disagree with β")
		}
		p, m, v := e.Adam(ins[0], ins[1], ins[2], ins[3], c)
		return []*repops.Tensor{p, m, v}, nil
	}
	return nil, fmt.Errorf("%w: no re-execution for %v", ErrBadRecord, k)
}

// JudgeElement decides a dispute over one output element the way the
// referee does: it recomputes element elem of output slot from the inputs
// and reports whether the claimed bits are right, with the right value.
func JudgeElement(k repops.Kind, attrs []uint32, ins []*repops.Tensor, outShapes [][]int, slot, elem int, claimed float32) (ok bool, want float32, err error) {
	outs, err := Execute(repops.MustEngine(), k, attrs, ins, outShapes)
	if err != nil {
		return false, 0, err
	}
	if slot < 0 || slot >= len(outs) || elem < 0 || elem >= outs[slot].Len() {
		return false, 0, fmt.Errorf("%w: output %d element %d does not exist", ErrBadProof, slot, elem)
	}
	if len(outShapes) > slot && !slices.Equal(outShapes[slot], outs[slot].Shape) {
		return false, 0, fmt.Errorf("%w: output %d has shape %v, the op makes %v", ErrBadShape, slot, outShapes[slot], outs[slot].Shape)
	}
	want = outs[slot].Data[elem]
	return math.Float32bits(want) == math.Float32bits(claimed), want, nil
}
