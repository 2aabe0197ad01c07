package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Case is a contribution the challenger re-executed and found wrong, with
// everything its dispute needs.
type Case struct {
	Run        ledger.RunID
	Round      uint64
	Solver     common.Address
	Commitment ledger.Commitment // the solver's, as on chain
	// Compute is the run's compute side: its Replay rebuilds an honest
	// step, its Report holds the skeleton and the gradient sources.
	Compute  *compute.Run
	Model    *compute.State // θ_r
	Payloads [][]byte       // the batch, in batch order
	// Honest is the challenger's recomputation of the batch.
	Honest *compute.Contribution
	// Update is the solver's update (its blob, decoded and checked against
	// the update root); nil if unknown (then a wrong update cannot be shown).
	Update []*repops.Tensor
	// Replays holds honest replays already made, by step (optional).
	Replays []*compute.Replayed
	// Trace fetches the solver's trace peer to peer.
	Trace Trace
}

// Outcome is how a challenge ended.
type Outcome struct {
	Dispute  uint64         // the dispute that ended the challenge
	Disputes []uint64       // every dispute opened, in order
	Step     uint32         // its step
	Verdict  ledger.Outcome // on chain
	// Class is the challenger's classification: element, graph, external,
	// program, output, update, step timeout or reveal timeout.
	Class           string
	Record, Slot    int // the first divergent record and output slot (-1: none)
	Element         int // the divergent element (-1: none)
	Reveals         int // forced reveals used
	Costs           Costs
	Opened, Ended   uint64 // block timestamps of the open and of the end
	Wall            time.Duration
	Slashed, Reward *big.Int
}

// Challenger disputes contributions from one account.
type Challenger struct {
	c *ledger.Client
	s settings

	mu       sync.Mutex // guards the cache of the last model and run
	model    *compute.State
	theta    []*repops.Tensor
	set      verify.NamedSet
	leaves   []verify.Hash
	run      *compute.Run
	skeleton []verify.Hash

	act activity // what the challenges do now (Progress)
}

// NewChallenger returns a challenger acting as c's account. Defaults:
// slog.Default(), a 2s poll when the backend has no new-block subscription.
func NewChallenger(c *ledger.Client, opts ...Option) (*Challenger, error) {
	if c == nil {
		return nil, errors.New("dispute: nil ledger client")
	}
	s, err := apply(opts)
	if err != nil {
		return nil, err
	}
	return &Challenger{c: c, s: s}, nil
}

// challenge is one Challenge call's state.
type challenge struct {
	*Challenger
	cs       *Case
	bond     *big.Int
	reveals  int // MaxReveals
	from     uint64
	roots    []verify.Hash // the solver's step roots (nil: withheld)
	mu       sync.Mutex
	replays  map[int]*compute.Replayed
	sets     []verify.NamedSet // θ_r's model set
	theta    []*repops.Tensor
	leaves   []verify.Hash // θ_r's named-set leaves
	skeleton []verify.Hash // the run's skeleton leaves
	opened   uint64        // block time of the first open
}

