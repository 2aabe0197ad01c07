package verify

import (
	"errors"
	"testing"
)

func TestTraceRootsMatchReference(t *testing.T) {
	for n := 0; n <= 20; n++ {
		ls := leavesN(n)
		if got, want := StepRoot(ls), refCounted(0x12, ls); got != want {
			t.Fatalf("StepRoot of %d: got %v, want %v", n, got, want)
		}
		if got, want := ContributionRoot(ls), refCounted(0x13, ls); got != want {
			t.Fatalf("ContributionRoot of %d: got %v, want %v", n, got, want)
		}
	}
	// The count is bound: a step of one record is not that record's hash
	// under a different count, nor a contribution.
	ls := leavesN(1)
	if StepRoot(ls) == ContributionRoot(ls) || StepRoot(ls) == ls[0] {
		t.Fatal("step and contribution roots of one leaf collide")
	}
}

func TestInclusionProofs(t *testing.T) {
	for n := 1; n <= 17; n++ {
		ls := leavesN(n)
		step, contrib := StepRoot(ls), ContributionRoot(ls)
		for i := range ls {
			p, err := ProveRecord(ls, i)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyRecord(step, ls[i], p); err != nil {
				t.Fatalf("n=%d record %d: %v", n, i, err)
			}
			q, err := ProveStep(ls, i)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyStep(contrib, ls[i], q); err != nil {
				t.Fatalf("n=%d step %d: %v", n, i, err)
			}
			// A record proof is no step proof: the roots are domain-separated.
			if err := VerifyStep(step, ls[i], p); !errors.Is(err, ErrRootMismatch) {
				t.Fatalf("n=%d: record proof accepted as a step proof: %v", n, err)
			}
		}
	}
}

func TestInclusionProofTampering(t *testing.T) {
	ls := leavesN(11)
	root := StepRoot(ls)
	good, _ := ProveRecord(ls, 5)
	mod := func(f func(p *InclusionProof)) InclusionProof {
		p := good
		p.Siblings = append([]Hash(nil), good.Siblings...)
		f(&p)
		return p
	}
	cases := []struct {
		name string
		leaf Hash
		p    InclusionProof
		want error
	}{
		{"wrong leaf", ls[4], good, ErrRootMismatch},
		{"wrong index", ls[5], mod(func(p *InclusionProof) { p.Index = 4 }), ErrRootMismatch},
		{"index past count", ls[5], mod(func(p *InclusionProof) { p.Index = 11 }), ErrBadProof},
		{"wrong count, same depth", ls[5], mod(func(p *InclusionProof) { p.Count = 12 }), ErrRootMismatch},
		{"wrong count, other depth", ls[5], mod(func(p *InclusionProof) { p.Count = 8 }), ErrBadProof},
		{"wrong sibling", ls[5], mod(func(p *InclusionProof) { p.Siblings[3][7] ^= 2 }), ErrRootMismatch},
		{"short path", ls[5], mod(func(p *InclusionProof) { p.Siblings = p.Siblings[1:] }), ErrBadProof},
	}
	for _, c := range cases {
		if err := VerifyRecord(root, c.leaf, c.p); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	for _, i := range []int{-1, 11} {
		if _, err := ProveRecord(ls, i); !errors.Is(err, ErrBadProof) {
			t.Errorf("ProveRecord(%d): got %v, want ErrBadProof", i, err)
		}
	}
}
