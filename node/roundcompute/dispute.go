package roundcompute

import (
	"fmt"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
)

// Run returns the run's compute side a challenger re-executes with (its Replay rebuilds
// an honest step).
func (c *Compute) Run() *compute.Run { return c.check() }

// State decodes a model blob into θ (cached by its transport root, shared with the other
// calls: the caller must not modify it).
func (c *Compute) State(model []byte) (*compute.State, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	return s, err
}

// Recompute is the honest contribution of batch on θ (a challenger's recomputation),
// with θ decoded from its blob.
func (c *Compute) Recompute(rnd uint64, model []byte, batch [][]byte) (*compute.State, *compute.Contribution, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	if err != nil {
		return nil, nil, err
	}
	ct, err := c.check().Contribute(s, rnd, batch)
	if err != nil {
		return nil, nil, fmt.Errorf("recompute round %d: %w", rnd, err)
	}
	return s, ct, nil
}

// DecodeUpdate decodes an update blob of the run (its tensors, checked against the run's
// parameter shapes).
func (c *Compute) DecodeUpdate(update []byte) ([]*repops.Tensor, error) {
	u, _, err := compute.ReadUpdate(c.run.Cfg, update)
	return u, err
}

// ReplayState re-executes step payload of round rnd on θ with op-level recording, through
// the same engine as ContributeSteps (so an adversary's engine tampers the replay as it
// tampered the contribution).
func (c *Compute) ReplayState(s *compute.State, rnd uint64, payload []byte) (*compute.Replayed, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.own().Replay(s, rnd, payload)
}
