package repops

import "fmt"

// Sample draws one index per row of probs[m,V] (rows of a Softmax): row i
// takes Categorical(row_i, s.Uniform(base+i)). The ids come back as exact
// integers in a float32 tensor [m], ready for Embedding.
func (e *Engine) Sample(probs *Tensor, s Stream, base uint64) *Tensor {
	if probs.Rank() != 2 || probs.Shape[1] == 0 {
		panic(fmt.Sprintf("repops: sample needs probs [m,V], got %v", probs.Shape))
	}
	m := probs.Shape[0]
	y := New(m)
	for i := 0; i < m; i++ {
		y.Data[i] = float32(Categorical(probs.Row(i), s.Uniform(base+uint64(i))))
	}
	e.emit(KindSample, []uint32{s.Key[0], s.Key[1], s.ID[0], s.ID[1], lo32(base), hi32(base)}, []*Tensor{probs}, y)
	return y
}
