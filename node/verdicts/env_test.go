// Package verdicts_test plays protocol v2 disputes end to end with real
// contributions: node/compute trains honest and cheating contributions, they
// are committed with Ledger v2 on the simulated chain, and each dispute runs
// to its verdict (docs/PROTOCOL.md §3.8). Test files only: the tests need
// node/compute, which ledger may not import.
package verdicts_test

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Accounts: the submitter, the solver, the challenger.
const (
	submitter  = 0
	solver     = 1
	challenger = 2
)

// Schedule (seconds from T_r) and economics of the test run.
const (
	tCommit  = 600
	tDispute = 1200
	tFinal   = 4800
	tRound   = 3600
)

var (
	stake = ledger.Ether(20)
	slash = ledger.Ether(10)
	bond  = ledger.Ether(1)
	share = ledger.Ether(4) // 40% of the slash
)

// env is a simulated chain with Ledger v2 and a compute run of the "add"
// task whose skeleton and outputs roots are on chain.
type env struct {
	t       *testing.T
	ctx     context.Context
	chain   *simchain.Chain
	clients []*ledger.Client
	cfg     compute.Config
	crun    *compute.Run
	st      *compute.State
	rep     compute.Report
	sources []verify.OutputSource
	batch   [][]byte // the contribution's payloads
	honest  []trace  // their honest op-level traces
	contrib *compute.Contribution
	steps   []verify.Hash // the committed step output roots
	run     ledger.RunID
	gas     []txGas
}

// txGas is one transaction of a dispute and its gas.
type txGas struct {
	what string
	gas  uint64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ch, err := simchain.New(simchain.WithAccounts(3))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	ctx := context.Background()
	p := ledger.DefaultParams()
	p.MaxReveals = 2
	addrs, err := ledger.Deploy(ctx, ch.Client, ch.Keys[0], p, ch.Commit)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, chain: ch}
	for i := range ch.Keys {
		c, err := ledger.New(ctx, ch.Client, addrs, ch.Keys[i], ledger.WithAfterSend(ch.Commit))
		if err != nil {
			t.Fatal(err)
		}
		e.clients = append(e.clients, c)
	}
	f := loadFixture(t)
	e.cfg, e.crun, e.st, e.rep, e.sources, e.batch, e.honest, e.contrib = f.cfg, f.crun, f.st, f.rep, f.sources, f.batch, f.honest, f.contrib
	e.run = e.createRun()
	return e
}

// fixture is the compute side every test shares (read only): the run, its
// initial model, skeleton report and outputs, a batch of two groups of round
// 0 and their honest op-level traces. Built once: a step under -race takes
// seconds.
type fixture struct {
	cfg     compute.Config
	crun    *compute.Run
	st      *compute.State
	rep     compute.Report
	sources []verify.OutputSource
	batch   [][]byte
	honest  []trace
	contrib *compute.Contribution // the honest contribution of the batch
}

var (
	fixtureOnce sync.Once
	shared      *fixture
	fixtureErr  error
)

func loadFixture(t *testing.T) *fixture {
	t.Helper()
	fixtureOnce.Do(func() { shared, fixtureErr = newFixture() })
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return shared
}

func newFixture() (*fixture, error) {
	f := &fixture{cfg: compute.DefaultConfig("add")}
	var err error
	if f.crun, err = compute.NewRun(f.cfg, verify.Keccak256([]byte("verdicts e2e")), repops.MustEngine()); err != nil {
		return nil, err
	}
	if f.st, err = compute.InitialState(f.cfg); err != nil {
		return nil, err
	}
	if f.rep, err = compute.Check(f.cfg); err != nil {
		return nil, err
	}
	for _, s := range f.rep.GradSources {
		f.sources = append(f.sources, verify.OutputSource{Record: s.Record, Slot: s.Slot})
	}
	// The solver's own groups, then (if L is 1) the challenger's first as
	// an external group.
	for _, who := range []int{solver, challenger} {
		var a [20]byte
		copy(a[:], devkeys.Address(who).Bytes())
		ro, err := f.crun.Rollouts(f.st, 0, a)
		if err != nil {
			return nil, err
		}
		for _, r := range ro {
			if len(f.batch) < 2 && (who == solver || f.cfg.E > 0) {
				f.batch = append(f.batch, r.Bytes)
			}
		}
	}
	for _, b := range f.batch {
		tr, err := replayStep(f, f.st, b, nil)
		if err != nil {
			return nil, err
		}
		want, err := f.crun.Replay(f.st, 0, b)
		if err != nil {
			return nil, err
		}
		if got := stepRoot(tr.records); got != want.StepRoot {
			return nil, fmt.Errorf("replay step root %v, compute.Replay's %v", got, want.StepRoot)
		}
		f.honest = append(f.honest, tr)
	}
	if f.contrib, err = f.crun.Contribute(f.st, 0, f.batch); err != nil {
		return nil, err
	}
	return f, nil
}

