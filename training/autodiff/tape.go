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
// parameter. It may be called once per tape. The seed is computed by an
// operator from the loss (Clamp(loss, 1, 1)), and every constant the
// backward pass needs is made the same way from a tensor at hand, so a
// recorded step has no host-made inputs besides its own externals and no
// attribute that depends on data.
func (tp *Tape) Backward(loss *Var) {
	if loss.T.Len() != 1 {
		panic(fmt.Sprintf("autodiff: loss must have one element, shape %v", loss.T.Shape))
	}
	loss.accum(fill(tp.E, loss.T, 1))
	for i := len(tp.vars) - 1; i >= 0; i-- {
		v := tp.vars[i]
		if v.back != nil && v.Grad != nil {
			v.back(v.Grad)
		}
	}
}

// fill returns a tensor shaped like t filled with c, computed by the
// operator Clamp(t, c, c) (exact for every non-NaN element of t; a NaN stays
// NaN, which only a NaN computation can produce). It is how constants enter
// a recorded step: from a config-constant attribute, never from the host.
func fill(e *repops.Engine, t *repops.Tensor, c float32) *repops.Tensor { return e.Clamp(t, c, c) }

// broadcast returns g (a one-element tensor) times ones shaped like t, as
// MulRow(ones[n,1], g) reshaped to t's shape: no attribute depends on g.
func broadcast(e *repops.Engine, t, g *repops.Tensor) *repops.Tensor {
	col := e.Reshape(t, t.Len(), 1)
	return e.Reshape(e.MulRow(fill(e, col, 1), e.Reshape(g, 1)), t.Shape...)
}

// scaleRows returns w·g for a one-element g, as MulRow(w[n,1], g) reshaped
// to w's shape.
func scaleRows(e *repops.Engine, w, g *repops.Tensor) *repops.Tensor {
	return e.Reshape(e.MulRow(e.Reshape(w, w.Len(), 1), e.Reshape(g, 1)), w.Shape...)
}
