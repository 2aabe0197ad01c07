// Package selftest checks that this machine computes the canonical RepOps
// bits: it runs the reference workload with every matrix kernel the CPU has,
// records its trace, and compares the result with the golden values every
// honest peer computes.
package selftest

import (
	"fmt"
	"math"
	"time"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/workload"
	"github.com/apiary-rl/apiary/verify"
)

// Result is one kernel's run of the reference workload.
type Result struct {
	Kernel   string  `json:"kernel"`
	Digest   string  `json:"digest"`
	StepRoot string  `json:"step_root"`
	Records  int     `json:"records"`
	Loss     float32 `json:"loss"`
	Millis   float64 `json:"ms"`
	Match    bool    `json:"matches_golden"`
}

// Run runs the workload with each available kernel. ok is true when every
// kernel matched the golden digest and all kernels produced the same trace.
func Run() (results []Result, golden workload.Golden, ok bool, err error) {
	golden, err = workload.Expected()
	if err != nil {
		return nil, golden, false, fmt.Errorf("read embedded golden result: %w", err)
	}
	kernels := []repops.Kernel{repops.KernelPortable}
	if repops.SIMDAvailable() {
		kernels = append(kernels, repops.KernelSIMD)
	}
	ok = true
	for _, k := range kernels {
		rec, err := verify.NewRecorder()
		if err != nil {
			return nil, golden, false, err
		}
		start := time.Now()
		r := workload.Run(repops.MustEngine(repops.WithKernel(k), repops.WithObserver(rec)), workload.Default)
		root, err := rec.StepRoot()
		if err != nil {
			return nil, golden, false, fmt.Errorf("record the %s workload: %w", k, err)
		}
		res := Result{
			Kernel: k.String(), Digest: r.Digest, StepRoot: root.String(), Records: rec.Len(), Loss: r.Loss,
			Millis: float64(time.Since(start).Microseconds()) / 1000,
			Match:  r.Digest == golden.Digest && fmt.Sprintf("%#08x", math.Float32bits(r.Loss)) == golden.LossBits,
		}
		// Every kernel must also give the same trace, not just the same outputs.
		res.Match = res.Match && (len(results) == 0 || res.StepRoot == results[0].StepRoot)
		ok = ok && res.Match
		results = append(results, res)
	}
	return results, golden, ok, nil
}

// Kernel names the matrix kernel this CPU uses by default.
func Kernel() string { return repops.MustEngine().Kernel().String() }
