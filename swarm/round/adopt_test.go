package round_test

import (
	"context"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// TestLyingNoticesCannotMoveAPeer: the chain attests θ_0's root G. One honest peer
// announces G with the right blob; three liars announce another model (the most-announced
// root of the round), two more announce G but point at a blob that is not it (the
// most-announced blob for G). A peer with no model and a peer with the wrong model must
// both play round 0 with G, fetched from the honest peer, and keep no liar's blob.
func TestLyingNoticesCannotMoveAPeer(t *testing.T) {
	model0 := []byte("the genesis model blob, as the run's submitter published it")
	other := []byte("a model nobody attested")
	bad := []byte("bytes that are not the genesis model")
	fc := &fakeCompute{}
	genesis, _ := fc.ModelRoot(model0)
	otherRoot, _ := fc.ModelRoot(other)
	h := newHarness(t, genesis)
	joiner, behind := h.addNode(2, nil), h.addNode(2, nil)
	h.addEngine(joiner)
	h.addEngine(behind)
	honest := h.addNode(0, nil)
	mustPut(t, honest.Store, model0)
	var liars []*tnode
	for i := 0; i < 5; i++ {
		l := h.addNode(0, nil)
		mustPut(t, l.Store, other)
		mustPut(t, l.Store, bad)
		liars = append(liars, l)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang guard only
	defer cancel()
	h.Connect(ctx)

	notice := func(root swarm.Root, b []byte) *wire.Notice {
		return &wire.Notice{V: wire.Version, Run: swarmtest.Run, Round: 0, Model: root, Blob: swarm.RootOf(b), Size: uint64(len(b))}
	}
	h.Play(ctx, []swarmtest.Play{{Node: joiner.Node, Rounds: 1}, {Node: behind.Node, Model: other, Rounds: 1}}, func() {
		h.Publish(ctx, honest.Node, notice(genesis, model0))
		for i, l := range liars {
			if i < 3 {
				h.Publish(ctx, l.Node, notice(otherRoot, other))
			} else {
				h.Publish(ctx, l.Node, notice(genesis, bad))
			}
		}
	})

	for _, n := range []*tnode{joiner, behind} {
		res, ok := h.result(n, 0)
		if !ok {
			t.Fatal("round 0 not played")
		}
		if res.Model != genesis || !res.Adopted || res.Next != genesis {
			t.Errorf("played %s → %s (adopted %v); want the attested %s, adopted", res.Model.Short(), res.Next.Short(), res.Adopted, genesis.Short())
		}
		if _, ok := n.Store.Get(swarm.RootOf(model0)); !ok {
			t.Error("the attested model is not in the store")
		}
		if _, ok := n.Store.Get(swarm.RootOf(bad)); ok {
			t.Error("kept the blob a liar announced for the attested root")
		}
	}
}

func mustPut(t *testing.T, s round.BlobStore, data []byte) swarm.Root {
	t.Helper()
	r, err := s.Put(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
