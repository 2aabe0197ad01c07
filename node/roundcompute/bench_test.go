package roundcompute_test

import (
	"context"
	"testing"

	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/training/repops"
)

// BenchmarkVerify times what an assigned verifier does for one contribution of the test run
// (one own and one external group): Verify in full (order check, a critique of every group,
// re-execution), and the re-execution alone (Contribute on the same batch), so the share of
// the critiques shows in one run.
func BenchmarkVerify(b *testing.B) {
	cfg := testConfig()
	w, err := warmGenesis()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	newComp := func(seed string) (*roundcompute.Compute, [20]byte) {
		a := swarmtest.IdentityOf(b, seed).Address
		c, err := roundcompute.New(cfg, swarmtest.Run, a, repops.MustEngine())
		if err != nil {
			b.Fatal(err)
		}
		return c, a
	}
	ca, alice := newComp("alice")
	cb, _ := newComp("bob")
	verifier, _ := newComp("carol")
	ra, err := ca.Rollouts(ctx, 0, w.blob)
	if err != nil {
		b.Fatal(err)
	}
	rb, err := cb.Rollouts(ctx, 0, w.blob)
	if err != nil {
		b.Fatal(err)
	}
	batch := [][]byte{ra[0], rb[0]}
	c, err := ca.Contribute(ctx, 0, w.blob, batch)
	if err != nil {
		b.Fatal(err)
	}
	cm := swarm.Committed{Author: alice, Commitment: swarm.Commitment{Base: c.Base, BatchRoot: c.BatchRoot,
		TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot, UpdateBlob: swarm.RootOf(c.Update),
		UpdateSize: uint64(len(c.Update)), NSteps: c.NSteps}}
	b.Run("verify", func(b *testing.B) {
		for b.Loop() {
			if err := verifier.Verify(ctx, 0, w.blob, cm, batch, c.Update); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reexecute", func(b *testing.B) {
		for b.Loop() {
			if _, err := ca.Contribute(ctx, 0, w.blob, batch); err != nil {
				b.Fatal(err)
			}
		}
	})
}
