package roundcompute_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/verify"
)

// informative fails the test if an update blob is all zeros, as uninformative groups (equal
// rewards, zero advantages) give: a test that leaves an update out of the model relies on it
// changing the model. It returns how many of the blobs are distinct (two peers that trained
// on the same groups in another order have bit-identical updates, docs/PROTOCOL.md §3.8) and
// the fewest non-zero elements of one.
func informative(t *testing.T, cfg compute.Config, r uint64, blobs [][]byte) (distinct, least int) {
	t.Helper()
	least = -1
	seen := map[swarm.Root]bool{}
	for i, b := range blobs {
		ts, _, err := compute.ReadUpdate(cfg, b)
		if err != nil {
			t.Fatal(err)
		}
		nz := 0
		for _, x := range ts {
			for _, v := range x.Data {
				if v != 0 {
					nz++
				}
			}
		}
		if nz == 0 {
			t.Fatalf("round %d: update %d is all zeros", r, i)
		}
		if least < 0 || nz < least {
			least = nz
		}
		seen[swarm.RootOf(b)] = true
	}
	return len(seen), least
}

// TestRealSwarm: four peers with real compute, real libp2p on loopback and a chain that
// enforces the v2 lifecycle play six rounds with D = 2. Every peer ends every round with
// the same model root (the one the chain attests), the peers' rollouts and updates differ,
// and a fifth peer that took no part fetches every contribution's inputs over the network
// and replays it to its committed roots.
func TestRealSwarm(t *testing.T) {
	const peers, rounds = 4, 6
	cfg := testConfig()
	model0, root0 := genesis(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	s := newRealSwarm(t, cfg, root0)
	var engines []*swarmtest.Node
	for range peers {
		engines = append(engines, s.addPeer(nil, nil))
	}
	o := s.addObserver(ctx, model0)
	s.Connect(ctx)
	start := time.Now()
	s.PlayAll(ctx, model0, rounds)
	t.Logf("%d peers played %d rounds in %s", peers, rounds, time.Since(start).Round(time.Millisecond))
	if o.err != nil {
		t.Fatalf("the observer could not fetch a contribution: %v", o.err)
	}

	// One model per round, the chain's.
	for r := uint64(0); r < rounds; r++ {
		want, err := s.Chain.ModelRoot(ctx, swarmtest.Run, r+1)
		if err != nil {
			t.Fatalf("attested root of θ_%d: %v", r+1, err)
		}
		for i, n := range engines {
			if res, ok := s.Result(n, r); !ok || res.Next != want {
				t.Errorf("round %d: peer %d ended with θ_%d = %s (finished %v), chain attests %s", r, i, r+1, res.Next.Short(), ok, want.Short())
			}
		}
		if r >= uint64(cfg.Lag) && want == root0 {
			t.Errorf("round %d: θ_%d is still θ_0: nothing was aggregated", r, r+1)
		}
	}
	// Every contribution was attested by its verifier and is in its round's final set.
	for r := uint64(0); r+uint64(cfg.Lag) < rounds; r++ {
		set, err := s.Chain.FinalSet(ctx, swarmtest.Run, r)
		if err != nil {
			t.Fatalf("final set of round %d: %v", r, err)
		}
		if len(set) != peers {
			t.Errorf("round %d: final set of %d contributions, want %d", r, len(set), peers)
		}
	}
	for r := uint64(0); r < rounds; r++ {
		// Different rollouts: every payload root of a round belongs to one author only.
		if len(s.rollouts[r]) != peers*cfg.L {
			t.Errorf("round %d: %d distinct rollout payloads, want %d (one per peer and group)", r, len(s.rollouts[r]), peers*cfg.L)
		}
	}
	// Non-zero updates in the rounds played with θ_0 (r ≤ D), whose groups and
	// batches depend only on the peers' fixed keys; later models depend on the commit order,
	// which the goroutines' timing decides, so their groups may happen to be uninformative.
	for r := uint64(0); r <= uint64(cfg.Lag); r++ {
		var ups [][]byte
		for _, u := range s.seen[r] {
			ups = append(ups, s.blob(u.UpdateBlob))
		}
		distinct, least := informative(t, cfg, r, ups)
		t.Logf("round %d: %d updates, %d distinct, the sparsest with %d non-zero elements", r, len(ups), distinct, least)
	}

	// The observer replays every contribution from what it fetched.
	replayed := 0
	for r := uint64(0); r < rounds; r++ {
		if len(s.seen[r]) != peers {
			t.Errorf("round %d: %d update announcements, want %d", r, len(s.seen[r]), peers)
		}
		commits := map[common.Address]swarm.Committed{}
		for _, c := range s.Chain.Commitments(r) {
			commits[c.Author] = c
		}
		for _, u := range s.seen[r] {
			f, ok := o.got[u]
			if !ok {
				t.Fatalf("round %d: the observer did not fetch update %s", r, u.UpdateRoot.Short())
			}
			model := o.models[r]
			cm, ok := commits[s.authors[u]]
			if !ok || cm.UpdateBlob != u.UpdateBlob {
				t.Fatalf("round %d: update %s has no commitment", r, u.UpdateRoot.Short())
			}
			if err := o.comp.Verify(ctx, r, model, cm, f.batch, f.update); err != nil {
				t.Fatalf("round %d: contribution %s does not re-execute to its commitment: %v", r, u.TraceRoot.Short(), err)
			}
			if replayed == 0 { // the check can fail: a changed update or batch does not verify
				bad := append([]byte(nil), f.update...)
				bad[len(bad)-1] ^= 1
				if err := o.comp.Verify(ctx, r, model, cm, f.batch, bad); !errors.Is(err, round.ErrInvalid) {
					t.Fatalf("a changed update blob: %v, want ErrInvalid", err)
				}
				if err := o.comp.Verify(ctx, r, model, cm, [][]byte{f.batch[len(f.batch)-1]}, f.update); !errors.Is(err, round.ErrInvalid) {
					t.Fatalf("a contribution on another batch: %v, want ErrInvalid", err)
				}
			}
			steps := make([]verify.Hash, len(f.batch))
			for k, p := range f.batch {
				rep, err := o.comp.Replay(r, model, p)
				if err != nil {
					t.Fatal(err)
				}
				if len(rep.Records) == 0 {
					t.Fatalf("round %d step %d: no records", r, k)
				}
				steps[k] = rep.GradRoot
			}
			if got := verify.TraceRoot(steps); swarm.Root(got) != u.TraceRoot {
				t.Errorf("round %d: replayed trace root %x, committed %s", r, got[:4], u.TraceRoot.Short())
			}
			replayed++
		}
	}
	t.Logf("the observer replayed %d contributions with op-level recording", replayed)
}
