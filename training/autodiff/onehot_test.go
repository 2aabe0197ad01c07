package autodiff

import (
	"math"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// TestOneHotEmbedding: the one-hot product gathers the same rows as
// Embedding (bit for bit on finite data), its table gradient agrees with
// EmbeddingGrad's up to summation order and with finite differences, and the
// backward pass records only the ops of the table's gradient: one MatMul
// (contraction n, not V) and Transposes, nothing toward the one-hot matrix.
func TestOneHotEmbedding(t *testing.T) {
	ids := repops.FromData([]float32{1, 3, 0, 2, 3, 3, 4, 1, 0}, 9)
	table := randT(21, 1, 5, 6)
	gradCheck(t, "one-hot", []*repops.Tensor{table, randT(22, 0.5, 6)},
		func(tp *Tape, p []*Var) *Var {
			return Mean(Mul(MulRow(OneHotEmbedding(p[0], tp.Const(ids)), p[1]), OneHotEmbedding(p[0], tp.Const(ids))))
		})

	var kinds []repops.Kind
	var outs []*repops.Tensor
	e := repops.MustEngine(repops.WithObserver(repops.ObserverFunc(func(op *repops.Op) {
		kinds = append(kinds, op.Kind)
		outs = append(outs, op.Outputs[0])
	})))
	w := randT(23, 1, 9, 6)
	run := func(embed func(table, ids *Var) *Var) (*repops.Tensor, *repops.Tensor, []repops.Kind, []*repops.Tensor) {
		kinds, outs = nil, nil
		tp := NewTape(e)
		p := tp.Param(table)
		y := embed(p, tp.Const(ids))
		fwd := len(kinds)
		tp.Backward(WeightedSum(Reshape(y, 54), tp.Const(e.Reshape(w, 54))))
		return y.T, p.Grad, kinds[fwd:], outs[fwd:]
	}
	y0, g0, back0, _ := run(Embedding)
	y1, g1, back1, bouts := run(OneHotEmbedding)
	for i := range y0.Data {
		if math.Float32bits(y0.Data[i]) != math.Float32bits(y1.Data[i]) {
			t.Fatalf("element %d: one-hot %v, embedding %v", i, y1.Data[i], y0.Data[i])
		}
	}
	for i := range g0.Data {
		if d := math.Abs(float64(g0.Data[i] - g1.Data[i])); d > 1e-5*(1+math.Abs(float64(g0.Data[i]))) {
			t.Fatalf("gradient %d: one-hot %v, embedding_grad %v", i, g1.Data[i], g0.Data[i])
		}
	}
	// The backward passes differ only in how the table's gradient is made.
	extra := map[repops.Kind]int{}
	for _, k := range back1 {
		extra[k]++
	}
	for _, k := range back0 {
		extra[k]--
	}
	if extra[repops.KindMatMul] != 1 || extra[repops.KindTranspose] != 3 || extra[repops.KindEmbeddingGrad] != -1 || len(back1) != len(back0)+3 {
		t.Fatalf("backward ops: one-hot %v, embedding %v", back1, back0)
	}
	for i, k := range back1 {
		if k == repops.KindMatMul && bouts[i].Shape[0] != 6 {
			t.Fatalf("backward MatMul output %v: a gradient toward the one-hot matrix", bouts[i].Shape)
		}
	}
}
