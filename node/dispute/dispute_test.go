package dispute_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// flipSeed is the "seed sign flipped" cheat: the backward seed,
// Clamp(loss, 1, 1) of a [1] tensor, negated before any later op reads it.
func flipSeed(_ int, op *repops.Op) {
	if op.Kind == repops.KindClamp && op.Attrs[0] == math.Float32bits(1) && slices.Equal(op.Inputs[0].Shape, []int{1}) {
		op.Outputs[0].Data[0] = -op.Outputs[0].Data[0]
	}
}

// solverSetup is a solver's data: its steps' replays (honest or not), its
// Work, and the contribution they make.
type solverSetup struct {
	ps []byte
	rs []*compute.Replayed
	w  *dispute.Work
	c  *compute.Contribution
}

// cheat replays the batch with r (a cheater's replayer) once and returns the
// solver's work and contribution built from those steps.
func (e *env) cheat(ps [][]byte, r dispute.Replayer) ([]*compute.Replayed, *dispute.Work, *compute.Contribution) {
	e.t.Helper()
	var rs []*compute.Replayed
	for _, b := range ps {
		rs = append(rs, check(r.Replay(e.f.st, 0, b))(e.t))
	}
	c := check(e.f.contribution(ps, rs))(e.t)
	return rs, &dispute.Work{Replayer: newFixedRun(ps, rs), Model: e.f.st, Payloads: ps, StepRoots: c.StepRoots}, c
}

// TestWrongElementSeedFlipped: the solver trains with the backward seed's
// sign flipped; the challenger finds the first divergent record and element
// peer to peer and proves it.
func TestWrongElementSeedFlipped(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, &tamperRun{f: e.f, tamper: flipSeed})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	r := e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("wrong element (seed flipped)", e.solver(0), out, err, ledger.OutcomeWrongElement, at)
	if out.Record < 0 || out.Element < 0 || out.Reveals != 0 {
		t.Fatalf("record %d element %d reveals %d", out.Record, out.Element, out.Reveals)
	}
	// The responder stays busy until the round's dispute window closed.
	ctx, cancel := context.WithTimeout(e.ctx, time.Minute) // a hang guard
	defer cancel()
	check(0, e.advance(disputeWindow))(t)
	if err := r.Settled(ctx); err != nil {
		t.Fatalf("settled: %v", err)
	}
	if s := r.Stats(); s.Disputes != 1 || s.Posts != 1 || s.Failures != 0 {
		t.Fatalf("responder stats %+v", s)
	}
}

// TestWrongExternalOtherModel: the solver trains from another model than
// θ_r but commits θ_r as its base.
func TestWrongExternalOtherModel(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, &tamperRun{f: e.f, model: perturbed(e.f.st)})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("wrong external (another model)", e.solver(0), out, err, ledger.OutcomeWrongExternal, at)
}

// perturbed returns s with element 0 of its last parameter changed.
func perturbed(s *compute.State) *compute.State {
	ps := *s
	ps.Params = slices.Clone(s.Params)
	last := len(s.Params) - 1
	ps.Params[last] = repops.FromData(slices.Clone(s.Params[last].Data), s.Params[last].Shape...).Named(s.Params[last].Name)
	ps.Params[last].Data[0] = 2*ps.Params[last].Data[0] + 1
	return &ps
}

// truncated is a lazy solver's replayer: half the records, zero gradients.
type truncated struct{ inner dispute.Replayer }

func (tr truncated) Replay(s *compute.State, round uint64, b []byte) (*compute.Replayed, error) {
	r, err := tr.inner.Replay(s, round, b)
	if err != nil {
		return nil, err
	}
	out := *r
	out.Records, out.Ops = r.Records[:len(r.Records)/2], r.Ops[:len(r.Ops)/2]
	out.StepRoot = verify.StepRoot(hashes(out.Records))
	out.Grads = nil
	for _, g := range r.Grads {
		out.Grads = append(out.Grads, repops.New(g.Shape...))
	}
	out.GradRoot, err = verify.GradRoot(s.Params, out.Grads)
	return &out, err
}

func hashes(rs []verify.Record) []verify.Hash {
	out := make([]verify.Hash, len(rs))
	for i := range rs {
		out[i] = rs[i].Hash()
	}
	return out
}

