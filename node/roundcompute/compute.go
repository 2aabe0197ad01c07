package roundcompute

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// Compute implements round.Compute for one peer of one run. Its methods are pure functions
// of their arguments, the run and the peer's address; they run one at a time (RepOps uses
// every core for one step), so an engine may call them from several goroutines.
type Compute struct {
	run  *compute.Run
	self common.Address
	// ownRun computes and replays the peer's own contribution, checkRun re-executes others'
	// (Verify, Recompute, Run): both run, unless an option gave its engine an observer (an
	// adversary's tamper).
	ownRun, checkRun *compute.Run

	mu sync.Mutex // serializes the work on run's engine
	// last caches the decoded θ of the most recent model blob: a round's rollouts,
	// critiques, contribution and verifications all use the same θ_r.
	last struct {
		blob  swarm.Root
		state *compute.State
		root  verify.Hash
	}
}

var _ round.Compute = (*Compute)(nil)

// New returns the Compute of peer self in the run with config c and ID run. The config is
// checked (compute.Check: every record of a step can be judged on chain).
func New(c compute.Config, run swarm.RunID, self common.Address, e *repops.Engine, opts ...Option) (*Compute, error) {
	r, err := compute.NewRun(c, verify.Hash(run), e)
	if err != nil {
		return nil, fmt.Errorf("round compute: %w", err)
	}
	out := &Compute{run: r, self: self, ownRun: r, checkRun: r}
	for _, o := range opts {
		if o.ownObserver != nil {
			out.ownRun = r.Tampered(o.ownObserver)
		}
		if o.checkObserver != nil {
			out.checkRun = r.Tampered(o.checkObserver)
		}
	}
	return out, nil
}

// Option configures New.
type Option struct{ ownObserver, checkObserver repops.Observer }

// WithOwnObserver makes the engine of the peer's own contribution (ContributeSteps) and of
// its replays (Replay, ReplayState) report every op to o before it is recorded; o may
// change the op's outputs. Rollouts, critiques, verification and aggregation stay honest.
// Only an adversary uses it: its contribution and its dispute answers are tampered alike.
func WithOwnObserver(o repops.Observer) Option { return Option{ownObserver: o} }

// WithCheckObserver makes the engine that re-executes others' contributions (Verify's
// contribution step, Recompute, and the run Run returns, whose replays a challenger narrows
// with) report every op to o, which may change it: a verifier that believes a wrong result
// and challenges honest contributions falsely. Only an adversary uses it.
func WithCheckObserver(o repops.Observer) Option { return Option{checkObserver: o} }

// check is the run others' contributions are re-executed with.
func (c *Compute) check() *compute.Run {
	if c.checkRun == nil {
		return c.run
	}
	return c.checkRun
}

// own is the run the peer's own contribution is computed and replayed with.
func (c *Compute) own() *compute.Run {
	if c.ownRun == nil {
		return c.run
	}
	return c.ownRun
}

// Config returns the run's compute config.
func (c *Compute) Config() compute.Config { return c.run.Cfg }

// state decodes a model blob (cached by its transport root). Called with c.mu held.
func (c *Compute) state(model []byte) (*compute.State, verify.Hash, error) {
	br := swarm.RootOf(model)
	if c.last.state != nil && c.last.blob == br {
		return c.last.state, c.last.root, nil
	}
	s, root, err := compute.ReadModel(c.run.Cfg, model)
	if err != nil {
		return nil, verify.Hash{}, err
	}
	c.last.blob, c.last.state, c.last.root = br, s, root
	return s, root, nil
}

// ModelRoot returns the model root (§3.1) of a model blob.
func (c *Compute) ModelRoot(model []byte) (swarm.Root, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, root, err := c.state(model)
	return swarm.Root(root), err
}

// Rollouts samples this peer's L groups of round with θ_round (§3.3-§3.4).
func (c *Compute) Rollouts(ctx context.Context, rnd uint64, model []byte) ([][]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	if err != nil {
		return nil, err
	}
	rs, err := c.run.Rollouts(s, rnd, c.self)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(rs))
	for i, r := range rs {
		out[i] = r.Bytes
	}
	return out, ctx.Err()
}

// Critique recomputes each rollout (§3.4). A rollout whose payload names another author or
// group than its gossip message, or does not decode, is a wrong sample.
func (c *Compute) Critique(ctx context.Context, rnd uint64, model []byte, rollouts []round.Rollout) ([]uint8, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	if err != nil {
		return nil, err
	}
	out := make([]uint8, len(rollouts))
	for i, r := range rollouts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, err := payload.Decode(r.Msg.Payload)
		if err != nil || p.Author != r.Author || p.Group != r.Msg.Group || p.Round != rnd {
			out[i] = wire.VerdictWrongSample
			continue
		}
		v, err := c.run.Critique(s, rnd, r.Msg.Payload)
		if err != nil {
			out[i] = wire.VerdictWrongSample
			continue
		}
		out[i] = uint8(v)
	}
	return out, nil
}

// Contribute computes the peer's contribution on the ordered batch (§3.5-§3.6). The batch
// must be one its verifiers accept (compute.CheckBatch): the peer's own groups first.
func (c *Compute) Contribute(ctx context.Context, rnd uint64, model []byte, batch [][]byte) (round.Contribution, error) {
	if err := c.run.CheckBatch(rnd, c.self, batch); err != nil {
		return round.Contribution{}, err
	}
	return c.contribute(ctx, c.run, rnd, model, c.judged(rnd, batch))
}

