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
		"bob's group first": {[][]byte{rb[0], ra[0]}, "own group 0"},
		// A relabeled group's problem index is not alice's draw: the chain convicts it
		// (a wrong-reward dispute), so the refusal is disputable (round.ErrBadGroup).
		"bob's group relabeled":  {[][]byte{relabeled, rb[0]}, "problem index"},
		"relabeled, no external": {[][]byte{relabeled}, "problem index"},
	} {
		err := verifier.Verify(ctx, 0, model0, contribution(c.batch), c.batch, update(c.batch))
		if !errors.Is(err, round.ErrInvalid) || !strings.Contains(err.Error(), c.why) {
			t.Errorf("%s: %v, want ErrInvalid naming %q", name, err, c.why)
		}
		if bad := errors.Is(err, round.ErrBadGroup); bad != (c.why == "problem index") {
			t.Errorf("%s: %v: disputable %v", name, err, bad)
		}
	}
}

// TestContributeLeavesOutWrongExternals: a solver trains on an external group only if
// the chain would not convict it (compute.Run.RewardFinding): bob's group with a claimed
// reward changed is left out of alice's batch whatever the critics said; bob's honest
// group is kept.
func TestContributeLeavesOutWrongExternals(t *testing.T) {
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
	ca, cb := comp(alice), comp(bob)
	ra, err := ca.Rollouts(ctx, 0, model0)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := cb.Rollouts(ctx, 0, model0)
	if err != nil {
		t.Fatal(err)
	}
	p, err := payload.Decode(rb[0])
	if err != nil {
		t.Fatal(err)
	}
	p.Rewards[0] ^= 1
	wrong, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		external []byte
		steps    uint32
	}{"honest external": {rb[0], 2}, "wrong reward": {wrong, 1}} {
		out, err := ca.Contribute(ctx, 0, model0, [][]byte{ra[0], c.external})
		if err != nil {
			t.Fatal(err)
		}
		if out.NSteps != c.steps {
			t.Errorf("%s: %d steps, want %d", name, out.NSteps, c.steps)
		}
	}
}
