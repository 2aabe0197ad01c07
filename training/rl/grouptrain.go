package rl

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// GroupRLStep runs one GRPO round the way a contribution does
// (docs/PROTOCOL.md §3.3–3.7, one peer, no KL penalty): Prompts groups drawn
// and sampled from the peer streams of keys, one GroupStep per group with
// token weights 1/(len·G·Prompts), the gradients summed in group order from
// +0, then one Adam step with the sum (the aggregation of a single update).
func (t *Trainer) GroupRLStep(k Keys, round int) (RoundStats, error) {
	c := t.Cfg
	if c.KLCoef != 0 {
		return RoundStats{}, fmt.Errorf("rl: the group step has no KL penalty (kl_coef %g)", c.KLCoef)
	}
	s := Sampler{Task: t.task, Seed: c.Seed, Level: c.Level, G: c.GroupSize, MaxNew: c.MaxNew,
		Temperature: c.Temperature, PartialWeight: c.PartialWeight}
	sc := StepConfig{Groups: c.Prompts, ClipEps: c.ClipEps}
	var st RoundStats
	var sum []*repops.Tensor
	for j := 0; j < c.Prompts; j++ {
		g, err := s.Sample(t.e, t.Model, k, uint64(round), j)
		if err != nil {
			return st, err
		}
		for i, comp := range g.Completions {
			st.MeanReward += g.Rewards[i]
			st.MeanExact += g.Exact[i]
			st.Tokens += len(comp)
		}
		if anyNonZero(Advantages(g.Rewards, c.GroupSize)) {
			st.Informative++
		}
		grp, err := NewGroup(g.Prompt, g.Completions, g.Rewards, c.Model.Context, c.Model.Vocab)
		if err != nil {
			return st, err
		}
		res, err := GroupStep(t.e, t.Model, sc, grp)
		if err != nil {
			return st, err
		}
		st.Loss += res.Loss
		if sum == nil {
			sum = make([]*repops.Tensor, len(res.Grads))
			for i, gr := range res.Grads {
				sum[i] = repops.New(gr.Shape...)
			}
		}
		for i, gr := range res.Grads {
			d := sum[i].Data
			for q, x := range gr.Data {
				d[q] += x
			}
		}
	}
	n := float32(c.Prompts * c.GroupSize)
	st.MeanReward /= n
	st.MeanExact /= n
	t.Model.Params = t.Opt.Update(t.e, t.Model.Params, sum, c.RLLR)
	return st, nil
}
