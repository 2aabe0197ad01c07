package dispute

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/verify"
)

// Source gives the responder what this node committed (the node's store
// implements it).
type Source interface {
	// Work returns the node's work for (run, round), or an error if it
	// has none.
	Work(ctx context.Context, run ledger.RunID, round uint64) (*Work, error)
}

// roundKey names a round of a run.
type roundKey struct {
	run   ledger.RunID
	round uint64
}

// Responder answers the disputes opened against its account: it posts the
// disputed step's op-level root, rebuilt by replay, and answers every forced
// reveal, until each dispute ends. It finds disputes in the chain's history
// at every new block, so a restarted node picks up those opened while it was
// down.
type Responder struct {
	c   *ledger.Client
	src Source
	s   settings
	me  common.Address

	mu      sync.Mutex
	watched map[roundKey]uint64 // round → the end of its dispute window (X_r)
	open    map[uint64]roundKey // disputes against us still open
	works   map[roundKey]*steps
	next    uint64        // the next block to scan for DisputeOpened
	pass    chan struct{} // closed after each pass over the chain
	busy    bool          // after the last pass: a dispute open or a window not closed
	passed  uint64        // the block the last completed pass read the chain at
	stats   Stats
}

// Stats counts what a responder did.
type Stats struct {
	Disputes, Posts, Reveals, Failures int
}

// NewResponder returns a responder acting as c's account with its data from
// src. Defaults: slog.Default(), history from the client's deploy block, a
// 2s poll when the backend has no new-block subscription (WithFromBlock).
func NewResponder(c *ledger.Client, src Source, opts ...Option) (*Responder, error) {
	if c == nil || src == nil {
		return nil, errors.New("dispute: nil ledger client or source")
	}
	s, err := apply(opts)
	if err != nil {
		return nil, err
	}
	return &Responder{c: c, src: src, s: s, me: c.Address(), watched: map[roundKey]uint64{},
		open: map[uint64]roundKey{}, works: map[roundKey]*steps{}, next: s.from, pass: make(chan struct{}), busy: true}, nil
}

// Watch tells the responder that this node committed to (run, round): it
// counts as busy until the round's dispute window closed.
func (r *Responder) Watch(ctx context.Context, run ledger.RunID, round uint64) error {
	cfg, err := r.c.Run(ctx, run)
	if err != nil {
		return fmt.Errorf("dispute: read run: %w", err)
	}
	c := cfg.Cfg
	end := c.Start + round*uint64(c.RoundDuration) + uint64(c.CommitWindow) + uint64(c.DisputeWindow)
	r.mu.Lock()
	r.watched[roundKey{run, round}] = end
	r.busy = true
	r.mu.Unlock()
	return nil
}

// Stats returns what the responder did so far.
func (r *Responder) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// Run answers disputes at every new block until ctx ends.
func (r *Responder) Run(ctx context.Context) error {
	h, err := newHeads(ctx, r.c, r.s)
	if err != nil {
		return err
	}
	defer h.close()
	for {
		if err := r.step(ctx); err != nil && ctx.Err() == nil {
			r.s.log.Warn("dispute: responder pass failed", "err", err)
		}
		if err := h.wait(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
	}
}

// Head returns the block at which the last completed pass read the chain: every dispute
// against this node that was open at that block has been answered as far as this node can
// (a driver of the chain's clock waits for it to reach the head before moving time).
func (r *Responder) Head() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.passed
}

