package verify

import (
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/workload"
)

// BenchmarkWorkloadRecording measures the observer's cost on the reference
// training step: "off" runs with no observer, "on" with a Recorder hashing
// every tensor and building the step root. Compare the two with benchstat.
func BenchmarkWorkloadRecording(b *testing.B) {
	cfg := workload.Config{Vocab: 64, Dim: 128, Heads: 4, FFN: 256, Seq: 64, Seed: 1}
	b.Run("off", func(b *testing.B) {
		e := repops.MustEngine()
		for b.Loop() {
			workload.Run(e, cfg)
		}
	})
	b.Run("on", func(b *testing.B) {
		rec, err := NewRecorder()
		if err != nil {
			b.Fatal(err)
		}
		e := repops.MustEngine(repops.WithObserver(rec))
		for b.Loop() {
			rec.Reset()
			workload.Run(e, cfg)
			if _, err := rec.StepRoot(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