// TestWrongProgramTruncated: a lazy solver posts half a trace (and commits
// zero gradients).
func TestWrongProgramTruncated(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, truncated{newFixedRun(ps, honest)})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("wrong program (truncated)", e.solver(0), out, err, ledger.OutcomeWrongProgram, at)
}

// TestWrongProgramOtherClip: the solver trains with twice the run's PPO
// clip range (and flips the backward seed, so that its gradients differ: on
// a round's first step the clip range changes no value): a Clamp record's
// attributes, before the seed, are not the skeleton's.
func TestWrongProgramOtherClip(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	other := e.f.cfg
	other.ClipEps *= 2
	_, w, c := e.cheat(ps, &tamperRun{f: e.f, cfg: &other, tamper: flipSeed})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("wrong program (clip range)", e.solver(0), out, err, ledger.OutcomeWrongProgram, at)
	if out.Record < 0 {
		t.Fatal("no record named")
	}
}

// TestWrongOutputUpdate: the steps are honest but the committed update is
// not their sum (one element off).
func TestWrongOutputUpdate(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, newFixedRun(ps, honest))
	c.Update = slices.Clone(c.Update)
	c.Update[0] = c.Update[0].Clone()
	c.Update[0].Data[3] += 1
	c.UpdateRoot = check(verify.GradRoot(e.f.st.Params, c.Update))(t)
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, c.Update, dispute.NewLocalTrace(w))
	e.convicted("wrong output (update)", e.solver(0), out, err, ledger.OutcomeWrongOutput, at)
	if out.Class != "update" || out.Element != 3 {
		t.Fatalf("class %s element %d", out.Class, out.Element)
	}
}

// forgedStep is a solver whose committed step 0 output is not its trace's:
// it posts the honest op-level trace, but its s_0 holds a gradient off by
// one element.
type forgedStep struct{ inner dispute.Replayer }

func (f forgedStep) Replay(s *compute.State, round uint64, b []byte) (*compute.Replayed, error) {
	r, err := f.inner.Replay(s, round, b)
	if err != nil {
		return nil, err
	}
	out := *r
	out.Grads = slices.Clone(r.Grads)
	out.Grads[0] = r.Grads[0].Clone()
	out.Grads[0].Data[0] += 1
	out.GradRoot, err = verify.GradRoot(s.Params, out.Grads)
	return &out, err
}

// TestWrongOutputStep: the step output root s_0 is not the output of the
// trace the solver posts.
func TestWrongOutputStep(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, forgedStep{newFixedRun(ps, honest)})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("wrong output (step)", e.solver(0), out, err, ledger.OutcomeWrongOutput, at)
	if out.Class != "output" {
		t.Fatalf("class %s", out.Class)
	}
}

// TestWithheldOutputsWrongOutput: the testnet's wrong-model cheat. The
// solver commits step outputs that are not its trace's, answers disputes
// with the honest replay and serves nothing peer to peer. postStep makes it
// publish the committed outputs (the chain checks them against the trace
// root), so the challenger convicts wrong output without them being served;
// before, it had nothing to prove and lost its bond (proof_timeout).
func TestWithheldOutputsWrongOutput(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, forgedStep{newFixedRun(ps, honest)})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, withheld{})
	e.convicted("wrong output (outputs withheld)", e.solver(0), out, err, ledger.OutcomeWrongOutput, at)
	if out.Class != "output" || len(out.Disputes) != len(ps) {
		t.Fatalf("class %s, %d disputes for %d steps", out.Class, len(out.Disputes), len(ps))
	}
}

// TestHonestOutputsRefused: a solver that commits forged step outputs and
// answers with the honest replay's outputs cannot post its step (the chain
// refuses outputs that do not fold to the committed trace root): it is
// convicted by step timeout.
func TestHonestOutputsRefused(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, forgedStep{newFixedRun(ps, honest)})
	w.Replayer = newFixedRun(ps, honest) // answers with the honest step
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	r := e.respond(e.solver(0), w, 0)
	e.advanceAfterOpen(1)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("step timeout (honest outputs refused)", e.solver(0), out, err, ledger.OutcomeStepTimeout, at)
	if st := r.Stats(); st.Posts != 0 || st.Failures == 0 {
		t.Fatalf("responder %+v: want no post and failed attempts", st)
	}
}

// withheld is a Trace that serves nothing.
type withheld struct{}

