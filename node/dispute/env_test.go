package dispute_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Accounts: the submitter, the challenger, then solvers.
const (
	submitter   = 0
	challenger  = 1
	firstSolver = 2
)

// Windows of the test chain (seconds). Twelve forced reveals fit in a
// dispute: disputeDuration = (12+1)·(600+600).
const (
	revealWindow    = 600
	maxReveals      = 12
	commitWindow    = 3600
	disputeWindow   = 3600
	disputeDuration = (maxReveals + 1) * 2 * revealWindow
	roundDuration   = 12000
)

var quietLog = slog.New(slog.DiscardHandler)

var (
	stake = ledger.Ether(20)
	slash = ledger.Ether(2)
	bond  = new(big.Int).Div(ledger.Ether(1), big.NewInt(2))
)

// env is a simulated chain with the Ledger, a run whose skeleton and
// outputs roots are the fixture config's, a challenger and solvers.
type env struct {
	t       *testing.T
	ctx     context.Context
	f       *fixture
	chain   *simchain.Chain
	clients []*ledger.Client
	run     ledger.RunID
	log     *slog.Logger
	base    verify.Hash
	// sealMu serializes block sealing: the simulated beacon's sealBlock is
	// not safe for concurrent use (two concurrent txpool syncs, one never
	// answered: a deadlock), and challenger and responder send at once.
	sealMu sync.Mutex
	// The random test's challenger and honest recomputations, by batch.
	quiet  *dispute.Challenger
	honest map[string]*compute.Contribution
}

func newEnv(t *testing.T, solvers int) *env {
	t.Helper()
	return newEnvWith(t, loadFixture(t), solvers)
}

