package ledger_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

// owed sums, from the contract's views, everything the Ledger owes: run
// stakes, credits, unallocated run pools, allocated-but-unclaimed and bonus
// round funds, and the bonds of open disputes.
func owed(t *testing.T, e *env, runs []ledger.RunID) *big.Int { return owedSkipping(t, e, runs, nil) }

// owedSkipping is owed, skipping (and adding to ended, if not nil) the
// disputes that have ended: a dispute never reopens.
func owedSkipping(t *testing.T, e *env, runs []ledger.RunID, ended map[uint64]bool) *big.Int {
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
		if ended[id] {
			continue
		}
		if d := check(c.Dispute(e.ctx, id))(t); ledger.DisputeState(d.State) == ledger.DisputeOpen {
			sum.Add(sum, d.Bond)
		} else if ended != nil {
			ended[id] = true
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

// prop is the state of one random sequence of calls.
type prop struct {
	t              *testing.T
	e              *env
	k              *verdictKit
	rng            *rand.Rand
	runs           []ledger.RunID
	peers          []*ledger.Client
	seeds          map[ledger.RunID]map[common.Address]int // each solver's verdictKit seed
	kinds, reverts map[string]int
	ended          map[uint64]bool // disputes seen ended
}

// do records a call's result (a revert with its error's name) and requires
// the contract's balance to equal what it owes afterwards.
func (p *prop) do(op string, err error) {
	p.t.Helper()
	var re *ledger.RevertError
	switch {
	case err == nil:
		p.kinds[op]++
	case errors.As(err, &re):
		p.reverts[op+":"+re.Name]++
	default:
		p.t.Fatalf("%s: %v", op, err)
	}
	bal := check(p.e.clients[0].Balance(p.e.ctx))(p.t)
	if want := owedSkipping(p.t, p.e, p.runs, p.ended); bal.Cmp(want) != 0 {
		p.t.Fatalf("after %s: contract balance %v, owes %v", op, bal, want)
	}
}

// tenths is lo/10 to hi/10 ether.
func (p *prop) tenths(lo, hi int) *big.Int {
	return new(big.Int).Mul(big.NewInt(int64(lo+p.rng.IntN(hi-lo))), big.NewInt(1e17))
}

func (p *prop) pick() *ledger.Client { return p.peers[p.rng.IntN(len(p.peers))] }

// TestAccountingProperty plays random epochs of every state-changing call
// of the Ledger and its Disputes module from several accounts: runs are
// created and joined, peers commit (some copies; each contribution one of
// verdictKit's, with real roots), rounds close, assigned and unassigned
// peers attest, disputes open, solvers post honest or tampered steps with
// right or wrong record counts, challengers request reveals, solvers reveal,
// and challengers resolve or call every verdict (wrong external, program,
// output, update) with proofs that convict, acquit, or (corrupt, or sent by
// another account) revert, or let the dispute time out either way; rounds
// finalize, final-set members vote on the model, rewards and fees are
// claimed, stakes are left and credits withdrawn, pools reclaimed. After
// every call the contract's balance must equal what it owes; a withdrawal
// pays exactly the account's credit; a successful verdict convicts exactly
// when its proof shows a fault.
func TestAccountingProperty(t *testing.T) {
	epochs := 6
	if testing.Short() || raceEnabled {
		epochs = 2
	}
	params := testParams()
	params.MaxCommitsPerRound = 8
	e := newEnv(t, 6, params)
	p := &prop{t: t, e: e, k: newVerdictKit(t), rng: rand.New(rand.NewPCG(7, 11)), peers: e.clients[1:],
		seeds: map[ledger.RunID]map[common.Address]int{}, kinds: map[string]int{}, reverts: map[string]int{},
		ended: map[uint64]bool{}}
	rng, peers, pick := p.rng, p.peers, p.pick
	for ep := 0; ep < epochs; ep++ {
		cfg := p.k.config(runConfig(0))
		cfg.NumRounds = 3         // rounds 1 and 2 stay empty: their rewards return to the pool
		pool := p.tenths(60, 300) // verifier fees of a full round: 1.6 ether
		id, err := e.clients[0].CreateRun(e.ctx, cfg, nil, pool)
		if err != nil {
			t.Fatal(err)
		}
		p.runs = append(p.runs, id)
		p.seeds[id] = map[common.Address]int{}
		p.do("createRun", err)
		var committed []*ledger.Client
		for _, c := range peers {
			_, err = c.JoinRun(e.ctx, id, p.tenths(180, 300))
			p.do("joinRun", err)
			if rng.IntN(5) != 0 {
				s := rng.IntN(kitSeeds) // equal seeds: copies
				_, err = c.Commit(e.ctx, id, 0, p.k.seeds[s].c)
				p.do("commit", err)
				if err == nil {
					p.seeds[id][c.Address()] = s
					committed = append(committed, c)
				}
			}
		}
		p.refused(id)
		e.at(id, 0, tCommit)
		for i := 0; i < 3; i++ {
			_, err = pick().CloseRound(e.ctx, id, 0)
			p.do("closeRound", err)
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
					p.do("attestContribution", err)
				}
			}
			_, err = pick().AttestContribution(e.ctx, id, 0, solver.Address()) // often unassigned
			p.do("attestContribution", err)
		}
		p.disputes(id, committed)
		e.at(id, 0, tFinal+uint64(rng.IntN(3)))
		_, err = pick().FinalizeRound(e.ctx, id, 0)
		p.do("finalizeRound", err)
		for _, c := range peers {
			_, err = c.ClaimReward(e.ctx, id, 0)
			p.do("claimReward", err)
			if rng.IntN(2) == 0 { // round 0's final set votes on the model of round 3
				_, err = c.AttestModel(e.ctx, id, 2, [32]byte{byte(1 + rng.IntN(2))})
				p.do("attestModel", err)
			}
		}
		if rng.IntN(2) == 0 {
			e.at(id, 0, 3*tRound) // past the stake lock
		}
		for _, c := range peers {
			for _, r := range p.runs {
				if rng.IntN(3) == 0 {
					_, err = c.LeaveRun(e.ctx, r)
					p.do("leaveRun", err)
				}
			}
			if rng.IntN(2) == 0 {
				// A withdrawal pays exactly the account's credit, no more.
				cr := check(c.Credit(e.ctx, c.Address()))(t)
				before := check(e.chain.Client.BalanceAt(e.ctx, c.Address(), nil))(t)
				r, err := c.Withdraw(e.ctx)
				p.do("withdraw", err)
				if err == nil {
					after := check(e.chain.Client.BalanceAt(e.ctx, c.Address(), nil))(t)
					fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
					if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(cr) != 0 {
						t.Fatalf("withdraw paid %v, credit was %v", got, cr)
					}
					if left := check(c.Credit(e.ctx, c.Address()))(t); left.Sign() != 0 {
						t.Fatalf("credit %v left after a withdrawal", left)
					}
				}
			}
		}
		e.at(id, 2, tFinal)
		for r := uint64(1); r <= 2; r++ {
			_, err = pick().FinalizeRound(e.ctx, id, r)
			p.do("finalizeRound", err)
		}
		_, err = e.clients[0].ReclaimPool(e.ctx, id)
		p.do("reclaimPool", err)
		_, err = pick().FinalizeRound(e.ctx, id, uint64(rng.IntN(3))) // AlreadyFinalized
		p.do("finalizeRound", err)
	}
	t.Logf("successful operations: %v", p.kinds)
	t.Logf("reverted operations: %v", p.reverts)
	if epochs < 6 {
		return // too few epochs to exercise every call
	}
	for _, op := range []string{"joinRun", "commit", "closeRound", "attestContribution", "openDispute", "postStep",
		"requestReveal", "reveal", "timeout", "finalizeRound", "claimReward", "attestModel", "leaveRun", "withdraw",
		"reclaimPool"} {
		if p.kinds[op] == 0 {
			t.Errorf("no successful %s: the random schedule does not exercise it", op)
		}
	}
	for _, op := range verdictOps {
		if p.kinds[op+":convicted"] == 0 || p.kinds[op+":acquitted"] == 0 || p.reverts[op+":RootMismatch"] == 0 {
			t.Errorf("%s: %d convictions, %d acquittals, %d corrupt proofs refused; want each",
				op, p.kinds[op+":convicted"], p.kinds[op+":acquitted"], p.reverts[op+":RootMismatch"])
		}
	}
}

