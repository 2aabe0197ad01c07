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
)

// env is a simulated chain with the contracts deployed and one client per account.
type env struct {
	t        *testing.T
	ctx      context.Context
	chain    *simchain.Chain // nil on anvil
	anvil    *anvil.Node     // nil on the simulated chain
	accounts []common.Address
	addrs    ledger.Addresses
	clients  []*ledger.Client
}

// testParams are short-window parameters for tests.
func testParams() ledger.Params {
	p := ledger.DefaultParams()
	p.WithdrawDelay = 3600
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

func runConfig(start uint64) ledger.RunConfig {
	return ledger.RunConfig{
		ConfigHash:       common.HexToHash("0xc0f1"),
		Task:             "gsm8k-lite",
		Start:            start,
		RoundDuration:    3600,
		NumRounds:        3,
		DisputeWindow:    3600,
		MinStake:         eth(10),
		DisputeBond:      eth(1),
		InitialModelRoot: common.HexToHash("0x0de1"),
		Bootstrap:        []string{"/ip4/127.0.0.1/tcp/4001/p2p/16Uiu2HAm"},
	}
}

func commitment(seed byte) ledger.Commitment {
	return ledger.Commitment{
		ContributionRoot: common.Hash{1, seed},
		TraceRoot:        common.Hash{2, seed},
		UpdateRoot:       common.Hash{3, seed},
		UpdateSize:       1000 + uint64(seed),
	}
}
