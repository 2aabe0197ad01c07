package ledger_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

// TestCreateRunValidation: every createRun check refuses its bad config.
func TestCreateRunValidation(t *testing.T) {
	e := newEnv(t, 2, testParams())
	c := e.clients[0]
	bad := []struct {
		name string
		mod  func(*ledger.RunConfig)
		pool *big.Int
	}{
		{"zero rounds", func(r *ledger.RunConfig) { r.NumRounds = 0 }, eth(30)},
		{"zero duration", func(r *ledger.RunConfig) { r.RoundDuration = 0 }, eth(30)},
		{"zero config hash", func(r *ledger.RunConfig) { r.ConfigHash = common.Hash{} }, eth(30)},
		{"zero skeleton", func(r *ledger.RunConfig) { r.SkeletonRoot = common.Hash{} }, eth(30)},
		{"zero initial model", func(r *ledger.RunConfig) { r.InitialModelRoot = common.Hash{} }, eth(30)},
		{"zero outputs root", func(r *ledger.RunConfig) { r.OutputsRoot = common.Hash{} }, eth(30)},
		{"zero commit window", func(r *ledger.RunConfig) { r.CommitWindow = 0 }, eth(30)},
		{"zero verify window", func(r *ledger.RunConfig) { r.VerifyWindow = 0 }, eth(30)},
		{"zero dispute window", func(r *ledger.RunConfig) { r.DisputeWindow = 0 }, eth(30)},
		{"zero dispute duration", func(r *ledger.RunConfig) { r.DisputeDuration = 0 }, eth(30)},
		{"commit window beyond round", func(r *ledger.RunConfig) { r.CommitWindow = tRound + 1 }, eth(30)},
		{"verify after disputes", func(r *ledger.RunConfig) { r.VerifyWindow = r.DisputeWindow + 1 }, eth(30)},
		{"not final before T_{r+D}", func(r *ledger.RunConfig) { r.DisputeDuration = 2*tRound - tDispute + 1 }, eth(30)},
		{"lag 1 too short", func(r *ledger.RunConfig) { r.FinalityLag = 1 }, eth(30)},
		{"dispute shorter than a full game", func(r *ledger.RunConfig) { r.DisputeDuration = 3*1200 - 1 }, eth(30)},
		{"whistleblower half", func(r *ledger.RunConfig) { r.WhistleblowerBps = 5000 }, eth(30)},
		{"whistleblower zero", func(r *ledger.RunConfig) { r.WhistleblowerBps = 0 }, eth(30)},
		{"no verifiers", func(r *ledger.RunConfig) { r.VerifiersPerContribution = 0 }, eth(30)},
		{"17 verifiers", func(r *ledger.RunConfig) { r.VerifiersPerContribution = 17 }, eth(30)},
		{"zero gas price", func(r *ledger.RunConfig) { r.MinGasPrice = big.NewInt(0) }, eth(30)},
		// (maxReveals+1) reveals of ledger.RevealGas at 1 gwei, less one wei.
		{"bond below reveal gas", func(r *ledger.RunConfig) { r.DisputeBond = big.NewInt(3*ledger.RevealGas*1e9 - 1) }, eth(30)},
		{"share below bond", func(r *ledger.RunConfig) { r.SlashAmount = big.NewInt(2.5e18 - 1) }, eth(30)},
		{"stake below slash+penalty", func(r *ledger.RunConfig) { r.MinStake = new(big.Int).Sub(eth(12), big.NewInt(1)) }, eth(30)},
		{"fees above reward", func(r *ledger.RunConfig) { r.VerifierFee = eth(2) }, eth(30)},
		{"empty task", func(r *ledger.RunConfig) { r.Task = "" }, eth(30)},
		{"tiny pool", func(r *ledger.RunConfig) { r.VerifierFee = big.NewInt(0) }, big.NewInt(2)},
	}
	for _, tc := range bad {
		cfg := runConfig(0)
		tc.mod(&cfg)
		_, err := c.CreateRun(e.ctx, cfg, nil, tc.pool)
		if !ledger.IsRevert(err, "BadRunConfig") {
			t.Errorf("%s: got %v, want BadRunConfig", tc.name, err)
		}
	}
	_, err := c.CreateRun(e.ctx, runConfig(0), make([]string, 33), eth(30))
	wantRevert(t, err, "BadRunConfig")
	cfg := runConfig(0)
	cfg.FinalityLag = 0                                      // the default, 2
	cfg.DisputeBond = big.NewInt(3 * ledger.RevealGas * 1e9) // exactly the reveal gas: accepted
	id := check(c.CreateRun(e.ctx, cfg, []string{"/ip4/127.0.0.1/tcp/4001"}, eth(30)))(t)
	r := check(c.Run(e.ctx, id))(t)
	if r.Submitter != e.addr(0) || r.Cfg.NumRounds != 3 || r.RewardPerRound.Cmp(eth(10)) != 0 || r.Pool.Cmp(eth(30)) != 0 ||
		r.Cfg.Task != "gsm8k-lite" || r.Cfg.Start == 0 || r.Cfg.FinalityLag != ledger.DefaultFinalityLag {
		t.Fatalf("got run %+v", r)
	}
	if n := check(c.RunCount(e.ctx))(t); n.Int64() != 1 {
		t.Fatalf("run count %v, want 1", n)
	}
	_, err = c.Run(e.ctx, [32]byte{9})
	wantRevert(t, err, "UnknownRun")
	for k := uint64(0); k < 3; k++ { // theta_0..theta_2 are the initial model (r < D)
		if mr := check(c.ModelRoot(e.ctx, id, k))(t); mr != initialRoot {
			t.Fatalf("round %d model root %x", k, mr)
		}
	}
	def := ledger.DefaultRunConfig()
	def.ConfigHash, def.SkeletonRoot, def.InitialModelRoot, def.OutputsRoot, def.Task = cfg.ConfigHash, cfg.SkeletonRoot, initialRoot, cfg.OutputsRoot, "t"
	e2 := newEnv(t, 1, ledger.DefaultParams())
	check(e2.clients[0].CreateRun(e2.ctx, def, nil, eth(10)))(t) // the defaults are a valid run
}

