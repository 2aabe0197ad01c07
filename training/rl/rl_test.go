package rl

import (
	"runtime"
	"testing"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

func TestAdvantages(t *testing.T) {
	got := Advantages([]float32{1, 0, 0, 1, 0.5, 0.5, 0.5, 0.5}, 4)
	want := []float32{1, -1, -1, 1, 0, 0, 0, 0}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Advantages = %v, want %v", got, want)
		}
	}
}

func smallConfig() Config {
	c := DefaultConfig()
	c.Model = model.Config{Vocab: tasks.VocabSize(), Dim: 16, Layers: 1, Heads: 2, FFN: 32, Context: 24, NormEps: 1e-5}
	c.Level = 1
	c.SFTBatch, c.Prompts, c.GroupSize, c.EvalSize = 8, 4, 4, 16
	return c
}

// run trains a few SFT and RL steps and returns the final parameters.
func run(t *testing.T, c Config, procs int) []*repops.Tensor {
	t.Helper()
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	tr, err := New(c, repops.MustEngine(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for s := 0; s < 5; s++ {
		if _, err := tr.SFTStep(s); err != nil {
			t.Fatal(err)
		}
	}
	tr.StartRL()
	for r := 0; r < 3; r++ {
		if _, err := tr.RLStep(r); err != nil {
			t.Fatal(err)
		}
	}
	return tr.Model.Params
}

// TestDeterministic: the same seed gives the same bits under any GOMAXPROCS;
// another seed gives other bits.
func TestDeterministic(t *testing.T) {
	c := smallConfig()
	c.KLCoef = 0.05
	a, b := run(t, c, 1), run(t, c, 3)
	for i := range a {
		if !repops.Equal(a[i], b[i]) {
			t.Fatalf("parameter %s differs between GOMAXPROCS 1 and 3", a[i].Name)
		}
	}
	c.Seed++
	d := run(t, c, 2)
	same := true
	for i := range a {
		same = same && repops.Equal(a[i], d[i])
	}
	if same {
		t.Fatal("a different seed produced identical parameters")
	}
}

// TestSFTLowersLoss is a smoke test of learning: a few dozen warm-start
// steps on a small model reduce the loss substantially.
func TestSFTLowersLoss(t *testing.T) {
	c := smallConfig()
	tr, err := New(c, repops.MustEngine(), nil)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := tr.SFTStep(0)
	var last float32
	for s := 1; s < 60; s++ {
		if last, err = tr.SFTStep(s); err != nil {
			t.Fatal(err)
		}
	}
	if !(last < first*0.6) {
		t.Fatalf("SFT loss went from %.3f to %.3f, want a drop of 40%%", first, last)
	}
}

func TestConfigValidate(t *testing.T) {
	for name, mut := range map[string]func(*Config){
		"task":    func(c *Config) { c.Task = "nope" },
		"level":   func(c *Config) { c.Level = 99 },
		"group":   func(c *Config) { c.GroupSize = 1 },
		"temp":    func(c *Config) { c.Temperature = 0 },
		"context": func(c *Config) { c.Model.Context = 4 },
		"vocab":   func(c *Config) { c.Model.Vocab = 10 },
	} {
		c := DefaultConfig()
		mut(&c)
		if c.Validate() == nil {
			t.Errorf("%s: invalid config accepted", name)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("default config: %v", err)
	}
}
