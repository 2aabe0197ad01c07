package round

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/sync/errgroup"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// playRound plays round r from model and returns the next model.
func (e *Engine) playRound(ctx context.Context, r uint64, model []byte) ([]byte, Result, error) {
	clock := e.d.Clock
	modelRoot := e.d.Store.Put(model)
	res := Result{Round: r, Model: modelRoot}
	if err := sleepUntil(ctx, clock.Start(r)); err != nil {
		return nil, res, err
	}

	// 1. Rollouts.
	samples, err := e.d.Compute.Rollouts(ctx, r, model)
	if err != nil {
		return nil, res, fmt.Errorf("rollouts: %w", err)
	}
	var own []Rollout
	for i, s := range samples {
		m := &wire.Rollout{V: wire.Version, Run: e.run, Round: r, Index: uint32(i),
			Reward: math.Float32bits(s.Reward), PayloadRoot: swarm.RootOf(s.Payload), TraceRoot: s.TraceRoot, Payload: s.Payload}
		if err := e.d.Gossip.Publish(ctx, m); err != nil {
			return nil, res, fmt.Errorf("publish rollout %d: %w", i, err)
		}
		own = append(own, Rollout{Author: e.self, Msg: m})
	}
	if err := sleepUntil(ctx, clock.Deadline(r, swarm.StageRollouts)); err != nil {
		return nil, res, err
	}

	// 2. Critiques.
	external := e.in.externalRollouts(r)
	judgements, err := e.d.Compute.Critique(ctx, r, external)
	if err != nil {
		return nil, res, fmt.Errorf("critique: %w", err)
	}
	for _, j := range judgements {
		m := &wire.Critique{V: wire.Version, Run: e.run, Round: r, Author: j.Author, Target: j.Target,
			Score: math.Float32bits(j.Score), Verdict: j.Verdict}
		if err := e.d.Gossip.Publish(ctx, m); err != nil {
			return nil, res, fmt.Errorf("publish critique: %w", err)
		}
	}
	if err := sleepUntil(ctx, clock.Deadline(r, swarm.StageCritiques)); err != nil {
		return nil, res, err
	}

	// 3. Updates: train on the SAPO mix, store, commit on chain, announce.
	local := own[:min(e.cfg.local, len(own))]
	ext := SampleExternal(e.run, r, e.self, e.in.externalRollouts(r), e.in.critiquesOf(r), e.cfg.external)
	res.Local, res.External = len(local), len(ext)
	up, err := e.d.Compute.Train(ctx, r, model, local, ext)
	if err != nil {
		return nil, res, fmt.Errorf("train: %w", err)
	}
	root := e.d.Store.Put(up.Data)
	c := swarm.UpdateCommitment{Root: root, Size: uint64(len(up.Data)), TraceRoot: up.TraceRoot}
	if err := e.d.Chain.CommitUpdate(ctx, e.run, r, c); err != nil {
		// Not fatal: the round goes on with the others' updates.
		e.log.Warn("commit update", "round", r, "err", err)
	} else if err := e.d.Gossip.Publish(ctx, &wire.Update{V: wire.Version, Run: e.run, Round: r, Root: root,
		Size: c.Size, TraceRoot: up.TraceRoot, Base: modelRoot}); err != nil {
		e.log.Warn("announce update", "round", r, "err", err)
	}
	if err := sleepUntil(ctx, clock.Deadline(r, swarm.StageUpdates)); err != nil {
		return nil, res, err
	}

	// 4. Aggregation of exactly the committed set.
	actx, cancel := context.WithDeadline(ctx, clock.Deadline(r, swarm.StageAggregation))
	defer cancel()
	committed, err := e.committed(actx, r)
	if err != nil {
		return nil, res, err
	}
	updates, fetched, err := e.collectUpdates(actx, committed)
	if err != nil {
		return nil, res, err
	}
	res.Committed, res.Fetched = len(updates), fetched
	next, err := e.d.Compute.Aggregate(actx, r, model, updates)
	if err != nil {
		return nil, res, fmt.Errorf("aggregate: %w", err)
	}
	res.Next = e.d.Store.Put(next)
	if err := e.d.Gossip.Publish(ctx, &wire.Notice{V: wire.Version, Run: e.run, Round: r + 1,
		Model: res.Next, Size: uint64(len(next))}); err != nil {
		e.log.Warn("announce model", "round", r+1, "err", err)
	}
	if err := sleepUntil(ctx, clock.Deadline(r, swarm.StageAggregation)); err != nil {
		return nil, res, err
	}
	return next, res, nil
}

// committed polls the chain until the round's set is final, and drops disputed updates.
func (e *Engine) committed(ctx context.Context, r uint64) ([]swarm.CommittedUpdate, error) {
	for {
		cs, err := e.d.Chain.CommittedUpdates(ctx, e.run, r)
		if err == nil {
			out := cs[:0:0]
			for _, c := range cs {
				if !c.Disputed {
					out = append(out, c)
				}
			}
			return out, nil
		}
		if !errors.Is(err, swarm.ErrRoundOpen) {
			return nil, fmt.Errorf("committed updates of round %d: %w", r, err)
		}
		if err := sleepUntil(ctx, time.Now().Add(20*time.Millisecond)); err != nil {
			return nil, fmt.Errorf("committed updates of round %d: %w", r, err)
		}
	}
}

// collectUpdates returns the blobs of the committed updates, in the chain's order, fetching
// the ones not held locally.
func (e *Engine) collectUpdates(ctx context.Context, cs []swarm.CommittedUpdate) ([][]byte, int, error) {
	out := make([][]byte, len(cs))
	fetched := make([]bool, len(cs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(e.cfg.fetchParallel)
	for i, c := range cs {
		if data, ok := e.d.Store.Get(c.Root); ok {
			out[i] = data
			continue
		}
		g.Go(func() error {
			data, err := e.d.Blobs.Fetch(gctx, c.Root, e.providers(c))
			if err != nil {
				return fmt.Errorf("update of %s: %w", c.Author, err)
			}
			if uint64(len(data)) != c.Size {
				return fmt.Errorf("update of %s: %d bytes, committed size %d", c.Author, len(data), c.Size)
			}
			e.d.Store.Put(data)
			out[i], fetched[i] = data, true
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, 0, err
	}
	n := 0
	for _, f := range fetched {
		if f {
			n++
		}
	}
	return out, n, nil
}

// providers lists whom to ask for c: its author first, then every other connected peer in
// peer-ID order (they fetch every committed update too, so most will have it).
func (e *Engine) providers(c swarm.CommittedUpdate) []peer.ID {
	self := e.d.Host.ID()
	var ps []peer.ID
	author, hasAuthor := e.in.peerOf(c.Author)
	if hasAuthor && author != self {
		ps = append(ps, author)
	}
	others := e.d.Host.Network().Peers()
	sort.Slice(others, func(i, j int) bool { return others[i] < others[j] })
	for _, p := range others {
		if p != self && (!hasAuthor || p != author) {
			ps = append(ps, p)
		}
	}
	return ps
}