func (withheld) StepRoots(context.Context, verify.Hash) ([]verify.Hash, error) {
	return nil, dispute.ErrWithheld
}
func (withheld) RecordHashes(context.Context, uint32, verify.Hash) ([]verify.Hash, error) {
	return nil, dispute.ErrWithheld
}
func (withheld) Records(context.Context, uint32, []uint32, []verify.Hash) ([]verify.Record, error) {
	return nil, dispute.ErrWithheld
}
func (withheld) Range(context.Context, uint32, uint32, uint32, int, int, verify.Hash) (verify.TensorRange, error) {
	return verify.TensorRange{}, dispute.ErrWithheld
}

// TestWithholdingSolverForcedReveals: the solver serves nothing peer to
// peer but answers forced reveals: the challenger disputes every step, narrows
// by reveals and convicts; the other dispute ends superseded.
func TestWithholdingSolverForcedReveals(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, &tamperRun{f: e.f, tamper: flipSeed})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	r := e.respond(e.solver(0), w, 0)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, withheld{})
	e.convicted("wrong element (records withheld, forced reveals)", e.solver(0), out, err, ledger.OutcomeWrongElement, at)
	if out.Reveals == 0 || len(out.Disputes) != len(ps) {
		t.Fatalf("%d reveals, %d disputes", out.Reveals, len(out.Disputes))
	}
	for _, id := range out.Disputes {
		d := check(e.clients[0].Dispute(e.ctx, id))(t)
		if id != out.Dispute && ledger.Outcome(d.Outcome) != ledger.OutcomeSuperseded {
			t.Fatalf("dispute %d ended %v, want superseded", id, ledger.Outcome(d.Outcome))
		}
	}
	t.Logf("solver: %+v", r.Stats())
}

// TestSilentSolver: the solver never posts the step: conviction by step
// timeout once the chain's clock passes the deadline.
func TestSilentSolver(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, &tamperRun{f: e.f, tamper: flipSeed})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.advanceAfterOpen(1)
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	e.convicted("step timeout (silent solver)", e.solver(0), out, err, ledger.OutcomeStepTimeout, at)
}

// TestMuteSolver: the solver answers nothing, neither peer to peer nor on
// chain: every step is disputed, the first timeout convicts, the others end
// superseded.
func TestMuteSolver(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, _, c := e.cheat(ps, &tamperRun{f: e.f, tamper: flipSeed})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()
	e.advanceAfterOpen(len(ps))
	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, withheld{})
	e.convicted("step timeout (mute solver)", e.solver(0), out, err, ledger.OutcomeStepTimeout, at)
}

// advanceAfterOpen moves the chain's clock past the reveal window once n
// disputes are open (the test plays the passing time).
func (e *env) advanceAfterOpen(n int) {
	e.t.Helper()
	sink := make(chan *ledger.DisputeOpened, 8)
	ctx, cancel := context.WithCancel(e.ctx)
	sub := check(e.clients[0].WatchDisputeOpened(ctx, e.run, sink))(e.t)
	done := make(chan struct{})
	e.t.Cleanup(func() { cancel(); sub.Unsubscribe(); <-done })
	go func() {
		defer close(done)
		for range n {
			select {
			case <-sink:
			case <-ctx.Done():
				return
			}
		}
		if err := e.advance(revealWindow + 1); err != nil {
			e.t.Errorf("advance time: %v", err)
		}
	}()
}

// TestFalseChallenge: a challenger whose own recomputation is wrong (its
// replays flip the seed) disputes an honest contribution: its element proof
// is judged solver_right, it loses its bond and the solver keeps its stake.
func TestFalseChallenge(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, newFixedRun(ps, honest))
	cm, _ := e.commit(e.solver(0), c)
	e.closeCommits()
	e.respond(e.solver(0), w, 0)
	wrong, _, _ := e.cheat(ps, &tamperRun{f: e.f, tamper: flipSeed})
	out, err := e.challenge(e.solver(0), cm, ps, wrong, nil, dispute.NewLocalTrace(w))
	if err == nil || out == nil || out.Verdict != ledger.OutcomeSolverRight {
		t.Fatalf("a false challenge: %+v, %v; want solver_right and an error", out, err)
	}
	m := check(e.clients[0].Member(e.ctx, e.run, e.addr(e.solver(0))))(t)
	st := check(e.clients[0].Status(e.ctx, e.run, 0, e.addr(e.solver(0))))(t)
	if m.Stake.Cmp(stake) != 0 || st == ledger.StatusConvicted {
		t.Fatalf("solver stake %v, status %v after a false challenge", m.Stake, st)
	}
	if b := check(e.clients[0].Round(e.ctx, e.run, 0))(t).Bonus; b.Cmp(bond) != 0 {
		t.Fatalf("round bonus %v, want the lost bond %v", b, bond)
	}
	t.Logf("false challenge: %v, bond lost; %d transactions, %d gas", out.Verdict, out.Costs.Txs, out.Costs.Gas)
}

