package referee

import (
	"fmt"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Slice returns the whole chunks of t that hold elements [lo, hi) with the
// range proof the Referee contract checks (Merkle.sol, TensorSlice): going up
// from the leaves, at each level the left neighbour of the range if it starts
// at a right child, then the right neighbour if it ends at a left child.
func Slice(t *repops.Tensor, lo, hi int) (bindings.TensorSlice, error) {
	return newChunkTree(t).slice(lo, hi)
}

// chunkTree is a tensor's padded chunk tree, built once for many slices.
type chunkTree struct {
	t      *repops.Tensor
	levels [][]verify.Hash // levels[0]: the leaves; the last: the root
}

func newChunkTree(t *repops.Tensor) *chunkTree {
	nchunks := verify.NumChunks(t.Len())
	width := 1
	for width < nchunks {
		width *= 2
	}
	level := make([]verify.Hash, width)
	for c := 0; c < nchunks; c++ {
		ch := verify.EncodeChunk(t.Data, c)
		level[c] = verify.Keccak256([]byte{0x00}, ch[:])
	}
	tr := &chunkTree{t: t, levels: [][]verify.Hash{level}}
	for len(level) > 1 {
		next := make([]verify.Hash, len(level)/2)
		for i := range next {
			next[i] = verify.Keccak256([]byte{0x01}, level[2*i][:], level[2*i+1][:])
		}
		tr.levels = append(tr.levels, next)
		level = next
	}
	return tr
}

// slice is Slice on the tree's tensor.
func (tr *chunkTree) slice(lo, hi int) (bindings.TensorSlice, error) {
	t := tr.t
	n := t.Len()
	if lo < 0 || hi <= lo || hi > n {
		return bindings.TensorSlice{}, fmt.Errorf("referee: element range [%d, %d) of a tensor of %d elements", lo, hi, n)
	}
	shape := make([]uint32, len(t.Shape))
	for i, d := range t.Shape {
		shape[i] = uint32(d)
	}
	first, last := lo/verify.ChunkElems, (hi-1)/verify.ChunkElems
	s := bindings.TensorSlice{Shape: shape, FirstChunk: uint32(first), Siblings: [][32]byte{}}
	for c := first; c <= last; c++ {
		ch := verify.EncodeChunk(t.Data, c)
		s.Chunks = append(s.Chunks, ch[:]...)
	}
	a, b := first, last
	for _, level := range tr.levels[:len(tr.levels)-1] {
		if a%2 == 1 {
			s.Siblings = append(s.Siblings, level[a-1])
		}
		if b%2 == 0 {
			s.Siblings = append(s.Siblings, level[b+1])
		}
		a, b = a/2, b/2
	}
	return s, nil
}

// inclusion converts verify's inclusion proof to the contract's.
func inclusion(p verify.InclusionProof) bindings.Inclusion {
	out := bindings.Inclusion{Index: p.Index, Count: p.Count, Siblings: make([][32]byte, len(p.Siblings))}
	for i, h := range p.Siblings {
		out.Siblings[i] = h
	}
	return out
}
