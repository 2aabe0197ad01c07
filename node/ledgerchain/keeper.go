package ledgerchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"
)

// Action is one thing a keeper did or found done, reported to WithObserver.
type Action struct {
	Round uint64
	// Kind is "close" (seed block fixed), "beacon" (beacon stored), "finalize" or "claim".
	Kind string
	// Raced is true when another account did it first: the keeper's transaction was refused
	// with the revert that says so, which is not an error.
	Raced bool
}

// Keeper keeps a run's rounds moving on chain: after C_r it closes round r and, a block
// later, stores its beacon; after F_r it finalizes it; then it claims its own account's
// reward and verifier fees. Any account may do each step; several keepers racing on one
// chain are expected, and the revert that says another one came first (RoundAlreadyClosed,
// BeaconPending, AlreadyFinalized, NoReward) counts as done. It keeps nothing but a low-water
// mark in memory, so a restarted keeper re-derives its work from the chain. Transient errors
// (a failing endpoint) are retried with exponential backoff; model attestation is the round
// engine's.
type Keeper struct {
	c        *Chain
	log      *slog.Logger
	observe  func(Action)
	claim    bool
	base     time.Duration
	maxWait  time.Duration
	low      uint64
	failures map[task]failure
	// settled is the number of the head whose pass ended with nothing left to retry, and
	// waitsBlock whether that pass waits for the next block (Settled).
	settled    atomic.Uint64
	waitsBlock atomic.Bool
}

// Settled returns the number of the newest head the keeper finished a pass for with no
// failed step to retry, and whether a step of that pass waits for the next block (a beacon
// one block after its seed block). A keeper whose settled head is the chain's head does
// nothing until the chain moves.
func (k *Keeper) Settled() (head uint64, waitsBlock bool) {
	return k.settled.Load(), k.waitsBlock.Load()
}

// task names one step of one round.
type task struct {
	round uint64
	kind  string
}

// failure is a task's consecutive transient failures and when it may run again.
type failure struct {
	n         int
	notBefore time.Time
}

// KeeperOption configures NewKeeper.
type KeeperOption func(*Keeper) error

// WithObserver calls f after every action the keeper took or found done (tests, metrics).
func WithObserver(f func(Action)) KeeperOption {
	return func(k *Keeper) error { k.observe = f; return nil }
}

// WithClaims sets whether the keeper claims its account's rewards.
func WithClaims(on bool) KeeperOption {
	return func(k *Keeper) error { k.claim = on; return nil }
}

// WithBackoff sets the first wait after a transient error and the most it doubles to.
func WithBackoff(first, most time.Duration) KeeperOption {
	return func(k *Keeper) error {
		if first < 0 || most < first {
			return fmt.Errorf("ledgerchain: backoff %v..%v", first, most)
		}
		k.base, k.maxWait = first, most
		return nil
	}
}

// WithFirstRound makes the keeper leave rounds before r alone (a node joining a long run).
func WithFirstRound(r uint64) KeeperOption {
	return func(k *Keeper) error { k.low = r; return nil }
}

// NewKeeper returns a keeper of c's run acting as c's account. Defaults: claims on, a backoff
// from 1s doubling to 1 minute, every round from 0, no observer, c's logger.
func NewKeeper(c *Chain, opts ...KeeperOption) (*Keeper, error) {
	k := &Keeper{c: c, log: c.log.With("component", "keeper"), claim: true, base: time.Second,
		maxWait: time.Minute, failures: map[task]failure{}}
	for _, o := range opts {
		if err := o(k); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// Run steps the keeper at every new head until ctx ends, logging (not returning) the errors
// of single steps. It returns ctx.Err(). One goroutine may run a keeper at a time.
func (k *Keeper) Run(ctx context.Context) error {
	for {
		head, next := k.c.heads.Head()
		pending, err := k.Step(ctx)
		if err != nil && ctx.Err() == nil {
			k.log.Warn("keeper step", "err", err)
		}
		if err == nil && head != nil && len(k.failures) == 0 {
			k.waitsBlock.Store(pending)
			k.settled.Store(head.Number.Uint64())
		}
		var retry <-chan time.Time
		var timer *time.Timer
		if at, ok := k.nextRetry(); ok {
			timer = time.NewTimer(time.Until(at))
			retry = timer.C
		}
		select {
		case <-ctx.Done():
		case <-next:
		case <-retry:
		}
		if timer != nil {
			timer.Stop()
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// nextRetry returns the earliest time a failed task may run again.
func (k *Keeper) nextRetry() (time.Time, bool) {
	var at time.Time
	for _, f := range k.failures {
		if at.IsZero() || f.notBefore.Before(at) {
			at = f.notBefore
		}
	}
	return at, !at.IsZero()
}

// Step does what is due at the current chain time for every round not yet done, and reports
// whether a step waits for the next block (a beacon one block after its seed block). Its
// error joins the transient failures of this pass; each is retried after its backoff.
func (k *Keeper) Step(ctx context.Context) (pending bool, err error) {
	now := k.c.Clock().Now()
	s, n := k.c.sched, uint64(k.c.cfg.NumRounds)
	var errs []error
	for r := k.low; r < n && !now.Before(s.C(r)); r++ {
		done, wait, err := k.round(ctx, r, now)
		if ctx.Err() != nil {
			return pending, ctx.Err()
		}
		pending = pending || wait
		if err != nil {
			errs = append(errs, err)
		}
		if done && r == k.low {
			k.low++
		}
	}
	return pending, errors.Join(errs...)
}

// due reports whether t may run now: no backoff after a transient failure is pending.
func (k *Keeper) due(t task) bool {
	f, ok := k.failures[t]
	return !ok || !time.Now().Before(f.notBefore)
}

func (k *Keeper) failed(t task, err error) error {
	f := k.failures[t]
	wait := k.base << min(f.n, 30)
	if wait > k.maxWait || wait < 0 {
		wait = k.maxWait
	}
	f.n++
	f.notBefore = time.Now().Add(wait)
	k.failures[t] = f
	k.c.m.keeperErr.WithLabelValues(t.kind).Inc()
	return fmt.Errorf("%s round %d (attempt %d, next in %v): %w", t.kind, t.round, f.n, wait, err)
}

func (k *Keeper) succeeded(t task, a Action) {
	delete(k.failures, t)
	k.c.m.actions.WithLabelValues(a.Kind, fmt.Sprint(a.Raced)).Inc()
	k.log.Debug("keeper", "round", a.Round, "did", a.Kind, "raced", a.Raced)
	if k.observe != nil {
		k.observe(a)
	}
}
