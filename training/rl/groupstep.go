package rl

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// StepConfig holds the constants of a contribution step (docs/PROTOCOL.md
// §3.6). They come from the run config, so the step's program is a pure
// function of it.
type StepConfig struct {
	Groups  int     // L+E: groups per contribution, the divisor of every token weight
	ClipEps float32 // PPO clip range
}

// StepResult is one contribution step: the gradient of every parameter (in
// parameter order) and the loss.
type StepResult struct {
	Grads []*repops.Tensor
	Loss  float32
}

// GroupStep computes, on engine e, the gradient of the GRPO objective on one
// group with model m:
//
//	loss = −Σ_i Σ_t w_{i,t} · min(ρ·A_i, clip(ρ, 1−ε, 1+ε)·A_i)
//
// with ρ = exp(lp − sg(lp)) (exactly 1: one update per batch), A_i the
// group-normalized advantage ((r−mean)/std, 0 when std ≤ 1e-6) and
// w_{i,t} = 1/(len_i·G·Groups) on the completion tokens of row i.
//
// Its only external inputs are the parameters (by name) and the group's
// three batch tensors; every other tensor, constants included, is made by a
// recorded operator whose attributes depend only on the config and shapes.
// It embeds by one-hot matrix products (model.Inputs.OneHot), so no
// Embedding or EmbeddingGrad is recorded: every element of the step can be
// refereed within limits that do not depend on the data.
func GroupStep(e *repops.Engine, m *model.Model, c StepConfig, g *Group) (StepResult, error) {
	gs, t := g.Tokens.Shape[0], g.Tokens.Shape[1]
	if t != m.Cfg.Context || !repops.SameShape(g.Tokens, g.Mask) || g.Rewards.Len() != gs || g.Rewards.Rank() != 1 {
		return StepResult{}, fmt.Errorf("rl: group tensors %v, %v, %v do not fit context %d", g.Tokens.Shape, g.Mask.Shape, g.Rewards.Shape, m.Cfg.Context)
	}
	if c.Groups < 1 || !(c.ClipEps > 0 && c.ClipEps < 1) {
		return StepResult{}, fmt.Errorf("rl: step config %+v", c)
	}
	tp := autodiff.NewTape(e)
	ps := m.Vars(tp, true)
	in := stepInputs(e, g, gs, t)
	logits := m.ForwardInputs(tp, ps, model.Inputs{B: gs, T: t, IDs: tp.Const(in.ids), Pos: tp.Const(in.pos), Mask: tp.Const(in.mask), OneHot: true}, nil)
	lp := autodiff.Pick(autodiff.LogSoftmax(logits), tp.Const(in.targets))
	old := tp.Const(lp.T) // stop-gradient: the same tensor, so ρ = exp(lp − lp) = 1
	ratio := autodiff.Exp(autodiff.Sub(lp, old))
	adv := tp.Const(advantages(e, g.Rewards, in.onesT, gs, t))
	w := tp.Const(tokenWeights(e, g.Mask, in.onesT, gs, t, float32(gs*c.Groups)))
	obj := autodiff.Minimum(autodiff.Mul(ratio, adv), autodiff.Mul(autodiff.Clamp(ratio, 1-c.ClipEps, 1+c.ClipEps), adv))
	loss := autodiff.Scale(autodiff.WeightedSum(obj, w), -1)
	tp.Backward(loss)
	res := StepResult{Grads: make([]*repops.Tensor, len(ps)), Loss: loss.T.Data[0]}
	for i, p := range ps {
		if p.Grad == nil {
			return StepResult{}, fmt.Errorf("rl: parameter %s got no gradient", p.T.Name)
		}
		res.Grads[i] = p.Grad
	}
	return res, nil
}

// fill is Clamp(t, c, c): a tensor shaped like t holding c.
func fill(e *repops.Engine, t *repops.Tensor, c float32) *repops.Tensor { return e.Clamp(t, c, c) }

// inputs are the tensors a step derives from its batch tensors by operators.
type inputs struct {
	ids, pos, targets *repops.Tensor // [G·T]
	mask              *repops.Tensor // [G,T,T] additive attention mask
	onesT             *repops.Tensor // [T,1] of ones, for row broadcasts
}

// stepInputs computes token ids, position ids, next-token targets and the
// attention mask from batch.tokens alone, reproducing model.NewBatch's layout:
// a position is real from the row's first non-PAD token on (every prompt
// starts with BOS), positions count real tokens, and a query attends to real
// keys at or before it, and to itself.
func stepInputs(e *repops.Engine, g *Group, gs, t int) inputs {
	tok := g.Tokens
	col := e.Reshape(tok, gs, t, 1)
	onesGTT := fill(e, e.MatMul(col, col), 1) // [G,T,T]
	zerosGTT := fill(e, onesGTT, 0)
	tri := e.Maximum(e.CausalMask(onesGTT, 0), zerosGTT) // [j ≤ i]
	pad := fill(e, tok, float32(tasks.PAD))
	notPad := e.Sub(fill(e, tok, 1), e.Mul(e.LessEqual(tok, pad), e.LessEqual(pad, tok)))
	seen := e.MatMul(tri, e.Reshape(notPad, gs, 1, t)) // [G,T,1]: non-PAD tokens at or before i
	onesCol := fill(e, seen, 1)
	real := e.Minimum(seen, onesCol)
	count := e.MatMul(tri, e.Reshape(real, gs, 1, t))
	pos := e.Maximum(e.Sub(count, onesCol), fill(e, count, 0))
	realJ := e.MatMul(onesCol, real) // [G,T,T]: real[j] in every row i
	eye := e.Mul(tri, e.Transpose(tri))
	allowed := e.Maximum(e.Mul(tri, realJ), eye)
	mask := e.Select(allowed, zerosGTT, fill(e, onesGTT, float32(math.Inf(-1))))

	next := e.Concat(1, e.Slice(tok, 1, 1, t), fill(e, e.Slice(tok, 1, 0, 1), 0))
	onesT := fill(e, e.Reshape(e.Slice(tok, 0, 0, 1), t, 1), 1)
	return inputs{ids: e.Reshape(tok, gs*t), pos: e.Reshape(pos, gs*t), targets: e.Reshape(next, gs*t), mask: mask, onesT: onesT}
}

// rowsToTokens broadcasts a per-row value v [G,1] over the row's T positions
// and flattens the result to [G·T]: MatMul(v[G,1], ones[T,1]) is exact.
func rowsToTokens(e *repops.Engine, v, onesT *repops.Tensor, gs, t int) *repops.Tensor {
	return e.Reshape(e.MatMul(v, onesT), gs*t)
}

// advantages computes (r − mean)/std per completion (0 where std ≤ 1e-6)
// and spreads it over the row's positions.
func advantages(e *repops.Engine, rewards, onesT *repops.Tensor, gs, t int) *repops.Tensor {
	n := float32(gs)
	sum := e.SumRows(rewards) // [1]
	mean := e.Div(sum, fill(e, sum, n))
	d := e.AddRow(e.Reshape(rewards, gs, 1), e.Scale(mean, -1)) // [G,1]: r − mean
	ss := e.SumRows(e.Reshape(e.Mul(d, d), gs))
	std := e.SqrtT(e.Div(ss, fill(e, ss, n)))
	stdB := e.MulRow(fill(e, d, 1), std) // [G,1]
	flat := e.LessEqual(stdB, fill(e, stdB, 1e-6))
	adv := e.Select(flat, fill(e, d, 0), e.Div(d, stdB))
	return rowsToTokens(e, adv, onesT, gs, t)
}

// tokenWeights returns w[G·T]: 1/(len_i·k) where position t predicts a
// completion token of row i (the mask shifted left by one), 0 elsewhere.
func tokenWeights(e *repops.Engine, mask, onesT *repops.Tensor, gs, t int, k float32) *repops.Tensor {
	lens := e.SumRows(mask) // [G]
	w := e.Div(fill(e, lens, 1), e.Scale(lens, k))
	wt := e.MatMul(e.Reshape(w, gs, 1), onesT) // [G,T]
	next := e.Concat(1, e.Slice(mask, 1, 1, t), fill(e, e.Slice(mask, 1, 0, 1), 0))
	return e.Reshape(e.Mul(next, wt), gs*t)
}
