package dispute

import (
	"math/rand/v2"
	"slices"
	"testing"

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
