package autodiff

import (
	"math"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

func randT(seed uint64, s float32, shape ...int) *repops.Tensor {
	t := repops.New(shape...)
	st := repops.NewStream(seed, 0, 0, repops.PurposeInit)
	for i := range t.Data {
		t.Data[i] = st.Normal(uint64(i)) * s
	}
	return t
}

// gradCheck compares the tape's gradient of every parameter with central
// finite differences of the loss.
func gradCheck(t *testing.T, name string, params []*repops.Tensor, loss func(tp *Tape, ps []*Var) *Var) {
	t.Helper()
	e := repops.MustEngine()
	tp := NewTape(e)
	vs := make([]*Var, len(params))
	for i, p := range params {
		vs[i] = tp.Param(p)
	}
	l := loss(tp, vs)
	tp.Backward(l)
	eval := func() float64 {
		tp2 := NewTape(e)
		ps := make([]*Var, len(params))
		for i, p := range params {
			ps[i] = tp2.Const(p)
		}
		return float64(loss(tp2, ps).T.Data[0])
	}
	const h = 1e-2
	for pi, p := range params {
		if vs[pi].Grad == nil {
			t.Fatalf("%s: parameter %d got no gradient", name, pi)
		}
		for _, i := range []int{0, p.Len() / 3, p.Len() - 1} {
			old := p.Data[i]
			p.Data[i] = old + h
			up := eval()
			p.Data[i] = old - h
			down := eval()
			p.Data[i] = old
			fd := (up - down) / (2 * h)
			got := float64(vs[pi].Grad.Data[i])
			if math.Abs(got-fd) > 2e-2*(math.Abs(fd)+0.05) {
				t.Errorf("%s: d loss/d p%d[%d] = %.5f, finite difference %.5f", name, pi, i, got, fd)
			}
		}
	}
}

func TestGradients(t *testing.T) {
	ids := repops.FromData([]float32{1, 3, 0, 2}, 4)
	targets := repops.FromData([]float32{3, 0, 2, 1}, 4)
	gradCheck(t, "mlp", []*repops.Tensor{randT(1, 1, 5, 8), randT(2, 0.5, 8), randT(3, 0.3, 6, 8), randT(4, 0.1, 6), randT(5, 0.3, 5, 6)},
		func(tp *Tape, p []*Var) *Var {
			x := Embedding(p[0], tp.Const(ids))
			h := MulRow(RMSNorm(x, 1e-5), p[1])
			u := SiLU(AddRow(MatMul(h, p[2]), p[3]))
			logits := MatMul(u, p[4])
			return Mean(CrossEntropy(logits, tp.Const(targets)))
		})
	gradCheck(t, "attention", []*repops.Tensor{randT(6, 1, 4, 8), randT(7, 0.4, 8, 8), randT(8, 0.4, 8, 8), randT(9, 0.4, 8, 8)},
		func(tp *Tape, p []*Var) *Var {
			q, k, v := MatMul(p[0], p[1]), MatMul(p[0], p[2]), MatMul(p[0], p[3])
			var heads []*Var
			for h := 0; h < 2; h++ {
				qh, kh, vh := Slice(q, 1, 4*h, 4*h+4), Slice(k, 1, 4*h, 4*h+4), Slice(v, 1, 4*h, 4*h+4)
				a := Softmax(CausalMask(Scale(MatMul(qh, kh), 0.5), 0))
				heads = append(heads, MatMul(a, Transpose(vh)))
			}
			o := Concat(1, heads...)
			return Mean(Mul(o, o))
		})
	adv := repops.FromData([]float32{0.5, -1, 2, 0.25}, 4)
	gradCheck(t, "policy", []*repops.Tensor{randT(10, 1, 4, 6)},
		func(tp *Tape, p []*Var) *Var {
			lp := Pick(LogSoftmax(p[0]), tp.Const(targets))
			ratio := Exp(Sub(lp, tp.Const(repops.FromData([]float32{-1.5, -2, -1.7, -1.9}, 4))))
			a := tp.Const(adv)
			obj := Minimum(Mul(ratio, a), Mul(Clamp(ratio, 0.8, 1.2), a))
			return Scale(Sum(obj), -1)
		})
	gradCheck(t, "weighted", []*repops.Tensor{randT(11, 1, 4)},
		func(tp *Tape, p []*Var) *Var { return WeightedSum(Mul(p[0], p[0]), tp.Const(adv)) })
}
