package ledger_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

func TestCreateRunValidation(t *testing.T) {
	e := newEnv(t, 2, testParams())
	c := e.clients[0]
	bad := []struct {
		name string
		mod  func(*ledger.RunConfig)
		pool *big.Int
	}{
		{"zero rounds", func(r *ledger.RunConfig) { r.NumRounds = 0 }, eth(3)},
		{"zero duration", func(r *ledger.RunConfig) { r.RoundDuration = 0 }, eth(3)},
		{"zero config hash", func(r *ledger.RunConfig) { r.ConfigHash = common.Hash{} }, eth(3)},
		{"zero stake", func(r *ledger.RunConfig) { r.MinStake = big.NewInt(0) }, eth(3)},
		{"zero bond", func(r *ledger.RunConfig) { r.DisputeBond = big.NewInt(0) }, eth(3)},
		{"empty task", func(r *ledger.RunConfig) { r.Task = "" }, eth(3)},
		{"many bootstrap", func(r *ledger.RunConfig) { r.Bootstrap = make([]string, 33) }, eth(3)},
		{"tiny pool", func(r *ledger.RunConfig) {}, big.NewInt(2)},
	}
	for _, tc := range bad {
		cfg := runConfig(0)
		tc.mod(&cfg)
		_, err := c.CreateRun(e.ctx, cfg, tc.pool)
		if !ledger.IsRevert(err, "BadRunConfig") {
			t.Errorf("%s: got %v, want BadRunConfig", tc.name, err)
		}
	}
	id := check(c.CreateRun(e.ctx, runConfig(0), eth(30)))(t)
	r := check(c.Run(e.ctx, id))(t)
	if r.Submitter != e.addr(0) || r.NumRounds != 3 || r.RewardPerRound.Cmp(eth(10)) != 0 || r.Pool.Cmp(eth(30)) != 0 ||
		r.Task != "gsm8k-lite" || len(r.Bootstrap) != 1 || r.Start == 0 {
		t.Fatalf("got run %+v", r)
	}
	if n := check(c.RunCount(e.ctx))(t); n.Int64() != 1 {
		t.Fatalf("run count %v, want 1", n)
	}
	_, err := c.Run(e.ctx, [32]byte{9})
	wantRevert(t, err, "UnknownRun")
	if mr := check(c.ModelRoot(e.ctx, id, 0))(t); mr != common.HexToHash("0x0de1") {
		t.Fatalf("round 0 model root %x", mr)
	}
}