// newEnvWith is newEnv with a run of f's config.
func newEnvWith(t *testing.T, f *fixture, solvers int) *env {
	t.Helper()
	ch := check(simchain.New(simchain.WithAccounts(firstSolver + solvers)))(t)
	t.Cleanup(func() { ch.Close() })
	ctx := context.Background()
	p := ledger.DefaultParams()
	p.RevealWindow, p.ResponseWindow, p.MaxReveals = revealWindow, revealWindow, maxReveals
	e := &env{t: t, ctx: ctx, f: f, chain: ch, log: slog.New(slog.NewTextHandler(tlog{t}, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	addrs := check(ledger.Deploy(ctx, ch.Client, ch.Keys[0], p, e.seal))(t)
	quiet := slog.New(slog.DiscardHandler)
	for i := range ch.Keys {
		e.clients = append(e.clients, check(ledger.New(ctx, ch.Client, addrs, ch.Keys[i], ledger.WithAfterSend(e.seal), ledger.WithLogger(quiet)))(t))
	}
	e.base = check(f.st.Root())(t)
	rep := f.crun.Report
	rc := ledger.DefaultRunConfig()
	rc.ConfigHash, rc.SkeletonRoot, rc.InitialModelRoot, rc.OutputsRoot = check(f.cfg.Hash())(t), rep.SkeletonRoot, e.base, rep.OutputsRoot()
	rc.Task, rc.NumRounds, rc.RoundDuration = f.cfg.Task, 3, roundDuration
	rc.CommitWindow, rc.VerifyWindow, rc.DisputeWindow, rc.DisputeDuration = commitWindow, 300, disputeWindow, disputeDuration
	rc.MinStake, rc.SlashAmount, rc.DisputeBond, rc.VerifierFee, rc.VerifierPenalty = stake, slash, bond, big.NewInt(1e15), ledger.Ether(2)
	e.run = check(e.clients[submitter].CreateRun(ctx, rc, nil, ledger.Ether(30)))(t)
	check(e.clients[challenger].JoinRun(ctx, e.run, stake))(t)
	return e
}

// seal seals a block.
func (e *env) seal() {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	e.chain.Commit()
}

// advance moves the chain's clock by secs and seals a block.
func (e *env) advance(secs uint64) error {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	return e.chain.AdvanceTime(time.Duration(secs) * time.Second)
}

// tlog routes slog lines to the test log.
type tlog struct{ t *testing.T }

func (l tlog) Write(b []byte) (int, error) { l.t.Log(string(b[:len(b)-1])); return len(b), nil }

func (e *env) solver(i int) int             { return firstSolver + i }
func (e *env) addr(acct int) common.Address { return e.chain.Addrs[acct] }

// commit has solver account acct join and commit c; it returns the block
// time of the commit.
func (e *env) commit(acct int, c *compute.Contribution) (ledger.Commitment, uint64) {
	e.t.Helper()
	check(e.clients[acct].JoinRun(e.ctx, e.run, stake))(e.t)
	blob := check(compute.EncodeUpdate(e.f.cfg, c.Update))(e.t)
	cm := ledger.Commitment{Base: e.base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot,
		UpdateBlob: verify.Keccak256(blob), UpdateSize: uint64(len(blob)), Nsteps: uint32(len(c.StepRoots))}
	r := check(e.clients[acct].Commit(e.ctx, e.run, 0, cm))(e.t)
	h := check(e.chain.Client.HeaderByNumber(e.ctx, r.BlockNumber))(e.t)
	return cm, h.Time
}

// closeCommits moves the chain past the commit window: disputes may open.
func (e *env) closeCommits() {
	e.t.Helper()
	if err := e.advance(commitWindow); err != nil {
		e.t.Fatal(err)
	}
}

// source is a solver's store: its work by round.
type source struct{ w *dispute.Work }

func (s source) Work(_ context.Context, _ ledger.RunID, round uint64) (*dispute.Work, error) {
	if s.w == nil || round != 0 {
		return nil, errors.New("no work of this round")
	}
	return s.w, nil
}

// respond runs a responder for solver account acct on w until the test
// ends.
func (e *env) respond(acct int, w *dispute.Work, from uint64) *dispute.Responder {
	e.t.Helper()
	r := check(dispute.NewResponder(e.clients[acct], source{w}, dispute.WithLogger(e.log.With("side", "solver")), dispute.WithFromBlock(from)))(e.t)
	check(0, r.Watch(e.ctx, e.run, 0))(e.t)
	ctx, cancel := context.WithCancel(e.ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := r.Run(ctx); err != nil {
			e.t.Errorf("responder: %v", err)
		}
	})
	e.t.Cleanup(func() { cancel(); wg.Wait() })
	return r
}

// challenge runs the challenger on a case of solver acct.
func (e *env) challenge(acct int, cm ledger.Commitment, ps [][]byte, honest []*compute.Replayed, update []*repops.Tensor, tr dispute.Trace) (*dispute.Outcome, error) {
	e.t.Helper()
	h := check(e.f.contribution(ps, honest))(e.t)
	ch := check(dispute.NewChallenger(e.clients[challenger], dispute.WithLogger(e.log.With("side", "challenger"))))(e.t)
	ctx, cancel := context.WithTimeout(e.ctx, 5*time.Minute) // a hang guard
	defer cancel()
	return ch.Challenge(ctx, &dispute.Case{Run: e.run, Round: 0, Solver: e.addr(acct), Commitment: cm, Compute: e.f.crun,
		Model: e.f.st, Payloads: ps, Honest: h, Update: update, Replays: honest, Trace: tr})
}

// convicted checks a conviction on chain: the outcome, the solver's stake
// and status, and logs the figures.
func (e *env) convicted(name string, acct int, out *dispute.Outcome, err error, want ledger.Outcome, committedAt uint64) {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("%s: %v", name, err)
	}
	if out.Verdict != want {
		e.t.Fatalf("%s: verdict %v (class %s), want %v", name, out.Verdict, out.Class, want)
	}
	m := check(e.clients[0].Member(e.ctx, e.run, e.addr(acct)))(e.t)
	st := check(e.clients[0].Status(e.ctx, e.run, 0, e.addr(acct)))(e.t)
	if m.Stake.Cmp(new(big.Int).Sub(stake, slash)) != 0 || st != ledger.StatusConvicted {
		e.t.Fatalf("%s: solver stake %v, status %v after a conviction", name, m.Stake, st)
	}
	e.t.Logf("%s: %v (%s) in dispute %d, step %d, record %d, slot %d, element %d; %d reveals; %d transactions, %d gas %v; %d chain seconds from commit to conviction (%d from the open); %v wall",
		name, out.Verdict, out.Class, out.Dispute, out.Step, out.Record, out.Slot, out.Element, out.Reveals, out.Costs.Txs, out.Costs.Gas, out.Costs.ByEvent,
		out.Ended-committedAt, out.Ended-out.Opened, out.Wall.Round(time.Millisecond))
}

// check returns a function that fails the test on err or returns v.
func check[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

var _ = fmt.Sprint
