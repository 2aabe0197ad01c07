package repops

import "fmt"

// MatMul returns C = A·Bᵀ for A[..,m,k] and B[..,n,k] with equal leading
// (batch) dimensions: C[..,i,j] = dot8(A[..,i,:], B[..,j,:]). The contracted
// dimension is contiguous in both operands (shared/DESIGN.md rule 7); take an
// explicit Transpose to multiply by a matrix stored the other way.
func (e *Engine) MatMul(a, b *Tensor) *Tensor {
	if a.Rank() < 2 || a.Rank() != b.Rank() {
		panic(fmt.Sprintf("repops: matmul needs equal ranks ≥ 2, got %v and %v", a.Shape, b.Shape))
	}
	r := a.Rank()
	for d := 0; d < r-2; d++ {
		if a.Shape[d] != b.Shape[d] {
			panic(fmt.Sprintf("repops: matmul batch dims differ: %v and %v", a.Shape, b.Shape))
		}
	}
	m, k := a.Shape[r-2], a.Shape[r-1]
	n := b.Shape[r-2]
	if b.Shape[r-1] != k {
		panic(fmt.Sprintf("repops: matmul contracted dims differ: %v and %v", a.Shape, b.Shape))
	}
	shape := append(append([]int(nil), a.Shape[:r-2]...), m, n)
	c := New(shape...)
	batch := c.Len() / max(m*n, 1)
	rows := batch * m
	e.forBlocks(rows, n*k, 4, func(lo, hi int) {
		for lo < hi {
			bi, i := lo/m, lo%m
			cnt := min(hi-lo, m-i)
			ab := a.Data[(bi*m+i)*k : (bi*m+i+cnt)*k]
			bb := b.Data[bi*n*k : (bi+1)*n*k]
			cb := c.Data[(bi*m+i)*n : (bi*m+i+cnt)*n]
			e.mm(cb, ab, bb, cnt, n, k)
			lo += cnt
		}
	})
	canonicalize(c.Data)
	e.emit(KindMatMul, nil, []*Tensor{a, b}, c)
	return c
}

// MatMulKernel runs the engine's kernel directly on raw slices, without
// shape checks or observation: c (m×n) = a (m×k) · bᵀ (b is n×k). It exists
// for benchmarks and kernel tests.
func (e *Engine) MatMulKernel(c, a, b []float32, m, n, k int) {
	e.forBlocks(m, n*k, 4, func(lo, hi int) {
		e.mm(c[lo*n:hi*n], a[lo*k:hi*k], b, hi-lo, n, k)
	})
}