// TestRoundLifecycle walks a run through commits, close, beacon verifiers,
// attestation, finalization, rewards and pool reclaim, with the failure paths.
func TestRoundLifecycle(t *testing.T) {
	e := newEnv(t, 7, testParams())
	sub := e.clients[0]
	for i := 1; i <= 5; i++ {
		check(e.clients[i].Register(e.ctx, eth(20)))(t)
	}
	check(e.clients[6].Register(e.ctx, eth(1)))(t) // under the run's minimum stake
	start := e.now() + 100
	id := check(sub.CreateRun(e.ctx, runConfig(start), eth(30)))(t)

	_, err := e.clients[1].Commit(e.ctx, id, 0, commitment(1))
	wantRevert(t, err, "RoundNotOpen") // before the run starts
	e.advance(200 * time.Second)
	_, err = sub.Commit(e.ctx, id, 0, commitment(0))
	wantRevert(t, err, "NotRegistered")
	_, err = e.clients[6].Commit(e.ctx, id, 0, commitment(6))
	wantRevert(t, err, "InsufficientStake")
	_, err = e.clients[1].Commit(e.ctx, id, 0, ledger.Commitment{})
	wantRevert(t, err, "ZeroTraceRoot")
	_, err = e.clients[1].Commit(e.ctx, id, 1, commitment(1))
	wantRevert(t, err, "RoundNotOpen") // round 1 not open yet
	_, err = e.clients[1].Commit(e.ctx, id, 7, commitment(1))
	wantRevert(t, err, "NoSuchRound")
	for i := 1; i <= 4; i++ {
		check(e.clients[i].Commit(e.ctx, id, 0, commitment(byte(i))))(t)
	}
	_, err = e.clients[1].Commit(e.ctx, id, 0, commitment(1))
	wantRevert(t, err, "AlreadyCommitted")
	_, err = e.clients[5].Commit(e.ctx, id, 0, commitment(5))
	wantRevert(t, err, "RoundFull") // MaxCommitsPerRound = 4
	if got := check(sub.Commitment(e.ctx, id, 0, e.addr(2)))(t); got != commitment(2) {
		t.Fatalf("commitment %+v, want %+v", got, commitment(2))
	}

	_, err = sub.CloseRound(e.ctx, id, 0)
	wantRevert(t, err, "RoundStillOpen")
	_, err = e.clients[1].AttestModel(e.ctx, id, 0, common.Hash{7})
	wantRevert(t, err, "RoundNotClosed")
	_, err = sub.Verifiers(e.ctx, id, 0, e.addr(1))
	wantRevert(t, err, "RoundNotClosed")
	e.advance(time.Hour)
	check(sub.CloseRound(e.ctx, id, 0))(t)
	_, err = sub.CloseRound(e.ctx, id, 0)
	wantRevert(t, err, "RoundAlreadyClosed")
	rd := check(sub.Round(e.ctx, id, 0))(t)
	if !rd.Closed || rd.Beacon == ([32]byte{}) || len(rd.Contributors) != 4 || rd.Contributors[0] != e.addr(1) {
		t.Fatalf("round after close: %+v", rd)
	}

	// Verifiers: distinct, never the solver, all contributors.
	for i := 1; i <= 4; i++ {
		vs := check(sub.Verifiers(e.ctx, id, 0, e.addr(i)))(t)
		if len(vs) != 2 || vs[0] == vs[1] || vs[0] == e.addr(i) || vs[1] == e.addr(i) {
			t.Fatalf("verifiers of %d: %v", i, vs)
		}
		for _, v := range vs {
			if st := check(sub.Status(e.ctx, id, 0, v))(t); st != ledger.StatusCommitted {
				t.Fatalf("verifier %v is not a contributor", v)
			}
		}
	}
	_, err = sub.Verifiers(e.ctx, id, 0, e.addr(5))
	wantRevert(t, err, "NoContribution")

	// Attestation: 3 of 4 votes agree.
	next := common.Hash{0xaa}
	_, err = e.clients[5].AttestModel(e.ctx, id, 0, next)
	wantRevert(t, err, "NotAContributor")
	check(e.clients[1].AttestModel(e.ctx, id, 0, next))(t)
	_, err = e.clients[1].AttestModel(e.ctx, id, 0, next)
	wantRevert(t, err, "AlreadyAttested")
	check(e.clients[2].AttestModel(e.ctx, id, 0, common.Hash{0xbb}))(t)
	check(e.clients[3].AttestModel(e.ctx, id, 0, next))(t)
	if mr := check(sub.ModelRoot(e.ctx, id, 1))(t); mr != ([32]byte{}) {
		t.Fatalf("model agreed with 2 of 4 votes: %x", mr)
	}
	check(e.clients[4].AttestModel(e.ctx, id, 0, next))(t)
	if mr := check(sub.ModelRoot(e.ctx, id, 1))(t); mr != next {
		t.Fatalf("round 1 model root %x, want %x", mr, next)
	}

	// Finalization and rewards.
	_, err = e.clients[1].ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "RoundNotFinalized")
	_, err = sub.FinalizeRound(e.ctx, id, 0)
	wantRevert(t, err, "DisputeWindowOpen")
	e.advance(time.Hour)
	check(sub.FinalizeRound(e.ctx, id, 0))(t)
	_, err = sub.FinalizeRound(e.ctx, id, 0)
	wantRevert(t, err, "AlreadyFinalized")
	_, err = sub.FinalizeRound(e.ctx, id, 1)
	wantRevert(t, err, "RoundNotClosed")
	check(e.clients[1].ClaimReward(e.ctx, id, 0))(t)
	_, err = e.clients[1].ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "NoReward")
	_, err = e.clients[5].ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "NoReward")
	if cr := check(sub.Credit(e.ctx, e.addr(1)))(t); cr.Cmp(new(big.Int).Div(eth(10), big.NewInt(4))) != 0 {
		t.Fatalf("reward credit %v, want 2.5 ether", cr)
	}
	check(e.clients[1].Withdraw(e.ctx))(t)

	// Rounds 1 and 2 pass without contributions; then the pool returns.
	_, err = sub.ReclaimPool(e.ctx, id)
	wantRevert(t, err, "RunNotOver")
	e.advance(2 * time.Hour)
	for r := uint64(1); r <= 2; r++ {
		check(sub.CloseRound(e.ctx, id, r))(t)
		check(sub.FinalizeRound(e.ctx, id, r))(t)
	}
	_, err = e.clients[1].ReclaimPool(e.ctx, id)
	wantRevert(t, err, "NotSubmitter")
	check(sub.ReclaimPool(e.ctx, id))(t)
	if cr := check(sub.Credit(e.ctx, e.addr(0)))(t); cr.Cmp(eth(20)) != 0 {
		t.Fatalf("reclaimed %v, want 20 ether", cr)
	}
	_, err = sub.ReclaimPool(e.ctx, id)
	wantRevert(t, err, "NothingToWithdraw")
}
