package rl

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// rlIndexBase separates RL problems from warm-start problems.
const rlIndexBase = 1 << 40

// RoundStats summarizes one GRPO round.
type RoundStats struct {
	MeanReward  float32 `json:"mean_reward"`
	MeanExact   float32 `json:"mean_exact"`
	Loss        float32 `json:"loss"`
	KL          float32 `json:"kl"`
	Tokens      int     `json:"tokens"`      // completion tokens sampled
	Informative int     `json:"informative"` // groups whose rewards were not all equal
}

// Rollout is one sampled completion of a prompt and its reward.
type Rollout struct {
	Problem    tasks.Problem
	Completion []int
	Reward     float32
	Exact      float32
}

// Rollouts samples GroupSize completions for each of the round's prompts
// (problems rlIndexBase + round·Prompts + i) with the round's Philox stream
// and scores them with the task's verifiable reward.
func (t *Trainer) Rollouts(round int) ([]Rollout, error) {
	c := t.Cfg
	var prompts [][]int
	var probs []tasks.Problem
	for i := 0; i < c.Prompts; i++ {
		p := tasks.TrainProblem(t.task, c.Seed, c.Level, rlIndexBase+uint64(round*c.Prompts+i))
		enc, err := tasks.EncodePrompt(p)
		if err != nil {
			return nil, err
		}
		for g := 0; g < c.GroupSize; g++ {
			prompts = append(prompts, enc)
			probs = append(probs, p)
		}
	}
	outs, err := t.Model.Generate(t.e, prompts, model.GenerateConfig{
		MaxNew: c.MaxNew, Temperature: c.Temperature, EOS: tasks.EOS, Pad: tasks.PAD,
		Stream: repops.NewStream(c.Seed, uint64(round), 0, repops.PurposeSampling),
	})
	if err != nil {
		return nil, err
	}
	rs := make([]Rollout, len(outs))
	for i, o := range outs {
		rw := t.task.Reward(probs[i], tasks.Decode(o))
		rs[i] = Rollout{Problem: probs[i], Completion: o, Exact: rw.Exact,
			Reward: rw.Exact + float32(c.PartialWeight*rw.Partial)}
	}
	return rs, nil
}

// Advantages returns group-relative advantages: (r - mean)/std within each
// consecutive group of size g, or 0 for a group whose rewards are all equal.
// Sums run in index order, in float32.
func Advantages(rewards []float32, g int) []float32 {
	adv := make([]float32, len(rewards))
	for s := 0; s+g <= len(rewards); s += g {
		grp := rewards[s : s+g]
		var sum float32
		for _, r := range grp {
			sum += r
		}
		mean := sum / float32(g)
		var ss float32
		for _, r := range grp {
			d := r - mean
			ss += float32(d * d)
		}
		std := repops.Sqrt(ss / float32(g))
		if !(std > 1e-6) {
			continue
		}
		for i, r := range grp {
			adv[s+i] = (r - mean) / std
		}
	}
	return adv
}

// RLStep runs one GRPO round: rollouts, advantages, one clipped policy-
// gradient step (with the KL penalty when configured).
func (t *Trainer) RLStep(round int) (RoundStats, error) {
	rs, err := t.Rollouts(round)
	if err != nil {
		return RoundStats{}, err
	}
	return t.Update(rs)
}

// Update takes one GRPO step on rollouts (consecutive groups of GroupSize).
func (t *Trainer) Update(rs []Rollout) (RoundStats, error) {
	c := t.Cfg
	if len(rs) == 0 || len(rs)%c.GroupSize != 0 {
		return RoundStats{}, fmt.Errorf("rl: %d rollouts do not form groups of %d", len(rs), c.GroupSize)
	}
	var st RoundStats
	rewards := make([]float32, len(rs))
	prompts := make([][]int, len(rs))
	comps := make([][]int, len(rs))
	for i, r := range rs {
		rewards[i] = r.Reward
		st.MeanReward += r.Reward
		st.MeanExact += r.Exact
		st.Tokens += len(r.Completion)
		p, err := tasks.EncodePrompt(r.Problem)
		if err != nil {
			return st, err
		}
		prompts[i] = p
		comps[i] = r.Completion
		if len(comps[i]) == 0 {
			comps[i] = []int{tasks.EOS} // keep the row well-formed; its weight is still 1/len
		}
	}
	st.MeanReward /= float32(len(rs))
	st.MeanExact /= float32(len(rs))
	adv := Advantages(rewards, c.GroupSize)
	for g := 0; g < len(rs); g += c.GroupSize {
		if anyNonZero(adv[g : g+c.GroupSize]) {
			st.Informative++
		}
	}
	if st.Informative == 0 {
		return st, nil // nothing to learn from: every group agreed
	}
	s, err := newSequences(prompts, comps, c.Model.Context)
	if err != nil {
		return st, err
	}
	nrows := float32(len(rs))
	tgt, w := s.targets(func(r int) float32 { return 1 / (float32(s.n[r]) * nrows) })
	_, advT := s.targets(func(r int) float32 { return adv[r] })
	advT.Named("advantages")

	tp := autodiff.NewTape(t.e)
	ps := t.Model.Vars(tp, true)
	lp := autodiff.Pick(autodiff.LogSoftmax(t.Model.Forward(tp, ps, s.b, nil)), tp.Const(tgt))
	old := tp.Const(lp.T.Clone().Named("logp_old"))
	ratio := autodiff.Exp(autodiff.Sub(lp, old))
	a := tp.Const(advT)
	obj := autodiff.Minimum(autodiff.Mul(ratio, a), autodiff.Mul(autodiff.Clamp(ratio, 1-c.ClipEps, 1+c.ClipEps), a))
	loss := autodiff.Scale(autodiff.WeightedSum(obj, tp.Const(w)), -1)
	if t.Ref != nil {
		rtp := autodiff.NewTape(t.e)
		ref := autodiff.Pick(autodiff.LogSoftmax(t.Ref.Forward(rtp, t.Ref.Vars(rtp, false), s.b, nil)), rtp.Const(tgt))
		d := autodiff.Sub(tp.Const(ref.T.Named("logp_ref")), lp)
		kl := autodiff.Sub(autodiff.Exp(d), d) // k3 estimator up to the constant -1
		klSum := autodiff.WeightedSum(kl, tp.Const(w))
		st.KL = klSum.T.Data[0] - 1
		loss = autodiff.Add(loss, autodiff.Scale(klSum, c.KLCoef))
	}
	tp.Backward(loss)
	t.apply(ps, c.RLLR)
	st.Loss = loss.T.Data[0]
	return st, nil
}

func anyNonZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return true
		}
	}
	return false
}
