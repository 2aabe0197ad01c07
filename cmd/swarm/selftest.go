package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"time"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/workload"
	"github.com/apiary-rl/apiary/verify"
	"github.com/spf13/cobra"
)

// selftestResult is one kernel's run of the reference workload.
type selftestResult struct {
	Kernel   string  `json:"kernel"`
	Digest   string  `json:"digest"`
	StepRoot string  `json:"step_root"`
	Records  int     `json:"records"`
	Loss     float32 `json:"loss"`
	Millis   float64 `json:"ms"`
	Match    bool    `json:"matches_golden"`
}

func newSelftestCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "selftest",
		Short: "Check that this machine computes the canonical RepOps bits",
		Long: `selftest runs the reference workload (one training step of a tiny transformer and a
sampling step) with every matrix kernel this CPU has, records its trace, and compares the
result with the golden digest every honest peer computes. A mismatch means this machine
cannot take part in a swarm: its contributions would be disputed.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			want, err := workload.Expected()
			if err != nil {
				return fmt.Errorf("read embedded golden result: %w", err)
			}
			kernels := []repops.Kernel{repops.KernelPortable}
			if repops.SIMDAvailable() {
				kernels = append(kernels, repops.KernelSIMD)
			}
			var results []selftestResult
			ok := true
			for _, k := range kernels {
				rec, err := verify.NewRecorder()
				if err != nil {
					return err
				}
				start := time.Now()
				r := workload.Run(repops.MustEngine(repops.WithKernel(k), repops.WithObserver(rec)), workload.Default)
				root, err := rec.StepRoot()
				if err != nil {
					return fmt.Errorf("record the %s workload: %w", k, err)
				}
				res := selftestResult{
					Kernel: k.String(), Digest: r.Digest, StepRoot: hex.EncodeToString(root[:]),
					Records: rec.Len(), Loss: r.Loss, Millis: float64(time.Since(start).Microseconds()) / 1000,
					Match: r.Digest == want.Digest && fmt.Sprintf("%#08x", math.Float32bits(r.Loss)) == want.LossBits,
				}
				// Every kernel must also give the same trace, not just the same outputs.
				res.Match = res.Match && (len(results) == 0 || res.StepRoot == results[0].StepRoot)
				ok = ok && res.Match
				results = append(results, res)
			}
			if asJSON {
				if err := json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]any{"ok": ok, "arch": runtime.GOARCH, "results": results}); err != nil {
					return err
				}
			} else {
				w := cmd.OutOrStdout()
				fmt.Fprintf(w, "RepOps self-test on %s/%s, GOMAXPROCS=%d\n", runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
				for _, r := range results {
					mark := "ok"
					if !r.Match {
						mark = "MISMATCH"
					}
					fmt.Fprintf(w, "  kernel %-8s %3d ops  loss %.6f  digest %s…  step root %s…  %6.1f ms  %s\n",
						r.Kernel, r.Records, r.Loss, r.Digest[:16], r.StepRoot[:16], r.Millis, mark)
				}
				fmt.Fprintf(w, "  golden digest   %s…\n", want.Digest[:16])
			}
			if !ok {
				return fmt.Errorf("this machine does not compute the canonical bits; report it with `swarm version --json` and this output")
			}
			if !asJSON {
				fmt.Fprintln(cmd.OutOrStdout(), "all kernels agree with the golden result: this machine computes canonical bits")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the results as JSON")
	return cmd
}