// judged returns batch without the external groups (those after the run's L own groups)
// that a wrong-reward dispute would convict (compute.Run.RewardFinding): the critics'
// majority that SAPO follows may have missed them, and a solver that trains on one is
// convicted however honestly it computed.
func (c *Compute) judged(rnd uint64, batch [][]byte) [][]byte {
	l := min(c.run.Cfg.L, len(batch))
	out := batch[:l:l]
	for _, p := range batch[l:] {
		if c.run.RewardFinding(rnd, p) == "" {
			out = append(out, p)
		}
	}
	return out
}

// contribute computes a contribution on batch whatever its order.
func (c *Compute) contribute(ctx context.Context, run *compute.Run, rnd uint64, model []byte, batch [][]byte) (round.Contribution, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, base, err := c.state(model)
	if err != nil {
		return round.Contribution{}, err
	}
	ct, err := run.Contribute(s, rnd, batch)
	if err != nil {
		return round.Contribution{}, err
	}
	update, err := compute.EncodeUpdate(c.run.Cfg, ct.Update)
	if err != nil {
		return round.Contribution{}, err
	}
	manifest, err := ct.Manifest()
	if err != nil {
		return round.Contribution{}, err
	}
	return round.Contribution{Update: update, Manifest: manifest, Base: swarm.Root(base),
		BatchRoot: swarm.Root(ct.BatchRoot), TraceRoot: swarm.Root(ct.TraceRoot), UpdateRoot: swarm.Root(ct.UpdateRoot),
		NSteps: uint32(len(batch))}, ctx.Err()
}

// Verify re-executes a contribution as an assigned verifier: the batch must start with the
// committer's own groups (compute.CheckBatch), every group must be what θ samples under its
// author's key with the right rewards (a critique's agree: otherwise a copier could relabel
// another peer's groups as its own, or train on a flagged group), and the same batch and θ
// must give the committed roots and the very update blob. A batch whose payloads do not
// decode or belong to another run or round is invalid too: the committer chose them.
func (c *Compute) Verify(ctx context.Context, rnd uint64, model []byte, cm swarm.Committed, batch [][]byte, update []byte) error {
	if err := c.run.CheckBatch(rnd, cm.Author, batch); err != nil {
		return fmt.Errorf("%w: %w", round.ErrInvalid, err)
	}
	if err := c.critiqueAll(ctx, rnd, model, batch); err != nil {
		return err
	}
	got, err := c.contribute(ctx, c.check(), rnd, model, batch)
	switch {
	case errors.Is(err, compute.ErrBadPayload):
		return fmt.Errorf("%w: %w", round.ErrInvalid, err)
	case err != nil:
		return err
	}
	var diff []string
	for _, d := range []struct {
		name string
		same bool
	}{
		{"base", got.Base == cm.Base}, {"batch root", got.BatchRoot == cm.BatchRoot},
		{"trace root", got.TraceRoot == cm.TraceRoot}, {"update root", got.UpdateRoot == cm.UpdateRoot},
		{"step count", got.NSteps == cm.NSteps}, {"update blob", bytes.Equal(got.Update, update)},
	} {
		if !d.same {
			diff = append(diff, d.name)
		}
	}
	if len(diff) > 0 {
		return fmt.Errorf("%w: in %s", round.ErrMismatch, strings.Join(diff, ", "))
	}
	return nil
}

// critiqueAll recomputes every group of a batch; any verdict but agree makes the
// contribution invalid.
func (c *Compute) critiqueAll(ctx context.Context, rnd uint64, model []byte, batch [][]byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	if err != nil {
		return err
	}
	for k, p := range batch {
		if err := ctx.Err(); err != nil {
			return err
		}
		v, err := c.run.Critique(s, rnd, p)
		switch {
		case errors.Is(err, compute.ErrBadPayload):
			return fmt.Errorf("%w: group %d: %w", round.ErrInvalid, k, err)
		case err != nil:
			return err
		case v != compute.VerdictAgree:
			// What the chain can judge (a wrong reward, problem index or shape) is disputable.
			if why := c.run.RewardFinding(rnd, p); why != "" {
				return &round.BadGroup{Step: k, Why: why}
			}
			return fmt.Errorf("%w: group %d of the batch has critique verdict %d, not agree", round.ErrInvalid, k, v)
		}
	}
	return nil
}

// Aggregate applies the mean of a final set's updates to θ_r with Adam (§3.7).
func (c *Compute) Aggregate(ctx context.Context, model []byte, updates [][]byte) ([]byte, swarm.Root, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	if err != nil {
		return nil, swarm.Root{}, err
	}
	us := make([][]*repops.Tensor, len(updates))
	for i, b := range updates {
		if us[i], _, err = compute.ReadUpdate(c.run.Cfg, b); err != nil {
			return nil, swarm.Root{}, fmt.Errorf("update %d: %w", i, err)
		}
	}
	next, err := compute.Aggregate(c.run.Engine(), c.run.Cfg, s, us)
	if err != nil {
		return nil, swarm.Root{}, err
	}
	blob, err := compute.EncodeModel(next)
	if err != nil {
		return nil, swarm.Root{}, err
	}
	root, err := next.Root()
	if err != nil {
		return nil, swarm.Root{}, err
	}
	return blob, swarm.Root(root), ctx.Err()
}

// Replay re-executes step k of a contribution, the step of its k-th batch payload, with
// op-level recording: what a verifier narrowing a disagreement or a solver answering a
// dispute needs (docs/PROTOCOL.md §3.6).
func (c *Compute) Replay(rnd uint64, model, payload []byte) (*compute.Replayed, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, _, err := c.state(model)
	if err != nil {
		return nil, err
	}
	return c.own().Replay(s, rnd, payload)
}
