package repops

import (
	"strconv"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// Benchmarks of the square matrix product C = A·Bᵀ (n×n, k = n) as users
// get it (the default engine: SIMD where available, split over GOMAXPROCS
// workers), with the portable kernel, and with gonum's pure-Go Sgemm
// (NoTrans × Trans, also parallel) as an outside baseline. Each reports
// GFLOP/s counting a multiply and an add per term: 2·n³ per product.
//
//	go test ./training/repops -run XXX -bench 'MatMul|Gonum' -cpu 2 -count 5

var benchSizes = []int{64, 256, 512}

// benchOperands returns deterministic n×n operands and an output buffer.
func benchOperands(n int) (a, b, c []float32) {
	rng := xorshift(uint64(n)*2654435761 + 1)
	a, b, c = make([]float32, n*n), make([]float32, n*n), make([]float32, n*n)
	rng.fill(a, kindUnit)
	rng.fill(b, kindUnit)
	return a, b, c
}

func benchSquare(b *testing.B, run func(c, x, y []float32, n int)) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			x, y, c := benchOperands(n)
			for b.Loop() {
				run(c, x, y, n)
			}
			flops := 2 * float64(n) * float64(n) * float64(n) * float64(b.N)
			b.ReportMetric(flops/b.Elapsed().Seconds()/1e9, "GFLOP/s")
		})
	}
}

// BenchmarkMatMul measures the default engine's kernel.
func BenchmarkMatMul(b *testing.B) {
	e := MustEngine()
	b.Logf("default kernel: %v", e.Kernel())
	benchSquare(b, func(c, x, y []float32, n int) { e.MatMulKernel(c, x, y, n, n, n) })
}

// BenchmarkMatMulPortable measures the pure-Go reference kernel.
func BenchmarkMatMulPortable(b *testing.B) {
	e := MustEngine(WithKernel(KernelPortable))
	benchSquare(b, func(c, x, y []float32, n int) { e.MatMulKernel(c, x, y, n, n, n) })
}

// BenchmarkGonumSgemm measures gonum's Sgemm computing the same A·Bᵀ.
func BenchmarkGonumSgemm(b *testing.B) {
	impl := gonum.Implementation{}
	benchSquare(b, func(c, x, y []float32, n int) {
		impl.Sgemm(blas.NoTrans, blas.Trans, n, n, n, 1, x, n, y, n, 0, c, n)
	})
}
