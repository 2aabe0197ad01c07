package ledger_test

import (
	"math/big"
	"testing"
)

// TestRunStake: stake is escrowed per run, at least the run's minStake, once;
// it is locked while the peer's commitments can be disputed or vote, and
// while a dispute against it is open; leaving credits it back.
func TestRunStake(t *testing.T) {
	e := newEnv(t, 4, testParams())
	a := e.clients[1]
	id := e.newRun()
	other := e.newRun()
	_, err := a.JoinRun(e.ctx, id, eth(19))
	wantRevert(t, err, "InsufficientStake")
	_, err = a.JoinRun(e.ctx, [32]byte{9}, eth(20))
	wantRevert(t, err, "UnknownRun")
	_, err = a.LeaveRun(e.ctx, id)
	wantRevert(t, err, "NotJoined")
	check(a.JoinRun(e.ctx, id, eth(25)))(t)
	_, err = a.JoinRun(e.ctx, id, eth(20))
	wantRevert(t, err, "AlreadyJoined")
	// The stake of one run does not count in another.
	_, err = a.Commit(e.ctx, other, 0, commitment(1))
	wantRevert(t, err, "InsufficientStake")
	check(a.Commit(e.ctx, id, 0, commitment(1)))(t)
	m := check(a.Member(e.ctx, id, e.addr(1)))(t)
	start := check(a.Run(e.ctx, id))(t).Cfg.Start
	// Locked until T_{r+D+1}: the end of the vote its stake weighs in.
	if m.Stake.Cmp(eth(25)) != 0 || m.LockedUntil != start+3*tRound {
		t.Fatalf("member %+v, want 25 ether locked until T_3 = %d", m, start+3*tRound)
	}
	_, err = a.LeaveRun(e.ctx, id)
	wantRevert(t, err, "StakeLocked")
	e.at(id, 2, tRound-1)
	_, err = a.LeaveRun(e.ctx, id)
	wantRevert(t, err, "StakeLocked")
	e.at(id, 2, tRound)
	check(a.LeaveRun(e.ctx, id))(t)
	if cr := check(a.Credit(e.ctx, e.addr(1)))(t); cr.Cmp(eth(25)) != 0 {
		t.Fatalf("credit %v after leaving, want 25 ether", cr)
	}
	before := check(e.chain.Client.BalanceAt(e.ctx, e.addr(1), nil))(t)
	r := check(a.Withdraw(e.ctx))(t)
	after := check(e.chain.Client.BalanceAt(e.ctx, e.addr(1), nil))(t)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(after, fee), before); got.Cmp(eth(25)) != 0 {
		t.Fatalf("withdraw paid %v wei, want 25 ether", got)
	}
	_, err = a.Withdraw(e.ctx)
	wantRevert(t, err, "NothingToWithdraw")
	if bal := check(a.Balance(e.ctx))(t); bal.Cmp(eth(60)) != 0 {
		t.Fatalf("contract balance %v, want the two 30-ether pools", bal)
	}
}

// TestLeaveRefusedInDispute: a peer cannot leave while a dispute against its
// contribution is open, even after its lock.
func TestLeaveRefusedInDispute(t *testing.T) {
	e := newEnv(t, 3, testParams())
	id := e.newRun(1)
	check(e.clients[1].Commit(e.ctx, id, 0, commitment(1)))(t)
	did := check(e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	check(e.clients[1].PostStep(e.ctx, did, [32]byte{5}, 3, stepOutputs(1)))(t)
	check(e.clients[2].RequestReveal(e.ctx, did, revealReq(0)))(t)
	if m := check(e.clients[1].Member(e.ctx, id, e.addr(1)))(t); m.OpenDisputes != 1 {
		t.Fatalf("open disputes %d, want 1", m.OpenDisputes)
	}
	e.at(id, 2, tRound) // past the lock; the reveal deadline passed long ago, but nobody called timeout
	_, err := e.clients[1].LeaveRun(e.ctx, id)
	wantRevert(t, err, "PeerInDispute")
	check(e.clients[0].Timeout(e.ctx, did))(t)
	check(e.clients[1].LeaveRun(e.ctx, id))(t) // what the slash left: 10 of 20
	if cr := check(e.clients[1].Credit(e.ctx, e.addr(1)))(t); cr.Cmp(eth(10)) != 0 {
		t.Fatalf("credit %v, want the 10 ether the slash left", cr)
	}
}
