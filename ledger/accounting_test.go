package ledger_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

// owed sums, from the contract's views, everything the Ledger owes: stakes,
// credits, unallocated run pools, allocated-but-unclaimed and slashed-bonus
// round funds, and the bonds of open disputes.
func owed(t *testing.T, e *env, runs []ledger.RunID) *big.Int {
	t.Helper()
	c := e.clients[0]
	sum := new(big.Int)
	for i := range e.clients {
		sum.Add(sum, check(c.Peer(e.ctx, e.addr(i)))(t).Stake)
		sum.Add(sum, check(c.Credit(e.ctx, e.addr(i)))(t))
	}
	for _, id := range runs {
		r := check(c.Run(e.ctx, id))(t)
		sum.Add(sum, r.Pool)
		for k := uint64(0); k < uint64(r.NumRounds); k++ {
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

// TestAccountingProperty plays random epochs of every value-moving
// operation from several accounts (a run is created, peers stake and commit,
// disputes are opened and time out either way, rounds close and finalize,
// rewards, bonds and stakes are withdrawn) and checks after every transaction
// that the contract's balance equals the sum of what it owes.
func TestAccountingProperty(t *testing.T) {
	epochs := 8
	if testing.Short() {
		epochs = 3
	}
	p := testParams()
	p.MaxCommitsPerRound = 8
	p.WithdrawDelay = 600
	e := newEnv(t, 6, p)
	rng := rand.New(rand.NewPCG(7, 11))
	var runs []ledger.RunID
	kinds, reverts := map[string]int{}, map[string]int{}
	amount := func() *big.Int { return new(big.Int).Mul(big.NewInt(int64(1+rng.IntN(30))), big.NewInt(1e17)) }
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
	peers := e.clients[1:]
	for ep := 0; ep < epochs; ep++ {
		cfg := runConfig(0)
		cfg.MinStake, cfg.DisputeBond = big.NewInt(5e17), big.NewInt(3e16)
		cfg.NumRounds, cfg.RoundDuration, cfg.DisputeWindow = 1, 600, 600
		id, err := e.clients[0].CreateRun(e.ctx, cfg, amount())
		if err == nil {
			runs = append(runs, id)
		}
		do("createRun", err)
		for _, c := range peers {
			switch rng.IntN(3) {
			case 0:
				_, err = c.Register(e.ctx, amount())
				do("register", err)
			case 1:
				_, err = c.Stake(e.ctx, amount())
				do("stake", err)
			}
			if rng.IntN(4) != 0 {
				_, err = c.Commit(e.ctx, id, 0, commitment(byte(rng.IntN(256))))
				do("commit", err)
			}
		}
		var open []uint64
		for i := 0; i < 3; i++ {
			c := peers[rng.IntN(len(peers))]
			did, err := c.OpenDispute(e.ctx, id, 0, peers[rng.IntN(len(peers))].Address(), big.NewInt(int64(3+rng.IntN(5))*1e16))
			do("openDispute", err)
			if err == nil {
				open = append(open, did)
				if rng.IntN(2) == 0 {
					_, err = c.RequestReveal(e.ctx, did, ledger.RevealRequest{Record: uint32(i)})
					do("requestReveal", err)
				}
			}
		}
		if rng.IntN(2) == 0 {
			c := peers[rng.IntN(len(peers))]
			_, err = c.RequestUnstake(e.ctx, amount())
			do("requestUnstake", err)
		}
		e.advance(time.Duration(700+rng.IntN(600)) * time.Second)
		for _, did := range open {
			_, err = e.clients[0].Timeout(e.ctx, did)
			do("timeout", err)
		}
		_, err = e.clients[0].CloseRound(e.ctx, id, 0)
		do("closeRound", err)
		e.advance(700 * time.Second)
		_, err = e.clients[0].FinalizeRound(e.ctx, id, 0)
		do("finalizeRound", err)
		for _, c := range peers {
			_, err = c.ClaimReward(e.ctx, id, 0)
			do("claimReward", err)
			if rng.IntN(2) == 0 {
				_, err = c.Withdraw(e.ctx)
				do("withdraw", err)
			}
			if rng.IntN(3) == 0 {
				_, err = c.WithdrawStake(e.ctx)
				do("withdrawStake", err)
			}
		}
		_, err = e.clients[0].ReclaimPool(e.ctx, id)
		do("reclaimPool", err)
	}
	t.Logf("successful operations: %v", kinds)
	t.Logf("reverted operations: %v", reverts)
	for _, op := range []string{"commit", "openDispute", "timeout", "finalizeRound", "claimReward", "withdraw", "withdrawStake", "reclaimPool"} {
		if kinds[op] == 0 {
			t.Errorf("no successful %s: the random schedule does not exercise it", op)
		}
	}
}
