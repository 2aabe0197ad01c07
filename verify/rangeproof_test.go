package verify_test

import (
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

func rangeTensor(n int) *repops.Tensor {
	t := repops.New(n)
	for i := range t.Data {
		t.Data[i] = float32(i)*0.5 - 3
	}
	return t
}

// TestRangeProofs: every range of tensors of 1..9 chunks (the last one
// partial or full) verifies against the tensor root, and any tampering
// (a chunk byte, a sibling, a missing or extra sibling, the padding, the
// shape, the first chunk) is refused.
func TestRangeProofs(t *testing.T) {
	for _, n := range []int{1, 64, 65, 200, 256, 300, 512, 577} {
		x := rangeTensor(n)
		root := verify.TensorRoot(x)
		p := verify.NewRangeProver(x)
		for lo := 0; lo < n; lo += 37 {
			for hi := lo + 1; hi <= n; hi += 51 {
				r, err := p.Prove(lo, hi)
				if err != nil {
					t.Fatal(err)
				}
				if err := verify.VerifyRange(root, r); err != nil {
					t.Fatalf("n %d [%d, %d): %v", n, lo, hi, err)
				}
				for name, bad := range tamperings(r) {
					if err := verify.VerifyRange(root, bad); err == nil {
						t.Fatalf("n %d [%d, %d): %s accepted", n, lo, hi, name)
					}
				}
			}
		}
	}
	x := rangeTensor(300)
	r, _ := verify.ProveRange(x, 130, 131)
	if d, err := verify.RangeDataRoot(r); err != nil || d != verify.DataRoot(x.Data) {
		t.Fatalf("one chunk's range proof gives data root %v (%v), want %v", d, err, verify.DataRoot(x.Data))
	}
	if _, err := verify.ProveRange(rangeTensor(10), 3, 11); !errors.Is(err, verify.ErrBadProof) {
		t.Fatalf("a range beyond the tensor: %v", err)
	}
}

func tamperings(r verify.TensorRange) map[string]verify.TensorRange {
	clone := func() verify.TensorRange {
		c := r
		c.Chunks = append([]byte(nil), r.Chunks...)
		c.Siblings = append([]verify.Hash(nil), r.Siblings...)
		c.Shape = append([]int(nil), r.Shape...)
		return c
	}
	out := map[string]verify.TensorRange{}
	c := clone()
	c.Chunks[len(c.Chunks)-1] ^= 1 // padding or the last element
	out["last byte"] = c
	c = clone()
	c.Chunks[0] ^= 0x80
	out["first byte"] = c
	c = clone()
	c.Shape[0]++
	out["shape"] = c
	c = clone()
	c.FirstChunk++
	out["first chunk"] = c
	c = clone()
	c.Siblings = append(c.Siblings, verify.Hash{})
	out["extra sibling"] = c
	if len(r.Siblings) > 0 {
		c = clone()
		c.Siblings[0][0] ^= 1
		out["sibling"] = c
		c = clone()
		c.Siblings = c.Siblings[1:]
		out["missing sibling"] = c
	}
	return out
}

// FuzzVerifyRange: whatever a peer sends as a range proof, VerifyRange
// returns an error or nil without panicking, and accepts only what leads to
// the root.
func FuzzVerifyRange(f *testing.F) {
	x := rangeTensor(300)
	r, _ := verify.ProveRange(x, 70, 140)
	f.Add(300, r.FirstChunk, r.Chunks, []byte{}, uint8(0))
	f.Add(64, 0, make([]byte, 256), []byte{1, 2}, uint8(1))
	f.Add(300, r.FirstChunk, r.Chunks, []byte{}, uint8(101))
	root := verify.TensorRoot(x)
	f.Fuzz(func(t *testing.T, dim, first int, chunks, sib []byte, nsib uint8) {
		sibs := make([]verify.Hash, nsib%8)
		for i := range sibs {
			if len(sib) > 0 {
				sibs[i][0] = sib[i%len(sib)]
			}
			if i < len(r.Siblings) && nsib > 100 {
				sibs[i] = r.Siblings[i]
			}
		}
		err := verify.VerifyRange(root, verify.TensorRange{Shape: []int{dim}, FirstChunk: first, Chunks: chunks, Siblings: sibs})
		if err == nil && (dim != 300 || first != r.FirstChunk || string(chunks) != string(r.Chunks)) {
			t.Fatalf("a forged range verified: dim %d first %d", dim, first)
		}
	})
}
