package roundcompute_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify/payload"
)

// TestVerifyRefusesForeignBatches: a verifier attests alice's honest batch (her group, then
// bob's) and refuses, with ErrInvalid, batches that front-run: bob's group first, and bob's
// group relabeled as alice's own (author and group number changed, content kept), which
// passes the order check but is not what θ samples under alice's key.
func TestVerifyRefusesForeignBatches(t *testing.T) {
	cfg := testConfig()
	model0, _ := genesis(t)
	ctx := context.Background()
	alice, bob := swarmtest.IdentityOf(t, "alice").Address, swarmtest.IdentityOf(t, "bob").Address
	comp := func(self [20]byte) *roundcompute.Compute {
		c, err := roundcompute.New(cfg, swarmtest.Run, self, repops.MustEngine())
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	ca, cb, verifier := comp(alice), comp(bob), comp(swarmtest.IdentityOf(t, "carol").Address)
	ra, err := ca.Rollouts(ctx, 0, model0)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := cb.Rollouts(ctx, 0, model0)
	if err != nil {
		t.Fatal(err)
	}
	relabeled := func() []byte {
		p, err := payload.Decode(rb[0])
		if err != nil {
			t.Fatal(err)
		}
		p.Author = alice
		b, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}()
	// contribution commits batch as alice would, whatever its order (a cheat's compute
	// skips the order check; the verifier must not).
	contribution := func(batch [][]byte) swarm.Committed {
		c, err := ca.Contribute(ctx, 0, model0, batch)
		if err != nil {
			c, err = cb.Contribute(ctx, 0, model0, batch) // bob's order: his group first
		}
		if err != nil {
			t.Fatal(err)
		}
		return swarm.Committed{Author: alice, Commitment: swarm.Commitment{Base: c.Base, BatchRoot: c.BatchRoot,
			TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot, UpdateBlob: swarm.RootOf(c.Update),
			UpdateSize: uint64(len(c.Update)), NSteps: c.NSteps}}
	}
	update := func(batch [][]byte) []byte {
		c, err := ca.Contribute(ctx, 0, model0, batch)
		if err != nil {
			c, err = cb.Contribute(ctx, 0, model0, batch)
		}
		if err != nil {
			t.Fatal(err)
		}
		return c.Update
	}
	honest := [][]byte{ra[0], rb[0]}
	if err := verifier.Verify(ctx, 0, model0, contribution(honest), honest, update(honest)); err != nil {
		t.Fatalf("honest batch: %v", err)
	}
	for name, c := range map[string]struct {
		batch [][]byte
		why   string // what the refusal names
	}{
		"bob's group first":      {[][]byte{rb[0], ra[0]}, "own group 0"},
		"bob's group relabeled":  {[][]byte{relabeled, rb[0]}, "critique verdict"},
		"relabeled, no external": {[][]byte{relabeled}, "critique verdict"},
	} {
		err := verifier.Verify(ctx, 0, model0, contribution(c.batch), c.batch, update(c.batch))
		if !errors.Is(err, round.ErrInvalid) || !strings.Contains(err.Error(), c.why) {
			t.Errorf("%s: %v, want ErrInvalid naming %q", name, err, c.why)
		}
	}
}
