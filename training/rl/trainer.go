package rl

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// Config is everything a training run depends on.
type Config struct {
	Task  string `json:"task"`
	Level int    `json:"level"`
	Seed  uint64 `json:"seed"`

	Model model.Config `json:"model"`

	// Supervised warm start.
	SFTBatch int     `json:"sft_batch"`
	SFTLR    float32 `json:"sft_lr"`

	// GRPO.
	Prompts       int     `json:"prompts"`    // prompts per round
	GroupSize     int     `json:"group_size"` // completions per prompt
	Temperature   float32 `json:"temperature"`
	ClipEps       float32 `json:"clip_eps"`
	KLCoef        float32 `json:"kl_coef"` // 0 disables the reference model
	PartialWeight float32 `json:"partial_weight"`
	RLLR          float32 `json:"rl_lr"`
	MaxNew        int     `json:"max_new"`

	WeightDecay float32 `json:"weight_decay"`
	EvalSize    int     `json:"eval_size"`
}

// DefaultConfig is the configuration `swarm train` starts from.
func DefaultConfig() Config {
	mc := model.Sizes["small"]
	mc.Vocab = tasks.VocabSize()
	return Config{
		Task: "add", Level: 2, Seed: 1, Model: mc,
		SFTBatch: 32, SFTLR: 3e-3,
		Prompts: 32, GroupSize: 8, Temperature: 1, ClipEps: 0.2, KLCoef: 0, PartialWeight: 0.2,
		RLLR: 1e-3, MaxNew: 8, WeightDecay: 0.01, EvalSize: 200,
	}
}

// Validate checks the config against the task it names.
func (c Config) Validate() error {
	f, err := tasks.Get(c.Task)
	if err != nil {
		return err
	}
	if err := tasks.CheckLevel(f, c.Level); err != nil {
		return err
	}
	if c.Model.Vocab != tasks.VocabSize() {
		return fmt.Errorf("rl: model vocab %d, tokenizer has %d", c.Model.Vocab, tasks.VocabSize())
	}
	if err := c.Model.Validate(); err != nil {
		return err
	}
	if b, ok := f.(tasks.Bounded); ok {
		p, a := b.MaxLen(c.Level)
		if need := 1 + p + max(a+1, c.MaxNew); need > c.Model.Context {
			return fmt.Errorf("rl: task %s level %d needs %d tokens of context, model has %d", c.Task, c.Level, need, c.Model.Context)
		}
	}
	switch {
	case c.SFTBatch < 1, c.Prompts < 1, c.EvalSize < 1:
		return fmt.Errorf("rl: batch sizes must be positive")
	case c.GroupSize < 2:
		return fmt.Errorf("rl: group size %d; GRPO needs at least 2", c.GroupSize)
	case !(c.Temperature > 0 && c.Temperature <= 10):
		return fmt.Errorf("rl: temperature %g out of (0, 10]", c.Temperature)
	case !(c.ClipEps > 0 && c.ClipEps < 1):
		return fmt.Errorf("rl: clip_eps %g out of (0, 1)", c.ClipEps)
	case c.KLCoef < 0, c.PartialWeight < 0, !(c.SFTLR > 0), !(c.RLLR > 0), c.WeightDecay < 0:
		return fmt.Errorf("rl: negative coefficient or non-positive learning rate")
	case c.MaxNew < 1:
		return fmt.Errorf("rl: max_new %d < 1", c.MaxNew)
	}
	return nil
}

// Trainer owns a policy, its optimizer state and the task.
type Trainer struct {
	Cfg   Config
	Model *model.Model
	Opt   *Adam
	Ref   *model.Model // frozen reference for the KL penalty (nil when KLCoef = 0)

	e    *repops.Engine
	task tasks.Family
	eval []tasks.Problem
}

// New returns a trainer with a freshly initialized model (or m, if not nil).
func New(c Config, e *repops.Engine, m *model.Model) (*Trainer, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	f, _ := tasks.Get(c.Task)
	if m == nil {
		var err error
		if m, err = model.New(c.Model, c.Seed); err != nil {
			return nil, err
		}
	}
	t := &Trainer{Cfg: c, Model: m, e: e, task: f}
	t.Opt = NewAdam(m.Params, c.SFTLR, c.WeightDecay)
	t.eval = tasks.EvalSet(f, c.Seed, c.Level, c.EvalSize)
	return t, nil
}

// Engine returns the trainer's engine.
func (t *Trainer) Engine() *repops.Engine { return t.e }

// StartRL freezes the current policy as the KL reference (if KLCoef > 0) and
// resets the optimizer for the RL phase.
func (t *Trainer) StartRL() {
	if t.Cfg.KLCoef > 0 {
		t.Ref = t.Model.Clone()
	}
	t.Opt = NewAdam(t.Model.Params, t.Cfg.RLLR, t.Cfg.WeightDecay)
}