// TestHonestNotDisputed: an honest contribution gives ErrNoDivergence and
// no transaction.
func TestHonestNotDisputed(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, newFixedRun(ps, honest))
	cm, _ := e.commit(e.solver(0), c)
	e.closeCommits()
	_, err := e.challenge(e.solver(0), cm, ps, honest, nil, dispute.NewLocalTrace(w))
	if !errors.Is(err, dispute.ErrNoDivergence) {
		t.Fatalf("honest contribution: %v, want ErrNoDivergence", err)
	}
	if n := check(e.clients[0].DisputeCount(e.ctx))(t); n != 0 {
		t.Fatalf("%d disputes opened", n)
	}
}

var _ = big.NewInt

// rootsOnly is a Trace that serves the step roots (so the challenger disputes the one step
// that differs) and withholds everything else.
type rootsOnly struct {
	withheld
	t dispute.Trace
}

func (r rootsOnly) StepRoots(ctx context.Context, root verify.Hash) ([]verify.Hash, error) {
	return r.t.StepRoots(ctx, root)
}

// TestRevealTimeoutSolver: the solver posts the disputed step and then goes offline (its
// responder stops right after its post is mined) while serving no records peer to peer; the
// challenger's forced reveal goes unanswered, and once the reveal window has passed its
// timeout convicts the solver (reveal_timeout).
func TestRevealTimeoutSolver(t *testing.T) {
	e := newEnv(t, 1)
	ps, honest := e.f.batch(0, 1)
	_, w, c := e.cheat(ps, &tamperRun{f: e.f, tamper: flipSeed})
	cm, at := e.commit(e.solver(0), c)
	e.closeCommits()

	// The solver's responder, on a client of its own that stops it as soon as its first
	// transaction (the post) is sent, before sealing it: it cannot see a later reveal request.
	ctx, stop := context.WithCancel(e.ctx)
	var once sync.Once
	cl := check(ledger.New(e.ctx, e.chain.Client, e.clients[0].Addresses(), e.chain.Keys[e.solver(0)],
		ledger.WithAfterSend(func() { once.Do(stop); e.seal() }), ledger.WithLogger(quietLog)))(t)
	r := check(dispute.NewResponder(cl, source{w}, dispute.WithLogger(e.log.With("side", "solver"))))(t)
	check(0, r.Watch(e.ctx, e.run, 0))(t)
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("responder: %v", err)
		}
	})

	// The test plays the passing time: past the reveal window once a reveal is requested.
	sink := make(chan *ledger.RevealRequested, 8)
	wctx, cancel := context.WithCancel(e.ctx)
	sub := check(e.clients[0].WatchRevealRequested(wctx, sink))(t)
	advanced := make(chan struct{})
	t.Cleanup(func() { cancel(); sub.Unsubscribe(); <-advanced })
	go func() {
		defer close(advanced)
		select {
		case <-sink:
		case <-wctx.Done():
			return
		}
		if err := e.advance(revealWindow + 1); err != nil {
			t.Errorf("advance time: %v", err)
		}
	}()

	out, err := e.challenge(e.solver(0), cm, ps, honest, nil, rootsOnly{t: dispute.NewLocalTrace(w)})
	e.convicted("reveal timeout (solver offline after its post)", e.solver(0), out, err, ledger.OutcomeRevealTimeout, at)
	// The post is on chain (the responder stopped before it saw its receipt); no reveal is.
	if d := check(e.clients[0].Dispute(e.ctx, out.Dispute))(t); d.StepRoot == [32]byte{} {
		t.Fatal("the solver's step is not posted")
	}
	if st := r.Stats(); st.Reveals != 0 {
		t.Fatalf("the solver revealed %d times, want 0", st.Reveals)
	}
	if len(out.Disputes) != 1 {
		t.Fatalf("%d disputes opened, want 1 (the step roots were served)", len(out.Disputes))
	}
}
