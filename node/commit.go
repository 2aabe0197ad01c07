package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
)

// walCompute is the round engine's Compute with the write-ahead of docs/NODE.md: a
// contribution is prepared in the store (blobs and record, one synced transaction) before
// Contribute returns it, so before the engine can commit it; and a round the store already
// holds a prepared contribution for gets that one back instead of a new computation. The
// stage a call belongs to is reported to the node's tracker.
type walCompute struct {
	Compute
	st    *store.Store
	run   swarm.RunID
	log   *slog.Logger
	track *tracker
	// models records θ_r's blob of every round contributed to (what disputes replay from).
	models *models
}

var _ round.Compute = (*walCompute)(nil)

// Rollouts marks the rollout stage and computes the node's rollouts.
func (w *walCompute) Rollouts(ctx context.Context, r uint64, model []byte) ([][]byte, error) {
	w.track.stage(r, store.StageRollouts)
	out, err := w.Compute.Rollouts(ctx, r, model)
	if err == nil {
		w.track.rollouts(r, out)
	}
	return out, err
}

// Critique marks the critique stage and recomputes others' rollouts.
func (w *walCompute) Critique(ctx context.Context, r uint64, model []byte, rs []round.Rollout) ([]uint8, error) {
	w.track.stage(r, store.StageCritiques)
	return w.Compute.Critique(ctx, r, model, rs)
}

// Verify marks the verification stage and re-executes an assigned contribution.
func (w *walCompute) Verify(ctx context.Context, r uint64, model []byte, c swarm.Committed, batch [][]byte, update []byte) error {
	w.track.stage(r, store.StageVerify)
	return w.Compute.Verify(ctx, r, model, c, batch, update)
}

// Contribute returns the prepared contribution of round r when the store has one (a node
// restarted after preparing it), else computes it on batch and prepares it. The engine
// commits a reloaded contribution through walChain (which sends nothing for a round marked
// committed) and announces it, as it does a new one (round.Compute's Contribute).
func (w *walCompute) Contribute(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, error) {
	w.track.stage(r, store.StageContribute)
	if w.models != nil {
		w.models.set(r, model)
	}
	if err := w.st.SetModelOf(w.run, r, swarm.RootOf(model)); err != nil {
		return round.Contribution{}, fmt.Errorf("record θ_%d: %w", r, err)
	}
	p, err := w.st.Reload(w.run, r)
	switch {
	case err == nil:
		w.log.Info("reloaded the contribution prepared before a restart; committing those bytes",
			"round", r, "update", p.Commitment.UpdateRoot.Short(), "committed", p.Committed)
		w.track.event(Event{Kind: EventReloaded, Round: r, Update: p.Commitment.UpdateRoot.String(), Committed: p.Committed})
		return round.Contribution{Update: p.Update, Manifest: p.Manifest, Base: p.Commitment.Base,
			BatchRoot: p.Commitment.BatchRoot, TraceRoot: p.Commitment.TraceRoot, UpdateRoot: p.Commitment.UpdateRoot,
			NSteps: p.Commitment.NSteps}, nil
	case !errors.Is(err, store.ErrNotFound):
		return round.Contribution{}, fmt.Errorf("reload prepared contribution: %w", err)
	}
	c, steps, err := w.ContributeSteps(ctx, r, model, batch)
	if err != nil {
		return c, err
	}
	entries, err := round.DecodeManifest(c.Manifest)
	if err != nil {
		return c, fmt.Errorf("prepare contribution: %w", err)
	}
	p = &store.Prepared{Contribution: store.Contribution{Run: w.run, Round: r,
		Commitment: swarm.Commitment{Base: c.Base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot,
			UpdateBlob: swarm.RootOf(c.Update), UpdateSize: uint64(len(c.Update)), NSteps: c.NSteps},
		Manifest: swarm.RootOf(c.Manifest), StepRoots: steps},
		Update: c.Update, Manifest: c.Manifest, Payloads: batch}
	for _, e := range entries {
		p.PayloadRoots = append(p.PayloadRoots, e.PayloadRoot)
		p.GroupRoots = append(p.GroupRoots, e.GroupRoot)
	}
	if err := w.st.PrepareCommit(p); err != nil {
		return c, fmt.Errorf("write-ahead: %w", err)
	}
	return c, nil
}

// Aggregate marks the aggregation stage and computes θ_{r+1}.
func (w *walCompute) Aggregate(ctx context.Context, model []byte, updates [][]byte) ([]byte, swarm.Root, error) {
	w.track.stageOnly(store.StageAggregate)
	blob, root, err := w.Compute.Aggregate(ctx, model, updates)
	if err == nil {
		w.track.aggregated(root, blob)
	}
	return blob, root, err
}

// walChain is the engine's swarm.Chain with the commit side of the write-ahead: a commit
// that the store has no prepared record of is refused (it was never written ahead), a
// commit of a round already marked committed is not sent again, and a successful one is
// marked committed. A commit refused because the round already holds this node's
// commitment (the transaction of a process killed after sending it went through) is
// marked committed when the chain's commitment is the prepared one.
type walChain struct {
	swarm.Chain
	st    *store.Store
	self  commitmentReader
	log   *slog.Logger
	track *tracker
	// watch, if set, is told of every round the chain holds this node's commitment to.
	watch func(ctx context.Context, r uint64)
}

// commitmentReader reads the node's own commitment to a round from the chain (zero if
// none).
type commitmentReader func(ctx context.Context, round uint64) (swarm.Commitment, error)

// Commit commits c on chain after checking it against the write-ahead record.
func (w *walChain) Commit(ctx context.Context, run swarm.RunID, r uint64, c swarm.Commitment) error {
	rec, err := w.st.Contribution(run, r)
	if err != nil {
		return fmt.Errorf("commit round %d: %w: %w", r, ErrNotWrittenAhead, err)
	}
	if rec.Commitment != c {
		return fmt.Errorf("commit round %d: %w: the store prepared update %s, the engine commits %s",
			r, ErrNotWrittenAhead, rec.Commitment.UpdateRoot.Short(), c.UpdateRoot.Short())
	}
	if rec.Committed {
		w.track.committed(r, c)
		w.watched(ctx, r)
		return nil
	}
	err = w.Chain.Commit(ctx, run, r, c)
	if err != nil && errors.Is(err, swarm.ErrRefused) {
		if onChain, rerr := w.self(ctx, r); rerr == nil && onChain == c {
			w.log.Info("the chain already holds this node's prepared commitment (sent before a restart)", "round", r)
			err = nil
		}
	}
	w.track.commitResult(err)
	if err != nil {
		return err
	}
	if err := w.st.MarkCommitted(run, r); err != nil {
		return fmt.Errorf("commit round %d: %w", r, err)
	}
	w.track.committed(r, c)
	w.watched(ctx, r)
	return nil
}

func (w *walChain) watched(ctx context.Context, r uint64) {
	if w.watch != nil {
		w.watch(ctx, r)
	}
}
