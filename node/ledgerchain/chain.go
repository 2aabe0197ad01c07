package ledgerchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
)

// Chain implements swarm.Chain for one run on the Ledger contract, acting as the key of its
// *ledger.Client. It also owns the run's Heads (the round clock) and Registry. Every answer
// is read from the chain when asked (except the registry's cached ones), so any number of
// Chains, in any number of processes, agree.
type Chain struct {
	client *ledger.Client
	run    swarm.RunID
	cfg    ledger.RunConfig
	sched  swarm.Schedule
	heads  *Heads
	reg    *Registry
	log    *slog.Logger
	m      *metrics
	// beaconWaits counts callers blocked in waitBeacon for the next head (BeaconWaiters).
	beaconWaits atomic.Int64
}

// BeaconWaiters returns how many callers are blocked waiting for a new head that may carry a
// round's beacon (the verifier assignments need it): a driver of chain time seals a block
// for them rather than jump to a later time (docs/NODE.md, "Testing on a controlled clock").
func (c *Chain) BeaconWaiters() int { return int(c.beaconWaits.Load()) }

var _ swarm.Chain = (*Chain)(nil)

// Option configures Open.
type Option func(*options) error

type options struct {
	poll time.Duration
	log  *slog.Logger
	reg  prometheus.Registerer
}

// WithPrometheus registers the package's metrics (adapter calls, keeper actions, registry
// lookups, the head) with reg.
func WithPrometheus(reg prometheus.Registerer) Option {
	return func(o *options) error { o.reg = reg; return nil }
}

// WithPollInterval sets how often an endpoint that cannot push new heads (plain HTTP) is
// asked for its head.
func WithPollInterval(d time.Duration) Option {
	return func(o *options) error {
		if d <= 0 {
			return fmt.Errorf("ledgerchain: poll interval %v must be positive", d)
		}
		o.poll = d
		return nil
	}
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) error {
		if l == nil {
			return errors.New("ledgerchain: nil logger")
		}
		o.log = l
		return nil
	}
}

// Open returns the adapter of run for client's account: it reads the run's configuration,
// starts following the chain's heads and the run's stake events. Defaults: heads polled
// every second where the endpoint cannot push them, slog.Default(), metrics not exported.
// Close stops it.
func Open(ctx context.Context, client *ledger.Client, run swarm.RunID, opts ...Option) (*Chain, error) {
	o := options{poll: time.Second, log: slog.Default()}
	for _, f := range opts {
		if err := f(&o); err != nil {
			return nil, err
		}
	}
	r, err := client.Run(ctx, run)
	if err != nil {
		return nil, fmt.Errorf("ledgerchain: read run %s: %w", run, mapped(err))
	}
	m, err := newMetrics(o.reg)
	if err != nil {
		return nil, fmt.Errorf("ledgerchain: metrics: %w", err)
	}
	log := o.log.With("component", "ledgerchain")
	heads, err := NewHeads(ctx, client.Backend(), o.poll, log)
	if err != nil {
		return nil, err
	}
	heads.m = m
	reg, err := NewRegistry(ctx, client, run, heads, log)
	if err != nil {
		heads.Close()
		return nil, err
	}
	reg.m = m
	c := &Chain{client: client, run: run, cfg: r.Cfg, sched: Schedule(r.Cfg), heads: heads, reg: reg, log: log, m: m}
	if err := c.sched.Check(); err != nil {
		c.Close()
		return nil, fmt.Errorf("ledgerchain: run %s: %w", run, err)
	}
	return c, nil
}

// Close stops following the chain; the Chain must not be used after.
func (c *Chain) Close() error {
	return errors.Join(c.reg.Close(), c.heads.Close())
}

// Schedule returns the run's round timetable.
func (c *Chain) Schedule() swarm.Schedule { return c.sched }

// Config returns the run's on-chain configuration.
func (c *Chain) Config() ledger.RunConfig { return c.cfg }

