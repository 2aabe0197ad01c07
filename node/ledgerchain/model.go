package ledgerchain

import (
	"context"
	"fmt"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/swarm"
)

var ledgerABI = bindings.NewLedger()

// AttestModel implements swarm.Chain. The contract numbers the vote by the round whose end it
// decides (attestModel(r, root) votes θ_{r+1}), so θ_q is voted as round q−1. A vote needs the
// voters' round q−1−D finalized on chain; if it is final but nobody has finalized it yet (the
// keepers are a block behind), the adapter finalizes it first, as anyone may.
func (c *Chain) AttestModel(ctx context.Context, run swarm.RunID, q uint64, root swarm.Root) error {
	return c.m.count("attest_model", c.attestModel(ctx, run, q, root))
}

func (c *Chain) attestModel(ctx context.Context, run swarm.RunID, q uint64, root swarm.Root) error {
	if err := c.check(run); err != nil {
		return err
	}
	if q == 0 {
		return fmt.Errorf("vote for θ_0: %w: the initial model is the run's", swarm.ErrRefused)
	}
	err := c.vote(ctx, run, q, root)
	if revertName(err) == "RoundNotFinalized" && q-1 >= c.sched.D() {
		from := q - 1 - c.sched.D()
		if ferr := finalize(ctx, c.client, run, from); ferr != nil {
			return fmt.Errorf("vote for θ_%d: finalize round %d first: %w", q, from, mapped(ferr))
		}
		err = c.vote(ctx, run, q, root)
	}
	if err != nil {
		return fmt.Errorf("vote for θ_%d: %w", q, mapped(err))
	}
	return nil
}

func (c *Chain) vote(ctx context.Context, run swarm.RunID, q uint64, root swarm.Root) error {
	r, err := c.client.AttestModel(ctx, run, q-1, root)
	return reason(ctx, c.client, ledgerABI.PackAttestModel(run, q-1, root), r, err)
}

// ModelRoot implements swarm.Chain: the contract answers zero while the vote is open.
func (c *Chain) ModelRoot(ctx context.Context, run swarm.RunID, q uint64) (swarm.Root, error) {
	root, err := c.modelRoot(ctx, run, q)
	return root, c.m.count("model_root", err)
}

func (c *Chain) modelRoot(ctx context.Context, run swarm.RunID, q uint64) (swarm.Root, error) {
	if err := c.check(run); err != nil {
		return swarm.Root{}, err
	}
	root, err := c.client.ModelRoot(ctx, run, q)
	if err != nil {
		return swarm.Root{}, fmt.Errorf("model root of θ_%d: %w", q, mapped(err))
	}
	if root == ([32]byte{}) {
		return swarm.Root{}, fmt.Errorf("model root of θ_%d: %w: vote open", q, swarm.ErrUndecided)
	}
	return root, nil
}

// finalize finalizes round, treating a round another account finalized first as done.
func finalize(ctx context.Context, client *ledger.Client, run swarm.RunID, round uint64) error {
	r, err := client.FinalizeRound(ctx, run, round)
	err = reason(ctx, client, ledgerABI.PackFinalizeRound(run, round), r, err)
	if revertName(err) == "AlreadyFinalized" {
		return nil
	}
	return err
}
