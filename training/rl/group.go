package rl

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// Names of a group's batch tensors (docs/PROTOCOL.md §3.5): the only
// external inputs of a contribution step besides the model's parameters.
const (
	NameTokens  = "batch.tokens"
	NameMask    = "batch.mask"
	NameRewards = "batch.rewards"
)

// Group is one GRPO group as a contribution step reads it: G completions of
// one prompt, left-padded to a fixed length T (the model's context) so that
// every step of a run has the same shapes.
type Group struct {
	Tokens  *repops.Tensor // [G, T]: prompt and completion, left-padded with PAD
	Mask    *repops.Tensor // [G, T]: 1 on completion tokens, 0 elsewhere
	Rewards *repops.Tensor // [G]: the claimed rewards
}

// NewGroup lays out a prompt's completions and their rewards. Every
// completion must be non-empty, its ids in [0, vocab), and fit with the
// prompt in t tokens.
func NewGroup(prompt []int, completions [][]int, rewards []float32, t, vocab int) (*Group, error) {
	g := len(completions)
	if g == 0 || len(rewards) != g {
		return nil, fmt.Errorf("rl: group of %d completions and %d rewards", g, len(rewards))
	}
	if len(prompt) == 0 || prompt[0] == tasks.PAD {
		return nil, fmt.Errorf("rl: a prompt must start with a token other than PAD")
	}
	gr := &Group{
		Tokens:  repops.New(g, t).Named(NameTokens),
		Mask:    repops.New(g, t).Named(NameMask),
		Rewards: repops.FromData(append([]float32(nil), rewards...), g).Named(NameRewards),
	}
	for r, c := range completions {
		n := len(prompt) + len(c)
		if len(c) == 0 || n > t {
			return nil, fmt.Errorf("rl: completion %d has %d tokens; with the %d-token prompt it must fit 1..%d", r, len(c), len(prompt), t)
		}
		row := gr.Tokens.Data[r*t : (r+1)*t]
		off := t - n
		for i := range off {
			row[i] = float32(tasks.PAD)
		}
		for i, id := range append(append([]int(nil), prompt...), c...) {
			if id < 0 || id >= vocab {
				return nil, fmt.Errorf("rl: token id %d of row %d outside [0, %d)", id, r, vocab)
			}
			row[off+i] = float32(id)
		}
		for i := t - len(c); i < t; i++ {
			gr.Mask.Data[r*t+i] = 1
		}
	}
	return gr, nil
}
