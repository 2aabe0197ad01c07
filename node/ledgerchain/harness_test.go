package ledgerchain_test

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/ledgerchain"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// testParams keep a full dispute short (2·(10+10) s), so runs can have short windows.
func testParams() ledger.Params {
	p := ledger.DefaultParams()
	p.RevealWindow, p.ResponseWindow, p.MaxReveals = 10, 10, 1
	return p
}

// testRunConfig is a run starting at start: rounds of 600 s, commits until +200 s,
// attestations until +300 s, disputes until +350 s, final at +650 s, D = 2. The windows are
// wide because every transaction seals a block one second after the previous one.
func testRunConfig(start uint64, verifiers int) ledger.RunConfig {
	return ledger.RunConfig{ConfigHash: common.Hash{1}, SkeletonRoot: common.Hash{2}, OutputsRoot: common.Hash{3}, InitialModelRoot: testGenesis,
		Task: "ledgerchain-test", Start: start, RoundDuration: 600, NumRounds: 8, CommitWindow: 200, VerifyWindow: 100,
		DisputeWindow: 150, DisputeDuration: 300, FinalityLag: 2, VerifiersPerContribution: uint16(verifiers),
		WhistleblowerBps: 4000, MinStake: ledger.Ether(20), SlashAmount: ledger.Ether(10), DisputeBond: ledger.Ether(1),
		MinGasPrice: big.NewInt(1e9), VerifierFee: big.NewInt(1e15), VerifierPenalty: ledger.Ether(2)}
}

var testGenesis = common.Hash{0x99}

// world is a run on a real chain with one adapter per account and the keepers that
// advanceTo steps; how a block is sealed and time moved comes from the backend.
type world struct {
	t       *testing.T
	ctx     context.Context
	run     swarm.RunID
	sched   swarm.Schedule
	backend ledger.Backend
	clients []*ledger.Client
	chains  map[common.Address]*ledgerchain.Chain
	extra   []*ledgerchain.Chain // more adapters whose clocks sync waits for
	keepers []*ledgerchain.Keeper
	// step steps the keepers once and reports whether one waits for the next block
	// (default: each of keepers in turn).
	step func() bool
	seal func() error              // seals one block (a second after the head)
	jump func(time.Duration) error // seals a block d after the head
}

// testLogger logs warnings and errors through t.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(b []byte) (int, error) { w.t.Log(string(b)); return len(b), nil }

// newWorld has clients[0] create a run starting 1000 s after the head, clients[1..joined]
// join it with 20 ether each, opens an adapter for every client and a keeper for clients[0].
func newWorld(t *testing.T, clients []*ledger.Client, joined, verifiers int, seal func() error, jump func(time.Duration) error) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{t: t, ctx: ctx, backend: clients[0].Backend(), clients: clients,
		chains: map[common.Address]*ledgerchain.Chain{}, seal: seal, jump: jump}
	start := w.headTime() + 1000
	w.run = check(clients[0].CreateRun(ctx, testRunConfig(start, verifiers), nil, ledger.Ether(8)))(t)
	for _, c := range clients[1 : 1+joined] {
		check(c.JoinRun(ctx, w.run, ledger.Ether(20)))(t)
	}
	for _, c := range clients {
		ch := check(ledgerchain.Open(ctx, c, w.run, ledgerchain.WithPollInterval(10*time.Millisecond),
			ledgerchain.WithLogger(testLogger(t))))(t)
		t.Cleanup(func() {
			if err := ch.Close(); err != nil {
				t.Error(err)
			}
		})
		w.chains[c.Address()] = ch
	}
	w.sched = w.chains[clients[0].Address()].Schedule()
	w.keepers = append(w.keepers, check(ledgerchain.NewKeeper(w.chains[clients[0].Address()], ledgerchain.WithBackoff(0, 0)))(t))
	w.step = w.stepInTurn
	return w
}

// headTime returns the newest block's timestamp.
func (w *world) headTime() uint64 {
	w.t.Helper()
	return check(w.backend.HeaderByNumber(w.ctx, nil))(w.t).Time
}

// sync waits until every adapter's clock reads the head's time.
func (w *world) sync() {
	w.t.Helper()
	at := time.Unix(int64(w.headTime()), 0)
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	for a, c := range w.chains {
		if err := c.Clock().WaitUntil(ctx, at); err != nil {
			w.t.Fatalf("clock of %s never reached the head's time %s: %v", a, at, err)
		}
	}
	for _, c := range w.extra {
		if err := c.Clock().WaitUntil(ctx, at); err != nil {
			w.t.Fatalf("clock of %s never reached the head's time %s: %v", c.Address(), at, err)
		}
	}
}

// advanceTo moves chain time to at least at, then steps the keepers, sealing a block
// whenever one of them waits for the next (a beacon), until none does.
func (w *world) advanceTo(at time.Time) {
	w.t.Helper()
	if h := w.headTime(); uint64(at.Unix()) > h {
		if err := w.jump(time.Duration(uint64(at.Unix())-h) * time.Second); err != nil {
			w.t.Fatal(err)
		}
	}
	for i := 0; ; i++ {
		w.sync()
		if !w.step() {
			return
		}
		if i == 8 {
			w.t.Fatal("keepers still wait for a block after 8 blocks")
		}
		if err := w.seal(); err != nil {
			w.t.Fatal(err)
		}
	}
}

// stepInTurn steps each keeper in turn.
func (w *world) stepInTurn() (pending bool) {
	w.t.Helper()
	for _, k := range w.keepers {
		p, err := k.Step(w.ctx)
		if err != nil {
			w.t.Fatalf("keeper: %v", err)
		}
		pending = pending || p
	}
	return pending
}

// chainUnderTest presents w to the swarm.Chain conformance suite: clients[1..peers] are the
// peers, clients[peers+1] the stranger.
func (w *world) chainUnderTest(peers int) *swarmtest.ChainUnderTest {
	u := &swarmtest.ChainUnderTest{Run: w.run, Schedule: w.sched, Genesis: swarm.Root(testGenesis),
		Stranger: w.clients[peers+1].Address(), AdvanceTo: w.advanceTo,
		As: func(a common.Address) swarm.Chain { return w.chains[a] }}
	for _, c := range w.clients[1 : 1+peers] {
		u.Peers = append(u.Peers, c.Address())
	}
	u.SetStake = w.setStake
	return u
}

// setStake makes peer's run stake stake·20 ether (0: none) by leaving and joining again; only
// before the peer's first commitment, which locks its stake.
func (w *world) setStake(peer common.Address, stake uint64) {
	w.t.Helper()
	for _, c := range w.clients {
		if c.Address() != peer {
			continue
		}
		check(c.LeaveRun(w.ctx, w.run))(w.t)
		if stake > 0 {
			check(c.JoinRun(w.ctx, w.run, ledger.Ether(20*int64(stake))))(w.t)
		}
		return
	}
	w.t.Fatalf("no client for %s", peer)
}

func check[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}
