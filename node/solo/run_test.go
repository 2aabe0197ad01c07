package solo

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/checkpoint"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
)

func shortOptions(dir string) Options {
	o := DefaultOptions()
	o.Config.Model = model.Config{Vocab: tasks.VocabSize(), Dim: 16, Layers: 1, Heads: 2, FFN: 32, Context: 24, NormEps: 1e-5}
	o.Config.Level = 1
	o.Config.SFTBatch, o.Config.Prompts, o.Config.GroupSize, o.Config.EvalSize = 8, 4, 4, 16
	o.SFTSteps, o.Rounds, o.EvalEvery, o.CheckpointEvery = 20, 4, 2, 2
	o.DataDir = dir
	return o
}

func runWithProcs(t *testing.T, o Options, procs int) Summary {
	t.Helper()
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	s, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSameSeedSameCheckpointRoots is the determinism requirement:
// two runs with the same seed produce identical checkpoint roots, also with
// a different GOMAXPROCS and kernel.
func TestSameSeedSameCheckpointRoots(t *testing.T) {
	a := shortOptions(t.TempDir())
	b := shortOptions(t.TempDir())
	b.Kernel = repops.KernelPortable
	sa, sb := runWithProcs(t, a, 1), runWithProcs(t, b, 3)
	if sa.WarmStartRoot != sb.WarmStartRoot || sa.FinalRoot != sb.FinalRoot {
		t.Fatalf("roots differ: %+v vs %+v", sa, sb)
	}
	c := shortOptions(t.TempDir())
	c.Config.Seed = 99
	if sc := runWithProcs(t, c, 2); sc.FinalRoot == sa.FinalRoot {
		t.Fatal("a different seed gave the same final root")
	}
}

func TestRunWritesArtifacts(t *testing.T) {
	dir := t.TempDir()
	o := shortOptions(dir)
	var seen []Record
	o.OnRecord = func(r Record) { seen = append(seen, r) }
	s := runWithProcs(t, o, 2)

	f, err := os.Open(filepath.Join(dir, "metrics.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []Record
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("bad metrics line %q: %v", sc.Text(), err)
		}
		lines = append(lines, r)
	}
	if len(lines) != len(seen) || len(lines) == 0 {
		t.Fatalf("metrics.jsonl has %d lines, OnRecord saw %d", len(lines), len(seen))
	}
	rl := 0
	for _, r := range lines {
		if r.Accuracy < 0 || r.Accuracy > 1 {
			t.Errorf("accuracy %g out of [0,1]", r.Accuracy)
		}
		if r.Phase == "rl" {
			rl++
			if r.Round != rl {
				t.Errorf("rl record %d has round %d", rl, r.Round)
			}
		}
	}
	if rl != o.Rounds {
		t.Errorf("got %d rl records, want %d", rl, o.Rounds)
	}
	for _, name := range []string{"curve.svg", "warmstart.svg", "run.json", "summary.json", "checkpoints/final.json", "checkpoints/round-00002.safetensors"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("missing %s: %v", name, err)
		}
	}
	// The final checkpoint loads back, with its card, to the model root the
	// summary names.
	m, card, err := LoadCheckpoint(s.Checkpoint)
	if err != nil {
		t.Fatal(err)
	}
	want := checkpoint.NewCard(o.Config.Model, o.Config.Task, o.Config.Level)
	want.ModelRoot = s.FinalRoot
	if card != want {
		t.Fatalf("card %+v, want %+v", card, want)
	}
	root, err := verify.ModelRoot(m.Params)
	if err != nil {
		t.Fatal(err)
	}
	if root.String() != s.FinalRoot {
		t.Fatalf("reloaded root %s, summary %s", root, s.FinalRoot)
	}
	// A checkpoint whose parameters no longer match its root is refused.
	m.Params[0].Data[0]++
	bad := filepath.Join(dir, "tampered.safetensors")
	if err := checkpoint.SaveModel(bad, m, card); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadCheckpoint(bad); !errors.Is(err, checkpoint.ErrMetadata) || !strings.Contains(err.Error(), "model root") {
		t.Fatalf("tampered checkpoint: error %v, want ErrMetadata about the model root", err)
	}
}

func TestCancelStillWritesFinalCheckpoint(t *testing.T) {
	dir := t.TempDir()
	o := shortOptions(dir)
	o.Rounds = 1000
	ctx, cancel := context.WithCancel(context.Background())
	o.OnRecord = func(r Record) {
		if r.Phase == "rl" && r.Round == 2 {
			cancel()
		}
	}
	s, err := Run(ctx, o)
	if err == nil {
		t.Fatal("cancelled run returned no error")
	}
	if s.Rounds != 2 || s.FinalRoot == "" {
		t.Fatalf("summary after cancel = %+v, want 2 rounds and a final root", s)
	}
	if _, err := os.Stat(filepath.Join(dir, "checkpoints", "final.safetensors")); err != nil {
		t.Fatal(err)
	}
}
