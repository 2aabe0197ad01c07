package repops

import "fmt"

// SumRows returns the canonical sum8 of each row: X[..,n] -> [..] (a rank-1
// input gives shape [1]). To sum over columns, Transpose first: reductions
// always run over contiguous memory.
func (e *Engine) SumRows(x *Tensor) *Tensor {
	shape := x.Shape[:max(x.Rank()-1, 0)]
	if len(shape) == 0 {
		shape = []int{1}
	}
	y := New(shape...)
	if x.Cols() > 0 {
		e.forRows(x.Rows(), x.Cols(), func(lo, hi int) {
			for r := lo; r < hi; r++ {
				y.Data[r] = canon(sum8(x.Row(r)))
			}
		})
	}
	e.emit(KindSumRows, nil, []*Tensor{x}, y)
	return y
}

// Sum returns the canonical sum8 of all elements, shape [1].
func (e *Engine) Sum(x *Tensor) *Tensor {
	y := FromData([]float32{canon(sum8(x.Data))}, 1)
	e.emit(KindSum, nil, []*Tensor{x}, y)
	return y
}

// Mean returns sum8(x)/float32(n), shape [1].
func (e *Engine) Mean(x *Tensor) *Tensor {
	if x.Len() == 0 {
		panic("repops: mean of an empty tensor")
	}
	y := FromData([]float32{canon(sum8(x.Data) / float32(x.Len()))}, 1)
	e.emit(KindMean, nil, []*Tensor{x}, y)
	return y
}

// index reads an integer id stored in a float32 tensor (ids are exact
// integers below 2^24) and checks it against [0, n).
func index(k Kind, v float32, n int) int {
	i := int(v)
	if float32(i) != v || i < 0 || i >= n {
		panic(fmt.Sprintf("repops: %s: id %g is not an integer in [0, %d)", k, v, n))
	}
	return i
}

// CrossEntropy returns, per row i of logits[m,V], the loss
// Log(sum8(Exp(x - m))) - (x_t - m) with m = rowMax(x) and t = targets[i].
func (e *Engine) CrossEntropy(logits, targets *Tensor) *Tensor {
	m, v := checkLogits(KindCrossEntropy, logits, targets)
	y := New(m)
	e.forRows(m, 16*v, func(lo, hi int) {
		buf := make([]float32, v)
		for r := lo; r < hi; r++ {
			xr := logits.Row(r)
			t := index(KindCrossEntropy, targets.Data[r], v)
			mx := rowMax(xr)
			for j, x := range xr {
				buf[j] = Exp(x - mx)
			}
			y.Data[r] = canon(Log(sum8(buf)) - (xr[t] - mx))
		}
	})
	e.emit(KindCrossEntropy, nil, []*Tensor{logits, targets}, y)
	return y
}

// CrossEntropyGrad returns dlogits_ij = (p_ij - [j = t_i])·dloss_i with
// p = Softmax(logits) computed as in Softmax.
func (e *Engine) CrossEntropyGrad(logits, targets, dloss *Tensor) *Tensor {
	m, v := checkLogits(KindCrossEntropyGrad, logits, targets)
	if dloss.Len() != m {
		panic(fmt.Sprintf("repops: cross_entropy_grad: dloss has %d elements, want %d", dloss.Len(), m))
	}
	y := New(logits.Shape...)
	e.forRows(m, 16*v, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, yr := logits.Row(r), y.Row(r)
			t := index(KindCrossEntropyGrad, targets.Data[r], v)
			mx := rowMax(xr)
			for j, x := range xr {
				yr[j] = Exp(x - mx)
			}
			s := sum8(yr)
			g := dloss.Data[r]
			for j := range yr {
				p := yr[j] / s
				if j == t {
					p -= 1
				}
				yr[j] = canon(p * g)
			}
		}
	})
	e.emit(KindCrossEntropyGrad, nil, []*Tensor{logits, targets, dloss}, y)
	return y
}

func checkLogits(k Kind, logits, targets *Tensor) (m, v int) {
	if logits.Rank() != 2 || targets.Rank() != 1 || targets.Shape[0] != logits.Shape[0] || logits.Shape[1] == 0 {
		panic(fmt.Sprintf("repops: %s needs logits [m,V] and targets [m], got %v and %v", k, logits.Shape, targets.Shape))
	}
	return logits.Shape[0], logits.Shape[1]
}
