package model

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/repops"
)

// GenerateConfig controls sampling.
type GenerateConfig struct {
	MaxNew      int           // most tokens to generate per row
	Temperature float32       // 0 means greedy (argmax, lowest index on ties)
	Stream      repops.Stream // randomness for temperature sampling
	Base        uint64        // first Philox block index: token s of row r uses Base + s·B + r
	EOS, Pad    int
}

// Generate continues each prompt with up to MaxNew tokens, stopping a row at
// EOS (which is included in its completion). The prompt is processed in one
// forward pass whose keys and values fill a KV cache; each further token
// costs one incremental pass. A row's bits depend on the batch's padded
// layout (docs/ARCHITECTURE.md), so a verifier replays the same batch.
func (m *Model) Generate(e *repops.Engine, prompts [][]int, g GenerateConfig) ([][]int, error) {
	c := m.Cfg
	b, err := NewBatch(prompts, g.Pad, c.Context)
	if err != nil {
		return nil, err
	}
	if b.T+g.MaxNew > c.Context {
		return nil, fmt.Errorf("model: prompt of %d tokens plus %d new exceeds context %d", b.T, g.MaxNew, c.Context)
	}
	tp := autodiff.NewTape(e)
	kv := newKVCache(c.Layers)
	logits := m.Forward(tp, m.Vars(tp, false), b, kv).T
	// Keep only each row's last position.
	last := e.Reshape(e.Slice(e.Reshape(logits, b.B, b.T, c.Vocab), 1, b.T-1, b.T), b.B, c.Vocab)

	pad := make([]bool, b.B*b.T)
	copy(pad, b.Pad)
	t := b.T
	next := make([]int, b.B)
	pos := make([]int, b.B)
	for r := 0; r < b.B; r++ {
		pos[r] = b.T - b.Start(r)
	}
	out := make([][]int, b.B)
	done := make([]bool, b.B)
	for s := 0; s < g.MaxNew; s++ {
		m.choose(e, last, g, uint64(s*b.B), next)
		alive := false
		for r := range next {
			if done[r] {
				next[r] = g.Pad
				continue
			}
			out[r] = append(out[r], next[r])
			if next[r] == g.EOS {
				done[r] = true
			} else {
				alive = true
			}
		}
		if !alive || s == g.MaxNew-1 {
			break
		}
		last, pad = m.step(e, kv, next, pos, pad, b.B, t)
		for r := range pos {
			pos[r]++
		}
		t++
	}
	return out, nil
}

// choose picks one token per row of logits [B, V] into next.
func (m *Model) choose(e *repops.Engine, logits *repops.Tensor, g GenerateConfig, off uint64, next []int) {
	if g.Temperature == 0 {
		for r := range next {
			row := logits.Row(r)
			best := 0
			for j, v := range row {
				if v > row[best] {
					best = j
				}
			}
			next[r] = best
		}
		return
	}
	probs := e.Softmax(e.Scale(logits, 1/g.Temperature))
	ids := e.Sample(probs, g.Stream, g.Base+off)
	for r := range next {
		next[r] = int(ids.Data[r])
	}
}

// step feeds one token per row at cache length t (pad marks the cached
// padding, B·t) and returns the logits [B, V] and the padding map extended by
// the new, real column.
func (m *Model) step(e *repops.Engine, kv *KVCache, tok, pos []int, pad []bool, nb, t int) (*repops.Tensor, []bool) {
	c := m.Cfg
	dh := c.Dim / c.Heads
	scale := float32(1 / math.Sqrt(float64(dh)))
	mask := repops.New(nb, 1, t+1).Named("attn_mask")
	ninf := float32(math.Inf(-1))
	for r := 0; r < nb; r++ {
		for j := 0; j < t; j++ {
			if pad[r*t+j] {
				mask.Data[r*(t+1)+j] = ninf
			}
		}
	}
	np := make([]bool, nb*(t+1))
	for r := 0; r < nb; r++ {
		copy(np[r*(t+1):], pad[r*t:(r+1)*t])
	}
	p := m.Params
	x := e.Add(e.Embedding(p[0], intTensor("ids", tok)), e.Embedding(p[1], intTensor("pos", pos)))
	for l := 0; l < c.Layers; l++ {
		w := func(k int) *repops.Tensor { return p[m.layer(l, k)] }
		h := e.MulRow(e.RMSNorm(x, c.NormEps), w(pAttnNorm))
		q, k, v := e.MatMul(h, w(pWq)), e.MatMul(h, w(pWk)), e.MatMul(h, w(pWv))
		kv.K[l] = e.Concat(1, kv.K[l], e.Reshape(k, nb, 1, c.Dim))
		kv.V[l] = e.Concat(1, kv.V[l], e.Reshape(v, nb, 1, c.Dim))
		heads := make([]*repops.Tensor, c.Heads)
		for hi := range heads {
			lo, up := hi*dh, (hi+1)*dh
			qh := e.Reshape(e.Slice(q, 1, lo, up), nb, 1, dh)
			att := e.MatMul(qh, e.Slice(kv.K[l], 2, lo, up))
			att = e.Softmax(e.Add(e.Scale(att, scale), mask))
			heads[hi] = e.Reshape(e.MatMul(att, e.Transpose(e.Slice(kv.V[l], 2, lo, up))), nb, dh)
		}
		x = e.Add(x, e.MatMul(e.Concat(1, heads...), w(pWo)))
		h = e.MulRow(e.RMSNorm(x, c.NormEps), w(pMLPNorm))
		x = e.Add(x, e.MatMul(e.SiLU(e.AddRow(e.MatMul(h, w(pW1)), w(pB1))), w(pW2)))
	}
	n := len(p)
	return e.MatMul(e.MulRow(e.RMSNorm(x, c.NormEps), p[n-2]), p[n-1]), np
}
