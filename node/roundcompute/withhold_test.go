package roundcompute_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// updateHider serves its node's store except update blobs: a committer that withholds.
type updateHider struct {
	n   *swarmtest.Node
	cfg compute.Config
}

func (h updateHider) Get(root swarm.Root) ([]byte, bool) {
	b, ok := h.n.Store.Get(root)
	if !ok {
		return nil, false
	}
	if _, _, err := compute.ReadUpdate(h.cfg, b); err == nil {
		return nil, false
	}
	return b, true
}

// tamperer computes its contribution honestly, then doubles its update and commits the
// doubled blob with its matching update root: the trace and the update disagree.
type tamperer struct {
	*roundcompute.Compute
}

func (c tamperer) Contribute(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, error) {
	ct, err := c.Compute.Contribute(ctx, r, model, batch)
	if err != nil {
		return ct, err
	}
	cfg := c.Config()
	ts, _, err := compute.ReadUpdate(cfg, ct.Update)
	if err != nil {
		return ct, err
	}
	for _, x := range ts {
		for i, v := range x.Data {
			x.Data[i] = v + v
		}
	}
	if ct.Update, err = compute.EncodeUpdate(cfg, ts); err != nil {
		return ct, err
	}
	_, root, err := compute.ReadUpdate(cfg, ct.Update)
	ct.UpdateRoot = swarm.Root(root)
	return ct, err
}

// TestWithheldAndTamperedUpdates: with real compute, three honest peers, one that commits but
// never serves its update blob, one that commits a changed (doubled) update with a matching
// update root, and one that joins at round 3 without a model play five rounds (D = 2). Both
// cheats stay out of every final set (the withheld update is never attested, the changed one
// is refused by its verifier), every peer finishes every round with the chain-attested model,
// the late joiner adopts it by the attested root, and each aggregated model is the honest
// updates' aggregate, which the left-out updates would have changed.
func TestWithheldAndTamperedUpdates(t *testing.T) {
	const rounds, joinAt = 5, 3
	cfg := testConfig()
	model0, root0 := genesis(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	s := newRealSwarm(t, cfg, root0)
	var honest []*swarmtest.Node
	for range 3 {
		honest = append(honest, s.addPeer(nil, nil))
	}
	withholder := s.addPeer(func(n *swarmtest.Node) blob.Store { return updateHider{n, cfg} }, nil)
	cheat := s.addPeer(nil, func(c *roundcompute.Compute) round.Compute { return tamperer{c} })
	joiner := s.addPeer(nil, nil)
	s.Connect(ctx)
	var plays []swarmtest.Play
	for _, n := range s.Nodes() {
		if n == joiner {
			plays = append(plays, swarmtest.Play{Node: n, First: joinAt, Rounds: rounds - joinAt})
		} else {
			plays = append(plays, swarmtest.Play{Node: n, Model: model0, Rounds: rounds})
		}
	}
	start := time.Now()
	s.Play(ctx, plays, nil)
	t.Logf("%d peers played %d rounds in %s", len(plays), rounds, time.Since(start).Round(time.Millisecond))

	// Every peer, the cheats included, ends every round it played with the chain's model.
	for r := uint64(0); r < rounds; r++ {
		root, _ := s.Chain.ModelRoot(ctx, swarmtest.Run, r)
		next, err := s.Chain.ModelRoot(ctx, swarmtest.Run, r+1)
		if err != nil {
			t.Fatalf("attested root of θ_%d: %v", r+1, err)
		}
		for i, n := range s.Nodes() {
			if n == joiner && r < joinAt {
				continue
			}
			res, ok := s.Result(n, r)
			if !ok || res.Model != root || res.Next != next {
				t.Errorf("round %d: peer %d played %s → %s (finished %v); the chain attests %s → %s",
					r, i, res.Model.Short(), res.Next.Short(), ok, root.Short(), next.Short())
			}
			if want := n == joiner && r == joinAt; res.Adopted != want {
				t.Errorf("round %d: peer %d adopted %v, want %v", r, i, res.Adopted, want)
			}
		}
	}
	// Final sets: the honest peers only, though the cheats committed.
	bad := map[common.Address]string{withholder.ID.Address: "withheld", cheat.ID.Address: "changed"}
	for q := uint64(0); q+uint64(cfg.Lag) < rounds; q++ {
		fs, err := s.Chain.FinalSet(ctx, swarmtest.Run, q)
		if err != nil {
			t.Fatalf("final set of round %d: %v", q, err)
		}
		in := map[common.Address]bool{}
		for _, c := range fs {
			in[c.Author] = true
		}
		for i, n := range honest {
			if !in[n.ID.Address] {
				t.Errorf("round %d: honest peer %d is not in the final set", q, i)
			}
		}
		if len(fs) != len(honest) {
			t.Errorf("round %d: final set of %d, want the %d honest peers", q, len(fs), len(honest))
		}
		// θ_{r+1} (r = q + D) is the aggregate of the honest updates, and each left-out
		// update would have changed it.
		r := q + uint64(cfg.Lag)
		theta := model0
		if r > 0 {
			theta = s.blob(s.notices[r].Blob)
		}
		var ups [][]byte
		for _, c := range fs {
			ups = append(ups, s.blob(c.UpdateBlob))
		}
		want, _ := s.Chain.ModelRoot(ctx, swarmtest.Run, r+1)
		if _, got, err := s.comps[honest[0]].Aggregate(ctx, theta, ups); err != nil || got != want {
			t.Errorf("round %d: the honest updates of round %d aggregate to %s (%v); the chain attests %s", r, q, got.Short(), err, want.Short())
		}
		left := 0
		for _, c := range s.Chain.Commitments(q) {
			what, isBad := bad[c.Author]
			if !isBad {
				continue
			}
			left++
			_, with, err := s.comps[honest[0]].Aggregate(ctx, theta, append(append([][]byte{}, ups...), s.blob(c.UpdateBlob)))
			if err != nil || with == want {
				t.Errorf("round %d: the %s update of round %d would not change the model (%v)", r, what, q, err)
			}
		}
		if left != len(bad) {
			t.Errorf("round %d: %d cheats committed, want %d", q, left, len(bad))
		}
	}
	// The withheld update reached nobody, unless another committer's update has the same
	// bytes (two batches of the same groups in another order, docs/PROTOCOL.md §3.8): then
	// that peer serves it, and it is no longer withheld.
	verified, attested := 0, 0
	for r := uint64(0); r < rounds; r++ {
		cs := s.Chain.Commitments(r)
		for _, c := range cs {
			if c.Author != withholder.ID.Address {
				continue
			}
			shared := false
			for _, o := range cs {
				shared = shared || o.Author != c.Author && o.UpdateBlob == c.UpdateBlob
			}
			if shared {
				t.Logf("round %d: another peer's update equals the withheld one", r)
				continue
			}
			for i, n := range s.Nodes() {
				if _, ok := n.Store.Get(c.UpdateBlob); ok && n != withholder {
					t.Errorf("round %d: peer %d holds the withheld update", r, i)
				}
			}
		}
		v, a := 0, 0
		for _, n := range s.Nodes() {
			res, _ := s.Result(n, r)
			v += res.Verified
			a += res.Attested
		}
		// Rounds played with θ_0 (r ≤ D): five committers, one verifier each; the withheld
		// update cannot be fetched, the changed one is verified and refused.
		if r <= uint64(cfg.Lag) && (v != 4 || a != 3) {
			t.Errorf("round %d: %d contributions verified, %d attested; want 4 and 3", r, v, a)
		}
		verified += v
		attested += a
	}
	t.Logf("%d contributions verified, %d attested", verified, attested)
}
