package autodiff

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// The differentiable operators. Each computes the forward RepOps operator and
// registers the RepOps operators of its gradient.

// MatMul returns a·bᵀ. Gradients: da = g·(bᵀ)ᵀ = MatMul(g, Transpose(b)),
// db = MatMul(Transpose(g), Transpose(a)).
func MatMul(a, b *Var) *Var {
	e := a.tape.E
	return a.tape.node(e.MatMul(a.T, b.T), func(g *repops.Tensor) {
		if a.needGrad {
			a.accum(e.MatMul(g, e.Transpose(b.T)))
		}
		if b.needGrad {
			b.accum(e.MatMul(e.Transpose(g), e.Transpose(a.T)))
		}
	}, a, b)
}

// Add returns a + b.
func Add(a, b *Var) *Var {
	return a.tape.node(a.tape.E.Add(a.T, b.T), func(g *repops.Tensor) {
		a.accum(g)
		b.accum(g)
	}, a, b)
}

// Sub returns a - b.
func Sub(a, b *Var) *Var {
	e := a.tape.E
	return a.tape.node(e.Sub(a.T, b.T), func(g *repops.Tensor) {
		a.accum(g)
		if b.needGrad {
			b.accum(e.Scale(g, -1))
		}
	}, a, b)
}

// Mul returns a * b elementwise.
func Mul(a, b *Var) *Var {
	e := a.tape.E
	return a.tape.node(e.Mul(a.T, b.T), func(g *repops.Tensor) {
		if a.needGrad {
			a.accum(e.Mul(g, b.T))
		}
		if b.needGrad {
			b.accum(e.Mul(g, a.T))
		}
	}, a, b)
}

// Scale returns x * s.
func Scale(x *Var, s float32) *Var {
	e := x.tape.E
	return x.tape.node(e.Scale(x.T, s), func(g *repops.Tensor) { x.accum(e.Scale(g, s)) }, x)
}

// Exp returns exp(x); its gradient is g·exp(x).
func Exp(x *Var) *Var {
	e := x.tape.E
	y := e.ExpT(x.T)
	return x.tape.node(y, func(g *repops.Tensor) { x.accum(e.Mul(g, y)) }, x)
}

// AddRow returns x[m,n] + b[n].
func AddRow(x, b *Var) *Var {
	e := x.tape.E
	need2D("add_row", x)
	return x.tape.node(e.AddRow(x.T, b.T), func(g *repops.Tensor) {
		x.accum(g)
		if b.needGrad {
			b.accum(e.SumRows(e.Transpose(g)))
		}
	}, x, b)
}

// MulRow returns x[m,n] * w[n].
func MulRow(x, w *Var) *Var {
	e := x.tape.E
	need2D("mul_row", x)
	return x.tape.node(e.MulRow(x.T, w.T), func(g *repops.Tensor) {
		if x.needGrad {
			x.accum(e.MulRow(g, w.T))
		}
		if w.needGrad {
			w.accum(e.SumRows(e.Transpose(e.Mul(g, x.T))))
		}
	}, x, w)
}

// RMSNorm normalizes each row (no gain; follow with MulRow).
func RMSNorm(x *Var, eps float32) *Var {
	e := x.tape.E
	return x.tape.node(e.RMSNorm(x.T, eps), func(g *repops.Tensor) { x.accum(e.RMSNormGrad(x.T, g, eps)) }, x)
}

// SiLU returns x·sigmoid(x).
func SiLU(x *Var) *Var {
	e := x.tape.E
	return x.tape.node(e.SiLU(x.T), func(g *repops.Tensor) { x.accum(e.SiLUGrad(x.T, g)) }, x)
}

// Softmax is the row softmax.
func Softmax(x *Var) *Var {
	e := x.tape.E
	y := e.Softmax(x.T)
	return x.tape.node(y, func(g *repops.Tensor) { x.accum(e.SoftmaxGrad(y, g)) }, x)
}

// LogSoftmax is the row log-softmax.
func LogSoftmax(x *Var) *Var {
	e := x.tape.E
	y := e.LogSoftmax(x.T)
	return x.tape.node(y, func(g *repops.Tensor) { x.accum(e.LogSoftmaxGrad(y, g)) }, x)
}

// CausalMask sets entries above the (offset) diagonal to -Inf. The gradient
// passes through unchanged: a masked entry feeds a softmax, whose gradient
// there is exactly 0·(...) = 0.
func CausalMask(x *Var, offset int) *Var {
	return x.tape.node(x.tape.E.CausalMask(x.T, offset), func(g *repops.Tensor) { x.accum(g) }, x)
}

// Transpose swaps the last two dimensions.
func Transpose(x *Var) *Var {
	e := x.tape.E
	return x.tape.node(e.Transpose(x.T), func(g *repops.Tensor) { x.accum(e.Transpose(g)) }, x)
}

// Slice restricts x to [start, end) along axis; the gradient pads g with zeros.
func Slice(x *Var, axis, start, end int) *Var {
	e := x.tape.E
	return x.tape.node(e.Slice(x.T, axis, start, end), func(g *repops.Tensor) {
		// The zero blocks are made by ops from the matching parts of x.
		parts := []*repops.Tensor{}
		if start > 0 {
			parts = append(parts, fill(e, e.Slice(x.T, axis, 0, start), 0))
		}
		parts = append(parts, g)
		if n := x.T.Shape[axis]; end < n {
			parts = append(parts, fill(e, e.Slice(x.T, axis, end, n), 0))
		}
		if len(parts) == 1 {
			x.accum(g)
			return
		}
		x.accum(e.Concat(axis, parts...))
	}, x)
}

