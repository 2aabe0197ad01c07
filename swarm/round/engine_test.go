package round_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// TestEngineRounds runs engines on real loopback hosts for five rounds (D = 2, so rounds
// 2, 3 and 4 aggregate the final sets of rounds 0, 1 and 2): honest peers, one that commits
// but never serves its update blob, one that trains on a batch with its own groups last (a
// front-runner's order), one that publishes a wrong sample, and one that joins at round 3
// with no model. Every engine must finish every round it plays with the chain-attested
// model, the withheld update and the misordered batch must stay out of every final set (the
// latter refused by its verifiers), the wrong sample out of every batch but its author's,
// and final rounds' blobs must be evicted.
func TestEngineRounds(t *testing.T) {
	const rounds, groups, local, external = 5, 3, 2, 3
	const frontRunner, withholder, liar, joiner = engines - 4, engines - 3, engines - 2, engines - 1
	model0 := make([]byte, 2048)
	for i := range model0 {
		model0[i] = byte(i * 7)
	}
	genesis, _ := (&fakeCompute{}).ModelRoot(model0)
	h := newHarness(t, genesis)
	for i := 0; i < engines; i++ {
		var serve func(*tnode) blob.Store
		if i == withholder {
			serve = func(n *tnode) blob.Store { return hidingStore{n} }
		}
		n := h.addNode(groups, serve)
		n.comp.local = local
		if i == liar {
			n.comp.corrupt = 1
		}
		n.comp.frontRun = i == frontRunner
		h.addEngine(n, round.WithSAPO(local, external), round.WithFetchParallelism(4))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	start := time.Now()
	h.Connect(ctx)
	t.Logf("hosts connected and meshes known after %s", time.Since(start).Round(time.Millisecond))
	var plays []swarmtest.Play
	for i, n := range h.nodes {
		if i == joiner {
			plays = append(plays, swarmtest.Play{Node: n.Node, First: 3, Rounds: 2})
		} else {
			plays = append(plays, swarmtest.Play{Node: n.Node, Model: model0, Rounds: rounds})
		}
	}
	h.Play(ctx, plays, nil)
	t.Logf("%d rounds played after %s", rounds, time.Since(start).Round(time.Millisecond))

	for r := uint64(0); r < rounds; r++ {
		nextRoot, err := h.Chain.ModelRoot(ctx, swarmtest.Run, r+1)
		if err != nil {
			t.Fatalf("model root of θ_%d: %v", r+1, err)
		}
		root, _ := h.Chain.ModelRoot(ctx, swarmtest.Run, r)
		for i, n := range h.nodes {
			if i == joiner && r < 3 {
				continue
			}
			res, ok := h.result(n, r)
			if !ok {
				t.Fatalf("engine %d did not finish round %d", i, r)
			}
			if res.Model != root || res.Next != nextRoot {
				t.Errorf("round %d: engine %d played %s → %s; the chain attests %s → %s",
					r, i, res.Model.Short(), res.Next.Short(), root.Short(), nextRoot.Short())
			}
			if wantAdopted := i == joiner && r == 3; res.Adopted != wantAdopted {
				t.Errorf("round %d: engine %d adopted=%v, want %v", r, i, res.Adopted, wantAdopted)
			}
			if res.Own != local || res.External != external || !res.Committed {
				t.Errorf("round %d: engine %d batch %d own + %d external, committed %v; want %d + %d, true",
					r, i, res.Own, res.External, res.Committed, local, external)
			}
			for _, p := range n.comp.batch(r)[local:] {
				if p == corruptedRoot(res.Model, h.nodes[liar].ID.Address, r) {
					t.Errorf("round %d: engine %d trained on the wrong sample of engine %d", r, i, liar)
				}
			}
		}
		// Two verifiers per contribution (the chain's default), all honest: every
		// contribution but the withheld one and the misordered one is attested twice, and
		// every assigned one is verified but the withheld one.
		committers, attested, verified := engines-1, 0, 0
		if r >= 3 {
			committers = engines
		}
		for i, n := range h.nodes {
			if res, ok := h.result(n, r); ok && (i != joiner || r >= 3) {
				attested += res.Attested
				verified += res.Verified
			}
		}
		if want := 2 * (committers - 2); attested != want {
			t.Errorf("round %d: %d attestations, want %d", r, attested, want)
		}
		if want := 2 * (committers - 1); verified != want {
			t.Errorf("round %d: %d contributions verified, want %d (the misordered one refused twice)", r, verified, want)
		}
		if r >= testSched.D() {
			res, _ := h.result(h.nodes[0], r)
			if res.Next == res.Model || res.Aggregated == 0 {
				t.Errorf("round %d: aggregated %d updates, model unchanged: %v", r, res.Aggregated, res.Next == res.Model)
			}
		} else if res, _ := h.result(h.nodes[0], r); res.Next != res.Model {
			t.Errorf("round %d < D changed the model", r)
		}
	}
	// Final sets: everyone who committed except the withholder and the front-runner.
	for q := uint64(0); q+testSched.D() < rounds; q++ {
		fs, err := h.Chain.FinalSet(ctx, swarmtest.Run, q)
		if err != nil {
			t.Fatalf("final set of round %d: %v", q, err)
		}
		in := map[common.Address]bool{}
		for _, f := range fs {
			in[f.Author] = true
		}
		for i, n := range h.nodes {
			want := i != withholder && i != frontRunner && (i != joiner || q >= 3)
			if in[n.ID.Address] != want {
				t.Errorf("round %d: engine %d in the final set: %v, want %v", q, i, in[n.ID.Address], want)
			}
		}
		if res, _ := h.result(h.nodes[0], q+testSched.D()); res.Aggregated != len(fs) {
			t.Errorf("round %d aggregated %d updates of round %d's final set of %d", q+testSched.D(), res.Aggregated, q, len(fs))
		}
	}
	// The withheld update reached nobody.
	for r := uint64(0); r < rounds; r++ {
		for root := range h.nodes[withholder].comp.updates {
			for i, n := range h.nodes {
				if _, ok := n.Store.Get(root); ok && i != withholder {
					t.Errorf("engine %d holds the withheld update %s", i, root.Short())
				}
			}
		}
	}
	// Eviction: rounds 0 and 1 are final and released; round 4 is still served.
	n0 := h.nodes[0]
	res0, _ := h.result(n0, 0)
	res4, _ := h.result(n0, 4)
	if _, ok := n0.Store.Get(swarm.RootOf(payload(res0.Model, n0.ID.Address, 0, 0))); ok {
		t.Error("engine 0 still holds its round-0 payload after round 0 became final")
	}
	if _, ok := n0.Store.Get(swarm.RootOf(payload(res4.Model, n0.ID.Address, 4, 0))); !ok {
		t.Error("engine 0 evicted its round-4 payload before round 4 is final")
	}
	t.Logf("engine 0 holds %d blobs at the end", n0.Store.Len())
}

// corruptedRoot is the payload root of the wrong sample the liar publishes as group 1.
func corruptedRoot(mr swarm.Root, author common.Address, r uint64) swarm.Root {
	p := payload(mr, author, r, 1)
	p[len(p)-1] ^= 1
	return swarm.RootOf(p)
}