// Settled waits until a pass found no open dispute against this node and
// every watched round's dispute window closed: then the node may stop
// answering (and leave the run's stake behind it).
func (r *Responder) Settled(ctx context.Context) error {
	for {
		r.mu.Lock()
		busy, pass := r.busy, r.pass
		r.mu.Unlock()
		if !busy {
			return nil
		}
		select {
		case <-pass:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// step is one pass: new disputes from the history, then each open one.
func (r *Responder) step(ctx context.Context) error {
	blk, t, err := now(ctx, r.c)
	if err != nil {
		return err
	}
	r.mu.Lock()
	from := r.next
	r.mu.Unlock()
	if from <= blk {
		evs, err := r.c.FilterLogs(ctx, from, &blk, "DisputeOpened")
		if err != nil {
			return err
		}
		for _, e := range evs {
			o, ok := e.Value.(*ledger.DisputeOpened)
			if !ok || o.Solver != r.me {
				continue
			}
			r.mu.Lock()
			if _, seen := r.open[o.Id.Uint64()]; !seen {
				r.open[o.Id.Uint64()] = roundKey{o.RunId, o.Round}
				r.stats.Disputes++
			}
			r.mu.Unlock()
			r.s.log.Info("dispute: opened against us", "id", o.Id, "round", o.Round, "step", o.Step, "challenger", o.Challenger)
		}
		r.mu.Lock()
		r.next = blk + 1
		r.mu.Unlock()
	}
	r.mu.Lock()
	ids := make(map[uint64]roundKey, len(r.open))
	for id, k := range r.open {
		ids[id] = k
	}
	r.mu.Unlock()
	var errs []error
	for id, k := range ids {
		done, err := r.answer(ctx, id, k, t)
		if err != nil {
			r.mu.Lock()
			r.stats.Failures++
			r.mu.Unlock()
			errs = append(errs, fmt.Errorf("dispute %d: %w", id, err))
		}
		if done {
			r.mu.Lock()
			delete(r.open, id)
			r.mu.Unlock()
		}
	}
	r.mu.Lock()
	busy := len(r.open) > 0
	for _, end := range r.watched {
		busy = busy || t < end
	}
	r.busy = busy
	r.passed = blk
	close(r.pass)
	r.pass = make(chan struct{})
	r.mu.Unlock()
	return errors.Join(errs...)
}

// answer moves dispute id on if it waits for us; done when it ended.
func (r *Responder) answer(ctx context.Context, id uint64, k roundKey, t uint64) (bool, error) {
	d, err := r.c.Dispute(ctx, id)
	if err != nil {
		return false, err
	}
	if d.State != uint8(ledger.DisputeOpen) {
		r.s.log.Info("dispute: ended", "id", id, "outcome", ledger.Outcome(d.Outcome))
		return true, nil
	}
	switch {
	case d.StepRoot == [32]byte{} && t <= d.Deadline:
		s, err := r.steps(ctx, k)
		if err != nil {
			return false, err
		}
		rep, err := s.get(int(d.Step))
		if err != nil {
			return false, err
		}
		outs, err := s.outputs(int(d.Step))
		if err != nil {
			return false, err
		}
		if _, err := r.c.PostStep(ctx, id, rep.StepRoot, uint32(len(rep.Records)), outs); err != nil {
			return false, fmt.Errorf("post step: %w", err)
		}
		r.mu.Lock()
		r.stats.Posts++
		r.mu.Unlock()
		r.s.log.Info("dispute: posted the step", "id", id, "step", d.Step, "records", len(rep.Records))
	case d.StepRoot != [32]byte{} && d.RevealDeadline != 0 && t <= d.RevealDeadline:
		rep, err := r.replay(ctx, k, int(d.Step))
		if err != nil {
			return false, err
		}
		q := d.Pending
		if verify.Hash(d.StepRoot) != rep.StepRoot || int(q.Record) >= len(rep.Records) {
			return false, fmt.Errorf("reveal of record %d of a step we did not post", q.Record)
		}
		rec, err := referee.StepRecord(rep.Records, int(q.Record))
		if err != nil {
			return false, err
		}
		var chunk bindings.TensorSlice
		if q.WithChunk {
			op := rep.Ops[q.Record]
			if int(q.Slot) >= len(op.Outputs) {
				return false, fmt.Errorf("reveal of slot %d of record %d", q.Slot, q.Record)
			}
			tr, err := proveChunks(op.Outputs[q.Slot], int(q.Chunk), int(q.Chunk)+1)
			if err != nil {
				return false, err
			}
			chunk = referee.TensorSlice(tr)
		}
		if _, err := r.c.Reveal(ctx, id, rec, chunk); err != nil {
			return false, fmt.Errorf("reveal: %w", err)
		}
		r.mu.Lock()
		r.stats.Reveals++
		r.mu.Unlock()
		r.s.log.Info("dispute: revealed", "id", id, "record", q.Record, "chunk", q.WithChunk)
	}
	return false, nil
}

// replay returns our replay of step of round k.
func (r *Responder) replay(ctx context.Context, k roundKey, step int) (*compute.Replayed, error) {
	s, err := r.steps(ctx, k)
	if err != nil {
		return nil, err
	}
	return s.get(step)
}

// steps returns our work of round k, replayed on demand.
func (r *Responder) steps(ctx context.Context, k roundKey) (*steps, error) {
	r.mu.Lock()
	s := r.works[k]
	r.mu.Unlock()
	if s == nil {
		w, err := r.src.Work(ctx, k.run, k.round)
		if err != nil {
			return nil, fmt.Errorf("our work of round %d: %w", k.round, err)
		}
		s = newSteps(w)
		r.mu.Lock()
		r.works[k] = s
		r.mu.Unlock()
	}
	return s, nil
}