// refused makes calls that must revert (and so change nothing) on round 0
// of run while its commit window is open: an invalid run
// config, a commit from the wrong base, twice, or with a zero root, a
// second join, an early reclaim, a reclaim by a peer, and a plain transfer
// to the Ledger.
func (p *prop) refused(run ledger.RunID) {
	e, rng := p.e, p.rng
	bad := p.k.config(runConfig(0))
	bad.DisputeBond = big.NewInt(1) // does not cover the solver's reveals
	_, err := e.clients[0].CreateRun(e.ctx, bad, nil, eth(5))
	p.do("createRun", err)
	c := p.pick()
	seed := rng.IntN(kitSeeds)
	cm := p.k.seeds[seed].c
	switch rng.IntN(3) {
	case 0:
		cm.Base = initialRoot // not the run's model
	case 1:
		cm.TraceRoot = [32]byte{}
	}
	_, err = c.Commit(e.ctx, run, 0, cm) // WrongBase, ZeroRoot, AlreadyCommitted (or a first commit)
	p.do("commit", err)
	if err == nil {
		if cm != p.k.seeds[seed].c {
			p.t.Fatalf("commit %+v accepted", cm)
		}
		p.seeds[run][c.Address()] = seed
	}
	_, err = c.JoinRun(e.ctx, run, eth(20)) // AlreadyJoined (or InsufficientStake)
	p.do("joinRun", err)
	_, err = p.pick().ReclaimPool(e.ctx, run) // NotSubmitter
	p.do("reclaimPool", err)
	_, err = e.clients[0].ReclaimPool(e.ctx, run) // RunNotOver
	p.do("reclaimPool", err)
	ledgerAddr := e.addrs.Ledger
	_, err = e.chain.Client.EstimateGas(e.ctx, ethereum.CallMsg{From: c.Address(), To: &ledgerAddr, Value: eth(1)})
	if err == nil {
		p.t.Fatal("a plain transfer to the Ledger is accepted")
	}
}
