package verify

import (
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

func TestChunkProofsVerify(t *testing.T) {
	for _, shape := range [][]int{{}, {1}, {64}, {65}, {3, 50}, {2, 2, 2, 40}, {1000}} {
		n := 1
		for _, d := range shape {
			n *= d
		}
		tt := repops.FromData(ramp(n, 3), shape...)
		root := TensorRoot(tt)
		for i := 0; i < NumChunks(n); i++ {
			p, err := ProveChunk(tt, i)
			if err != nil {
				t.Fatalf("shape %v chunk %d: %v", shape, i, err)
			}
			if err := VerifyChunk(root, shape, p); err != nil {
				t.Fatalf("shape %v chunk %d: %v", shape, i, err)
			}
			if err := VerifyChunkData(DataRoot(tt.Data), n, p); err != nil {
				t.Fatalf("shape %v chunk %d against data root: %v", shape, i, err)
			}
			for off := 0; off < ChunkElems && i*ChunkElems+off < n; off++ {
				if got, want := p.Element(off), tt.Data[i*ChunkElems+off]; got != want {
					t.Fatalf("shape %v element %d: got %v, want %v", shape, i*ChunkElems+off, got, want)
				}
			}
		}
	}
}

func TestChunkProofTampering(t *testing.T) {
	shape := []int{5, 60} // 300 elements: 5 chunks, tree of 8 leaves, last chunk 44 elements
	tt := repops.FromData(ramp(300, 0.5), shape...)
	root := TensorRoot(tt)
	good, err := ProveChunk(tt, 2)
	if err != nil {
		t.Fatal(err)
	}
	last, err := ProveChunk(tt, 4)
	if err != nil {
		t.Fatal(err)
	}
	clone := func(p ChunkProof) ChunkProof {
		p.Siblings = append([]Hash(nil), p.Siblings...)
		return p
	}
	cases := []struct {
		name  string
		shape []int
		p     func() ChunkProof
		want  error
	}{
		{"flipped chunk bit", shape, func() ChunkProof { p := clone(good); p.Chunk[17] ^= 0x04; return p }, ErrRootMismatch},
		{"wrong index", shape, func() ChunkProof { p := clone(good); p.Index = 3; return p }, ErrRootMismatch},
		{"index out of range", shape, func() ChunkProof { p := clone(good); p.Index = 5; return p }, ErrBadProof},
		{"negative index", shape, func() ChunkProof { p := clone(good); p.Index = -1; return p }, ErrBadProof},
		{"wrong sibling 0", shape, func() ChunkProof { p := clone(good); p.Siblings[0][0] ^= 1; return p }, ErrRootMismatch},
		{"wrong sibling 2", shape, func() ChunkProof { p := clone(good); p.Siblings[2][31] ^= 0x80; return p }, ErrRootMismatch},
		{"swapped siblings", shape, func() ChunkProof {
			p := clone(good)
			p.Siblings[0], p.Siblings[1] = p.Siblings[1], p.Siblings[0]
			return p
		}, ErrRootMismatch},
		{"missing sibling", shape, func() ChunkProof { p := clone(good); p.Siblings = p.Siblings[:2]; return p }, ErrBadProof},
		{"extra sibling", shape, func() ChunkProof { p := clone(good); p.Siblings = append(p.Siblings, Hash{}); return p }, ErrBadProof},
		{"same count, other shape", []int{300}, func() ChunkProof { return clone(good) }, ErrRootMismatch},
		{"transposed shape", []int{60, 5}, func() ChunkProof { return clone(good) }, ErrRootMismatch},
		{"more elements, same depth", []int{6, 60}, func() ChunkProof { return clone(good) }, ErrRootMismatch},
		{"fewer chunks", []int{2, 60}, func() ChunkProof { return clone(good) }, ErrBadProof},
		{"invalid shape", []int{-5, 60}, func() ChunkProof { return clone(good) }, ErrBadShape},
		{"nonzero padding", shape, func() ChunkProof { p := clone(last); p.Chunk[ChunkBytes-1] = 1; return p }, ErrBadProof},
		{"last chunk flipped", shape, func() ChunkProof { p := clone(last); p.Chunk[0] ^= 1; return p }, ErrRootMismatch},
	}
	for _, c := range cases {
		if err := VerifyChunk(root, c.shape, c.p()); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	// The untampered proofs still verify: the cases above did not share memory.
	for _, p := range []ChunkProof{good, last} {
		if err := VerifyChunk(root, shape, p); err != nil {
			t.Fatalf("untampered proof of chunk %d: %v", p.Index, err)
		}
	}
}

func TestProveChunkRejects(t *testing.T) {
	tt := repops.FromData(ramp(100, 1), 100)
	for _, i := range []int{-1, 2, 100} {
		if _, err := ProveChunk(tt, i); !errors.Is(err, ErrBadProof) {
			t.Errorf("ProveChunk(%d): got %v, want ErrBadProof", i, err)
		}
	}
	if _, err := ProveChunk(repops.New(0), 0); !errors.Is(err, ErrBadProof) {
		t.Errorf("ProveChunk of an empty tensor: got %v, want ErrBadProof", err)
	}
	if _, err := ProveChunk(&repops.Tensor{Shape: []int{3}}, 0); !errors.Is(err, ErrBadShape) {
		t.Errorf("ProveChunk of an inconsistent tensor: got %v, want ErrBadShape", err)
	}
}

// FuzzVerifyChunk feeds arbitrary proofs (outside input in a dispute) to
// VerifyChunk: it must never panic, and must accept only the genuine chunk.
func FuzzVerifyChunk(f *testing.F) {
	tt := repops.FromData(ramp(300, 0.5), 5, 60)
	root := TensorRoot(tt)
	p, _ := ProveChunk(tt, 2)
	var sib []byte
	for _, s := range p.Siblings {
		sib = append(sib, s[:]...)
	}
	f.Add(2, p.Chunk[:], sib, 5, 60)
	f.Add(4, make([]byte, ChunkBytes), sib[:64], 300, 1)
	f.Add(-7, []byte{1, 2, 3}, []byte{}, 0, -1)
	f.Fuzz(func(t *testing.T, index int, chunk, siblings []byte, d0, d1 int) {
		var q ChunkProof
		q.Index = index
		copy(q.Chunk[:], chunk)
		for len(siblings) >= 32 {
			q.Siblings = append(q.Siblings, Hash(siblings[:32]))
			siblings = siblings[32:]
		}
		err := VerifyChunk(root, []int{d0, d1}, q)
		if err == nil && (d0 != 5 || d1 != 60 || q.Chunk != EncodeChunk(tt.Data, q.Index)) {
			// Another valid opening would be a keccak collision.
			t.Fatalf("accepted a forged proof: index %d shape [%d %d]", q.Index, d0, d1)
		}
	})
}
