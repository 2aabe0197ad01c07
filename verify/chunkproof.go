package verify

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// ChunkProof proves that one chunk belongs to a tensor: the chunk's bytes and
// the sibling hashes from its leaf up to the data root (docs/PROTOCOL.md
// 1.1). With the tensor's shape it leads to the tensor root.
type ChunkProof struct {
	Index    int              // chunk index; element e lies in chunk e/64
	Chunk    [ChunkBytes]byte // little-endian float32, zero-padded
	Siblings []Hash           // leaf level first; ceil(log2(nchunks)) entries
}

// ProveChunk returns the inclusion proof of chunk index of t.
func ProveChunk(t *repops.Tensor, index int) (ChunkProof, error) {
	if err := checkTensor(t); err != nil {
		return ChunkProof{}, err
	}
	n := NumChunks(t.Len())
	if index < 0 || index >= n {
		return ChunkProof{}, fmt.Errorf("%w: chunk %d of a tensor with %d chunks", ErrBadProof, index, n)
	}
	return ChunkProof{
		Index:    index,
		Chunk:    EncodeChunk(t.Data, index),
		Siblings: dataTree.path(chunkLeaves(t.Data), index),
	}, nil
}

// Element returns element off (0..63) of the proved chunk.
func (p *ChunkProof) Element(off int) float32 { return chunkElement(&p.Chunk, off) }

// DataRoot returns the data root that the proof leads to.
func (p *ChunkProof) DataRoot() Hash {
	return dataTree.rootFromPath(chunkLeafBytes(&p.Chunk), uint64(p.Index), p.Siblings)
}

// VerifyChunk checks that p proves a chunk of the tensor with the given shape
// and tensor root. It wraps ErrBadShape for an invalid shape, ErrBadProof
// for a proof that cannot belong to that shape (index out of range, wrong
// sibling count, nonzero padding after the last element) and
// ErrRootMismatch for one that leads elsewhere.
func VerifyChunk(root Hash, shape []int, p ChunkProof) error {
	elems, err := checkShape(shape)
	if err != nil {
		return err
	}
	if err := checkChunkProof(elems, &p); err != nil {
		return err
	}
	h := getHasher()
	defer putHasher(h)
	d := p.DataRoot()
	if got := h.bindShape(shape, &d); got != root {
		return fmt.Errorf("%w: chunk %d of shape %v leads to %v, want %v", ErrRootMismatch, p.Index, shape, got, root)
	}
	return nil
}

// VerifyChunkData checks p against a data root of a tensor with elems
// elements (no shape binding), with the errors of VerifyChunk.
func VerifyChunkData(dataRoot Hash, elems int, p ChunkProof) error {
	if elems < 0 || uint64(elems) > MaxElements {
		return fmt.Errorf("%w: %d elements", ErrBadShape, elems)
	}
	if err := checkChunkProof(uint64(elems), &p); err != nil {
		return err
	}
	if got := p.DataRoot(); got != dataRoot {
		return fmt.Errorf("%w: chunk %d leads to data root %v, want %v", ErrRootMismatch, p.Index, got, dataRoot)
	}
	return nil
}

// checkChunkProof checks p's geometry against a tensor of elems elements.
func checkChunkProof(elems uint64, p *ChunkProof) error {
	n := (elems + ChunkElems - 1) / ChunkElems
	if p.Index < 0 || uint64(p.Index) >= n {
		return fmt.Errorf("%w: chunk %d of a tensor with %d chunks", ErrBadProof, p.Index, n)
	}
	if want := depthFor(n); len(p.Siblings) != want {
		return fmt.Errorf("%w: %d siblings for %d chunks, want %d", ErrBadProof, len(p.Siblings), n, want)
	}
	if uint64(p.Index) == n-1 {
		used := 4 * (elems - uint64(p.Index)*ChunkElems)
		for _, b := range p.Chunk[used:] {
			if b != 0 {
				return fmt.Errorf("%w: padding after element %d of the last chunk is not zero", ErrBadProof, used/4)
			}
		}
	}
	return nil
}
