package model

import (
	"testing"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/repops"
)

var testCfg = Config{Vocab: 12, Dim: 16, Layers: 2, Heads: 2, FFN: 24, Context: 24, NormEps: 1e-5}

// TestIncrementalMatchesFullForward checks that KV-cached decoding gives the
// same logits, to the bit, as a full forward pass over the whole sequence,
// including rows with left padding.
func TestIncrementalMatchesFullForward(t *testing.T) {
	m, err := New(testCfg, 3)
	if err != nil {
		t.Fatal(err)
	}
	e := repops.MustEngine()
	prompts := [][]int{{1, 5, 6, 7}, {1, 8}, {1, 3, 4}}
	g := GenerateConfig{MaxNew: 6, Temperature: 0.8, Stream: repops.NewStream(1, 2, 3, repops.PurposeSampling), EOS: 2, Pad: 0}
	outs, err := m.Generate(e, prompts, g)
	if err != nil {
		t.Fatal(err)
	}
	for r := range outs {
		if len(outs[r]) == 0 {
			t.Fatalf("row %d generated nothing", r)
		}
	}
	// Greedy decoding must agree with argmax over full-forward logits.
	g.Temperature = 0
	greedy, err := m.Generate(e, prompts, g)
	if err != nil {
		t.Fatal(err)
	}
	for r := range prompts {
		seq := append(append([]int(nil), prompts[r]...), greedy[r]...)
		b, err := NewBatch([][]int{seq}, 0, testCfg.Context)
		if err != nil {
			t.Fatal(err)
		}
		tp := autodiff.NewTape(e)
		logits := m.Forward(tp, m.Vars(tp, false), b, nil).T
		for s, tok := range greedy[r] {
			row := logits.Row(len(prompts[r]) - 1 + s)
			best := 0
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
			if best != tok {
				t.Fatalf("row %d token %d: cached decode chose %d, full forward argmax %d", r, s, tok, best)
			}
		}
	}
}

// TestPaddingDoesNotLeak checks that a row's logits do not depend on the
// other rows of the batch or on how much left padding it gets, beyond
// rounding: padding shifts the columns of the attention reductions, and with
// them the canonical summation order, so the bits are a function of the
// batch layout (which a verifier re-executes as committed).
func TestPaddingDoesNotLeak(t *testing.T) {
	m, _ := New(testCfg, 4)
	e := repops.MustEngine()
	logitsOf := func(seqs [][]int, row int) []float32 {
		b, err := NewBatch(seqs, 0, testCfg.Context)
		if err != nil {
			t.Fatal(err)
		}
		tp := autodiff.NewTape(e)
		l := m.Forward(tp, m.Vars(tp, false), b, nil).T
		return l.Row(row*b.T + b.T - 1)
	}
	seq := []int{1, 4, 5, 6, 7, 8, 9, 10, 11, 3, 4}
	alone := logitsOf([][]int{seq}, 0)
	padded := logitsOf([][]int{seq, {1, 6, 7, 8, 9, 10, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7}}, 0)
	for j := range alone {
		if d := alone[j] - padded[j]; d > 1e-5 || d < -1e-5 {
			t.Fatalf("logit %d = %g alone, %g in a padded batch", j, alone[j], padded[j])
		}
	}
	other := logitsOf([][]int{{1, 4, 5, 6, 7, 8, 9, 10, 11, 3, 5}}, 0)
	if other[0] == alone[0] && other[1] == alone[1] {
		t.Fatal("changing the last token did not change the logits")
	}
}

func TestConfigValidate(t *testing.T) {
	bad := testCfg
	bad.Heads = 3
	if bad.Validate() == nil {
		t.Error("3 heads of dim 16 accepted")
	}
	if _, err := New(Config{}, 1); err == nil {
		t.Error("zero config accepted")
	}
	m, _ := New(testCfg, 1)
	if _, err := FromParams(testCfg, m.Params[1:]); err == nil {
		t.Error("missing parameter accepted")
	}
	n := 0
	for _, p := range m.Params {
		n += p.Len()
	}
	if n != testCfg.ParamCount() {
		t.Errorf("ParamCount = %d, tensors hold %d", testCfg.ParamCount(), n)
	}
}
