package round

import (
	"context"
	"fmt"

	"github.com/apiary-rl/apiary/swarm/wire"
)

// playRound plays round r (docs/PROTOCOL.md §3): at T_r it settles θ_r against the chain,
// gossips its rollouts, critiques others' when the rollout stage ends, contributes and
// commits when the critique stage ends, verifies its assignments after C_r, and then
// computes θ_{r+1} from the final set of round r−D (pipelined aggregation).
func (e *Engine) playRound(ctx context.Context, r uint64) (Result, error) {
	s, clock := e.d.Schedule, e.d.Clock
	res := Result{Round: r}
	if err := clock.WaitUntil(ctx, s.T(r)); err != nil {
		return res, err
	}
	m, adopted, err := e.modelFor(ctx, r)
	if err != nil {
		return res, fmt.Errorf("model of round %d: %w", r, err)
	}
	res.Model, res.Adopted = m.root, adopted

	// A failed rollout, critique or contribution costs the node its share of the round, not
	// the round: it still verifies, aggregates and keeps up with the chain.
	own, err := e.rollouts(ctx, r, m)
	if err != nil {
		e.log.Error("rollouts", "round", r, "err", err)
	}
	if err := clock.WaitUntil(ctx, s.RolloutsEnd(r)); err != nil {
		return res, err
	}
	if err := e.critiques(ctx, r, m); err != nil {
		e.log.Error("critiques", "round", r, "err", err)
	}
	if err := clock.WaitUntil(ctx, s.CritiquesEnd(r)); err != nil {
		return res, err
	}
	if err := e.contribute(ctx, r, m, own, &res); err != nil {
		e.log.Error("contribution", "round", r, "err", err)
	}
	if err := clock.WaitUntil(ctx, s.C(r)); err != nil {
		return res, err
	}
	if err := e.verify(ctx, r, m, &res); err != nil {
		return res, err
	}
	next, err := e.aggregate(ctx, r, m, &res)
	if err != nil {
		return res, err
	}
	e.models[r+1] = next
	res.Next = next.root
	e.announce(ctx, r+1, next)
	if r > s.D() {
		if _, err := e.keep.evict(ctx, e.d.Chain, e.run, e.d.Store, r-s.D()-1); err != nil {
			e.log.Warn("evict blobs of final rounds", "err", err)
		}
	}
	return res, nil
}

// rollouts computes, stores and gossips the node's rollouts of round r.
func (e *Engine) rollouts(ctx context.Context, r uint64, m model) ([]Rollout, error) {
	payloads, err := e.d.Compute.Rollouts(ctx, r, m.data)
	if err != nil {
		return nil, fmt.Errorf("rollouts: %w", err)
	}
	own := make([]Rollout, 0, len(payloads))
	for j, p := range payloads {
		root, err := e.put(r, p)
		if err != nil {
			return nil, fmt.Errorf("rollout %d: %w", j, err)
		}
		msg := &wire.Rollout{V: wire.Version, Run: e.run, Round: r, Group: uint32(j), PayloadRoot: root, Payload: p}
		if err := e.publish(ctx, msg); err != nil {
			return nil, fmt.Errorf("publish rollout %d: %w", j, err)
		}
		own = append(own, Rollout{Author: e.self, Msg: msg})
	}
	return own, nil
}

// critiques recomputes the other peers' rollouts of round r and gossips the verdicts.
func (e *Engine) critiques(ctx context.Context, r uint64, m model) error {
	ext := e.in.externalRollouts(r)
	if len(ext) == 0 {
		return nil
	}
	verdicts, err := e.d.Compute.Critique(ctx, r, m.data, ext)
	if err != nil {
		return fmt.Errorf("critique: %w", err)
	}
	if len(verdicts) != len(ext) {
		return fmt.Errorf("critique: %w: %d verdicts for %d rollouts", ErrCompute, len(verdicts), len(ext))
	}
	for i, v := range verdicts {
		msg := &wire.Critique{V: wire.Version, Run: e.run, Round: r, Author: ext[i].Author,
			Target: ext[i].Msg.PayloadRoot, Verdict: v}
		if err := e.publish(ctx, msg); err != nil {
			return fmt.Errorf("publish critique: %w", err)
		}
	}
	return nil
}
