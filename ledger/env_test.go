package ledger_test

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/ledger/internal/anvil"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/verify"
)

// env is a simulated chain or an anvil node with the contracts deployed and
// one client per account.
type env struct {
	t        *testing.T
	ctx      context.Context
	chain    *simchain.Chain // nil on anvil
	anvil    *anvil.Node     // nil on the simulated chain
	accounts []common.Address
	addrs    ledger.Addresses
	clients  []*ledger.Client
}

// testParams are short-window parameters for tests: a full dispute (post,
// two reveals, proof) takes at most 3*(600+600) = 3,600 s.
func testParams() ledger.Params {
	p := ledger.DefaultParams()
	p.RevealWindow = 600
	p.ResponseWindow = 600
	p.MaxCommitsPerRound = 4
	p.MaxReveals = 2
	return p
}

func newEnv(t *testing.T, accounts int, p ledger.Params) *env {
	t.Helper()
	ch, err := simchain.New(simchain.WithAccounts(accounts))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	ctx := context.Background()
	addrs, err := ledger.Deploy(ctx, ch.Client, ch.Keys[0], p, ch.Commit)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, chain: ch, accounts: ch.Addrs, addrs: addrs}
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	for i := range ch.Keys {
		c, err := ledger.New(ctx, ch.Client, addrs, ch.Keys[i], ledger.WithAfterSend(ch.Commit),
			ledger.WithLogger(log))
		if err != nil {
			t.Fatal(err)
		}
		e.clients = append(e.clients, c)
	}
	return e
}

// newAnvilEnv is newEnv on an anvil node (skipped where anvil is not
// installed, failed under CI=true): the same client and contracts on an
// Ethereum node that is not go-ethereum.
func newAnvilEnv(t *testing.T, accounts int, p ledger.Params) *env {
	t.Helper()
	n := anvil.Start(t)
	ctx := context.Background()
	e := &env{t: t, ctx: ctx, anvil: n}
	for i := 0; i < accounts; i++ {
		e.accounts = append(e.accounts, devkeys.Address(i))
	}
	if err := n.Fund(ctx, eth(1_000_000), e.accounts...); err != nil {
		t.Fatal(err)
	}
	var err error
	if e.addrs, err = ledger.Deploy(ctx, n.Client, devkeys.Key(0), p, nil); err != nil {
		t.Fatal(err)
	}
	deployed := check(n.Client.BlockNumber(ctx))(t)
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	for i := 0; i < accounts; i++ {
		c, err := ledger.New(ctx, n.Client, e.addrs, devkeys.Key(i), ledger.WithLogger(log),
			ledger.WithEndpoint(n.URL), ledger.WithDeployBlock(deployed))
		if err != nil {
			t.Fatal(err)
		}
		e.clients = append(e.clients, c)
	}
	return e
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

// advance moves chain time forward.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	var err error
	if e.anvil != nil {
		err = e.anvil.IncreaseTime(e.ctx, d)
	} else {
		err = e.chain.AdvanceTime(d)
	}
	if err != nil {
		e.t.Fatal(err)
	}
}

