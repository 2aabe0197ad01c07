package rl

import (
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// sequences is a batch of prompt+completion token sequences with the column
// where each row's completion starts.
type sequences struct {
	b     *model.Batch
	start []int // per row: first completion column in the padded layout
	n     []int // per row: completion length
}

func newSequences(prompts, completions [][]int, context int) (*sequences, error) {
	seqs := make([][]int, len(prompts))
	for r := range prompts {
		seqs[r] = append(append([]int(nil), prompts[r]...), completions[r]...)
	}
	b, err := model.NewBatch(seqs, tasks.PAD, context)
	if err != nil {
		return nil, err
	}
	s := &sequences{b: b, start: make([]int, len(seqs)), n: make([]int, len(seqs))}
	for r := range seqs {
		s.start[r] = b.T - len(completions[r])
		s.n[r] = len(completions[r])
	}
	return s, nil
}

// targets returns the next-token targets [B·T] and, through weight(r), a
// per-position weight that is weight(r) where position i predicts a
// completion token of row r and 0 elsewhere.
func (s *sequences) targets(weight func(r int) float32) (tgt, w *repops.Tensor) {
	b := s.b
	tgt = repops.New(b.B * b.T).Named("targets")
	w = repops.New(b.B * b.T).Named("weights")
	for r := 0; r < b.B; r++ {
		wr := weight(r)
		for j := s.start[r]; j < b.T; j++ {
			i := r*b.T + j - 1
			tgt.Data[i] = float32(b.IDs[r*b.T+j])
			w.Data[i] = wr
		}
	}
	return tgt, w
}

// encode returns the prompt (BOS + prompt) and target (answer + EOS) tokens.
func encode(p tasks.Problem) (prompt, target []int, err error) {
	if prompt, err = tasks.EncodePrompt(p); err != nil {
		return nil, nil, err
	}
	target, err = tasks.EncodeTarget(p)
	return prompt, target, err
}
