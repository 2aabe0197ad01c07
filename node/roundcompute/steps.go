package roundcompute

import (
	"context"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
)

// ContributeSteps is Contribute that also returns the step roots s_k (the leaves of the
// trace root, §3.6): what the node's write-ahead record keeps to answer a dispute on any
// step without recomputing the contribution.
func (c *Compute) ContributeSteps(ctx context.Context, rnd uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, base, err := c.state(model)
	if err != nil {
		return round.Contribution{}, nil, err
	}
	ct, err := c.own().Contribute(s, rnd, batch)
	if err != nil {
		return round.Contribution{}, nil, err
	}
	update, err := compute.EncodeUpdate(c.run.Cfg, ct.Update)
	if err != nil {
		return round.Contribution{}, nil, err
	}
	manifest, err := ct.Manifest()
	if err != nil {
		return round.Contribution{}, nil, err
	}
	steps := make([]swarm.Root, len(ct.StepRoots))
	for i, s := range ct.StepRoots {
		steps[i] = swarm.Root(s)
	}
	return round.Contribution{Update: update, Manifest: manifest, Base: swarm.Root(base),
		BatchRoot: swarm.Root(ct.BatchRoot), TraceRoot: swarm.Root(ct.TraceRoot), UpdateRoot: swarm.Root(ct.UpdateRoot),
		NSteps: uint32(len(batch))}, steps, ctx.Err()
}