// Challenge disputes cs's contribution on chain until it ends: it finds the
// first step whose output root differs (or the update), opens a dispute,
// narrows it peer to peer (forced reveals when the solver withholds),
// classifies the first divergent record and proves it. It returns
// ErrNoDivergence if the commitment is the honest one.
func (ch *Challenger) Challenge(ctx context.Context, cs *Case) (*Outcome, error) {
	start := time.Now()
	if err := checkCase(cs); err != nil {
		return nil, err
	}
	defer ch.act.start()()
	x := &challenge{Challenger: ch, cs: cs, replays: map[int]*compute.Replayed{}}
	for k, r := range cs.Replays {
		if r != nil {
			x.replays[k] = r
		}
	}
	cm := cs.Commitment
	roots, err := cs.Trace.StepRoots(ctx, cm.TraceRoot)
	if err == nil && (len(roots) != int(cm.Nsteps) || verify.TraceRoot(roots) != cm.TraceRoot) {
		err = fmt.Errorf("%w: %d step roots for %d steps", ErrBadAnswer, len(roots), cm.Nsteps)
	}
	if err != nil {
		ch.s.log.Info("dispute: the solver's step roots are not served; disputing every step", "solver", cs.Solver, "err", err)
		roots = nil
	}
	x.roots = roots
	var disputed []uint32
	switch {
	case roots != nil:
		for k := range roots {
			if roots[k] != cs.Honest.StepRoots[k] {
				disputed = []uint32{uint32(k)}
				break
			}
		}
	case verify.TraceRoot(cs.Honest.StepRoots) != cm.TraceRoot:
		for k := range cm.Nsteps {
			disputed = append(disputed, k)
		}
	}
	if len(disputed) == 0 && cs.Honest.UpdateRoot == cm.UpdateRoot {
		return nil, ErrNoDivergence
	}
	if err := x.prepare(ctx); err != nil {
		return nil, err
	}
	if len(disputed) == 0 {
		x.roots = slices.Clone(cs.Honest.StepRoots) // the committed trace root is the honest one
		out, err := x.update(ctx)
		return x.finish(ctx, out, start, err)
	}
	var ids []uint64
	for _, k := range disputed {
		id, err := x.open(ctx, k)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	out, err := x.run(ctx, ids, disputed)
	if out != nil {
		out.Disputes = ids
	}
	return x.finish(ctx, out, start, err)
}

func checkCase(cs *Case) error {
	switch {
	case cs == nil || cs.Compute == nil || cs.Model == nil || cs.Honest == nil || cs.Trace == nil:
		return errors.New("dispute: incomplete case")
	case len(cs.Payloads) != int(cs.Commitment.Nsteps) || len(cs.Honest.StepRoots) != len(cs.Payloads):
		return fmt.Errorf("dispute: %d payloads, %d honest steps, %d committed", len(cs.Payloads), len(cs.Honest.StepRoots), cs.Commitment.Nsteps)
	}
	return nil
}

// prepare reads the run's bond and reveal limit and builds θ_r's set and
// the skeleton's leaves.
func (x *challenge) prepare(ctx context.Context) error {
	run, err := x.c.Run(ctx, x.cs.Run)
	if err != nil {
		return fmt.Errorf("dispute: read run: %w", err)
	}
	x.bond = run.Cfg.DisputeBond
	p, err := x.c.Params(ctx)
	if err != nil {
		return fmt.Errorf("dispute: read params: %w", err)
	}
	x.reveals = int(p.MaxReveals)
	if err := x.cached(); err != nil {
		return err
	}
	if verify.SkeletonRoot(x.skeleton) != run.Cfg.SkeletonRoot {
		return fmt.Errorf("dispute: the run's skeleton root is not this config's")
	}
	blk, _, err := now(ctx, x.c)
	x.from = blk
	return err
}

// cached sets θ_r's set and the skeleton's leaves, hashed once per model
// and per run (the last of each is kept).
func (x *challenge) cached() error {
	ch := x.Challenger
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if ch.model != x.cs.Model {
		theta, err := x.cs.Model.Tensors()
		if err != nil {
			return err
		}
		set := verify.NamedSet{}
		var leaves []verify.Hash
		for _, t := range theta {
			r := verify.TensorRoot(t)
			set.Names, set.Roots = append(set.Names, t.Name), append(set.Roots, r)
			leaves = append(leaves, verify.NamedLeaf(t.Name, r))
		}
		ch.model, ch.theta, ch.set, ch.leaves = x.cs.Model, theta, set, leaves
	}
	if ch.run != x.cs.Compute {
		sk, err := verify.SkeletonLeaves(x.cs.Compute.Report.Skeleton)
		if err != nil {
			return err
		}
		ch.run, ch.skeleton = x.cs.Compute, sk
	}
	x.theta, x.leaves, x.sets, x.skeleton = ch.theta, ch.leaves, []verify.NamedSet{ch.set}, ch.skeleton
	return nil
}

// replay returns the honest replay of step k.
func (x *challenge) replay(k int) (*compute.Replayed, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if r := x.replays[k]; r != nil {
		return r, nil
	}
	r, err := x.cs.Compute.Replay(x.cs.Model, x.cs.Round, x.cs.Payloads[k])
	if err != nil {
		return nil, fmt.Errorf("dispute: replay step %d: %w", k, err)
	}
	x.replays[k] = r
	return r, nil
}

// open opens a dispute on step k.
func (x *challenge) open(ctx context.Context, k uint32) (uint64, error) {
	id, err := x.c.OpenDispute(ctx, x.cs.Run, x.cs.Round, x.cs.Solver, k, x.bond)
	if err != nil {
		return 0, fmt.Errorf("dispute: open on step %d: %w", k, err)
	}
	if x.opened == 0 {
		if _, t, err := now(ctx, x.c); err == nil {
			x.opened = t
		}
	}
	x.s.log.Info("dispute: opened", "id", id, "solver", x.cs.Solver, "round", x.cs.Round, "step", k)
	return id, nil
}

// run narrows every open dispute at once; the first conviction ends the
// others (Void, bond returned).
func (x *challenge) run(ctx context.Context, ids []uint64, steps []uint32) (*Outcome, error) {
	if len(ids) == 1 {
		out, err := x.narrow(ctx, ids[0], steps[0])
		if err == nil || ctx.Err() != nil {
			return out, err
		}
		// No proof (refused, or nothing to prove on this step): a dispute left open would
		// keep its round from ever being final, so end it as soon as it can end — Void if
		// the contribution is convicted meanwhile, else ProofTimeout (the bond is lost).
		x.s.log.Warn("dispute: no proof; ending the dispute at its deadline", "id", ids[0], "err", err)
		s, serr := x.settle(ctx, ids[0])
		if serr != nil {
			return out, errors.Join(err, serr)
		}
		return s, err
	}
	type result struct {
		out *Outcome
		err error
	}
	res := make([]result, len(ids))
	// The first conviction stops the other narrowings: their disputes
	// then end Void (superseded), their bonds returned.
	nctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	x.act.work(-1) // this goroutine only waits for the narrowings below
	for i := range ids {
		x.act.work(1)
		wg.Go(func() {
			defer x.act.work(-1)
			out, err := x.narrow(nctx, ids[i], steps[i])
			if errors.Is(err, ErrNoDivergence) || errors.Is(err, ErrCannotNarrow) {
				x.s.log.Info("dispute: nothing to prove on this step; waiting for another dispute to convict", "id", ids[i], "step", steps[i], "err", err)
				out, err = x.settle(nctx, ids[i])
			}
			if err == nil && out != nil && convicts(out.Verdict) {
				cancel()
			}
			res[i] = result{out, err}
		})
	}
	wg.Wait()
	x.act.work(1)
	for i, r := range res {
		if r.err == nil && r.out != nil {
			continue
		}
		// Stopped, or refused because another dispute convicted meanwhile:
		// end it (Void once the contribution is convicted) or read its end.
		d, err := x.c.Dispute(ctx, ids[i])
		if err != nil {
			continue
		}
		st, err := x.c.Status(ctx, x.cs.Run, x.cs.Round, x.cs.Solver)
		if err != nil {
			continue
		}
		if st != ledger.StatusConvicted {
			// No proof and no conviction elsewhere: end it at its deadline (see above).
			if ctx.Err() != nil {
				continue
			}
			x.s.log.Warn("dispute: no proof; ending the dispute at its deadline", "id", ids[i], "err", r.err)
			if s, serr := x.settle(ctx, ids[i]); serr == nil {
				res[i] = result{s, nil}
			}
			continue
		}
		out := &Outcome{Dispute: ids[i], Step: steps[i], Record: -1, Slot: -1, Element: -1, Verdict: ledger.Outcome(d.Outcome), Class: "superseded"}
		if d.State == uint8(ledger.DisputeOpen) {
			ended, err := x.c.Timeout(ctx, ids[i])
			if err != nil {
				continue
			}
			out.Verdict = ledger.Outcome(ended.Outcome)
		}
		res[i] = result{out, nil}
	}
	var best *Outcome
	var errs []error
	for _, r := range res {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		if best == nil || (convicts(r.out.Verdict) && !convicts(best.Verdict)) {
			best = r.out
		}
	}
	return best, errors.Join(errs...)
}

// settle waits until dispute id can end without a proof: the contribution
// convicted by another dispute (it ends Void) or the challenger's deadline
// passed (it ends ProofTimeout: the bond is lost); then ends it.
func (x *challenge) settle(ctx context.Context, id uint64) (*Outcome, error) {
	var convicted bool
	d, _, err := x.waitDispute(ctx, id, func(d ledger.Dispute, t uint64) bool {
		if d.State != uint8(ledger.DisputeOpen) || t > d.Deadline || (d.RevealDeadline != 0 && t > d.RevealDeadline) {
			return true
		}
		st, err := x.c.Status(ctx, x.cs.Run, x.cs.Round, x.cs.Solver)
		convicted = err == nil && st == ledger.StatusConvicted
		return convicted
	})
	if err != nil {
		return nil, err
	}
	out := &Outcome{Dispute: id, Step: d.Step, Record: -1, Slot: -1, Element: -1, Class: "superseded"}
	if d.State != uint8(ledger.DisputeOpen) {
		out.Verdict = ledger.Outcome(d.Outcome)
		return out, nil
	}
	res, err := x.c.Timeout(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("dispute %d: timeout: %w", id, err)
	}
	out.Verdict = ledger.Outcome(res.Outcome)
	return out, nil
}

// finish fills the outcome's costs and times.
func (x *challenge) finish(ctx context.Context, out *Outcome, start time.Time, err error) (*Outcome, error) {
	if out == nil {
		return nil, err
	}
	out.Wall = time.Since(start)
	all := Costs{ByEvent: map[string]uint64{}}
	ids := out.Disputes
	if len(ids) == 0 {
		ids = []uint64{out.Dispute}
	}
	for _, id := range ids {
		c, cerr := disputeCosts(ctx, x.c, id, x.from)
		if cerr != nil {
			return out, errors.Join(err, cerr)
		}
		all.Txs += c.Txs
		all.Gas += c.Gas
		for k, v := range c.ByEvent {
			all.ByEvent[k] += v
		}
	}
	out.Costs = all
	out.Opened = x.opened
	if _, t, terr := now(ctx, x.c); terr == nil {
		out.Ended = t
	}
	return out, err
}

func convicts(o ledger.Outcome) bool {
	switch o {
	case ledger.OutcomeWrongElement, ledger.OutcomeWrongGraph, ledger.OutcomeWrongShape, ledger.OutcomeRevealTimeout,
		ledger.OutcomeStepTimeout, ledger.OutcomeWrongExternal, ledger.OutcomeWrongProgram, ledger.OutcomeWrongOutput,
		ledger.OutcomeWrongReward:
		return true
	}
	return false
}
