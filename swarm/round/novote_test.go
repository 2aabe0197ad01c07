package round_test

import (
	"context"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// TestNoModelVote: every contributor fails its first aggregation (round 2, D = 2), so
// nobody votes θ_3 and the chain attests θ_3 = θ_2 (docs/PROTOCOL.md §3.8). No notice of
// round 3 announces that model: the peers must take it from what they hold, keep it (and
// serve it) while round 3 is not final, announce it for round 3, and go on. A peer that
// joins at round 3 with no model must find it through those notices or the earlier rounds'
// (TestModelOffersAcrossRounds checks the latter alone). Before the fix every peer failed
// every round from 3 on with ErrNoModel.
func TestNoModelVote(t *testing.T) {
	const peers, groups, rounds = 4, 2, 6
	model0 := make([]byte, 1024)
	for i := range model0 {
		model0[i] = byte(i * 13)
	}
	genesis, _ := (&fakeCompute{}).ModelRoot(model0)
	h := newHarness(t, genesis)
	for i := 0; i < peers; i++ {
		n := h.addNode(groups, nil)
		n.comp.failAggregates = 1
		h.addEngine(n, round.WithSAPO(groups, 2))
	}
	joiner := h.addNode(groups, nil)
	h.addEngine(joiner, round.WithSAPO(groups, 2))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	h.Connect(ctx)
	var plays []swarmtest.Play
	for _, n := range h.nodes[:peers] {
		plays = append(plays, swarmtest.Play{Node: n.Node, Model: model0, Rounds: rounds})
	}
	plays = append(plays, swarmtest.Play{Node: joiner.Node, First: 3, Rounds: rounds - 3})
	h.Play(ctx, plays, nil)

	theta3, err := h.Chain.ModelRoot(ctx, swarmtest.Run, 3)
	if err != nil || theta3 != genesis {
		t.Fatalf("θ_3 on chain %s (err %v), want θ_2 = θ_0 = %s: the test needs a round without a vote", theta3.Short(), err, genesis.Short())
	}
	for i, n := range h.nodes {
		from := uint64(0)
		if n == joiner {
			from = 3
		}
		for r := from; r < rounds; r++ {
			res, ok := h.result(n, r)
			if r == 2 && n != joiner {
				if ok {
					t.Errorf("peer %d finished round 2, whose aggregation failed", i)
				}
				continue
			}
			want, err := h.Chain.ModelRoot(ctx, swarmtest.Run, r)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				t.Errorf("peer %d did not finish round %d", i, r)
				continue
			}
			if res.Model != want {
				t.Errorf("peer %d played round %d with %s, the chain attests %s", i, r, res.Model.Short(), want.Short())
			}
			if r == 4 && res.Aggregated == 0 {
				t.Errorf("peer %d aggregated nothing in round 4", i)
			}
		}
		// Rounds 0–2 are final and evicted (through round rounds−D−2 = 2); θ_3 = θ_0 is
		// still attested for round 3, which is not: its blob must still be there.
		if _, ok := n.Store.Get(swarm.RootOf(model0)); !ok {
			t.Errorf("peer %d deleted the blob of θ_3 (= θ_0) before round 3 is final", i)
		}
	}
	if theta5, _ := h.Chain.ModelRoot(ctx, swarmtest.Run, 5); theta5 == genesis {
		t.Error("θ_5 is still θ_0: the swarm did not aggregate after the round without a vote")
	}
}
