package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Types of the run and round API, as the bindings define them.
type (
	// RunConfig is what a submitter fixes when creating a run.
	RunConfig = bindings.RunConfig
	// Run is a run's configuration and accounting.
	Run = bindings.RunsRun
	// Round is a round's state.
	Round = bindings.RunsRound
	// Commitment is a peer's commitment for one round.
	Commitment = bindings.Commitment
)

// ContributionStatus is the state of one peer's contribution to a round.
type ContributionStatus uint8

// Contribution states (LedgerTypes.sol).
const (
	StatusNone ContributionStatus = iota
	StatusCommitted
	StatusSlashed
	StatusClaimed
)

// RunID identifies a run: the bytes32 the Ledger assigns.
type RunID = [32]byte

// CreateRun creates a run escrowing pool wei as its reward pool.
func (c *Client) CreateRun(ctx context.Context, cfg RunConfig, pool *big.Int) (RunID, error) {
	if cfg.Bootstrap == nil {
		cfg.Bootstrap = []string{}
	}
	r, err := c.transact(ctx, "create run", pool, c.ledger.PackCreateRun(cfg))
	if err != nil {
		return RunID{}, err
	}
	ev, err := findEvent(r, c.ledger.UnpackRunCreatedEvent)
	if err != nil {
		return RunID{}, fmt.Errorf("create run: %w", err)
	}
	return ev.RunId, nil
}

// Commit commits the account's contribution to round.
func (c *Client) Commit(ctx context.Context, run RunID, round uint64, cm Commitment) (*types.Receipt, error) {
	return c.transact(ctx, "commit", nil, c.ledger.PackCommit(run, round, cm))
}

// CloseRound closes a round after its commit deadline.
func (c *Client) CloseRound(ctx context.Context, run RunID, round uint64) (*types.Receipt, error) {
	return c.transact(ctx, "close round", nil, c.ledger.PackCloseRound(run, round))
}

// AttestModel votes for the model root that round produced.
func (c *Client) AttestModel(ctx context.Context, run RunID, round uint64, root [32]byte) (*types.Receipt, error) {
	return c.transact(ctx, "attest model", nil, c.ledger.PackAttestModel(run, round, root))
}

// FinalizeRound allocates a round's rewards after its dispute window.
func (c *Client) FinalizeRound(ctx context.Context, run RunID, round uint64) (*types.Receipt, error) {
	return c.transact(ctx, "finalize round", nil, c.ledger.PackFinalizeRound(run, round))
}

// ClaimReward credits the account's reward for a finalized round.
func (c *Client) ClaimReward(ctx context.Context, run RunID, round uint64) (*types.Receipt, error) {
	return c.transact(ctx, "claim reward", nil, c.ledger.PackClaimReward(run, round))
}

// ReclaimPool credits the rest of a finished run's pool to its submitter.
func (c *Client) ReclaimPool(ctx context.Context, run RunID) (*types.Receipt, error) {
	return c.transact(ctx, "reclaim pool", nil, c.ledger.PackReclaimPool(run))
}

// Run returns a run's configuration and accounting.
func (c *Client) Run(ctx context.Context, run RunID) (Run, error) {
	return call(ctx, c, c.ledger.PackRun(run), c.ledger.UnpackRun)
}

// RunCount returns the number of runs created.
func (c *Client) RunCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, c.ledger.PackRunCount(), c.ledger.UnpackRunCount)
}

// Round returns a round's state.
func (c *Client) Round(ctx context.Context, run RunID, round uint64) (Round, error) {
	return call(ctx, c, c.ledger.PackRound(run, round), c.ledger.UnpackRound)
}

// Commitment returns peer's commitment to a round (zero if none).
func (c *Client) Commitment(ctx context.Context, run RunID, round uint64, peer common.Address) (Commitment, error) {
	return call(ctx, c, c.ledger.PackCommitment(run, round, peer), c.ledger.UnpackCommitment)
}

// Status returns the state of peer's contribution to a round.
func (c *Client) Status(ctx context.Context, run RunID, round uint64, peer common.Address) (ContributionStatus, error) {
	s, err := call(ctx, c, c.ledger.PackStatus(run, round, peer), c.ledger.UnpackStatus)
	return ContributionStatus(s), err
}

// ModelRoot returns the agreed model root that round trains from.
func (c *Client) ModelRoot(ctx context.Context, run RunID, round uint64) ([32]byte, error) {
	return call(ctx, c, c.ledger.PackModelRoot(run, round), c.ledger.UnpackModelRoot)
}

// Verifiers returns the verifiers the round's beacon assigns to solver.
func (c *Client) Verifiers(ctx context.Context, run RunID, round uint64, solver common.Address) ([]common.Address, error) {
	return call(ctx, c, c.ledger.PackVerifiers(run, round, solver), c.ledger.UnpackVerifiers)
}
