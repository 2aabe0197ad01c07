package ledger_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

// owed sums, from the contract's views, everything the Ledger owes: run
// stakes, credits, unallocated run pools, allocated-but-unclaimed and bonus
// round funds, and the bonds of open disputes.
func owed(t *testing.T, e *env, runs []ledger.RunID) *big.Int {
	t.Helper()
	c := e.clients[0]
	sum := new(big.Int)
	for i := range e.clients {
		sum.Add(sum, check(c.Credit(e.ctx, e.addr(i)))(t))
	}
	for _, id := range runs {
		r := check(c.Run(e.ctx, id))(t)
		sum.Add(sum, r.Pool)
		for i := range e.clients {
			sum.Add(sum, check(c.Member(e.ctx, id, e.addr(i)))(t).Stake)
		}
		for k := uint64(0); k < uint64(r.Cfg.NumRounds); k++ {
			rd := check(c.Round(e.ctx, id, k))(t)
			sum.Add(sum, rd.Unclaimed)
			sum.Add(sum, rd.Bonus)
		}
	}
	n := check(c.DisputeCount(e.ctx))(t)
	for id := uint64(1); id <= n; id++ {
		if d := check(c.Dispute(e.ctx, id))(t); ledger.DisputeState(d.State) == ledger.DisputeOpen {
			sum.Add(sum, d.Bond)
		}
	}
	return sum
}

// wantBalanced requires the contract's balance to equal what it owes.
func wantBalanced(t *testing.T, e *env, runs []ledger.RunID) {
	t.Helper()
	bal := check(e.clients[0].Balance(e.ctx))(t)
	if want := owed(t, e, runs); bal.Cmp(want) != 0 {
		t.Fatalf("contract balance %v, owes %v", bal, want)
	}
}

