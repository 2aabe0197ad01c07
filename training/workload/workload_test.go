package workload

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

type golden = Golden

func goldenPath() string { return filepath.Join("testdata", "golden.json") }

// TestGolden is the cross-architecture proof: the workload's digest must equal
// the committed golden value on every GOARCH, GOAMD64 level and GOMAXPROCS.
func TestGolden(t *testing.T) {
	kernels := []repops.Kernel{repops.KernelPortable}
	if repops.SIMDAvailable() {
		kernels = append(kernels, repops.KernelSIMD)
	}
	var got golden
	for _, k := range kernels {
		for _, procs := range []int{1, 2, 3, 8} {
			prev := runtime.GOMAXPROCS(procs)
			r := Run(repops.MustEngine(repops.WithKernel(k)), Default)
			runtime.GOMAXPROCS(prev)
			g := golden{Digest: r.Digest, LossBits: fmt.Sprintf("%#08x", math.Float32bits(r.Loss))}
			if got.Digest == "" {
				got = g
				t.Logf("%s/%s kernel=%s loss=%g digest=%s", runtime.GOOS, runtime.GOARCH, k, r.Loss, r.Digest)
			} else if g != got {
				t.Fatalf("kernel %s GOMAXPROCS=%d gave %+v, first run gave %+v", k, procs, g, got)
			}
		}
	}
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(goldenPath(), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(goldenPath())
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	var want golden
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("workload on %s/%s = %+v, want golden %+v", runtime.GOOS, runtime.GOARCH, got, want)
	}
}

// TestLossIsSane checks that the workload computes something meaningful: the
// loss is finite and near ln(vocab) for a fresh model.
func TestLossIsSane(t *testing.T) {
	r := Run(repops.MustEngine(), Default)
	want := math.Log(float64(Default.Vocab))
	if l := float64(r.Loss); math.IsNaN(l) || math.Abs(l-want) > 1.5 {
		t.Fatalf("loss = %g, want near ln(%d) = %.2f", l, Default.Vocab, want)
	}
}