// createRun creates the run (its roots from the config) and has the solver
// and the challenger join with 20 ether each.
func (e *env) createRun() ledger.RunID {
	e.t.Helper()
	ch := check(e.cfg.Hash())(e.t)
	base := check(e.st.Root())(e.t)
	rc := ledger.DefaultRunConfig()
	rc.ConfigHash, rc.SkeletonRoot, rc.InitialModelRoot = ch, e.rep.SkeletonRoot, base
	rc.OutputsRoot = verify.OutputsRoot(e.sources)
	rc.Task, rc.NumRounds, rc.RoundDuration = e.cfg.Task, 3, tRound
	rc.CommitWindow, rc.VerifyWindow, rc.DisputeWindow, rc.DisputeDuration = tCommit, 300, tDispute-tCommit, tFinal-tDispute
	rc.MinStake, rc.SlashAmount, rc.DisputeBond, rc.VerifierFee, rc.VerifierPenalty = stake, slash, bond, big.NewInt(1e15), ledger.Ether(2)
	id := check(e.clients[submitter].CreateRun(e.ctx, rc, nil, ledger.Ether(30)))(e.t)
	for _, i := range []int{solver, challenger} {
		check(e.clients[i].JoinRun(e.ctx, id, stake))(e.t)
	}
	return id
}

// commit commits c for the solver in round 0, with base as its base model.
func (e *env) commit(c *compute.Contribution, base verify.Hash) {
	e.t.Helper()
	blob := check(compute.EncodeUpdate(e.cfg, c.Update))(e.t)
	cm := ledger.Commitment{Base: base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot,
		UpdateBlob: verify.Keccak256(blob), UpdateSize: uint64(len(blob)), Nsteps: uint32(len(c.StepRoots))}
	check(e.clients[solver].Commit(e.ctx, e.run, 0, cm))(e.t)
	e.steps = c.StepRoots
	e.advance(tCommit) // the commit window closes; disputes may open
}

// open opens a dispute about step of the solver's contribution.
func (e *env) open(step uint32) uint64 {
	e.t.Helper()
	id := check(e.clients[challenger].OpenDispute(e.ctx, e.run, 0, e.addr(solver), step, bond))(e.t)
	e.record("openDispute")
	return id
}

// post has the solver post the op-level step root it replays, with the
// committed outputs: the step roots and the disputed step's gradients grads.
func (e *env) post(id uint64, records []verify.Record, grads []*repops.Tensor) {
	e.t.Helper()
	hs := make([]verify.Hash, len(records))
	for i := range records {
		hs[i] = records[i].Hash()
	}
	steps := make([][32]byte, len(e.steps))
	for k, r := range e.steps {
		steps[k] = r
	}
	names := make([]string, len(grads))
	roots := make([][32]byte, len(grads))
	for i, g := range grads {
		names[i], roots[i] = verify.GradName(e.st.Params[i].Name), verify.TensorRoot(g)
	}
	outs := ledger.NewStepOutputs(steps, names, roots)
	check(e.clients[solver].PostStep(e.ctx, id, verify.StepRoot(hs), uint32(len(records)), outs))(e.t)
	e.record("postStep")
}

// record notes the gas of the transaction just mined (one per block).
func (e *env) record(what string) {
	e.t.Helper()
	b := check(e.chain.Client.BlockByNumber(e.ctx, nil))(e.t)
	if len(b.Transactions()) != 1 {
		e.t.Fatalf("%s: block has %d transactions", what, len(b.Transactions()))
	}
	r := check(e.chain.Client.TransactionReceipt(e.ctx, b.Transactions()[0].Hash()))(e.t)
	e.gas = append(e.gas, txGas{what, r.GasUsed})
}

// logGas prints the dispute's transactions and their gas, then forgets them.
func (e *env) logGas(name string) {
	var total uint64
	for _, g := range e.gas {
		e.t.Logf("%s: %s %d gas", name, g.what, g.gas)
		total += g.gas
	}
	e.t.Logf("%s: %d transactions, %d gas in all", name, len(e.gas), total)
	e.gas = nil
}

// settled checks the dispute's outcome and the solver's stake and the
// challenger's credit afterwards.
func (e *env) settled(res *ledger.DisputeResolved, want ledger.Outcome) {
	e.t.Helper()
	if got := ledger.Outcome(res.Outcome); got != want {
		e.t.Fatalf("outcome %v, want %v", got, want)
	}
	m := check(e.clients[0].Member(e.ctx, e.run, e.addr(solver)))(e.t)
	credit := check(e.clients[0].Credit(e.ctx, e.addr(challenger)))(e.t)
	st := check(e.clients[0].Status(e.ctx, e.run, 0, e.addr(solver)))(e.t)
	wantStake, wantCredit, wantStatus := stake, new(big.Int).Add(bond, share), ledger.ContributionStatus(2)
	if want == ledger.OutcomeSolverRight {
		wantStake, wantCredit, wantStatus = stake, new(big.Int), ledger.ContributionStatus(1)
	} else {
		wantStake = new(big.Int).Sub(stake, slash)
	}
	if m.Stake.Cmp(wantStake) != 0 || credit.Cmp(wantCredit) != 0 || st != wantStatus {
		e.t.Fatalf("after %v: solver stake %v (want %v), challenger credit %v (want %v), status %v (want %v)",
			want, m.Stake, wantStake, credit, wantCredit, st, wantStatus)
	}
	if want != ledger.OutcomeSolverRight { // the rest of the slash goes to the round's pool
		if b := check(e.clients[0].Round(e.ctx, e.run, 0))(e.t).Bonus; b.Cmp(new(big.Int).Sub(slash, share)) != 0 {
			e.t.Fatalf("round bonus %v after a conviction, want %v", b, new(big.Int).Sub(slash, share))
		}
	}
}

func (e *env) advance(secs uint64) {
	e.t.Helper()
	if err := e.chain.AdvanceTime(time.Duration(secs) * time.Second); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) addr(i int) common.Address { return e.chain.Addrs[i] }

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
