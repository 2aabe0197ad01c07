package verify

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// TensorRange is a contiguous run of whole chunks of one tensor with its
// range proof (the on-chain referee's TensorSlice, Merkle.sol): going up from
// the leaves, at each level the left neighbour of the range if it starts at
// a right child, then the right neighbour if it ends at a left child. A
// range of c chunks costs at most 2·depth siblings instead of c·depth.
type TensorRange struct {
	Shape      []int
	FirstChunk int
	Chunks     []byte // 256 bytes per chunk, little-endian float32, zero-padded
	Siblings   []Hash
}

// RangeProver builds range proofs of one tensor; its chunk tree is built
// once, for many ranges.
type RangeProver struct {
	t      *repops.Tensor
	levels [][]Hash // levels[0]: the leaves (padded); the last: the data root
}

// NewRangeProver hashes t's chunk tree.
func NewRangeProver(t *repops.Tensor) *RangeProver {
	nchunks := NumChunks(t.Len())
	width := 1
	for width < nchunks {
		width *= 2
	}
	level := make([]Hash, width)
	for c := 0; c < nchunks; c++ {
		ch := EncodeChunk(t.Data, c)
		level[c] = Keccak256([]byte{0x00}, ch[:])
	}
	p := &RangeProver{t: t, levels: [][]Hash{level}}
	for len(level) > 1 {
		next := make([]Hash, len(level)/2)
		for i := range next {
			next[i] = Keccak256([]byte{0x01}, level[2*i][:], level[2*i+1][:])
		}
		p.levels = append(p.levels, next)
		level = next
	}
	return p
}

// ProveRange returns the whole chunks of t that hold elements [lo, hi) with
// their range proof.
func ProveRange(t *repops.Tensor, lo, hi int) (TensorRange, error) {
	return NewRangeProver(t).Prove(lo, hi)
}

// Prove returns the range proof of elements [lo, hi) of the prover's tensor.
func (p *RangeProver) Prove(lo, hi int) (TensorRange, error) {
	t := p.t
	n := t.Len()
	if lo < 0 || hi <= lo || hi > n {
		return TensorRange{}, fmt.Errorf("%w: element range [%d, %d) of a tensor of %d elements", ErrBadProof, lo, hi, n)
	}
	first, last := lo/ChunkElems, (hi-1)/ChunkElems
	r := TensorRange{Shape: append([]int(nil), t.Shape...), FirstChunk: first, Siblings: []Hash{}}
	for c := first; c <= last; c++ {
		ch := EncodeChunk(t.Data, c)
		r.Chunks = append(r.Chunks, ch[:]...)
	}
	a, b := first, last
	for _, level := range p.levels[:len(p.levels)-1] {
		if a%2 == 1 {
			r.Siblings = append(r.Siblings, level[a-1])
		}
		if b%2 == 0 {
			r.Siblings = append(r.Siblings, level[b+1])
		}
		a, b = a/2, b/2
	}
	return r, nil
}

// VerifyRange checks a range proof against a tensor root exactly as the
// on-chain referee does (Merkle.checkSlice): whole 256-byte chunks within the
// tensor, zero padding after its last element, exactly the siblings the
// range needs, and the root of shape and data. A challenger checks a
// revealed or fetched chunk with it before building on it.
func VerifyRange(root Hash, r TensorRange) error {
	d, err := RangeDataRoot(r)
	if err != nil {
		return err
	}
	got, err := BindShape(r.Shape, d)
	if err != nil {
		return err
	}
	if got != root {
		return fmt.Errorf("%w: range leads to %v, want %v", ErrRootMismatch, got, root)
	}
	return nil
}

// RangeDataRoot returns the data root a range proof leads to, checking its
// form as VerifyRange does. With the shape it opens a tensor root: one
// revealed chunk is enough to show a committed tensor's shape (the shapes a
// wrong-program proof carries).
func RangeDataRoot(r TensorRange) (Hash, error) {
	n, err := checkShape(r.Shape)
	if err != nil {
		return Hash{}, err
	}
	nchunks := NumChunks(int(n))
	k := len(r.Chunks) / ChunkBytes
	if k == 0 || len(r.Chunks)%ChunkBytes != 0 {
		return Hash{}, fmt.Errorf("%w: %d bytes of chunks", ErrBadProof, len(r.Chunks))
	}
	if r.FirstChunk < 0 || r.FirstChunk+k > nchunks {
		return Hash{}, fmt.Errorf("%w: chunks %d..%d of a tensor of %d chunks", ErrBadProof, r.FirstChunk, r.FirstChunk+k-1, nchunks)
	}
	if r.FirstChunk+k == nchunks && n%ChunkElems != 0 {
		for _, b := range r.Chunks[(k-1)*ChunkBytes+int(n%ChunkElems)*4:] {
			if b != 0 {
				return Hash{}, fmt.Errorf("%w: nonzero padding after the last element", ErrBadProof)
			}
		}
	}
	cur := make([]Hash, k)
	for i := range cur {
		cur[i] = Keccak256([]byte{0x00}, r.Chunks[i*ChunkBytes:(i+1)*ChunkBytes])
	}
	lo, used := r.FirstChunk, 0
	next := func() (Hash, error) {
		if used >= len(r.Siblings) {
			return Hash{}, fmt.Errorf("%w: too few siblings", ErrBadProof)
		}
		used++
		return r.Siblings[used-1], nil
	}
	for d := 0; d < depthFor(uint64(nchunks)); d++ {
		hi := lo + len(cur) - 1
		var left, right Hash
		if lo%2 == 1 {
			if left, err = next(); err != nil {
				return Hash{}, err
			}
		}
		if hi%2 == 0 {
			if right, err = next(); err != nil {
				return Hash{}, err
			}
		}
		up := make([]Hash, hi/2-lo/2+1)
		for j := range up {
			p := lo/2 + j
			l, rr := left, right
			if 2*p >= lo {
				l = cur[2*p-lo]
			}
			if 2*p+1 <= hi {
				rr = cur[2*p+1-lo]
			}
			up[j] = Keccak256([]byte{0x01}, l[:], rr[:])
		}
		cur, lo = up, lo/2
	}
	if used != len(r.Siblings) {
		return Hash{}, fmt.Errorf("%w: too many siblings", ErrBadProof)
	}
	return cur[0], nil
}
