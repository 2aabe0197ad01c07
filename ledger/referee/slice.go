package referee

import (
	"fmt"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Slice returns the whole chunks of t that hold elements [lo, hi) with the
// range proof the Referee contract checks (verify.ProveRange, as the
// contract's TensorSlice).
func Slice(t *repops.Tensor, lo, hi int) (bindings.TensorSlice, error) {
	return sliceWith(verify.NewRangeProver(t), lo, hi)
}

// sliceWith is Slice with a prover built once for many ranges.
func sliceWith(p *verify.RangeProver, lo, hi int) (bindings.TensorSlice, error) {
	r, err := p.Prove(lo, hi)
	if err != nil {
		return bindings.TensorSlice{}, fmt.Errorf("referee: %w", err)
	}
	return TensorSlice(r), nil
}

// TensorSlice converts a verify range proof to the contract's TensorSlice.
func TensorSlice(r verify.TensorRange) bindings.TensorSlice {
	s := bindings.TensorSlice{Shape: make([]uint32, len(r.Shape)), FirstChunk: uint32(r.FirstChunk),
		Chunks: r.Chunks, Siblings: make([][32]byte, len(r.Siblings))}
	for i, d := range r.Shape {
		s.Shape[i] = uint32(d)
	}
	for i, h := range r.Siblings {
		s.Siblings[i] = h
	}
	return s
}

// inclusion converts verify's inclusion proof to the contract's.
func inclusion(p verify.InclusionProof) bindings.Inclusion {
	out := bindings.Inclusion{Index: p.Index, Count: p.Count, Siblings: make([][32]byte, len(p.Siblings))}
	for i, h := range p.Siblings {
		out.Siblings[i] = h
	}
	return out
}
