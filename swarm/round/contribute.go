package round

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// contribute computes the node's contribution to round r on its SAPO batch, stores the
// update and manifest blobs (kept until the round is final), commits on chain and announces
// the update. A refused commitment is logged, not fatal: the round goes on without it.
//
// Compute may return a contribution it prepared for round r before a restart, on the batch
// of that time rather than on batch (Compute.Contribute): the engine commits and announces
// it as is, so the contribution's own manifest, not batch, must account for its steps.
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
	entries, err := DecodeManifest(c.Manifest)
	if err != nil {
		return fmt.Errorf("contribute: %w: %w", ErrCompute, err)
	}
	if c.Base != m.root || c.NSteps == 0 || int(c.NSteps) != len(entries) {
		return fmt.Errorf("contribute: %w: base %s of θ_%d %s, %d steps for a manifest of %d groups",
			ErrCompute, c.Base.Short(), r, m.root.Short(), c.NSteps, len(entries))
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
	e.announceUpdate(ctx, r, &wire.Update{V: wire.Version, Run: e.run, Round: r, UpdateRoot: c.UpdateRoot,
		UpdateBlob: updateBlob, Size: com.UpdateSize, TraceRoot: c.TraceRoot, Base: c.Base,
		BatchRoot: c.BatchRoot, Manifest: manifest})
	return nil
}

// announceUpdate publishes u, the announcement verifiers need to find a contribution's
// manifest. When no peer is subscribed to the update topic yet (a node that just started,
// or restarted after the round's critique stage), a message published now would reach
// nobody: it is published in the background as soon as one is, checking every 100 ms until
// the round's verification window closes or the engine stops.
func (e *Engine) announceUpdate(ctx context.Context, r uint64, u *wire.Update) {
	publish := func() {
		if err := e.publish(ctx, u); err != nil {
			e.log.Warn("announce update", "round", r, "err", err)
		}
	}
	if len(e.d.Gossip.ListPeers(wire.KindUpdate)) > 0 {
		publish()
		return
	}
	e.bg.Add(1)
	go func() {
		defer e.bg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for e.d.Clock.Now().Before(e.d.Schedule.V(r)) {
			if len(e.d.Gossip.ListPeers(wire.KindUpdate)) > 0 {
				publish()
				e.log.Info("announced the update once a peer listened", "round", r, "update", u.UpdateRoot.Short())
				return
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
		e.log.Warn("no peer listened to the update topic before the verification window closed; update not announced", "round", r)
	}()
}
