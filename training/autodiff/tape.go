package autodiff

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// Var is a tensor on a tape, with the gradient Backward accumulated for it.
type Var struct {
	T    *repops.Tensor
	Grad *repops.Tensor

	tape     *Tape
	needGrad bool
	back     func(g *repops.Tensor)
}

// Tape records operators for one forward/backward pass.
type Tape struct {
	E    *repops.Engine
	vars []*Var
}

// NewTape returns a tape that computes with e.
func NewTape(e *repops.Engine) *Tape { return &Tape{E: e} }

// Param wraps a tensor whose gradient is wanted (a parameter).
func (tp *Tape) Param(t *repops.Tensor) *Var {
	v := &Var{T: t, tape: tp, needGrad: true}
	tp.vars = append(tp.vars, v)
	return v
}

// Const wraps a tensor that needs no gradient (data, token ids, masks).
func (tp *Tape) Const(t *repops.Tensor) *Var { return &Var{T: t, tape: tp} }

// node records an operator's output; back receives the output gradient and
// must call accum on the inputs that need one.
func (tp *Tape) node(t *repops.Tensor, back func(g *repops.Tensor), ins ...*Var) *Var {
	need := false
	for _, in := range ins {
		need = need || in.needGrad
	}
	v := &Var{T: t, tape: tp, needGrad: need}
	if need {
		v.back = back
		tp.vars = append(tp.vars, v)
	}
	return v
}

// accum adds g into v's gradient.
func (v *Var) accum(g *repops.Tensor) {
	if !v.needGrad {
		return
	}
	if !repops.SameShape(v.T, g) {
		panic(fmt.Sprintf("autodiff: gradient shape %v for a tensor of shape %v", g.Shape, v.T.Shape))
	}
	if v.Grad == nil {
		v.Grad = g
		return
	}
	v.Grad = v.tape.E.Add(v.Grad, g)
}

// Backward seeds loss (a [1] tensor) with gradient 1 and propagates to every
// parameter. It may be called once per tape.
func (tp *Tape) Backward(loss *Var) {
	if loss.T.Len() != 1 {
		panic(fmt.Sprintf("autodiff: loss must have one element, shape %v", loss.T.Shape))
	}
	loss.accum(repops.FromData([]float32{1}, loss.T.Shape...).Named("autodiff/seed"))
	for i := len(tp.vars) - 1; i >= 0; i-- {
		v := tp.vars[i]
		if v.back != nil && v.Grad != nil {
			v.back(v.Grad)
		}
	}
}

// zeros returns a named all-zero tensor (an external input of the trace).
func zeros(shape ...int) *repops.Tensor { return repops.New(shape...).Named("autodiff/zeros") }

// full returns a named tensor filled with c.
func full(c float32, shape ...int) *repops.Tensor {
	t := repops.New(shape...)
	for i := range t.Data {
		t.Data[i] = c
	}
	return t.Named("autodiff/const")
}
