package repops

import (
	"fmt"
	"math"
)

// Elementwise operators: output element i depends on element i of each input
// (and, for the *Row operators, on element i mod n of a row vector).

func (e *Engine) unary(k Kind, attrs []uint32, x *Tensor, f func(float32) float32) *Tensor {
	y := &Tensor{Shape: append([]int(nil), x.Shape...), Data: make([]float32, len(x.Data))}
	e.forRows(len(x.Data), 8, func(lo, hi int) {
		xd, yd := x.Data[lo:hi], y.Data[lo:hi]
		for i, v := range xd {
			yd[i] = canon(f(v))
		}
	})
	e.emit(k, attrs, []*Tensor{x}, y)
	return y
}

func (e *Engine) binary(k Kind, attrs []uint32, x, y *Tensor, f func(a, b float32) float32) *Tensor {
	if !SameShape(x, y) {
		panic(fmt.Sprintf("repops: %s needs equal shapes, got %v and %v", k, x.Shape, y.Shape))
	}
	z := &Tensor{Shape: append([]int(nil), x.Shape...), Data: make([]float32, len(x.Data))}
	e.forRows(len(x.Data), 4, func(lo, hi int) {
		xd, yd, zd := x.Data[lo:hi], y.Data[lo:hi], z.Data[lo:hi]
		for i := range zd {
			zd[i] = canon(f(xd[i], yd[i]))
		}
	})
	e.emit(k, attrs, []*Tensor{x, y}, z)
	return z
}

func (e *Engine) rowwise(k Kind, x, w *Tensor, f func(a, b float32) float32) *Tensor {
	n := x.Cols()
	if w.Rank() != 1 || w.Shape[0] != n {
		panic(fmt.Sprintf("repops: %s needs a row vector of length %d, got %v", k, n, w.Shape))
	}
	z := &Tensor{Shape: append([]int(nil), x.Shape...), Data: make([]float32, len(x.Data))}
	e.forRows(x.Rows(), n, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, zr := x.Row(r), z.Row(r)
			for j := range zr {
				zr[j] = canon(f(xr[j], w.Data[j]))
			}
		}
	})
	e.emit(k, nil, []*Tensor{x, w}, z)
	return z
}

func add(a, b float32) float32 { return a + b }
func sub(a, b float32) float32 { return a - b }
func mul(a, b float32) float32 { return a * b }
func div(a, b float32) float32 { return a / b }

// Add returns x + y elementwise.
func (e *Engine) Add(x, y *Tensor) *Tensor { return e.binary(KindAdd, nil, x, y, add) }

// Sub returns x - y elementwise.
func (e *Engine) Sub(x, y *Tensor) *Tensor { return e.binary(KindSub, nil, x, y, sub) }

// Mul returns x * y elementwise.
func (e *Engine) Mul(x, y *Tensor) *Tensor { return e.binary(KindMul, nil, x, y, mul) }

// Div returns x / y elementwise.
func (e *Engine) Div(x, y *Tensor) *Tensor { return e.binary(KindDiv, nil, x, y, div) }

// Maximum returns Max(x, y) elementwise.
func (e *Engine) Maximum(x, y *Tensor) *Tensor { return e.binary(KindMaximum, nil, x, y, Max) }

// Minimum returns Min(x, y) elementwise.
func (e *Engine) Minimum(x, y *Tensor) *Tensor { return e.binary(KindMinimum, nil, x, y, Min) }

// LessEqual returns 1 where x <= y and 0 elsewhere (0 when either is NaN).
func (e *Engine) LessEqual(x, y *Tensor) *Tensor {
	return e.binary(KindLessEqual, nil, x, y, func(a, b float32) float32 {
		if a <= b {
			return 1
		}
		return 0
	})
}

// Select returns x where c != 0 and y elsewhere (a NaN in c selects x).
func (e *Engine) Select(c, x, y *Tensor) *Tensor {
	if !SameShape(c, x) || !SameShape(c, y) {
		panic(fmt.Sprintf("repops: select needs equal shapes, got %v, %v, %v", c.Shape, x.Shape, y.Shape))
	}
	z := &Tensor{Shape: append([]int(nil), x.Shape...), Data: make([]float32, len(x.Data))}
	for i, cv := range c.Data {
		if cv != 0 {
			z.Data[i] = x.Data[i]
		} else {
			z.Data[i] = y.Data[i]
		}
	}
	e.emit(KindSelect, nil, []*Tensor{c, x, y}, z)
	return z
}

// Scale returns x * s.
func (e *Engine) Scale(x *Tensor, s float32) *Tensor {
	return e.unary(KindScale, []uint32{math.Float32bits(s)}, x, func(v float32) float32 { return v * s })
}

// Clamp returns Min(Max(x, lo), hi) elementwise.
func (e *Engine) Clamp(x *Tensor, lo, hi float32) *Tensor {
	return e.unary(KindClamp, []uint32{math.Float32bits(lo), math.Float32bits(hi)}, x,
		func(v float32) float32 { return Min(Max(v, lo), hi) })
}

// AddRow returns x[..,j] + b[j] (a bias broadcast over rows).
func (e *Engine) AddRow(x, b *Tensor) *Tensor { return e.rowwise(KindAddRow, x, b, add) }

// MulRow returns x[..,j] * w[j] (a gain broadcast over rows).
func (e *Engine) MulRow(x, w *Tensor) *Tensor { return e.rowwise(KindMulRow, x, w, mul) }

// ExpT returns Exp(x) elementwise.
func (e *Engine) ExpT(x *Tensor) *Tensor { return e.unary(KindExp, nil, x, Exp) }

// LogT returns Log(x) elementwise.
func (e *Engine) LogT(x *Tensor) *Tensor { return e.unary(KindLog, nil, x, Log) }

// SqrtT returns Sqrt(x) elementwise.
func (e *Engine) SqrtT(x *Tensor) *Tensor { return e.unary(KindSqrt, nil, x, Sqrt) }

// TanhT returns Tanh(x) elementwise.
func (e *Engine) TanhT(x *Tensor) *Tensor { return e.unary(KindTanh, nil, x, Tanh) }

// SigmoidT returns Sigmoid(x) elementwise.
func (e *Engine) SigmoidT(x *Tensor) *Tensor { return e.unary(KindSigmoid, nil, x, Sigmoid) }

// SiLU returns x·Sigmoid(x) elementwise.
func (e *Engine) SiLU(x *Tensor) *Tensor { return e.unary(KindSiLU, nil, x, silu) }

// SiLUGrad returns dy·s·(1 + x·(1 - s)) with s = Sigmoid(x): the gradient of
// SiLU at x times the upstream gradient dy.
func (e *Engine) SiLUGrad(x, dy *Tensor) *Tensor {
	return e.binary(KindSiLUGrad, nil, x, dy, siluGrad)
}

func silu(x float32) float32 { return x * Sigmoid(x) }

func siluGrad(x, dy float32) float32 {
	s := Sigmoid(x)
	g := s * (1 + float32(x*(1-s)))
	return dy * g
}
