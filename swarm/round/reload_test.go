package round_test

import (
	"context"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// TestPreparedContributionCommitted: a Compute may return, for a round, the contribution it
// prepared before a restart, on that time's batch (here its own groups only) rather than on
// the batch the engine assembled now. The engine commits and announces it as is; its
// verifiers re-execute it from its manifest and attest it, and it reaches the final set.
func TestPreparedContributionCommitted(t *testing.T) {
	const peers, groups, rounds = 3, 2, 4
	model0 := make([]byte, 1024)
	for i := range model0 {
		model0[i] = byte(i * 5)
	}
	genesis, _ := (&fakeCompute{}).ModelRoot(model0)
	h := newHarness(t, genesis)
	for i := 0; i < peers; i++ {
		n := h.addNode(groups, nil)
		if i == 0 {
			n.comp.ownOnly = map[uint64]bool{1: true}
		}
		h.addEngine(n, round.WithSAPO(groups, 2))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	h.Connect(ctx)
	h.PlayAll(ctx, model0, rounds)

	n := h.nodes[0]
	res, ok := h.result(n, 1)
	if !ok || !res.Committed {
		t.Fatalf("round 1 of the peer with a prepared contribution: %+v (finished %v), want it committed", res, ok)
	}
	if res.Own+res.External <= groups {
		t.Fatalf("the engine's batch had %d groups: the test needs one longer than the prepared contribution's %d", res.Own+res.External, groups)
	}
	var steps uint32
	for _, c := range h.Chain.Commitments(1) {
		if c.Author == n.ID.Address {
			steps = c.NSteps
		}
	}
	if steps != groups {
		t.Fatalf("the chain holds %d steps for the prepared contribution, want %d", steps, groups)
	}
	fs, err := h.Chain.FinalSet(ctx, swarmtest.Run, 1)
	if err != nil {
		t.Fatal(err)
	}
	in := false
	for _, f := range fs {
		in = in || f.Author == n.ID.Address
	}
	if !in {
		t.Fatal("the prepared contribution is not in round 1's final set: its verifiers did not attest it")
	}
}
