package devchain_test

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/verify"
)

// blockTest is a manually sealed dev chain with a client per dev key that
// seals after each send ("seq") and one that only reports its send ("par",
// or "tight" with no gas margin), for transactions meant to share a block.
type blockTest struct {
	t     *testing.T
	ctx   context.Context
	chain *devchain.Chain
	seq   []*ledger.Client
	par   []*ledger.Client
	tight []*ledger.Client
	sent  chan struct{}
}

const blockTestAccounts = 8

func newBlockTest(t *testing.T, ctx context.Context) *blockTest {
	var funded []common.Address
	for i := 1; i < blockTestAccounts; i++ {
		funded = append(funded, devkeys.Address(i))
	}
	log := slog.New(slog.DiscardHandler)
	c, err := devchain.Start(ctx, devchain.WithManualBlocks(), devchain.WithFunded(ledger.Ether(100), funded...), devchain.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	b := &blockTest{t: t, ctx: ctx, chain: c, sent: make(chan struct{}, blockTestAccounts)}
	seal := func() {
		if err := c.Seal(); err != nil {
			t.Error(err)
		}
	}
	report := func() { b.sent <- struct{}{} }
	m := c.Manifest()
	for i := 0; i < blockTestAccounts; i++ {
		common := []ledger.Option{ledger.WithLogger(log), ledger.WithEndpoint(m.RPCURL), ledger.WithDeployBlock(m.DeployBlock)}
		for _, dst := range []struct {
			list *[]*ledger.Client
			opts []ledger.Option
		}{
			{&b.seq, []ledger.Option{ledger.WithAfterSend(seal)}},
			{&b.par, []ledger.Option{ledger.WithAfterSend(report)}},
			{&b.tight, []ledger.Option{ledger.WithAfterSend(report), ledger.WithGasMargin(ledger.GasMargin{})}},
		} {
			cl, err := ledger.New(ctx, c.Client(), m.Contracts, devkeys.Key(i), append(common, dst.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			*dst.list = append(*dst.list, cl)
		}
	}
	return b
}

type result struct {
	r   *types.Receipt
	err error
}

// oneBlock runs the transactions concurrently (each through a client that
// reports its send), seals one block once all are sent, and returns their
// receipts and errors in order. It fails the test if they did not all land
// in that block.
func (b *blockTest) oneBlock(txs ...func() (*types.Receipt, error)) []result {
	b.t.Helper()
	out := make([]result, len(txs))
	done := make(chan int, len(txs))
	for i, tx := range txs {
		go func() {
			out[i].r, out[i].err = tx()
			done <- i
		}()
	}
	for range txs {
		select {
		case <-b.sent:
		case i := <-done:
			b.t.Fatalf("transaction %d ended before the block was sealed: %v", i, out[i].err)
		case <-b.ctx.Done():
			b.t.Fatal("transactions not sent")
		}
	}
	head := check(b.chain.Client().BlockNumber(b.ctx))(b.t)
	if err := b.chain.Seal(); err != nil {
		b.t.Fatal(err)
	}
	for range txs {
		<-done
	}
	for i, res := range out {
		if res.r == nil {
			b.t.Fatalf("transaction %d: no receipt: %v", i, res.err)
		}
		if res.r.BlockNumber.Uint64() != head+1 {
			b.t.Fatalf("transaction %d in block %d, want %d", i, res.r.BlockNumber, head+1)
		}
	}
	return out
}

// check2 is check for calls that return two values.
func check2[T, U any](v T, u U, err error) func(testing.TB) (T, U) {
	return func(t testing.TB) (T, U) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v, u
	}
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

// at seals an empty block at time t (if the head is earlier).
func (b *blockTest) at(t uint64) {
	b.t.Helper()
	h := check(b.chain.Client().HeaderByNumber(b.ctx, nil))(b.t)
	if t > h.Time {
		if err := b.chain.AdjustTime(time.Duration(t-h.Time) * time.Second); err != nil {
			b.t.Fatal(err)
		}
	}
}

// client returns the sealing client of account a.
func (b *blockTest) client(a common.Address) *ledger.Client {
	b.t.Helper()
	for _, c := range b.seq {
		if c.Address() == a {
			return c
		}
	}
	b.t.Fatalf("no client for %s", a)
	return nil
}

var initialRoot = common.Hash{0x1e}

// stepOutput is the one step output root of commitment(i): a named set of
// one gradient, grad.w with root {5, i}.
func stepOutput(i int) verify.Hash {
	return verify.NamedRootOfLeaves([]verify.Hash{verify.NamedLeaf("grad.w", verify.Hash{5, byte(i)})})
}

// stepOutputs are what the solver of commitment(i) posts with a step root.
func stepOutputs(i int) ledger.StepOutputs {
	return ledger.NewStepOutputs([][32]byte{stepOutput(i)}, []string{"grad.w"}, [][32]byte{{5, byte(i)}})
}

// commitment is peer i's one-step contribution trained from initialRoot.
func commitment(i int) ledger.Commitment {
	return ledger.Commitment{Base: initialRoot, BatchRoot: common.Hash{1, byte(i)}, TraceRoot: verify.TraceRoot([]verify.Hash{stepOutput(i)}),
		UpdateRoot: common.Hash{3, byte(i)}, UpdateBlob: common.Hash{4, byte(i)}, UpdateSize: 9, Nsteps: 1}
}

// TestConcurrentTransactionsInOneBlock: accounts send two attestModel votes
// of which the second crosses the stake majority, a commit and a joinRun,
// all at once, into one block. Sent with the exact gas estimate, the vote
// that crosses the majority runs out of gas (it was estimated as an
// ordinary vote, without the agreed root's fresh storage write); with the
// default margin all succeed and the model root is agreed.
func TestConcurrentTransactionsInOneBlock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := newBlockTest(t, ctx)
	seq := b.seq
	start := check(b.chain.Client().HeaderByNumber(ctx, nil))(t).Time + 60
	cfg := ledger.RunConfig{ConfigHash: common.Hash{1}, SkeletonRoot: common.Hash{2}, InitialModelRoot: initialRoot, OutputsRoot: common.Hash{4},
		Task: "one-block", Start: start, RoundDuration: 3600, NumRounds: 3, CommitWindow: 600, VerifyWindow: 300,
		DisputeWindow: 600, DisputeDuration: 6000, FinalityLag: 2, VerifiersPerContribution: 1, WhistleblowerBps: 4000,
		MinStake: ledger.Ether(20), SlashAmount: ledger.Ether(10), DisputeBond: ledger.Ether(1),
		MinGasPrice: big.NewInt(1e9), VerifierFee: big.NewInt(1e15), VerifierPenalty: ledger.Ether(2)}
	// Two runs on one schedule: the control (no margin) and the margin case.
	// In each, peers 1..4 (20 ether each) contribute to round 0, the final
	// set (80 ether) that votes on the model of round 3 during round 2.
	var runs [2]ledger.RunID
	for k := range runs {
		runs[k] = check(seq[0].CreateRun(ctx, cfg, nil, ledger.Ether(3)))(t)
		for i := 1; i <= 4; i++ {
			check(seq[i].JoinRun(ctx, runs[k], ledger.Ether(20)))(t)
		}
	}
	b.at(start)
	for _, run := range runs {
		for i := 1; i <= 4; i++ {
			check(seq[i].Commit(ctx, run, 0, commitment(i)))(t)
		}
	}
	b.at(start + uint64(cfg.CommitWindow))
	for _, run := range runs {
		check(seq[0].CloseRound(ctx, run, 0))(t)
		for range 2 {
			if err := b.chain.Seal(); err != nil { // the seed block, then one after it to estimate on
				t.Fatal(err)
			}
		}
		check(seq[0].CloseRound(ctx, run, 0))(t)
		for i := 1; i <= 4; i++ {
			for _, v := range check(seq[0].Verifiers(ctx, run, 0, devkeys.Address(i)))(t) {
				check(b.client(v).AttestContribution(ctx, run, 0, devkeys.Address(i)))(t)
			}
		}
	}
	b.at(start + uint64(cfg.CommitWindow+cfg.DisputeWindow+cfg.DisputeDuration))
	for _, run := range runs {
		check(seq[0].FinalizeRound(ctx, run, 0))(t)
	}
	// Round 2 opens: its commits and the votes on its model share blocks.
	t2 := start + 2*uint64(cfg.RoundDuration)
	b.at(t2)
	root := common.Hash{0xaa}
	for _, run := range runs {
		check(seq[1].AttestModel(ctx, run, 2, root))(t) // 20 of 80 ether
	}

	// Control: no gas margin. Votes 2 and 3 (each estimated at 40 of 80
	// ether, no majority) share a block with peer 4's commit to round 2 and
	// account 5's joinRun.
	res := b.oneBlock(
		func() (*types.Receipt, error) { return b.tight[2].AttestModel(ctx, runs[0], 2, root) },
		func() (*types.Receipt, error) { return b.tight[3].AttestModel(ctx, runs[0], 2, root) },
		func() (*types.Receipt, error) { return b.par[4].Commit(ctx, runs[0], 2, commitment(4)) },
		func() (*types.Receipt, error) { return b.par[5].JoinRun(ctx, runs[0], ledger.Ether(20)) },
	)
	var failed int
	for i, r := range res[:2] {
		if r.err != nil {
			tx, _ := check2(b.chain.Client().TransactionByHash(ctx, r.r.TxHash))(t)
			if !errors.Is(r.err, ledger.ErrReverted) || r.r.GasUsed != tx.Gas() {
				t.Fatalf("vote %d: %v, want out of gas", i, r.err)
			}
			failed++
			t.Logf("without a margin: vote %d out of gas (%v)", i+2, r.err)
		}
	}
	if failed != 1 || res[2].err != nil || res[3].err != nil {
		t.Fatalf("without a margin: %d votes failed (want the one crossing the majority), commit %v, join %v",
			failed, res[2].err, res[3].err)
	}
	if mr := check(seq[0].ModelRoot(ctx, runs[0], 3))(t); mr != ([32]byte{}) {
		t.Fatalf("control run's round 3 model root %x, want none (the crossing vote failed)", mr)
	}

	// With the default margin: the same four transactions on the other run.
	res = b.oneBlock(
		func() (*types.Receipt, error) { return b.par[2].AttestModel(ctx, runs[1], 2, root) },
		func() (*types.Receipt, error) { return b.par[3].AttestModel(ctx, runs[1], 2, root) },
		func() (*types.Receipt, error) { return b.par[4].Commit(ctx, runs[1], 2, commitment(4)) },
		func() (*types.Receipt, error) { return b.par[6].JoinRun(ctx, runs[1], ledger.Ether(20)) },
	)
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("transaction %d: %v", i, r.err)
		}
	}
	t.Logf("one block: votes used %d and %d gas, commit %d, joinRun %d", res[0].r.GasUsed, res[1].r.GasUsed, res[2].r.GasUsed, res[3].r.GasUsed)
	if mr := check(seq[0].ModelRoot(ctx, runs[1], 3))(t); mr != root {
		t.Fatalf("round 3 model root %x, want %x", mr, root)
	}
	if m := check(seq[0].Member(ctx, runs[1], devkeys.Address(6)))(t); m.Stake.Cmp(ledger.Ether(20)) != 0 {
		t.Fatalf("account 6 run stake %v, want 20 ether", m.Stake)
	}
	if st := check(seq[0].Status(ctx, runs[1], 2, devkeys.Address(4)))(t); st != ledger.StatusCommitted {
		t.Fatalf("round 2 commit status %d", st)
	}
}
