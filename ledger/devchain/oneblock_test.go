package devchain_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/ledger/devkeys"
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

const blockTestAccounts = 7

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

// TestConcurrentTransactionsInOneBlock: accounts send a commit, a
// registration, a stake top-up and the two attestModel votes of which the
// second reaches the majority, all at once, into one block. Sent with the
// exact gas estimate, the vote that reaches the majority runs out of gas
// (it was estimated as an ordinary vote); with the default margin all
// succeed and the model root is agreed.
func TestConcurrentTransactionsInOneBlock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := newBlockTest(t, ctx)
	seq := b.seq
	for _, i := range []int{1, 2, 3, 4, 6} {
		check(seq[i].Register(ctx, ledger.Ether(20)))(t)
	}
	cfg := ledger.RunConfig{ConfigHash: common.Hash{1}, Task: "one-block", RoundDuration: 3600, NumRounds: 3,
		DisputeWindow: 600, MinStake: ledger.Ether(10), DisputeBond: ledger.Ether(1), Bootstrap: []string{}}
	run := check(seq[0].CreateRun(ctx, cfg, ledger.Ether(3)))(t)
	cm := func(i int) ledger.Commitment {
		return ledger.Commitment{ContributionRoot: common.Hash{byte(i)}, TraceRoot: common.Hash{2, byte(i)}, UpdateRoot: common.Hash{3}, UpdateSize: 9}
	}
	// closeWithOneVote commits contributors 1..4 to round (unless already
	// committed), closes it and casts contributor 1's vote for root.
	closeWithOneVote := func(round uint64, root common.Hash, committed bool) {
		if !committed {
			for i := 1; i <= 4; i++ {
				check(seq[i].Commit(ctx, run, round, cm(i)))(t)
			}
		}
		if err := b.chain.AdjustTime(time.Duration(cfg.RoundDuration) * time.Second); err != nil {
			t.Fatal(err)
		}
		check(seq[0].CloseRound(ctx, run, round))(t)
		check(seq[1].AttestModel(ctx, run, round, root))(t)
	}

	// Control: no gas margin. Round 0's votes 2 and 3 share a block with
	// contributor 4's commit to round 1 and account 5's registration.
	root0 := common.Hash{0xaa}
	closeWithOneVote(0, root0, false)
	res := b.oneBlock(
		func() (*types.Receipt, error) { return b.tight[2].AttestModel(ctx, run, 0, root0) },
		func() (*types.Receipt, error) { return b.tight[3].AttestModel(ctx, run, 0, root0) },
		func() (*types.Receipt, error) { return b.par[4].Commit(ctx, run, 1, cm(4)) },
		func() (*types.Receipt, error) { return b.par[5].Register(ctx, ledger.Ether(20)) },
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
		t.Fatalf("without a margin: %d votes failed (want the one reaching the majority), commit %v, register %v",
			failed, res[2].err, res[3].err)
	}

	// With the default margin: round 1's votes 2 and 3, contributor 4's
	// commit to round 2 and account 6's stake top-up, in one block.
	for i := 1; i <= 3; i++ {
		check(seq[i].Commit(ctx, run, 1, cm(i)))(t)
	}
	root1 := common.Hash{0xbb}
	closeWithOneVote(1, root1, true)
	res = b.oneBlock(
		func() (*types.Receipt, error) { return b.par[2].AttestModel(ctx, run, 1, root1) },
		func() (*types.Receipt, error) { return b.par[3].AttestModel(ctx, run, 1, root1) },
		func() (*types.Receipt, error) { return b.par[4].Commit(ctx, run, 2, cm(4)) },
		func() (*types.Receipt, error) { return b.par[6].Stake(ctx, ledger.Ether(5)) },
	)
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("transaction %d: %v", i, r.err)
		}
	}
	t.Logf("one block: votes used %d and %d gas, commit %d, stake %d", res[0].r.GasUsed, res[1].r.GasUsed, res[2].r.GasUsed, res[3].r.GasUsed)
	if mr := check(seq[0].ModelRoot(ctx, run, 2))(t); mr != root1 {
		t.Fatalf("round 2 model root %x, want %x", mr, root1)
	}
	if p := check(seq[0].Peer(ctx, devkeys.Address(6)))(t); p.Stake.Cmp(ledger.Ether(25)) != 0 {
		t.Fatalf("account 6 stake %v, want 25 ether", p.Stake)
	}
	if st := check(seq[0].Status(ctx, run, 2, devkeys.Address(4)))(t); st != ledger.StatusCommitted {
		t.Fatalf("round 2 commit status %d", st)
	}
}
