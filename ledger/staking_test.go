package ledger_test

import (
	"math/big"
	"testing"
	"time"
)

func TestStaking(t *testing.T) {
	e := newEnv(t, 3, testParams())
	a, b := e.clients[1], e.clients[2]

	_, err := a.Stake(e.ctx, eth(1))
	wantRevert(t, err, "NotRegistered")
	_, err = a.RequestUnstake(e.ctx, eth(1))
	wantRevert(t, err, "NotRegistered")

	check(a.Register(e.ctx, eth(5)))(t)
	_, err = a.Register(e.ctx, eth(5))
	wantRevert(t, err, "AlreadyRegistered")
	_, err = a.Stake(e.ctx, big.NewInt(0))
	wantRevert(t, err, "ZeroAmount")
	check(a.Stake(e.ctx, eth(3)))(t)
	check(b.Register(e.ctx, nil))(t) // registering without stake is allowed

	p := check(a.Peer(e.ctx, e.addr(1)))(t)
	if !p.Registered || p.Stake.Cmp(eth(8)) != 0 || p.Unstaking.Sign() != 0 {
		t.Fatalf("got peer %+v, want registered with stake 8 ether", p)
	}

	_, err = a.RequestUnstake(e.ctx, eth(9))
	wantRevert(t, err, "UnstakeExceedsStake")
	_, err = a.RequestUnstake(e.ctx, big.NewInt(0))
	wantRevert(t, err, "ZeroAmount")
	_, err = a.WithdrawStake(e.ctx)
	wantRevert(t, err, "NothingToWithdraw")
	check(a.RequestUnstake(e.ctx, eth(5)))(t)
	_, err = a.RequestUnstake(e.ctx, eth(4))
	wantRevert(t, err, "UnstakeExceedsStake")
	_, err = a.WithdrawStake(e.ctx)
	wantRevert(t, err, "StakeLocked")

	e.advance(time.Hour + time.Second)
	before := check(e.chain.Client.BalanceAt(e.ctx, e.addr(1), nil))(t)
	r := check(a.WithdrawStake(e.ctx))(t)
	after := check(e.chain.Client.BalanceAt(e.ctx, e.addr(1), nil))(t)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	got := new(big.Int).Sub(new(big.Int).Add(after, fee), before)
	if got.Cmp(eth(5)) != 0 {
		t.Fatalf("withdrawStake paid %v wei, want 5 ether", got)
	}
	p = check(a.Peer(e.ctx, e.addr(1)))(t)
	if p.Stake.Cmp(eth(3)) != 0 || p.Unstaking.Sign() != 0 {
		t.Fatalf("got peer %+v after withdrawal, want stake 3 ether", p)
	}
	_, err = a.WithdrawStake(e.ctx)
	wantRevert(t, err, "NothingToWithdraw")
	_, err = a.Withdraw(e.ctx)
	wantRevert(t, err, "NothingToWithdraw")
	if bal := check(a.Balance(e.ctx))(t); bal.Cmp(eth(3)) != 0 {
		t.Fatalf("contract balance %v, want 3 ether", bal)
	}
}
