package ledger

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Peer is a peer's registry entry.
type Peer = bindings.StakingPeer

// Register registers the client's account as a peer, staking stake wei.
func (c *Client) Register(ctx context.Context, stake *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, "register", stake, c.ledger.PackRegister())
}

// Stake adds amount wei to the account's stake.
func (c *Client) Stake(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, "stake", amount, c.ledger.PackStake())
}

// RequestUnstake starts withdrawing amount wei of stake.
func (c *Client) RequestUnstake(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, "request unstake", nil, c.ledger.PackRequestUnstake(amount))
}

// WithdrawStake pays out the requested unstake once unlocked.
func (c *Client) WithdrawStake(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, "withdraw stake", nil, c.ledger.PackWithdrawStake())
}

// Withdraw pays out the account's credit (rewards, bonds, shares).
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, "withdraw", nil, c.ledger.PackWithdraw())
}

// Peer returns a's registry entry.
func (c *Client) Peer(ctx context.Context, a common.Address) (Peer, error) {
	return call(ctx, c, c.ledger.PackPeer(a), c.ledger.UnpackPeer)
}

// Credit returns what Withdraw would pay a.
func (c *Client) Credit(ctx context.Context, a common.Address) (*big.Int, error) {
	return call(ctx, c, c.ledger.PackCredit(a), c.ledger.UnpackCredit)
}

// Params returns the deployed protocol parameters.
func (c *Client) Params(ctx context.Context) (Params, error) {
	return call(ctx, c, c.ledger.PackParams(), c.ledger.UnpackParams)
}

// Balance returns the Ledger contract's ether balance.
func (c *Client) Balance(ctx context.Context) (*big.Int, error) {
	var b *big.Int
	err := c.retry(ctx, func() error {
		var err error
		b, err = c.backend.BalanceAt(ctx, c.addrs.Ledger, nil)
		return err
	})
	return b, err
}