// Concat joins xs along axis; each input's gradient is its slice of g.
func Concat(axis int, xs ...*Var) *Var {
	e := xs[0].tape.E
	ts := make([]*repops.Tensor, len(xs))
	for i, x := range xs {
		ts[i] = x.T
	}
	return xs[0].tape.node(e.Concat(axis, ts...), func(g *repops.Tensor) {
		off := 0
		for _, x := range xs {
			n := x.T.Shape[axis]
			if x.needGrad {
				x.accum(e.Slice(g, axis, off, off+n))
			}
			off += n
		}
	}, xs...)
}

// Embedding gathers rows of table by ids (a constant).
func Embedding(table, ids *Var) *Var {
	e := table.tape.E
	v := table.T.Shape[0]
	return table.tape.node(e.Embedding(table.T, ids.T), func(g *repops.Tensor) {
		table.accum(e.EmbeddingGrad(g, ids.T, v))
	}, table)
}

// OneHotEmbedding gathers the same rows as Embedding, as the matrix product
// onehot·table with onehot = PickGrad(ones[n], ids, V) (ones = Clamp(ids, 1,
// 1)): MatMul(onehot, Transpose(table)), contraction V. The table's gradient
// flows through MatMul's backward (contraction n) and Transpose, so no
// EmbeddingGrad is recorded; the one-hot matrix is a constant and gets none.
// A contribution step embeds this way because an EmbeddingGrad element can be
// refereed only when its id occurs at most 64 times (docs/VERIFY.md).
func OneHotEmbedding(table, ids *Var) *Var {
	e := table.tape.E
	oh := table.tape.Const(e.PickGrad(fill(e, ids.T, 1), ids.T, table.T.Shape[0]))
	return MatMul(oh, Transpose(table))
}

// Pick returns x[i, ids_i] per row (ids a constant).
func Pick(x, ids *Var) *Var {
	e := x.tape.E
	v := x.T.Shape[1]
	return x.tape.node(e.Pick(x.T, ids.T), func(g *repops.Tensor) { x.accum(e.PickGrad(g, ids.T, v)) }, x)
}

// CrossEntropy is the per-row loss of logits against target ids (a constant).
func CrossEntropy(logits, targets *Var) *Var {
	e := logits.tape.E
	return logits.tape.node(e.CrossEntropy(logits.T, targets.T), func(g *repops.Tensor) {
		logits.accum(e.CrossEntropyGrad(logits.T, targets.T, g))
	}, logits)
}

// Mean averages all elements into a [1] tensor. Its gradient g/n is
// computed by ops (g broadcast, divided by a tensor of n), never by reading
// g into an attribute.
func Mean(x *Var) *Var {
	e := x.tape.E
	n := float32(x.T.Len())
	return x.tape.node(e.Mean(x.T), func(g *repops.Tensor) {
		gb := broadcast(e, x.T, g)
		x.accum(e.Div(gb, fill(e, gb, n)))
	}, x)
}

// Sum adds all elements into a [1] tensor.
func Sum(x *Var) *Var {
	e := x.tape.E
	return x.tape.node(e.Sum(x.T), func(g *repops.Tensor) { x.accum(broadcast(e, x.T, g)) }, x)
}

// WeightedSum returns sum_i x_i·w_i for a constant weight vector w: the
// gradient is g·w. It is how a policy-gradient loss weights log-probabilities
// by advantages.
func WeightedSum(x, w *Var) *Var {
	e := x.tape.E
	return x.tape.node(e.Sum(e.Mul(x.T, w.T)), func(g *repops.Tensor) {
		x.accum(scaleRows(e, w.T, g))
	}, x)
}

// Minimum returns min(a, b); the gradient goes to a where a <= b, else to b.
func Minimum(a, b *Var) *Var {
	e := a.tape.E
	return a.tape.node(e.Minimum(a.T, b.T), func(g *repops.Tensor) {
		le := e.LessEqual(a.T, b.T)
		z := fill(e, g, 0)
		if a.needGrad {
			a.accum(e.Select(le, g, z))
		}
		if b.needGrad {
			b.accum(e.Select(le, z, g))
		}
	}, a, b)
}

// Clamp limits x to [lo, hi]; the gradient is g inside and 0 outside
// (inside: the clamped value equals x, i.e. lo ≤ x ≤ hi).
func Clamp(x *Var, lo, hi float32) *Var {
	e := x.tape.E
	y := e.Clamp(x.T, lo, hi)
	return x.tape.node(y, func(g *repops.Tensor) {
		in := e.Mul(e.LessEqual(y, x.T), e.LessEqual(x.T, y))
		x.accum(e.Mul(g, in))
	}, x)
}

func need2D(op string, x *Var) {
	if x.T.Rank() != 2 {
		panic(fmt.Sprintf("autodiff: %s needs a rank-2 input, got %v", op, x.T.Shape))
	}
}

// Reshape gives x a new shape with the same element count.
func Reshape(x *Var, shape ...int) *Var {
	e := x.tape.E
	old := append([]int(nil), x.T.Shape...)
	return x.tape.node(e.Reshape(x.T, shape...), func(g *repops.Tensor) { x.accum(e.Reshape(g, old...)) }, x)
}
