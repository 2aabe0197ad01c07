package round_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// TestWhistleblower plays one round with four engines, all whistleblowers at rate 1, on a
// chain that assigns two verifiers per contribution: node 3 commits an update blob that is
// not its batch's. Each contribution has exactly one node that is neither its author nor
// its verifier, and that node re-executes it as a whistleblower without attesting it; the
// cheat's whistleblower finds the mismatch (its verifiers refuse it), the honest ones match.
func TestWhistleblower(t *testing.T) {
	const n, cheater = 4, 3
	model0 := make([]byte, 1024)
	for i := range model0 {
		model0[i] = byte(i * 5)
	}
	genesis, _ := (&fakeCompute{}).ModelRoot(model0)
	h := newHarness(t, genesis)
	for i := range n {
		node := h.addNode(1, nil)
		node.comp.wrongUpdate = i == cheater
		self := node.ID.Address
		w := round.Whistleblower{
			Unassigned: func(ctx context.Context, r uint64) ([]swarm.Committed, error) {
				as, err := h.Chain.As(self).Assignments(ctx, swarmtest.Run, r)
				if err != nil {
					return nil, err
				}
				var out []swarm.Committed
				for _, c := range h.Chain.Commitments(r) {
					if c.Author != self && !slices.ContainsFunc(as, func(a swarm.Committed) bool { return a.Author == c.Author }) {
						out = append(out, c)
					}
				}
				return out, nil
			},
			Sample: func(context.Context, uint64, swarm.Committed) (bool, error) { return true, nil },
		}
		h.addEngine(node, round.WithSAPO(1, 1), round.WithWhistleblower(w))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang guard only
	defer cancel()
	h.Connect(ctx)
	h.PlayAll(ctx, model0, 1)
	whistled, mismatched, attested := 0, 0, 0
	for i, node := range h.nodes {
		res, ok := h.result(node, 0)
		if !ok {
			t.Fatalf("node %d has no result of round 0", i)
		}
		t.Logf("node %d: verified %d, attested %d, whistled %d, mismatched %d", i, res.Verified, res.Attested, res.Whistled, res.Mismatched)
		whistled, mismatched, attested = whistled+res.Whistled, mismatched+res.Mismatched, attested+res.Attested
	}
	if whistled != n || mismatched != 1 {
		t.Errorf("%d whistleblower re-executions with %d mismatches, want %d and 1", whistled, mismatched, n)
	}
	// Only the assigned verifiers attest, and only the honest contributions: 3 × 2.
	if attested != 6 {
		t.Errorf("%d attestations, want 6", attested)
	}
}