// now returns the latest block's timestamp.
func (e *env) now() uint64 {
	h, err := e.clients[0].Backend().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

func (e *env) addr(i int) common.Address { return e.accounts[i] }

// check returns a function that fails the test on err or returns v:
// check(f())(t).
func check[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// wantRevert requires err to be a revert with the named custom error.
func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if !ledger.IsRevert(err, name) {
		t.Fatalf("got error %v, want revert %s", err, name)
	}
}

func eth(n int64) *big.Int { return ledger.Ether(n) }

// Test run schedule (seconds from T_r): commits until 600, verifiers until
// 900, disputes until 1,200, final at 4,800 (before T_{r+2} = 7,200).
const (
	tCommit  = 600
	tVerify  = 900
	tDispute = 1200
	tFinal   = 4800
	tRound   = 3600
)

var initialRoot = common.HexToHash("0x0de1")

// runConfig: 3 rounds of an hour, D = 2, stake 20, slash 10 (40% to the
// whistleblower), bond 1, verifier fee 0.1 and penalty 2 ether, 2 verifiers.
func runConfig(start uint64) ledger.RunConfig {
	return ledger.RunConfig{
		ConfigHash:               common.HexToHash("0xc0f1"),
		SkeletonRoot:             common.HexToHash("0x5ce1"),
		OutputsRoot:              common.HexToHash("0x0a7b"),
		InitialModelRoot:         initialRoot,
		Task:                     "gsm8k-lite",
		Start:                    start,
		RoundDuration:            tRound,
		NumRounds:                3,
		CommitWindow:             tCommit,
		VerifyWindow:             tVerify - tCommit,
		DisputeWindow:            tDispute - tCommit,
		DisputeDuration:          tFinal - tDispute,
		FinalityLag:              2,
		VerifiersPerContribution: 2,
		WhistleblowerBps:         4000,
		MinStake:                 eth(20),
		SlashAmount:              eth(10),
		DisputeBond:              eth(1),
		MinGasPrice:              big.NewInt(1e9),
		VerifierFee:              big.NewInt(1e17),
		VerifierPenalty:          eth(2),
	}
}

// commitment is a contribution of seed (one step) trained from the initial model.
func commitment(seed byte) ledger.Commitment {
	return ledger.Commitment{
		Base:       initialRoot,
		BatchRoot:  common.Hash{1, seed},
		TraceRoot:  verify.TraceRoot([]verify.Hash{stepOutput(seed)}),
		UpdateRoot: common.Hash{3, seed},
		UpdateBlob: common.Hash{4, seed},
		UpdateSize: 1000 + uint64(seed),
		Nsteps:     1,
	}
}

// stepOutput is the one step output root of commitment(seed): a named set of
// one gradient, grad.w with root {5, seed}.
func stepOutput(seed byte) verify.Hash {
	return verify.NamedRootOfLeaves([]verify.Hash{verify.NamedLeaf("grad.w", verify.Hash{5, seed})})
}

// stepOutputs are what the solver of commitment(seed) posts with a step root.
func stepOutputs(seed byte) ledger.StepOutputs {
	return ledger.NewStepOutputs([][32]byte{stepOutput(seed)}, []string{"grad.w"}, [][32]byte{{5, seed}})
}

// newRun creates a run (pool 30 ether, starting now) and has accounts
// peers join it with 20 ether each.
func (e *env) newRun(peers ...int) ledger.RunID {
	e.t.Helper()
	id := check(e.clients[0].CreateRun(e.ctx, runConfig(0), nil, eth(30)))(e.t)
	for _, i := range peers {
		check(e.clients[i].JoinRun(e.ctx, id, eth(20)))(e.t)
	}
	return id
}

// at advances chain time to T_round + off of run id (never backwards).
func (e *env) at(id ledger.RunID, round, off uint64) {
	e.t.Helper()
	r := check(e.clients[0].Run(e.ctx, id))(e.t)
	want := r.Cfg.Start + round*uint64(r.Cfg.RoundDuration) + off
	if now := e.now(); want > now {
		e.advance(time.Duration(want-now) * time.Second)
	}
}

// beacon fixes round's seed block and then its beacon (after C_r).
func (e *env) beacon(id ledger.RunID, round uint64) {
	e.t.Helper()
	check(e.clients[0].CloseRound(e.ctx, id, round))(e.t)
	e.mine() // the seed block
	e.mine() // calls are estimated on the latest block: it must follow the seed block
	check(e.clients[0].CloseRound(e.ctx, id, round))(e.t)
}

// mine mines an empty block.
func (e *env) mine() {
	e.t.Helper()
	if e.anvil == nil {
		e.chain.Commit()
		return
	}
	if err := e.anvil.IncreaseTime(e.ctx, 0); err != nil {
		e.t.Fatal(err)
	}
}

// attestAll has every assigned verifier of each solver attest it.
func (e *env) attestAll(id ledger.RunID, round uint64, solvers ...int) {
	e.t.Helper()
	for _, s := range solvers {
		for _, v := range check(e.clients[0].Verifiers(e.ctx, id, round, e.addr(s)))(e.t) {
			check(e.client(v).AttestContribution(e.ctx, id, round, e.addr(s)))(e.t)
		}
	}
}

// client returns the client of address a.
func (e *env) client(a common.Address) *ledger.Client {
	e.t.Helper()
	for i, x := range e.accounts {
		if x == a {
			return e.clients[i]
		}
	}
	e.t.Fatalf("no client for %s", a)
	return nil
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }
