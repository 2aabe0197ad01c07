package model

import (
	"math"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/repops"
)

// Vars puts the parameters on a tape: as parameters (with gradients) when
// train is true, as constants otherwise.
func (m *Model) Vars(tp *autodiff.Tape, train bool) []*autodiff.Var {
	vs := make([]*autodiff.Var, len(m.Params))
	for i, p := range m.Params {
		if train {
			vs[i] = tp.Param(p)
		} else {
			vs[i] = tp.Const(p)
		}
	}
	return vs
}

// Forward computes the logits [B·T, V] of a batch on the tape. If kv is not
// nil it receives each layer's keys and values [B, T, Dim] for a KV cache.
func (m *Model) Forward(tp *autodiff.Tape, ps []*autodiff.Var, b *Batch, kv *KVCache) *autodiff.Var {
	in := Inputs{B: b.B, T: b.T, IDs: tp.Const(b.IDsTensor()), Pos: tp.Const(b.PosTensor()), Mask: tp.Const(b.Mask())}
	return m.ForwardInputs(tp, ps, in, kv)
}

// Inputs are what a forward pass reads besides the parameters: token ids and
// position ids [B·T] and the additive attention mask [B,T,T] (Batch.Mask's
// layout). Forward makes them on the host from a Batch; a verifiable step
// computes them with operators from its batch tensors.
//
// OneHot embeds tokens and positions by one-hot matrix products
// (autodiff.OneHotEmbedding) instead of Embedding, as a contribution step
// must: the values are the same, the gradients are summed by MatMul instead
// of EmbeddingGrad (docs/VERIFY.md, "One-hot embeddings").
type Inputs struct {
	B, T           int
	IDs, Pos, Mask *autodiff.Var
	OneHot         bool
}

// ForwardInputs computes the logits [B·T, V] from explicit inputs.
func (m *Model) ForwardInputs(tp *autodiff.Tape, ps []*autodiff.Var, in Inputs, kv *KVCache) *autodiff.Var {
	c := m.Cfg
	dh := c.Dim / c.Heads
	scale := float32(1 / math.Sqrt(float64(dh)))
	b, mask := in, in.Mask
	embed := autodiff.Embedding
	if in.OneHot {
		embed = autodiff.OneHotEmbedding
	}
	x := autodiff.Add(embed(ps[0], in.IDs), embed(ps[1], in.Pos))
	for l := 0; l < c.Layers; l++ {
		p := func(k int) *autodiff.Var { return ps[m.layer(l, k)] }
		h := autodiff.MulRow(autodiff.RMSNorm(x, c.NormEps), p(pAttnNorm))
		q, k, v := autodiff.MatMul(h, p(pWq)), autodiff.MatMul(h, p(pWk)), autodiff.MatMul(h, p(pWv))
		if kv != nil {
			e := tp.E
			kv.K[l] = e.Reshape(k.T, b.B, b.T, c.Dim)
			kv.V[l] = e.Reshape(v.T, b.B, b.T, c.Dim)
		}
		heads := make([]*autodiff.Var, c.Heads)
		for hi := range heads {
			lo, up := hi*dh, (hi+1)*dh
			qh := autodiff.Reshape(autodiff.Slice(q, 1, lo, up), b.B, b.T, dh)
			kh := autodiff.Reshape(autodiff.Slice(k, 1, lo, up), b.B, b.T, dh)
			vh := autodiff.Reshape(autodiff.Slice(v, 1, lo, up), b.B, b.T, dh)
			att := autodiff.Softmax(autodiff.Add(autodiff.Scale(autodiff.MatMul(qh, kh), scale), mask))
			heads[hi] = autodiff.Reshape(autodiff.MatMul(att, autodiff.Transpose(vh)), b.B*b.T, dh)
		}
		x = autodiff.Add(x, autodiff.MatMul(autodiff.Concat(1, heads...), p(pWo)))
		h = autodiff.MulRow(autodiff.RMSNorm(x, c.NormEps), p(pMLPNorm))
		u := autodiff.SiLU(autodiff.AddRow(autodiff.MatMul(h, p(pW1)), p(pB1)))
		x = autodiff.Add(x, autodiff.MatMul(u, p(pW2)))
	}
	n := len(ps)
	return autodiff.MatMul(autodiff.MulRow(autodiff.RMSNorm(x, c.NormEps), ps[n-2]), ps[n-1])
}

// KVCache holds each layer's keys and values [B, t, Dim] during sampling.
type KVCache struct {
	K, V []*repops.Tensor
}

func newKVCache(layers int) *KVCache {
	return &KVCache{K: make([]*repops.Tensor, layers), V: make([]*repops.Tensor, layers)}
}
