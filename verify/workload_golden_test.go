package verify

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/workload"
)

// TestWorkloadTraceRootGolden records the reference workload (one training
// step and a sampling step of a tiny transformer) and requires its step root
// to equal the committed golden value under every kernel and GOMAXPROCS —
// and, through `make crossarch`, on every GOARCH and GOAMD64 level.
func TestWorkloadTraceRootGolden(t *testing.T) {
	kernels := []repops.Kernel{repops.KernelPortable}
	if repops.SIMDAvailable() {
		kernels = append(kernels, repops.KernelSIMD)
	}
	var first string
	var nrec int
	for _, k := range kernels {
		for _, procs := range []int{1, 2, 3, 8} {
			prev := runtime.GOMAXPROCS(procs)
			rec, err := NewRecorder()
			if err != nil {
				t.Fatal(err)
			}
			workload.Run(repops.MustEngine(repops.WithKernel(k), repops.WithObserver(rec)), workload.Default)
			root, err := rec.StepRoot()
			runtime.GOMAXPROCS(prev)
			if err != nil {
				t.Fatal(err)
			}
			got := hex.EncodeToString(root[:])
			if first == "" {
				first, nrec = got, rec.Len()
				t.Logf("%s/%s: %d op records, step root %s", runtime.GOOS, runtime.GOARCH, nrec, got)
			} else if got != first {
				t.Fatalf("kernel %s GOMAXPROCS=%d: step root %s, first run %s", k, procs, got, first)
			}
		}
	}
	path := filepath.Join("testdata", "workload_step_root.hex")
	if *update {
		if err := os.WriteFile(path, []byte(first+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s (run with -update to create): %v", path, err)
	}
	if first != strings.TrimSpace(string(want)) {
		t.Fatalf("workload step root on %s/%s = %s, want golden %s", runtime.GOOS, runtime.GOARCH, first, strings.TrimSpace(string(want)))
	}
}
