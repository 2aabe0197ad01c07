package swarmtest

import (
	"bytes"
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// voters returns the final set of round q−1−D, whose contributors vote θ_q's root.
func (c *Chain) voters(q uint64) ([]swarm.Committed, error) {
	return c.finalLocked(q - 1 - c.sched.D())
}

func (c *Chain) vote(caller common.Address, run swarm.RunID, q uint64, root swarm.Root) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.checkRun(run); err != nil {
		return err
	}
	if q <= c.sched.D() {
		return fmt.Errorf("vote for θ_%d: %w: before round D+1 the model is the previous one", q, swarm.ErrRefused)
	}
	if root.IsZero() {
		return fmt.Errorf("vote for θ_%d: %w: zero root", q, swarm.ErrRefused)
	}
	if !c.clock.Now().Before(c.sched.T(q)) {
		return fmt.Errorf("vote for θ_%d: %w", q, swarm.ErrRoundClosed)
	}
	fs, err := c.voters(q)
	if err != nil {
		return fmt.Errorf("vote for θ_%d: %w", q, err)
	}
	in := false
	for _, f := range fs {
		in = in || f.Author == caller
	}
	if !in {
		return fmt.Errorf("vote for θ_%d: %w: %s not in the final set of round %d", q, swarm.ErrRefused, caller, q-1-c.sched.D())
	}
	rs := c.round(q)
	if _, dup := rs.votes[caller]; dup {
		return fmt.Errorf("vote for θ_%d: %w: %s already voted", q, swarm.ErrRefused, caller)
	}
	rs.votes[caller] = root
	return nil
}

// ModelRoot implements swarm.Chain (the same for every account).
func (c *Chain) ModelRoot(_ context.Context, run swarm.RunID, q uint64) (swarm.Root, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.checkRun(run); err != nil {
		return swarm.Root{}, err
	}
	return c.modelRootLocked(q)
}

// modelRootLocked decides θ_q's root: for q ≤ D the previous root; else a root holding more
// than half of the voters' stake wins at once, and at T_q the root with the most stake wins
// (ties: the smaller root), or the previous root when nobody voted.
func (c *Chain) modelRootLocked(q uint64) (swarm.Root, error) {
	if r, ok := c.modelRoots[q]; ok {
		return r, nil
	}
	if q <= c.sched.D() {
		r, err := c.modelRootLocked(q - 1)
		if err == nil {
			c.modelRoots[q] = r
		}
		return r, err
	}
	fs, err := c.voters(q)
	if err != nil {
		return swarm.Root{}, fmt.Errorf("model root of θ_%d: %w (%w)", q, swarm.ErrUndecided, err)
	}
	var total uint64
	tally := map[swarm.Root]uint64{}
	votes := c.round(q).votes
	for _, f := range fs {
		total += c.stake[f.Author]
		if v, ok := votes[f.Author]; ok {
			tally[v] += c.stake[f.Author]
		}
	}
	var best swarm.Root
	var bestStake uint64
	for r, s := range tally {
		if s > bestStake || (s == bestStake && bytes.Compare(r[:], best[:]) < 0) {
			best, bestStake = r, s
		}
	}
	switch {
	case 2*bestStake > total:
	case c.clock.Now().Before(c.sched.T(q)):
		return swarm.Root{}, fmt.Errorf("model root of θ_%d: %w: vote open", q, swarm.ErrUndecided)
	case bestStake == 0:
		if best, err = c.modelRootLocked(q - 1); err != nil {
			return swarm.Root{}, err
		}
	}
	c.modelRoots[q] = best
	return best, nil
}
