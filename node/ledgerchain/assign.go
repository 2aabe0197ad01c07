package ledgerchain

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// Assignments implements swarm.Chain. Before C_r it fails with ErrUndecided at once. After
// C_r the beacon exists only once a keeper has closed the round and one more block was sealed
// (docs/LEDGER.md, "Beacon"), so it waits for it, head by head, until V_r (then
// ErrUndecided: no keeper closed the round in time) or ctx ends. The verifiers are the
// contract's own answer (Ledger.verifiers) for each other contributor, in commit order.
func (c *Chain) Assignments(ctx context.Context, run swarm.RunID, round uint64) ([]swarm.Committed, error) {
	as, err := c.assignments(ctx, run, round)
	return as, c.m.count("assignments", err)
}

func (c *Chain) assignments(ctx context.Context, run swarm.RunID, round uint64) ([]swarm.Committed, error) {
	if err := c.check(run); err != nil {
		return nil, err
	}
	if err := c.waitBeacon(ctx, run, round); err != nil {
		return nil, fmt.Errorf("assignments of round %d: %w", round, err)
	}
	mine, _, err := c.split(ctx, run, round)
	if err != nil {
		return nil, err
	}
	return c.committed(ctx, run, round, mine)
}

// split divides the round's other contributors (in commit order) into those the caller is
// assigned to verify and the rest. The beacon must exist.
func (c *Chain) split(ctx context.Context, run swarm.RunID, round uint64) (mine, others []common.Address, err error) {
	rd, err := c.client.Round(ctx, run, round)
	if err != nil {
		return nil, nil, fmt.Errorf("contributors of round %d: %w", round, mapped(err))
	}
	self := c.client.Address()
	for _, a := range rd.Contributors {
		if a == self {
			continue
		}
		vs, err := c.client.Verifiers(ctx, run, round, a)
		if err != nil {
			return nil, nil, fmt.Errorf("verifiers of %s in round %d: %w", a, round, mapped(err))
		}
		if slices.Contains(vs, self) {
			mine = append(mine, a)
		} else {
			others = append(others, a)
		}
	}
	return mine, others, nil
}

// Unassigned returns the contributions to round that are neither the caller's nor
// assigned to it, in commit order: a whistleblower's candidates (round.Whistleblower). Like
// Assignments it waits for the round's beacon (which decides the assignments).
func (c *Chain) Unassigned(ctx context.Context, run swarm.RunID, round uint64) ([]swarm.Committed, error) {
	cs, err := c.unassigned(ctx, run, round)
	return cs, c.m.count("unassigned", err)
}

func (c *Chain) unassigned(ctx context.Context, run swarm.RunID, round uint64) ([]swarm.Committed, error) {
	if err := c.check(run); err != nil {
		return nil, err
	}
	if err := c.waitBeacon(ctx, run, round); err != nil {
		return nil, fmt.Errorf("unassigned contributions of round %d: %w", round, err)
	}
	_, others, err := c.split(ctx, run, round)
	if err != nil {
		return nil, err
	}
	return c.committed(ctx, run, round, others)
}

// waitBeacon returns once round's beacon can be read, or ErrUndecided before C_r and at V_r.
func (c *Chain) waitBeacon(ctx context.Context, run swarm.RunID, round uint64) error {
	for {
		head, next := c.heads.Head()
		b, err := c.client.Beacon(ctx, run, round)
		if err != nil {
			return mapped(err)
		}
		if b != ([32]byte{}) {
			return nil
		}
		now := time.Unix(int64(head.Time), 0)
		switch {
		case now.Before(c.sched.C(round)):
			return fmt.Errorf("%w: no beacon before the commit deadline", swarm.ErrUndecided)
		case !now.Before(c.sched.V(round)):
			return fmt.Errorf("%w: no beacon by the end of the verify window (no keeper closed the round)", swarm.ErrUndecided)
		}
		c.beaconWaits.Add(1)
		select {
		case <-ctx.Done():
		case <-next:
		}
		c.beaconWaits.Add(-1)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}
