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

// TestEvictAfterFinality: a round's blobs stay while the round is not final, in particular
// the node's own committed update while a dispute on it is open, and are deleted once the
// chain reports the round final; a blob a later round also holds stays.
func TestEvictAfterFinality(t *testing.T) {
	s := swarm.Schedule{Start: time.Unix(1000, 0), Round: 100 * time.Second, Rollouts: 10 * time.Second,
		Critiques: 20 * time.Second, Commit: 30 * time.Second, Verify: 20 * time.Second,
		Dispute: 30 * time.Second, DisputeDuration: 100 * time.Second}
	clock := swarm.NewChainClock(s.Start)
	genesis := swarm.Root{9}
	chain := swarmtest.NewChain(swarmtest.Run, s, clock, genesis)
	self, verifier := common.Address{1}, common.Address{2}
	chain.Register(self, verifier)
	ctx := context.Background()

	store := blob.NewMemStore()
	keep := round.NewRetention()
	put := func(round uint64, data string) swarm.Root {
		r, err := store.Put([]byte(data))
		if err != nil {
			t.Fatal(err)
		}
		keep.Hold(round, r)
		return r
	}
	update := put(0, "own update of round 0")
	payload := put(0, "a payload of round 0")
	shared := put(0, "θ_0, also θ_1")
	keep.Hold(1, shared)
	later := put(1, "a payload of round 1")

	me := chain.As(self)
	c := swarm.Commitment{Base: genesis, BatchRoot: swarm.Root{1}, TraceRoot: swarm.Root{2}, UpdateRoot: swarm.Root{3},
		UpdateBlob: update, UpdateSize: 21, NSteps: 1}
	if err := me.Commit(ctx, swarmtest.Run, 0, c); err != nil {
		t.Fatal(err)
	}
	if err := chain.OpenDispute(0, self); err != nil {
		t.Fatal(err)
	}
	held := func(want bool, roots ...swarm.Root) {
		t.Helper()
		for _, r := range roots {
			if _, ok := store.Get(r); ok != want {
				t.Errorf("blob %s held: %v, want %v", r.Short(), ok, want)
			}
		}
	}
	clock.Observe(s.F(1))
	if n, err := keep.Evict(ctx, me, swarmtest.Run, store, 1); err != nil || n != 0 {
		t.Fatalf("evict with a dispute open on round 0: %d deleted, %v; want 0", n, err)
	}
	held(true, update, payload, shared, later)
	if err := chain.ResolveDispute(0, self, false); err != nil {
		t.Fatal(err)
	}
	if n, err := keep.Evict(ctx, me, swarmtest.Run, store, 0); err != nil || n != 2 {
		t.Fatalf("evict round 0: %d deleted, %v; want 2", n, err)
	}
	held(false, update, payload)
	held(true, shared, later)
	if n, err := keep.Evict(ctx, me, swarmtest.Run, store, 1); err != nil || n != 2 {
		t.Fatalf("evict round 1: %d deleted, %v; want 2", n, err)
	}
	held(false, shared, later)
	if keep.Open(1) || !keep.Open(2) {
		t.Fatalf("open(1) = %v, open(2) = %v after releasing rounds 0 and 1", keep.Open(1), keep.Open(2))
	}
}
