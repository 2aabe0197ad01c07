package repops

import "fmt"

// Operators that move data without arithmetic: every output element is a
// copy of one input element (or a sum, for the scatter-add gradients).

// Transpose swaps the last two dimensions: [..,m,n] -> [..,n,m].
func (e *Engine) Transpose(x *Tensor) *Tensor {
	r := x.Rank()
	if r < 2 {
		panic(fmt.Sprintf("repops: transpose needs rank ≥ 2, got %v", x.Shape))
	}
	m, n := x.Shape[r-2], x.Shape[r-1]
	shape := append(append([]int(nil), x.Shape[:r-2]...), n, m)
	y := New(shape...)
	batch := x.Len() / max(m*n, 1)
	e.forRows(batch*n, m, func(lo, hi int) {
		for row := lo; row < hi; row++ {
			b, j := row/n, row%n
			src := x.Data[b*m*n:]
			dst := y.Data[row*m : (row+1)*m]
			for i := range dst {
				dst[i] = src[i*n+j]
			}
		}
	})
	e.emit(KindTranspose, nil, []*Tensor{x}, y)
	return y
}

// Concat joins tensors of equal rank along axis; all other dimensions must agree.
func (e *Engine) Concat(axis int, xs ...*Tensor) *Tensor {
	if len(xs) == 0 || axis < 0 || axis >= xs[0].Rank() {
		panic(fmt.Sprintf("repops: concat of %d tensors along axis %d", len(xs), axis))
	}
	shape := append([]int(nil), xs[0].Shape...)
	shape[axis] = 0
	for _, x := range xs {
		if x.Rank() != len(shape) {
			panic(fmt.Sprintf("repops: concat rank mismatch: %v vs %v", x.Shape, xs[0].Shape))
		}
		for d := range shape {
			if d != axis && x.Shape[d] != xs[0].Shape[d] {
				panic(fmt.Sprintf("repops: concat shape mismatch on dim %d: %v vs %v", d, x.Shape, xs[0].Shape))
			}
		}
		shape[axis] += x.Shape[axis]
	}
	y := New(shape...)
	outer := 1
	for _, d := range shape[:axis] {
		outer *= d
	}
	inner := 1
	for _, d := range shape[axis+1:] {
		inner *= d
	}
	off := 0
	for o := 0; o < outer; o++ {
		for _, x := range xs {
			blk := x.Shape[axis] * inner
			copy(y.Data[off:off+blk], x.Data[o*blk:(o+1)*blk])
			off += blk
		}
	}
	e.emit(KindConcat, []uint32{uint32(axis)}, xs, y)
	return y
}

// Slice returns x restricted to [start, end) along axis.
func (e *Engine) Slice(x *Tensor, axis, start, end int) *Tensor {
	if axis < 0 || axis >= x.Rank() || start < 0 || end < start || end > x.Shape[axis] {
		panic(fmt.Sprintf("repops: slice [%d,%d) of axis %d of %v", start, end, axis, x.Shape))
	}
	shape := append([]int(nil), x.Shape...)
	shape[axis] = end - start
	y := New(shape...)
	outer := 1
	for _, d := range x.Shape[:axis] {
		outer *= d
	}
	inner := 1
	for _, d := range x.Shape[axis+1:] {
		inner *= d
	}
	src, dst := x.Shape[axis]*inner, (end-start)*inner
	for o := 0; o < outer; o++ {
		copy(y.Data[o*dst:(o+1)*dst], x.Data[o*src+start*inner:o*src+end*inner])
	}
	e.emit(KindSlice, []uint32{uint32(axis), uint32(start), uint32(end)}, []*Tensor{x}, y)
	return y
}

// Embedding gathers rows of table[V,d] by ids[n] (exact integers): [n,d].
func (e *Engine) Embedding(table, ids *Tensor) *Tensor {
	if table.Rank() != 2 || ids.Rank() != 1 {
		panic(fmt.Sprintf("repops: embedding needs table [V,d] and ids [n], got %v and %v", table.Shape, ids.Shape))
	}
	v, d := table.Shape[0], table.Shape[1]
	y := New(ids.Len(), d)
	for p, id := range ids.Data {
		copy(y.Row(p), table.Row(index(KindEmbedding, id, v)))
	}
	e.emit(KindEmbedding, nil, []*Tensor{table, ids}, y)
	return y
}

// EmbeddingGrad scatters dy[n,d] into a [V,d] gradient: row v is the sum,
// from +0 in increasing position p, of the rows dy[p] with ids[p] = v.
func (e *Engine) EmbeddingGrad(dy, ids *Tensor, vocab int) *Tensor {
	if dy.Rank() != 2 || ids.Rank() != 1 || ids.Len() != dy.Shape[0] || vocab <= 0 {
		panic(fmt.Sprintf("repops: embedding_grad needs dy [n,d], ids [n], V > 0, got %v, %v, %d", dy.Shape, ids.Shape, vocab))
	}
	y := New(vocab, dy.Shape[1])
	for p, id := range ids.Data {
		yr, dr := y.Row(index(KindEmbeddingGrad, id, vocab)), dy.Row(p)
		for j := range yr {
			yr[j] += dr[j]
		}
	}
	canonicalize(y.Data)
	e.emit(KindEmbeddingGrad, []uint32{uint32(vocab)}, []*Tensor{dy, ids}, y)
	return y
}

// Pick returns y_i = x[i, ids_i] for x[m,V] and ids[m].
func (e *Engine) Pick(x, ids *Tensor) *Tensor {
	if x.Rank() != 2 || ids.Rank() != 1 || ids.Len() != x.Shape[0] {
		panic(fmt.Sprintf("repops: pick needs x [m,V] and ids [m], got %v and %v", x.Shape, ids.Shape))
	}
	y := New(ids.Len())
	for i, id := range ids.Data {
		y.Data[i] = x.Row(i)[index(KindPick, id, x.Shape[1])]
	}
	e.emit(KindPick, nil, []*Tensor{x, ids}, y)
	return y
}

// PickGrad returns the [m,V] tensor that is dy_i at (i, ids_i) and +0 elsewhere.
func (e *Engine) PickGrad(dy, ids *Tensor, vocab int) *Tensor {
	if dy.Rank() != 1 || ids.Rank() != 1 || ids.Len() != dy.Len() || vocab <= 0 {
		panic(fmt.Sprintf("repops: pick_grad needs dy [m], ids [m], V > 0, got %v, %v, %d", dy.Shape, ids.Shape, vocab))
	}
	y := New(dy.Len(), vocab)
	for i, id := range ids.Data {
		y.Row(i)[index(KindPickGrad, id, vocab)] = dy.Data[i]
	}
	e.emit(KindPickGrad, []uint32{uint32(vocab)}, []*Tensor{dy, ids}, y)
	return y
}

// Reshape returns x with a new shape of the same element count. The data is
// shared, not copied: tensors are never modified once an operator returns them.
func (e *Engine) Reshape(x *Tensor, shape ...int) *Tensor {
	if n := checkShape(shape); n != x.Len() {
		panic(fmt.Sprintf("repops: reshape %v (%d elements) to %v (%d)", x.Shape, x.Len(), shape, n))
	}
	y := &Tensor{Shape: append([]int(nil), shape...), Data: x.Data}
	e.emit(KindReshape, nil, []*Tensor{x}, y)
	return y
}