// TestAccountingProperty plays random epochs of every state-changing call
// but resolve and attestModel (the dispute and model tests check the same
// balance after them with real proofs and votes) from several
// accounts: runs are created and joined, peers commit (some copies), rounds
// close, assigned and unassigned peers attest, disputes open, post, reveal
// and time out either way, rounds finalize, rewards and fees are claimed,
// stakes are left and credits withdrawn, pools reclaimed. After every call
// the contract's balance must equal what it owes, and
// a withdrawal pays exactly the account's credit.
func TestAccountingProperty(t *testing.T) {
	epochs := 6
	if testing.Short() || raceEnabled {
		epochs = 2
	}
	p := testParams()
	p.MaxCommitsPerRound = 8
	e := newEnv(t, 6, p)
	rng := rand.New(rand.NewPCG(7, 11))
	var runs []ledger.RunID
	kinds, reverts := map[string]int{}, map[string]int{}
	do := func(op string, err error) {
		t.Helper()
		var re *ledger.RevertError
		switch {
		case err == nil:
			kinds[op]++
		case errors.As(err, &re):
			reverts[op+":"+re.Name]++
		default:
			t.Fatalf("%s: %v", op, err)
		}
		bal := check(e.clients[0].Balance(e.ctx))(t)
		if want := owed(t, e, runs); bal.Cmp(want) != 0 {
			t.Fatalf("after %s: contract balance %v, owes %v", op, bal, want)
		}
	}
	tenths := func(lo, hi int) *big.Int { // lo/10 to hi/10 ether
		return new(big.Int).Mul(big.NewInt(int64(lo+rng.IntN(hi-lo))), big.NewInt(1e17))
	}
	peers := e.clients[1:]
	pick := func() *ledger.Client { return peers[rng.IntN(len(peers))] }
	for ep := 0; ep < epochs; ep++ {
		cfg := runConfig(0)
		cfg.NumRounds = 2       // round 1 stays empty: its reward returns to the pool
		pool := tenths(40, 300) // verifier fees of a full round: 1.6 ether
		id, err := e.clients[0].CreateRun(e.ctx, cfg, nil, pool)
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, id)
		do("createRun", err)
		for _, c := range peers {
			_, err = c.JoinRun(e.ctx, id, tenths(180, 300))
			do("joinRun", err)
			if rng.IntN(4) != 0 {
				_, err = c.Commit(e.ctx, id, 0, commitment(byte(rng.IntN(4)))) // equal seeds: copies
				do("commit", err)
			}
		}
		e.at(id, 0, tCommit)
		for i := 0; i < 3; i++ {
			_, err = pick().CloseRound(e.ctx, id, 0)
			do("closeRound", err)
			e.chain.Commit()
		}
		for _, solver := range peers {
			vs, err := e.clients[0].Verifiers(e.ctx, id, 0, solver.Address())
			if err != nil {
				continue // no contribution
			}
			for _, v := range vs {
				if rng.IntN(3) != 0 {
					_, err = e.client(v).AttestContribution(e.ctx, id, 0, solver.Address())
					do("attestContribution", err)
				}
			}
			_, err = pick().AttestContribution(e.ctx, id, 0, solver.Address()) // often unassigned
			do("attestContribution", err)
		}
		var open []uint64
		for i := 0; i < 3; i++ {
			c, solver := pick(), pick()
			did, err := c.OpenDispute(e.ctx, id, 0, solver.Address(), 0, tenths(10, 30))
			do("openDispute", err)
			if err != nil {
				continue
			}
			open = append(open, did)
			if rng.IntN(3) != 0 {
				_, err = solver.PostStep(e.ctx, did, [32]byte{byte(i + 1)}, 4)
				do("postStep", err)
				if rng.IntN(2) == 0 {
					_, err = c.RequestReveal(e.ctx, did, revealReq(uint32(i)))
					do("requestReveal", err)
				}
			}
		}
		for round := 0; round < 2; round++ {
			e.advance(time.Duration(500+rng.IntN(800)) * time.Second)
			for _, did := range open {
				_, err = pick().Timeout(e.ctx, did)
				do("timeout", err)
			}
		}
		e.at(id, 0, tFinal+uint64(rng.IntN(3)))
		_, err = pick().FinalizeRound(e.ctx, id, 0)
		do("finalizeRound", err)
		for _, c := range peers {
			_, err = c.ClaimReward(e.ctx, id, 0)
			do("claimReward", err)
		}
		if rng.IntN(2) == 0 {
			e.at(id, 0, 3*tRound) // past the stake lock
		}
		for _, c := range peers {
			for _, r := range runs {
				if rng.IntN(3) == 0 {
					_, err = c.LeaveRun(e.ctx, r)
					do("leaveRun", err)
				}
			}
			if rng.IntN(2) == 0 {
				// A withdrawal pays exactly the account's credit, no more.
				cr := check(c.Credit(e.ctx, c.Address()))(t)
				before := check(e.chain.Client.BalanceAt(e.ctx, c.Address(), nil))(t)
				r, err := c.Withdraw(e.ctx)
				do("withdraw", err)
				if err == nil {
					after := check(e.chain.Client.BalanceAt(e.ctx, c.Address(), nil))(t)
					fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
					if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(cr) != 0 {
						t.Fatalf("withdraw paid %v, credit was %v", got, cr)
					}
				}
			}
		}
		e.at(id, 1, tFinal)
		_, err = pick().FinalizeRound(e.ctx, id, 1)
		do("finalizeRound", err)
		_, err = e.clients[0].ReclaimPool(e.ctx, id)
		do("reclaimPool", err)
	}
	t.Logf("successful operations: %v", kinds)
	t.Logf("reverted operations: %v", reverts)
	if epochs < 6 {
		return // too few epochs to exercise every call
	}
	for _, op := range []string{"joinRun", "commit", "closeRound", "attestContribution", "openDispute", "postStep",
		"requestReveal", "timeout", "finalizeRound", "claimReward", "leaveRun", "withdraw", "reclaimPool"} {
		if kinds[op] == 0 {
			t.Errorf("no successful %s: the random schedule does not exercise it", op)
		}
	}
}
