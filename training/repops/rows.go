package repops

import (
	"fmt"
	"math"
)

// Row operators: output row r depends on input row r only (the last
// dimension), so rows run in parallel and each row's reduction keeps the
// canonical order.

// rowMax is Max(...Max(Max(x_0, x_1), x_2)..., x_{n-1}).
func rowMax(x []float32) float32 {
	m := x[0]
	for _, v := range x[1:] {
		m = Max(m, v)
	}
	return m
}

func (e *Engine) mapRows(k Kind, attrs []uint32, ins []*Tensor, x *Tensor, f func(r int, xr, yr []float32)) *Tensor {
	if x.Cols() == 0 {
		panic(fmt.Sprintf("repops: %s of a tensor with empty rows %v", k, x.Shape))
	}
	y := &Tensor{Shape: append([]int(nil), x.Shape...), Data: make([]float32, len(x.Data))}
	e.forRows(x.Rows(), 16*x.Cols(), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			yr := y.Row(r)
			f(r, x.Row(r), yr)
			canonicalize(yr)
		}
	})
	e.emit(k, attrs, ins, y)
	return y
}

func checkSame(k Kind, a, b *Tensor) {
	if !SameShape(a, b) {
		panic(fmt.Sprintf("repops: %s needs equal shapes, got %v and %v", k, a.Shape, b.Shape))
	}
}

// Softmax returns the row softmax: m = rowMax(x); e_j = Exp(x_j - m);
// y_j = e_j / sum8(e).
func (e *Engine) Softmax(x *Tensor) *Tensor {
	return e.mapRows(KindSoftmax, nil, []*Tensor{x}, x, func(_ int, xr, yr []float32) {
		m := rowMax(xr)
		for j, v := range xr {
			yr[j] = Exp(v - m)
		}
		s := sum8(yr)
		for j := range yr {
			yr[j] /= s
		}
	})
}

// LogSoftmax returns the row log-softmax: y_j = (x_j - m) - Log(sum8(Exp(x - m))).
func (e *Engine) LogSoftmax(x *Tensor) *Tensor {
	return e.mapRows(KindLogSoftmax, nil, []*Tensor{x}, x, func(_ int, xr, yr []float32) {
		m := rowMax(xr)
		for j, v := range xr {
			yr[j] = Exp(v - m)
		}
		ls := Log(sum8(yr))
		for j, v := range xr {
			yr[j] = (v - m) - ls
		}
	})
}

// SoftmaxGrad returns dx_j = y_j·(dy_j - dot8(dy, y)) for y = Softmax(x).
func (e *Engine) SoftmaxGrad(y, dy *Tensor) *Tensor {
	checkSame(KindSoftmaxGrad, y, dy)
	return e.mapRows(KindSoftmaxGrad, nil, []*Tensor{y, dy}, y, func(r int, yr, dxr []float32) {
		dyr := dy.Row(r)
		d := dot8(dyr, yr)
		for j := range dxr {
			dxr[j] = yr[j] * (dyr[j] - d)
		}
	})
}

// LogSoftmaxGrad returns dx_j = dy_j - Exp(y_j)·sum8(dy) for y = LogSoftmax(x).
func (e *Engine) LogSoftmaxGrad(y, dy *Tensor) *Tensor {
	checkSame(KindLogSoftmaxGrad, y, dy)
	return e.mapRows(KindLogSoftmaxGrad, nil, []*Tensor{y, dy}, y, func(r int, yr, dxr []float32) {
		dyr := dy.Row(r)
		s := sum8(dyr)
		for j := range dxr {
			dxr[j] = dyr[j] - float32(Exp(yr[j])*s)
		}
	})
}

// rmsInv is 1 / Sqrt(sum8(x²)/n + eps).
func rmsInv(x []float32, eps float32) float32 {
	return 1 / Sqrt(sumSq8(x)/float32(len(x))+eps)
}

// RMSNorm returns y_j = x_j·r with r = 1/Sqrt(sum8(x²)/n + eps), per row.
// Multiply by a learned gain with MulRow.
func (e *Engine) RMSNorm(x *Tensor, eps float32) *Tensor {
	return e.mapRows(KindRMSNorm, []uint32{math.Float32bits(eps)}, []*Tensor{x}, x, func(_ int, xr, yr []float32) {
		r := rmsInv(xr, eps)
		for j, v := range xr {
			yr[j] = v * r
		}
	})
}

// RMSNormGrad returns dx_j = r·(dy_j - xh_j·d) with xh = x·r and
// d = dot8(dy, xh)/n: the gradient of RMSNorm at x times dy.
func (e *Engine) RMSNormGrad(x, dy *Tensor, eps float32) *Tensor {
	checkSame(KindRMSNormGrad, x, dy)
	return e.mapRows(KindRMSNormGrad, []uint32{math.Float32bits(eps)}, []*Tensor{x, dy}, x, func(r int, xr, dxr []float32) {
		dyr := dy.Row(r)
		ri := rmsInv(xr, eps)
		for j, v := range xr {
			dxr[j] = v * ri // xh, kept in dx until the dot product is taken
		}
		d := dot8(dyr, dxr) / float32(len(xr))
		for j := range dxr {
			dxr[j] = ri * (dyr[j] - float32(dxr[j]*d))
		}
	})
}

// CausalMask returns x with every element of column j > row i + offset set
// to -Inf, in each trailing [t, s] matrix (offset ≥ 0 is the position of the
// first query row, as with a KV cache).
func (e *Engine) CausalMask(x *Tensor, offset int) *Tensor {
	if x.Rank() < 2 || offset < 0 {
		panic(fmt.Sprintf("repops: causal mask needs rank ≥ 2 and offset ≥ 0, got %v, %d", x.Shape, offset))
	}
	t := x.Shape[x.Rank()-2]
	ninf := float32(math.Inf(-1))
	return e.mapRows(KindCausalMask, []uint32{uint32(offset)}, []*Tensor{x}, x, func(r int, xr, yr []float32) {
		i := r % t
		for j, v := range xr {
			if j > i+offset {
				yr[j] = ninf
			} else {
				yr[j] = v
			}
		}
	})
}
