package repops

import (
	"fmt"
	"math"
	"testing"
)

var sinkF float32

func benchUnary(b *testing.B, f func(float32) float32, lo, hi float32) {
	xs := make([]float32, 4096)
	for i := range xs {
		xs[i] = lo + float32(float32(i)/4096*(hi-lo))
	}
	b.SetBytes(int64(4 * len(xs)))
	b.ResetTimer()
	for b.Loop() {
		for _, x := range xs {
			sinkF += f(x)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(xs))/b.Elapsed().Seconds()/1e6, "Melem/s")
}

// BenchmarkExp and friends measure the elementary functions' throughput.
func BenchmarkExp(b *testing.B)     { benchUnary(b, Exp, -20, 20) }
func BenchmarkLog(b *testing.B)     { benchUnary(b, Log, 1e-3, 1e3) }
func BenchmarkTanh(b *testing.B)    { benchUnary(b, Tanh, -5, 5) }
func BenchmarkSigmoid(b *testing.B) { benchUnary(b, Sigmoid, -10, 10) }

// BenchmarkSoftmax measures row softmax over [rows, n] tensors.
func BenchmarkSoftmax(b *testing.B) {
	e := MustEngine()
	for _, sh := range [][2]int{{64, 64}, {256, 256}, {32, 4096}} {
		x := randTensor(1, 3, sh[0], sh[1])
		b.Run(fmt.Sprintf("%dx%d", sh[0], sh[1]), func(b *testing.B) {
			b.SetBytes(int64(4 * x.Len()))
			for b.Loop() {
				e.Softmax(x)
			}
		})
	}
}

// Baselines: package math through float64, which RepOps must not use in
// anything a trace hashes; benchmarked here only for the ratio.
func BenchmarkStdExp(b *testing.B) {
	benchUnary(b, func(x float32) float32 { return float32(math.Exp(float64(x))) }, -20, 20)
}
func BenchmarkStdLog(b *testing.B) {
	benchUnary(b, func(x float32) float32 { return float32(math.Log(float64(x))) }, 1e-3, 1e3)
}
func BenchmarkStdTanh(b *testing.B) {
	benchUnary(b, func(x float32) float32 { return float32(math.Tanh(float64(x))) }, -5, 5)
}
