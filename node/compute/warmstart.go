package compute

import (
	"fmt"
	"sync"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
)

// The warm start's fixed constants: a run config carries only the number of
// steps, so these are part of the protocol (changing one changes θ_0 of every
// warm-started run, and the chain's initial model root then refuses it).
const (
	// WarmStartBatch is the number of generated problems per warm-start step.
	WarmStartBatch = 32
	// WarmStartLR is the warm start's Adam learning rate.
	WarmStartLR = 3e-3
	// MaxWarmStart bounds Config.WarmStart: every node recomputes θ_0 on joining.
	MaxWarmStart = 5000
)

// warmCache keeps the last warm-started parameters by config hash: a node
// computes θ_0 for runs.Verify and again for its genesis model.
var warmCache struct {
	sync.Mutex
	key    verify.Hash
	params []*repops.Tensor
}

// initialParams returns θ_0's parameters: the seed's random init, then
// c.WarmStart supervised steps (rl.Trainer.SFTStep on the task's generated
// problems with their reference answers, batch WarmStartBatch, Adam at
// WarmStartLR with the config's weight decay). Every step is RepOps, so every
// node computes the same parameters bit for bit.
func initialParams(c Config) ([]*repops.Tensor, error) {
	m, err := model.New(c.Model, c.Seed)
	if err != nil {
		return nil, fmt.Errorf("compute: %w", err)
	}
	if c.WarmStart == 0 {
		return m.Params, nil
	}
	key, err := c.Hash()
	if err != nil {
		return nil, err
	}
	warmCache.Lock()
	defer warmCache.Unlock()
	if warmCache.params != nil && warmCache.key == key {
		return warmCache.params, nil
	}
	tr, err := rl.New(WarmStartConfig(c), repops.MustEngine(), m)
	if err != nil {
		return nil, fmt.Errorf("compute: warm start: %w", err)
	}
	for s := 0; s < c.WarmStart; s++ {
		if _, err := tr.SFTStep(s); err != nil {
			return nil, fmt.Errorf("compute: warm start step %d: %w", s, err)
		}
	}
	warmCache.key, warmCache.params = key, tr.Model.Params
	return tr.Model.Params, nil
}

// WarmStartConfig is the rl.Config of config c's warm start (and of its
// held-out evaluation, EvalSize aside): the run's task, level, seed, model and
// RL hyperparameters, with L+E prompts per round as one contribution has.
func WarmStartConfig(c Config) rl.Config {
	return rl.Config{Task: c.Task, Level: c.Level, Seed: c.Seed, Model: c.Model,
		SFTBatch: WarmStartBatch, SFTLR: WarmStartLR,
		Prompts: c.L + c.E, GroupSize: c.G, Temperature: c.Temperature, ClipEps: c.ClipEps,
		PartialWeight: c.PartialWeight, RLLR: c.LR, MaxNew: c.MaxNew, WeightDecay: c.WeightDecay, EvalSize: 1}
}

// DefaultEvalSize is how many held-out problems a node decodes to evaluate a
// round's model (Evaluate): few enough to cost little per round.
const DefaultEvalSize = 32

// Evaluate measures the policy of state s on the first n problems of config
// c's held-out set (tasks.EvalSet of the run's task, seed and level, disjoint
// from the training stream): greedy decoding of at most MaxNew tokens, as
// `swarm train` evaluates. It returns the exact-match accuracy and the mean
// reward (exact + PartialWeight × partial), both in [0, 1+PartialWeight].
func Evaluate(c Config, s *State, n int) (acc, reward float32, err error) {
	if n < 1 {
		return 0, 0, fmt.Errorf("compute: evaluate on %d problems", n)
	}
	rc := WarmStartConfig(c)
	rc.EvalSize = n
	tr, err := rl.New(rc, repops.MustEngine(), s.Model(c))
	if err != nil {
		return 0, 0, fmt.Errorf("compute: evaluate: %w", err)
	}
	acc, reward, err = tr.Evaluate()
	if err != nil {
		return 0, 0, fmt.Errorf("compute: evaluate: %w", err)
	}
	return acc, reward, nil
}