// Clock returns the round clock: chain time, moved by new heads.
func (c *Chain) Clock() *swarm.ChainClock { return c.heads.Clock() }

// Heads returns the head follower.
func (c *Chain) Heads() *Heads { return c.heads }

// Registry returns the run's cached registry.
func (c *Chain) Registry() *Registry { return c.reg }

// Client returns the ledger client the adapter acts through.
func (c *Chain) Client() *ledger.Client { return c.client }

// Address returns the account the adapter acts as.
func (c *Chain) Address() common.Address { return c.client.Address() }

func (c *Chain) check(run swarm.RunID) error {
	if run != c.run {
		return fmt.Errorf("%w: %w: %s", swarm.ErrRefused, ErrOtherRun, run)
	}
	return nil
}

// IsRegistered implements swarm.Registry.
func (c *Chain) IsRegistered(ctx context.Context, run swarm.RunID, addr common.Address) (bool, error) {
	return c.reg.IsRegistered(ctx, run, addr)
}

// Commit implements swarm.Chain.
func (c *Chain) Commit(ctx context.Context, run swarm.RunID, round uint64, m swarm.Commitment) error {
	if err := c.check(run); err != nil {
		return err
	}
	cm := ledger.Commitment{Base: m.Base, BatchRoot: m.BatchRoot, TraceRoot: m.TraceRoot, UpdateRoot: m.UpdateRoot,
		UpdateBlob: m.UpdateBlob, UpdateSize: m.UpdateSize, Nsteps: m.NSteps}
	r, err := c.client.Commit(ctx, run, round, cm)
	if err != nil {
		err = reason(ctx, c.client, ledgerABI.PackCommit(run, round, cm), r, err)
		return c.m.count("commit", fmt.Errorf("commit to round %d: %w", round, mapped(err)))
	}
	return c.m.count("commit", nil)
}

// AttestContribution implements swarm.Chain.
func (c *Chain) AttestContribution(ctx context.Context, run swarm.RunID, round uint64, author common.Address) error {
	if err := c.check(run); err != nil {
		return err
	}
	r, err := c.client.AttestContribution(ctx, run, round, author)
	if err != nil {
		err = reason(ctx, c.client, ledgerABI.PackAttestContribution(run, round, author), r, err)
		return c.m.count("attest_contribution", fmt.Errorf("attest %s in round %d: %w", author, round, mapped(err)))
	}
	return c.m.count("attest_contribution", nil)
}

// committed returns the commitments of authors to round, in the order given.
func (c *Chain) committed(ctx context.Context, run swarm.RunID, round uint64, authors []common.Address) ([]swarm.Committed, error) {
	out := make([]swarm.Committed, 0, len(authors))
	for _, a := range authors {
		m, err := c.client.Commitment(ctx, run, round, a)
		if err != nil {
			return nil, fmt.Errorf("commitment of %s to round %d: %w", a, round, mapped(err))
		}
		out = append(out, swarm.Committed{Author: a, Commitment: swarm.Commitment{Base: m.Base, BatchRoot: m.BatchRoot,
			TraceRoot: m.TraceRoot, UpdateRoot: m.UpdateRoot, UpdateBlob: m.UpdateBlob, UpdateSize: m.UpdateSize,
			NSteps: m.Nsteps}})
	}
	return out, nil
}

// FinalSet implements swarm.Chain.
func (c *Chain) FinalSet(ctx context.Context, run swarm.RunID, round uint64) ([]swarm.Committed, error) {
	if err := c.check(run); err != nil {
		return nil, err
	}
	authors, err := c.client.FinalSet(ctx, run, round)
	if err != nil {
		return nil, c.m.count("final_set", fmt.Errorf("final set of round %d: %w", round, mapped(err)))
	}
	fs, err := c.committed(ctx, run, round, authors)
	return fs, c.m.count("final_set", err)
}
