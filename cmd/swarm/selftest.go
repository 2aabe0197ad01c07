package main

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/apiary-rl/apiary/node/selftest"
	"github.com/spf13/cobra"
)

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
			results, golden, ok, err := selftest.Run()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(w).Encode(map[string]any{"ok": ok, "arch": runtime.GOARCH, "results": results}); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(w, "RepOps self-test on %s/%s, GOMAXPROCS=%d\n", runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
				for _, r := range results {
					mark := "ok"
					if !r.Match {
						mark = "MISMATCH"
					}
					fmt.Fprintf(w, "  kernel %-8s %3d ops  loss %.6f  digest %s…  step root %s…  %6.1f ms  %s\n",
						r.Kernel, r.Records, r.Loss, r.Digest[:16], r.StepRoot[:18], r.Millis, mark)
				}
				fmt.Fprintf(w, "  golden digest   %s…\n", golden.Digest[:16])
			}
			if !ok {
				return fmt.Errorf("this machine does not compute the canonical bits; report it with `swarm version --json` and this output")
			}
			if !asJSON {
				fmt.Fprintln(w, "all kernels agree with the golden result: this machine computes canonical bits")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the results as JSON")
	return cmd
}
