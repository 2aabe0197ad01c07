package devchain_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devkeys"
)

// openedIn returns the receipt of the transaction that opened dispute id
// (OpenDispute returns the ID, not the receipt).
func (b *blockTest) openedIn(id uint64) (*types.Receipt, error) {
	evs, err := ledger.History[ledger.DisputeOpened](b.ctx, b.seq[0], 0, nil)
	if err != nil {
		return nil, err
	}
	for _, ev := range evs {
		if ev.Id.Uint64() == id {
			return b.chain.Client().TransactionReceipt(b.ctx, ev.Raw.TxHash)
		}
	}
	return nil, fmt.Errorf("dispute %d: no DisputeOpened event", id)
}

// open returns a transaction for oneBlock: c opens a dispute against
// solver's step 0 of round 0 with a 1-ether bond.
func (b *blockTest) open(c *ledger.Client, run ledger.RunID, solver int, ids *[]uint64) func() (*types.Receipt, error) {
	return func() (*types.Receipt, error) {
		id, err := c.OpenDispute(b.ctx, run, 0, devkeys.Address(solver), 0, ledger.Ether(1))
		if err != nil {
			return nil, err
		}
		*ids = append(*ids, id) // each transaction has its own slice
		return b.openedIn(id)
	}
}

// TestConcurrentDisputesInOneBlock: the dispute calls of different accounts
// land in one block with a commit and all succeed: three disputes opened by
// different challengers (two against different solvers, one against a
// solver already disputed), a solver's postStep answer, a challenger's
// reveal request, and a late joiner's commit to the disputed round.
func TestConcurrentDisputesInOneBlock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b := newBlockTest(t, ctx)
	seq, par := b.seq, b.par
	start := check(b.chain.Client().HeaderByNumber(ctx, nil))(t).Time + 60
	cfg := ledger.RunConfig{ConfigHash: common.Hash{1}, SkeletonRoot: common.Hash{2}, InitialModelRoot: initialRoot, OutputsRoot: common.Hash{4},
		Task: "one-block-disputes", Start: start, RoundDuration: 3600, NumRounds: 3, CommitWindow: 600, VerifyWindow: 300,
		DisputeWindow: 600, DisputeDuration: 6000, FinalityLag: 2, VerifiersPerContribution: 1, WhistleblowerBps: 4000,
		MinStake: ledger.Ether(20), SlashAmount: ledger.Ether(10), DisputeBond: ledger.Ether(1),
		MinGasPrice: big.NewInt(1e9), VerifierFee: big.NewInt(1e15), VerifierPenalty: ledger.Ether(2)}
	run := check(seq[0].CreateRun(ctx, cfg, nil, ledger.Ether(3)))(t)
	for _, i := range []int{1, 2, 3, 4, 7} {
		check(seq[i].JoinRun(ctx, run, ledger.Ether(20)))(t)
	}
	b.at(start)
	for i := 1; i <= 4; i++ {
		check(seq[i].Commit(ctx, run, 0, commitment(i)))(t)
	}
	// Before the block: account 5 disputes solver 1, which posts its step;
	// account 6 disputes solver 2.
	d1 := check(seq[5].OpenDispute(ctx, run, 0, devkeys.Address(1), 0, ledger.Ether(1)))(t)
	d2 := check(seq[6].OpenDispute(ctx, run, 0, devkeys.Address(2), 0, ledger.Ether(1)))(t)
	check(seq[1].PostStep(ctx, d1, common.Hash{0x51}, 6, stepOutputs(1)))(t)
	count := check(seq[0].DisputeCount(ctx))(t)

	// One block: a reveal request in d1, solver 2's answer in d2, three new
	// disputes (accounts 0, 6 and 3 against solvers 3, 4 and 1) and account
	// 7's commit.
	var opened [3][]uint64
	res := b.oneBlock(
		func() (*types.Receipt, error) { return par[5].RequestReveal(ctx, d1, ledger.RevealRequest{Record: 2}) },
		func() (*types.Receipt, error) { return par[2].PostStep(ctx, d2, common.Hash{0x52}, 6, stepOutputs(2)) },
		b.open(par[0], run, 3, &opened[0]),
		b.open(par[6], run, 4, &opened[1]),
		b.open(par[3], run, 1, &opened[2]),
		func() (*types.Receipt, error) { return par[7].Commit(ctx, run, 0, commitment(7)) },
	)
	for i, r := range res {
		if r.err != nil || r.r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %d: %v (status %d)", i, r.err, r.r.Status)
		}
		t.Logf("transaction %d: block %d, %d gas", i, r.r.BlockNumber, r.r.GasUsed)
	}
	if n := check(seq[0].DisputeCount(ctx))(t); n != count+3 {
		t.Fatalf("%d disputes, want %d", n, count+3)
	}
	if d := check(seq[0].Dispute(ctx, d1))(t); d.RevealDeadline == 0 || d.Pending.Record != 2 || d.Reveals != 1 {
		t.Fatalf("dispute %d %+v, want a pending reveal of record 2", d1, d)
	}
	if d := check(seq[0].Dispute(ctx, d2))(t); d.StepRoot != (common.Hash{0x52}) || d.Nrecords != 6 {
		t.Fatalf("dispute %d %+v, want the posted step", d2, d)
	}
	for i, solver := range []int{3, 4, 1} {
		if len(opened[i]) != 1 {
			t.Fatalf("open %d: ids %v", i, opened[i])
		}
		d := check(seq[0].Dispute(ctx, opened[i][0]))(t)
		if ledger.DisputeState(d.State) != ledger.DisputeOpen || d.Solver != devkeys.Address(solver) {
			t.Fatalf("dispute %d %+v, want open against solver %d", opened[i][0], d, solver)
		}
	}
	if st := check(seq[0].Status(ctx, run, 0, devkeys.Address(7)))(t); st != ledger.StatusCommitted {
		t.Fatalf("account 7's commit: status %d", st)
	}
	for solver, want := range map[int]uint32{1: 2, 2: 1, 3: 1, 4: 1} {
		if m := check(seq[0].Member(ctx, run, devkeys.Address(solver)))(t); m.OpenDisputes != want {
			t.Fatalf("solver %d: %d open disputes, want %d", solver, m.OpenDisputes, want)
		}
	}
}
