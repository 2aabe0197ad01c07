package ledger

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Member is a peer's stake escrow in one run.
type Member = bindings.Member

// JoinRun escrows stake wei (at least the run's minStake) for the run.
func (c *Client) JoinRun(ctx context.Context, run RunID, stake *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, "join run", stake, c.ledger.PackJoinRun(run))
}

// LeaveRun credits the account's run stake back once it is unlocked.
func (c *Client) LeaveRun(ctx context.Context, run RunID) (*types.Receipt, error) {
	return c.transact(ctx, "leave run", nil, c.ledger.PackLeaveRun(run))
}

// Withdraw pays out the account's credit (rewards, fees, bonds, shares, left stakes).
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, "withdraw", nil, c.ledger.PackWithdraw())
}

// Member returns a's escrow in a run.
func (c *Client) Member(ctx context.Context, run RunID, a common.Address) (Member, error) {
	return call(ctx, c, c.ledger.PackMember(run, a), c.ledger.UnpackMember)
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

// DisputesModule returns the address of the Disputes module the Ledger
// forwards dispute calls to.
func (c *Client) DisputesModule(ctx context.Context) (common.Address, error) {
	return call(ctx, c, c.ledger.PackDisputesModule(), c.ledger.UnpackDisputesModule)
}

// VerdictsModule returns the address of the Verdicts module, to which the
// Disputes module forwards the verdict calls.
func (c *Client) VerdictsModule(ctx context.Context) (common.Address, error) {
	return call(ctx, c, disputesABI.PackVerdictsModule(), disputesABI.UnpackVerdictsModule)
}
