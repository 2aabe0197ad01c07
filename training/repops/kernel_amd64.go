//go:build amd64 && !purego

package repops

import "golang.org/x/sys/cpu"

// The amd64 SIMD kernel (kernel_amd64.s) computes the canonical dot8 with
// one YMM register per output element: lane l of the register is partial
// sum s_l, so a VMULPS and a VADDPS per 8 elements of k are exactly the
// portable kernel's eight scalar chains, and a shuffle tree folds the lanes
// in the canonical order. It needs only AVX instructions, but is enabled on
// AVX2 CPUs (Haswell and later, every x86-64-v3 CPU), detected at run time
// so that GOAMD64=v1 builds use it too. The tags "purego" or a CPU without
// AVX2 leave simdKernel nil.

func init() {
	if cpu.X86.HasAVX2 {
		simdKernel = matmulAVX
	}
}

// bTileBytes bounds the bytes of B that one pass over the rows of A reads,
// so that the block of B stays in the L2 cache while every row of A meets it.
const bTileBytes = 256 << 10

// mm4x2 computes the 4×n block c[i*ldc+j] = dot8(A_i, B_j) for the four
// rows of A at a and the n (even) rows of B at b, all rows k long.
//
//go:noescape
func mm4x2(c *float32, ldc int, a, b *float32, n, k int)

// mm1x8 computes c[j] = dot8(A_0, B_j) for j < n, the row of A at a and the
// n rows of B at b, all rows k long.
//
//go:noescape
func mm1x8(c *float32, a, b *float32, n, k int)

// matmulAVX is the SIMD matmulKernel: it walks B in tiles of rows that fit
// the L2 cache and, within a tile, C in 4×2 register blocks.
func matmulAVX(c, a, b []float32, m, n, k int) {
	if m <= 0 || n <= 0 {
		return
	}
	c = c[:m*n]
	if k == 0 {
		// dot8 of empty rows is the tree over eight +0 partial sums.
		clear(c)
		return
	}
	// The assembly trusts these lengths; slicing panics as the portable
	// kernel would if a caller passed short slices.
	a = a[:m*k]
	b = b[:n*k]
	nb := max(8, bTileBytes/(4*k)) &^ 7
	for j0 := 0; j0 < n; j0 += nb {
		jn := min(nb, n-j0)
		bt := &b[j0*k]
		i := 0
		for ; i+4 <= m; i += 4 {
			if jn >= 2 {
				mm4x2(&c[i*n+j0], n, &a[i*k], bt, jn&^1, k)
			}
			if jn&1 != 0 {
				j := j0 + jn - 1
				for r := i; r < i+4; r++ {
					mm1x8(&c[r*n+j], &a[r*k], &b[j*k], 1, k)
				}
			}
		}
		for ; i < m; i++ {
			mm1x8(&c[i*n+j0], &a[i*k], bt, jn, k)
		}
	}
}
