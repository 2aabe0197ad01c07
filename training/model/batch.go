package model

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/training/repops"
)

// Batch is B token sequences left-padded to a common length T.
type Batch struct {
	B, T int
	IDs  []int  // B·T token ids, padding = pad
	Pos  []int  // B·T position ids: index among the row's real tokens (0 on padding)
	Pad  []bool // B·T: true where the position is padding
}

// NewBatch left-pads seqs to the longest one (at most context tokens).
func NewBatch(seqs [][]int, pad, context int) (*Batch, error) {
	if len(seqs) == 0 {
		return nil, fmt.Errorf("model: empty batch")
	}
	t := 0
	for _, s := range seqs {
		t = max(t, len(s))
	}
	if t == 0 || t > context {
		return nil, fmt.Errorf("model: longest sequence has %d tokens, context allows 1..%d", t, context)
	}
	b := &Batch{B: len(seqs), T: t, IDs: make([]int, len(seqs)*t), Pos: make([]int, len(seqs)*t), Pad: make([]bool, len(seqs)*t)}
	for r, s := range seqs {
		off := t - len(s)
		for i := 0; i < t; i++ {
			k := r*t + i
			if i < off {
				b.IDs[k], b.Pad[k] = pad, true
				continue
			}
			b.IDs[k], b.Pos[k] = s[i-off], i-off
		}
	}
	return b, nil
}

// Start returns the column of row r's first real token.
func (b *Batch) Start(r int) int {
	for i := 0; i < b.T; i++ {
		if !b.Pad[r*b.T+i] {
			return i
		}
	}
	return b.T
}

// IDsTensor returns the token ids as a float32 tensor [B·T].
func (b *Batch) IDsTensor() *repops.Tensor { return intTensor("ids", b.IDs) }

// PosTensor returns the position ids as a float32 tensor [B·T].
func (b *Batch) PosTensor() *repops.Tensor { return intTensor("pos", b.Pos) }

// Mask returns the additive attention mask [B,T,T]: 0 where query i may
// attend key j (j ≤ i and j not padding, or j = i), -Inf elsewhere.
func (b *Batch) Mask() *repops.Tensor {
	m := repops.New(b.B, b.T, b.T).Named("attn_mask")
	ninf := float32(math.Inf(-1))
	for r := 0; r < b.B; r++ {
		for i := 0; i < b.T; i++ {
			row := m.Data[(r*b.T+i)*b.T : (r*b.T+i+1)*b.T]
			for j := range row {
				if j > i || (j != i && b.Pad[r*b.T+j]) {
					row[j] = ninf
				}
			}
		}
	}
	return m
}

func intTensor(name string, v []int) *repops.Tensor {
	t := repops.New(len(v)).Named(name)
	for i, x := range v {
		t.Data[i] = float32(x)
	}
	return t
}
