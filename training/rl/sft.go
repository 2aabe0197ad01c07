package rl

import (
	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// sftIndexBase separates warm-start problems from RL problems.
const sftIndexBase = 0

// SFTStep trains on one batch of generated problems with their reference
// solutions (cross-entropy on the answer and EOS tokens) and returns the loss.
func (t *Trainer) SFTStep(step int) (float32, error) {
	c := t.Cfg
	prompts := make([][]int, c.SFTBatch)
	targets := make([][]int, c.SFTBatch)
	for i := range prompts {
		p := tasks.TrainProblem(t.task, c.Seed, c.Level, sftIndexBase+uint64(step*c.SFTBatch+i))
		var err error
		if prompts[i], targets[i], err = encode(p); err != nil {
			return 0, err
		}
	}
	s, err := newSequences(prompts, targets, c.Model.Context)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, n := range s.n {
		total += n
	}
	tgt, w := s.targets(func(int) float32 { return 1 / float32(total) })
	tp := autodiff.NewTape(t.e)
	ps := t.Model.Vars(tp, true)
	logits := t.Model.Forward(tp, ps, s.b, nil)
	loss := autodiff.WeightedSum(autodiff.CrossEntropy(logits, tp.Const(tgt)), tp.Const(w))
	tp.Backward(loss)
	t.apply(ps, c.SFTLR)
	return loss.T.Data[0], nil
}

// apply takes one Adam step with the gradients on ps.
func (t *Trainer) apply(ps []*autodiff.Var, lr float32) {
	grads := make([]*repops.Tensor, len(ps))
	for i, v := range ps {
		grads[i] = v.Grad
	}
	t.Model.Params = t.Opt.Update(t.e, t.Model.Params, grads, lr)
}
