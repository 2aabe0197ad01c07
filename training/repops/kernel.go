package repops

import "fmt"

// Kernel selects the implementation of the matrix-product inner loop. Every
// kernel computes the canonical element program (dot8), so all give the
// same bits; they differ only in speed.
type Kernel int

// Kernels.
const (
	KernelAuto     Kernel = iota // the fastest kernel this CPU supports
	KernelPortable               // pure Go, every architecture
	KernelSIMD                   // architecture-specific assembly, where available
)

func (k Kernel) String() string {
	switch k {
	case KernelAuto:
		return "auto"
	case KernelPortable:
		return "portable"
	case KernelSIMD:
		return "simd"
	}
	return fmt.Sprintf("kernel(%d)", int(k))
}

// ParseKernel parses "auto", "portable" or "simd".
func ParseKernel(s string) (Kernel, error) {
	for _, k := range []Kernel{KernelAuto, KernelPortable, KernelSIMD} {
		if k.String() == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("repops: unknown kernel %q (want auto, portable or simd)", s)
}

// matmulKernel computes c[i*n+j] = dot8(a[i*k:(i+1)*k], b[j*k:(j+1)*k]) for
// i < m, j < n: the canonical C = A·Bᵀ on one block of rows of A.
type matmulKernel func(c, a, b []float32, m, n, k int)

// simdKernel is set by an architecture file's init when the CPU supports it.
var simdKernel matmulKernel

// SIMDAvailable reports whether this build and CPU have a SIMD kernel.
func SIMDAvailable() bool { return simdKernel != nil }

func bestKernel() Kernel {
	if simdKernel != nil {
		return KernelSIMD
	}
	return KernelPortable
}

func kernelFor(k Kernel) (matmulKernel, error) {
	switch k {
	case KernelAuto:
		return kernelFor(bestKernel())
	case KernelPortable:
		return matmulPortable, nil
	case KernelSIMD:
		if simdKernel == nil {
			return nil, fmt.Errorf("repops: no SIMD kernel on this CPU or architecture; use the portable kernel")
		}
		return simdKernel, nil
	}
	return nil, fmt.Errorf("repops: unknown kernel %d", int(k))
}

// matmulPortable is the reference kernel. It walks C in 1×4 blocks so that
// each row of A is read once per four rows of B; each element is still one
// independent dot8.
func matmulPortable(c, a, b []float32, m, n, k int) {
	for i := 0; i < m; i++ {
		ar := a[i*k : (i+1)*k]
		cr := c[i*n : (i+1)*n]
		for j := 0; j < n; j++ {
			cr[j] = dot8(ar, b[j*k:(j+1)*k])
		}
	}
}
