package dispute

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/verify"
)

// TestInclusionFromRevealedPath: the inclusion of a record before the first
// divergence, built from the nodes learnt from the divergent record's
// revealed proof and the honest records, is the solver's true inclusion;
// subtree is the honest tree's node; learn refuses a proof of another root.
func TestInclusionFromRevealedPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for range 200 {
		n := 1 + rng.IntN(700)
		honest := make([]verify.Hash, n)
		for i := range honest {
			honest[i][0], honest[i][1], honest[i][2] = byte(i), byte(i>>8), 7
		}
		d := rng.IntN(n)
		solver := slices.Clone(honest)
		for i := d; i < n; i++ {
			if i == d || rng.IntN(2) == 0 {
				solver[i][3] = 1 // differs from d on
			}
		}
		v := &stepView{n: n, posted: verify.StepRoot(solver), honHashes: honest, known: map[node]verify.Hash{}, d: d}
		p, err := verify.ProveRecord(solver, d)
		if err != nil {
			t.Fatal(err)
		}
		if err := v.learn(d, solver[d], referee.Inclusion(p)); err != nil {
			t.Fatalf("n %d d %d: %v", n, d, err)
		}
		if root := v.known[node{depth(n), 0}]; stepRootOf(n, root) != v.posted {
			t.Fatalf("n %d: learnt root is not the posted one", n)
		}
		if got := stepRootOf(n, subtree(honest, node{depth(n), 0})); got != verify.StepRoot(honest) {
			t.Fatalf("n %d: subtree root %v, StepRoot %v", n, got, verify.StepRoot(honest))
		}
		for _, i := range []int{0, d / 2, d - 1, d} {
			if i < 0 {
				continue
			}
			got, err := v.inclusion(i)
			if err != nil {
				t.Fatalf("n %d d %d record %d: %v", n, d, i, err)
			}
			want, _ := verify.ProveRecord(solver, i)
			if !slices.Equal(got.Siblings, want.Siblings) || got.Index != want.Index || got.Count != want.Count {
				t.Fatalf("n %d d %d record %d: inclusion differs", n, d, i)
			}
		}
		bad := referee.Inclusion(p)
		if len(bad.Siblings) > 0 {
			bad.Siblings[0][0] ^= 1
			if err := v.learn(d, solver[d], bad); err == nil {
				t.Fatalf("n %d: a proof of another root was learnt", n)
			}
		}
	}
}

// FuzzDecodeReveal: any calldata decodes to an inclusion or an error, and a
// real reveal call decodes to its own inclusion.
func FuzzDecodeReveal(f *testing.F) {
	incl := bindings.Inclusion{Index: 3, Count: 9, Siblings: [][32]byte{{1}, {2}, {3}, {4}}}
	data, err := revealMethod.Inputs.Pack(big.NewInt(7), bindings.RecordProof{Record: []byte{1, 2}, InStep: incl,
		InTrace: bindings.Inclusion{Count: 1, Siblings: [][32]byte{}}}, bindings.TensorSlice{Shape: []uint32{}, Chunks: []byte{}, Siblings: [][32]byte{}})
	if err != nil {
		f.Fatal(err)
	}
	call := append(slices.Clone(revealMethod.ID), data...)
	got, err := decodeReveal(call)
	if err != nil || got.Index != 3 || got.Count != 9 || len(got.Siblings) != 4 || got.Siblings[3] != ([32]byte{4}) {
		f.Fatalf("decode a reveal call: %+v, %v", got, err)
	}
	f.Add(call)
	f.Add(call[:40])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = decodeReveal(b)
	})
}

// FuzzLearn: a revealed inclusion is learnt only if it leads to the posted
// root; no input panics.
func FuzzLearn(f *testing.F) {
	f.Add(uint16(5), uint16(2), []byte{1, 2, 3})
	f.Add(uint16(1), uint16(0), []byte{})
	f.Fuzz(func(t *testing.T, n16, i16 uint16, sib []byte) {
		n := 1 + int(n16%600)
		i := int(i16) % n
		hs := make([]verify.Hash, n)
		for k := range hs {
			hs[k][0], hs[k][1] = byte(k), byte(k>>8)
		}
		v := &stepView{n: n, posted: verify.StepRoot(hs), honHashes: hs, known: map[node]verify.Hash{}}
		p, _ := verify.ProveRecord(hs, i)
		in := referee.Inclusion(p)
		for k := range in.Siblings {
			if k < len(sib) {
				in.Siblings[k][0] ^= sib[k]
			}
		}
		err := v.learn(i, hs[i], in)
		changed := false
		for k := range in.Siblings {
			changed = changed || (k < len(sib) && sib[k] != 0)
		}
		if (err == nil) == changed {
			t.Fatalf("n %d i %d: changed %v, err %v", n, i, changed, err)
		}
	})
}
