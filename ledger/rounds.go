package ledger

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// CloseRound, after the round's commit deadline, fixes its seed block; a
// second call once that block exists stores the beacon (or re-arms the seed
// block after 256 unread blocks).
func (c *Client) CloseRound(ctx context.Context, run RunID, round uint64) (*types.Receipt, error) {
	return c.transact(ctx, "close round", nil, c.ledger.PackCloseRound(run, round))
}

// AttestContribution vouches, as an assigned verifier, for solver's
// contribution to round.
func (c *Client) AttestContribution(ctx context.Context, run RunID, round uint64, solver common.Address) (*types.Receipt, error) {
	return c.transact(ctx, "attest contribution", nil, c.ledger.PackAttestContribution(run, round, solver))
}

// AttestModel votes, as a member of the final set of round-D, for root as
// the model of round+1.
func (c *Client) AttestModel(ctx context.Context, run RunID, round uint64, root [32]byte) (*types.Receipt, error) {
	return c.transact(ctx, "attest model", nil, c.ledger.PackAttestModel(run, round, root))
}

// FinalizeRound allocates a final round's rewards and verifier fees.
func (c *Client) FinalizeRound(ctx context.Context, run RunID, round uint64) (*types.Receipt, error) {
	return c.transact(ctx, "finalize round", nil, c.ledger.PackFinalizeRound(run, round))
}

// ClaimReward credits the account's reward and verifier fees for a finalized round.
func (c *Client) ClaimReward(ctx context.Context, run RunID, round uint64) (*types.Receipt, error) {
	return c.transact(ctx, "claim reward", nil, c.ledger.PackClaimReward(run, round))
}

// Round returns a round's state.
func (c *Client) Round(ctx context.Context, run RunID, round uint64) (Round, error) {
	return call(ctx, c, c.ledger.PackRound(run, round), c.ledger.UnpackRound)
}

// ModelRoot returns the model root of round (θ_round): zero while the vote
// deciding it is open without a majority.
func (c *Client) ModelRoot(ctx context.Context, run RunID, round uint64) ([32]byte, error) {
	return call(ctx, c, c.ledger.PackModelRoot(run, round), c.ledger.UnpackModelRoot)
}

// Votes returns the stake voted for root as the model of round+1.
func (c *Client) Votes(ctx context.Context, run RunID, round uint64, root [32]byte) (*big.Int, error) {
	return call(ctx, c, c.ledger.PackVotes(run, round, root), c.ledger.UnpackVotes)
}

// Beacon returns the round's beacon (zero until its seed block exists).
func (c *Client) Beacon(ctx context.Context, run RunID, round uint64) ([32]byte, error) {
	return call(ctx, c, c.ledger.PackBeacon(run, round), c.ledger.UnpackBeacon)
}

// Verifiers returns the verifiers the round's beacon assigns to solver.
func (c *Client) Verifiers(ctx context.Context, run RunID, round uint64, solver common.Address) ([]common.Address, error) {
	return call(ctx, c, c.ledger.PackVerifiers(run, round, solver), c.ledger.UnpackVerifiers)
}

// Attesters returns the assigned verifiers that attested solver's contribution.
func (c *Client) Attesters(ctx context.Context, run RunID, round uint64, solver common.Address) ([]common.Address, error) {
	return call(ctx, c, c.ledger.PackAttesters(run, round, solver), c.ledger.UnpackAttesters)
}

// FinalSet returns the round's final set in commit order; a *RevertError
// RoundNotFinal before the round is final.
func (c *Client) FinalSet(ctx context.Context, run RunID, round uint64) ([]common.Address, error) {
	return call(ctx, c, c.ledger.PackFinalSet(run, round), c.ledger.UnpackFinalSet)
}
