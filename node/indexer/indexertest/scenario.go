// Package indexertest plays a small but complete run on a real Ledger
// deployed on the simulated backend, for the tests of the indexer and of
// the HTTP API: real transactions, real events, no fakes.
package indexertest

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/verify"
)

// Seconds from T_r of the scenario's schedule (as the ledger's own tests).
const (
	tCommit  = 600
	tVerify  = 900
	tDispute = 1200
	tFinal   = 4800
	tRound   = 3600
)

// Chain is a simulated chain with the Ledger deployed, one client per
// account (0 is the submitter, 1..5 are peers) and a run.
type Chain struct {
	T       testing.TB
	Ctx     context.Context
	Sim     *simchain.Chain
	Clients []*ledger.Client
	Run     ledger.RunID
	// Disputes are the dispute IDs the scenario opened: [0] convicts peer 2
	// (step timeout, challenger 3), [1] is lost by its challenger 4 against
	// peer 1 (proof timeout).
	Disputes []uint64
	// Resolved are the chain's DisputeResolved events of those disputes, in the same order.
	Resolved []*ledger.DisputeResolved
}

// Eth returns n ether in wei.
func Eth(n int64) *big.Int { return ledger.Ether(n) }

// New deploys the Ledger on a fresh simulated chain and creates a run of
// three hour-long rounds (pool 30 ether) that peers 1..5 join with 25 ether.
func New(t testing.TB) *Chain {
	t.Helper()
	sim, err := simchain.New(simchain.WithAccounts(6))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	p := ledger.DefaultParams()
	p.RevealWindow, p.ResponseWindow, p.MaxCommitsPerRound, p.MaxReveals = 600, 600, 8, 2
	addrs, err := ledger.Deploy(ctx, sim.Client, sim.Keys[0], p, sim.Commit)
	if err != nil {
		t.Fatal(err)
	}
	c := &Chain{T: t, Ctx: ctx, Sim: sim}
	log := slog.New(slog.DiscardHandler)
	for i := range sim.Keys {
		cl, err := ledger.New(ctx, sim.Client, addrs, sim.Keys[i], ledger.WithAfterSend(sim.Commit), ledger.WithLogger(log))
		if err != nil {
			t.Fatal(err)
		}
		c.Clients = append(c.Clients, cl)
	}
	c.Run = must(c.Clients[0].CreateRun(ctx, runConfig(), []string{"/ip4/127.0.0.1/tcp/4701"}, Eth(30)))(t)
	for i := 1; i <= 5; i++ {
		must(c.Clients[i].JoinRun(ctx, c.Run, Eth(25)))(t)
	}
	return c
}

func runConfig() ledger.RunConfig {
	return ledger.RunConfig{
		ConfigHash: common.HexToHash("0xc0f1"), SkeletonRoot: common.HexToHash("0x5ce1"), OutputsRoot: common.HexToHash("0x0075"),
		InitialModelRoot: InitialRoot, Task: "reverse", RoundDuration: tRound, NumRounds: 3,
		CommitWindow: tCommit, VerifyWindow: tVerify - tCommit, DisputeWindow: tDispute - tCommit,
		DisputeDuration: tFinal - tDispute, FinalityLag: 2, VerifiersPerContribution: 2, WhistleblowerBps: 4000,
		MinStake: Eth(20), SlashAmount: Eth(10), DisputeBond: Eth(1), MinGasPrice: big.NewInt(1e9),
		VerifierFee: big.NewInt(1e17), VerifierPenalty: Eth(2),
	}
}

// InitialRoot is the run's initial model root.
var InitialRoot = common.HexToHash("0x0de1")

// Addr returns account i's address.
func (c *Chain) Addr(i int) common.Address { return c.Sim.Addrs[i] }

// Commit has peer i commit a one-step contribution of seed to round.
func (c *Chain) Commit(i int, round uint64, seed byte) {
	c.T.Helper()
	cm := ledger.Commitment{Base: InitialRoot, BatchRoot: common.Hash{1, seed}, TraceRoot: verify.TraceRoot([]verify.Hash{stepOutput(seed)}),
		UpdateRoot: common.Hash{3, seed}, UpdateBlob: common.Hash{4, seed}, UpdateSize: 1000, Nsteps: 1}
	must(c.Clients[i].Commit(c.Ctx, c.Run, round, cm))(c.T)
}

// stepOutput is the one step output root of a commitment of seed: a named
// set of one gradient, grad.w with root {5, seed}.
func stepOutput(seed byte) verify.Hash {
	return verify.NamedRootOfLeaves([]verify.Hash{verify.NamedLeaf("grad.w", verify.Hash{5, seed})})
}

// StepOutputs are what the solver of a commitment of seed posts with a step root.
func StepOutputs(seed byte) ledger.StepOutputs {
	return ledger.NewStepOutputs([][32]byte{stepOutput(seed)}, []string{"grad.w"}, [][32]byte{{5, seed}})
}

// At advances chain time to T_round + off (never backwards).
func (c *Chain) At(round, off uint64) {
	c.T.Helper()
	want := round*tRound + off + c.start()
	h := must(c.Sim.Client.HeaderByNumber(c.Ctx, nil))(c.T)
	if want > h.Time {
		if err := c.Sim.AdvanceTime(time.Duration(want-h.Time) * time.Second); err != nil {
			c.T.Fatal(err)
		}
	}
}

func (c *Chain) start() uint64 { return must(c.Clients[0].Run(c.Ctx, c.Run))(c.T).Cfg.Start }

// Beacon closes round and fixes its beacon (after C_r), then has every
// assigned verifier of each solver attest.
func (c *Chain) Beacon(round uint64, solvers ...int) {
	c.T.Helper()
	c.At(round, tCommit)
	must(c.Clients[0].CloseRound(c.Ctx, c.Run, round))(c.T)
	c.Sim.Commit() // the seed block
	c.Sim.Commit() // calls are estimated on the latest block: it must follow the seed block
	must(c.Clients[0].CloseRound(c.Ctx, c.Run, round))(c.T)
	for _, s := range solvers {
		for _, v := range must(c.Clients[0].Verifiers(c.Ctx, c.Run, round, c.Addr(s)))(c.T) {
			must(c.client(v).AttestContribution(c.Ctx, c.Run, round, c.Addr(s)))(c.T)
		}
	}
}

func (c *Chain) client(a common.Address) *ledger.Client {
	for i, x := range c.Sim.Addrs {
		if x == a {
			return c.Clients[i]
		}
	}
	c.T.Fatalf("no client for %s", a)
	return nil
}

// Claim has every peer claim round's reward and fees (those owed nothing
// are skipped), except the peers in skip.
func (c *Chain) Claim(round uint64, skip ...int) {
	c.T.Helper()
next:
	for i := 1; i <= 5; i++ {
		for _, s := range skip {
			if s == i {
				continue next
			}
		}
		if _, err := c.Clients[i].ClaimReward(c.Ctx, c.Run, round); err != nil && !ledger.IsRevert(err, "NoReward") {
			c.T.Fatalf("peer %d claims round %d: %v", i, round, err)
		}
	}
}

func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}
