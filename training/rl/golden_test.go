package rl

import (
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/workload"
)

var update = flag.Bool("update", false, "rewrite testdata/short_run.sha256")

// TestShortRunGolden trains a small model (warm start, then GRPO with the KL
// penalty) and compares the digest of its parameters with the committed
// value: the whole training pipeline — sampling, rewards, advantages,
// backward pass, Adam — gives the same bits on every architecture
// (`make crossarch` runs it on 386, arm64 and riscv64 too).
func TestShortRunGolden(t *testing.T) {
	c := smallConfig()
	c.KLCoef = 0.05
	got := workload.Digest(run(t, c, 2))
	path := filepath.Join("testdata", "short_run.sha256")
	if *update {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s (run with -update to create): %v", path, err)
	}
	if got != strings.TrimSpace(string(want)) {
		t.Fatalf("short run on %s/%s: parameter digest %s, want %s", runtime.GOOS, runtime.GOARCH, got, strings.TrimSpace(string(want)))
	}
}
