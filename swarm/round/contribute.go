package round

import (
	"context"
	"errors"
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// contribute computes the node's contribution to round r on its SAPO batch, stores the
// update and manifest blobs (kept until the round is final), commits on chain and announces
// the update. A refused commitment is logged, not fatal: the round goes on without it.
func (e *Engine) contribute(ctx context.Context, r uint64, m model, own []Rollout, res *Result) error {
	local := own[:min(e.cfg.local, len(own))]
	ext := SampleExternal(e.run, r, e.self, e.in.externalRollouts(r), e.in.critiquesOf(r), e.cfg.external)
	res.Own, res.External = len(local), len(ext)
	batch := make([][]byte, 0, len(local)+len(ext))
	for _, x := range append(append([]Rollout{}, local...), ext...) {
		batch = append(batch, x.Msg.Payload)
	}
	if len(batch) == 0 {
		return nil
	}
	c, err := e.d.Compute.Contribute(ctx, r, m.data, batch)
	if err != nil {
		return fmt.Errorf("contribute: %w", err)
	}
	if c.Base != m.root || int(c.NSteps) != len(batch) {
		return fmt.Errorf("contribute: %w: base %s of θ_%d %s, %d steps for %d groups",
			ErrCompute, c.Base.Short(), r, m.root.Short(), c.NSteps, len(batch))
	}
	updateBlob, err := e.put(r, c.Update)
	if err != nil {
		return fmt.Errorf("contribute: %w", err)
	}
	manifest, err := e.put(r, c.Manifest)
	if err != nil {
		return fmt.Errorf("contribute: %w", err)
	}
	com := swarm.Commitment{Base: c.Base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot,
		UpdateBlob: updateBlob, UpdateSize: uint64(len(c.Update)), NSteps: c.NSteps}
	if err := e.d.Chain.Commit(ctx, e.run, r, com); err != nil {
		if errors.Is(err, swarm.ErrRoundClosed) || errors.Is(err, swarm.ErrRefused) {
			e.log.Warn("commitment refused; the round goes on without it", "round", r, "err", err)
			return nil
		}
		return fmt.Errorf("commit: %w", err)
	}
	res.Committed = true
	err = e.publish(ctx, &wire.Update{V: wire.Version, Run: e.run, Round: r, UpdateRoot: c.UpdateRoot,
		UpdateBlob: updateBlob, Size: com.UpdateSize, TraceRoot: c.TraceRoot, Base: c.Base,
		BatchRoot: c.BatchRoot, Manifest: manifest})
	if err != nil {
		e.log.Warn("announce update", "round", r, "err", err)
	}
	return nil
}