// TestCommitRules: commits need the run stake, nonzero roots, the agreed
// base, one per peer and round, room in the round, and come before C_r.
func TestCommitRules(t *testing.T) {
	e := newEnv(t, 7, testParams())
	id := e.newRun(1, 2, 3, 4, 5)
	_, err := e.clients[6].Commit(e.ctx, id, 0, commitment(6))
	wantRevert(t, err, "InsufficientStake")
	for _, mod := range []func(*ledger.Commitment){
		func(c *ledger.Commitment) { c.Base = common.Hash{} },
		func(c *ledger.Commitment) { c.BatchRoot = common.Hash{} },
		func(c *ledger.Commitment) { c.TraceRoot = common.Hash{} },
		func(c *ledger.Commitment) { c.UpdateRoot = common.Hash{} },
		func(c *ledger.Commitment) { c.UpdateBlob = common.Hash{} },
		func(c *ledger.Commitment) { c.Nsteps = 0 },
	} {
		cm := commitment(1)
		mod(&cm)
		_, err = e.clients[1].Commit(e.ctx, id, 0, cm)
		wantRevert(t, err, "ZeroRoot")
	}
	wrong := commitment(1)
	wrong.Base = common.Hash{7}
	_, err = e.clients[1].Commit(e.ctx, id, 0, wrong)
	wantRevert(t, err, "WrongBase")
	_, err = e.clients[1].Commit(e.ctx, id, 1, commitment(1))
	wantRevert(t, err, "RoundNotOpen") // round 1 has not started
	_, err = e.clients[1].Commit(e.ctx, id, 3, commitment(1))
	wantRevert(t, err, "NoSuchRound")
	for i := 1; i <= 4; i++ {
		check(e.clients[i].Commit(e.ctx, id, 0, commitment(byte(i))))(t)
	}
	_, err = e.clients[1].Commit(e.ctx, id, 0, commitment(9))
	wantRevert(t, err, "AlreadyCommitted")
	_, err = e.clients[5].Commit(e.ctx, id, 0, commitment(5))
	wantRevert(t, err, "RoundFull")
	rd := check(e.clients[0].Round(e.ctx, id, 0))(t)
	if len(rd.Contributors) != 4 || rd.Contributors[0] != e.addr(1) || rd.Contributors[3] != e.addr(4) {
		t.Fatalf("contributors %v", rd.Contributors)
	}
	// A late commit is refused: C_0 is 600 s after T_0, inside the round.
	e.at(id, 1, 0)
	check(e.clients[5].Commit(e.ctx, id, 1, commitment(5)))(t)
	e.at(id, 1, tCommit)
	_, err = e.clients[1].Commit(e.ctx, id, 1, commitment(1))
	wantRevert(t, err, "RoundNotOpen")
	if got := check(e.clients[0].Commitment(e.ctx, id, 1, e.addr(5)))(t); got != commitment(5) {
		t.Fatalf("stored commitment %+v", got)
	}
}
