package rl

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// Keys are a peer's two Philox keys in a run (docs/PROTOCOL.md §3.3; package
// verify derives them from the run ID and the peer's address). Every random
// draw of a peer's round comes from repops.NewStream(Run, round, Peer, purpose).
type Keys struct {
	Run, Peer uint64
}

// SamplingBlockStride separates the sampling blocks of a peer's groups in a
// round: group j draws from block j·2^32 on.
const SamplingBlockStride = 1 << 32

// ProblemIndex is the training-problem index of group j of a peer's round:
// the 64 bits of words 0 (low) and 1 (high) of block j of the PurposePrompts
// stream, reduced modulo tasks.MaxTrainIndex (2^55).
func (k Keys) ProblemIndex(round uint64, j int) uint64 {
	b := repops.NewStream(k.Run, round, k.Peer, repops.PurposePrompts).Block(uint64(j))
	return (uint64(b[1])<<32 | uint64(b[0])) % tasks.MaxTrainIndex
}

// Sampler produces and scores a peer's groups: what a rollout author runs and
// what a critic re-runs to check a payload.
type Sampler struct {
	Task          tasks.Family
	Seed          uint64 // the run's init seed: selects the task stream
	Level         int
	G             int // completions per group
	MaxNew        int
	Temperature   float32
	PartialWeight float32
}

// SampledGroup is one sampled and scored group.
type SampledGroup struct {
	Index       uint64 // problem index (ProblemIndex)
	Problem     tasks.Problem
	Prompt      []int // BOS and the prompt's tokens
	Completions [][]int
	Rewards     []float32 // exact + PartialWeight·partial
	Exact       []float32
}

// Problem returns the problem of training index idx.
func (s Sampler) Problem(idx uint64) tasks.Problem {
	return tasks.TrainProblem(s.Task, s.Seed, s.Level, idx)
}

// Sample draws group j of a peer's round with model m: the problem of
// ProblemIndex(round, j), then G completions of its prompt sampled as one
// batch of G identical rows from the PurposeSampling stream at block offset
// j·2^32, then their rewards.
func (s Sampler) Sample(e *repops.Engine, m *model.Model, k Keys, round uint64, j int) (*SampledGroup, error) {
	idx := k.ProblemIndex(round, j)
	p := s.Problem(idx)
	prompt, err := tasks.EncodePrompt(p)
	if err != nil {
		return nil, fmt.Errorf("rl: encode problem %d: %w", idx, err)
	}
	prompts := make([][]int, s.G)
	for i := range prompts {
		prompts[i] = prompt
	}
	outs, err := m.Generate(e, prompts, model.GenerateConfig{
		MaxNew: s.MaxNew, Temperature: s.Temperature, EOS: tasks.EOS, Pad: tasks.PAD,
		Stream: repops.NewStream(k.Run, round, k.Peer, repops.PurposeSampling),
		Base:   uint64(j) * SamplingBlockStride,
	})
	if err != nil {
		return nil, fmt.Errorf("rl: sample group %d: %w", j, err)
	}
	g := &SampledGroup{Index: idx, Problem: p, Prompt: prompt, Completions: outs}
	g.Rewards, g.Exact = s.Score(p, outs)
	return g, nil
}

// Score returns the rewards (exact + PartialWeight·partial) and exact-match
// scores of completions of p.
func (s Sampler) Score(p tasks.Problem, completions [][]int) (rewards, exact []float32) {
	rewards, exact = make([]float32, len(completions)), make([]float32, len(completions))
	for i, c := range completions {
		rw := s.Task.Reward(p, tasks.Decode(c))
		exact[i] = rw.Exact
		rewards[i] = rw.Exact + float32(s.PartialWeight*rw.Partial)
	}
	return rewards, exact
}
