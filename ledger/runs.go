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
	Run = bindings.LedgerStorageRun
	// Round is a round's state.
	Round = bindings.LedgerStorageRound
	// Commitment is a peer's commitment for one round (PROTOCOL.md §3.8).
	Commitment = bindings.Commitment
	// Contribution is a peer's contribution record for one round.
	Contribution = bindings.Contribution
)

// ContributionStatus is the state of one peer's contribution to a round.
type ContributionStatus uint8

// Contribution states (LedgerTypes.sol).
const (
	StatusNone ContributionStatus = iota
	StatusCommitted
	StatusConvicted
)

// RunID identifies a run: the bytes32 the Ledger assigns.
type RunID = [32]byte

// RevealGas is the gas the Ledger assumes a solver's forced reveal costs
// (LedgerStorage.REVEAL_GAS): a run's dispute bond must cover maxReveals+1
// of them at its minGasPrice.
const RevealGas = 300_000

// DefaultFinalityLag is the lag D a run gets when its config leaves it zero.
const DefaultFinalityLag = 2

// CreateRun creates a run escrowing pool wei as its reward pool and returns
// its ID. bootstrap (libp2p multiaddrs) is published in RunCreated only.
func (c *Client) CreateRun(ctx context.Context, cfg RunConfig, bootstrap []string, pool *big.Int) (RunID, error) {
	if bootstrap == nil {
		bootstrap = []string{}
	}
	r, err := c.transact(ctx, "create run", pool, c.ledger.PackCreateRun(cfg, bootstrap))
	if err != nil {
		return RunID{}, err
	}
	ev, err := findEvent(r, c.ledger.UnpackRunCreatedEvent)
	if err != nil {
		return RunID{}, fmt.Errorf("create run: %w", err)
	}
	return ev.RunId, nil
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

// Commit commits the account's contribution to round.
func (c *Client) Commit(ctx context.Context, run RunID, round uint64, cm Commitment) (*types.Receipt, error) {
	return c.transact(ctx, "commit", nil, c.ledger.PackCommit(run, round, cm))
}

// Commitment returns peer's commitment to a round (zero if none).
func (c *Client) Commitment(ctx context.Context, run RunID, round uint64, peer common.Address) (Commitment, error) {
	return call(ctx, c, c.ledger.PackCommitment(run, round, peer), c.ledger.UnpackCommitment)
}

// Contribution returns peer's contribution record for a round.
func (c *Client) Contribution(ctx context.Context, run RunID, round uint64, peer common.Address) (Contribution, error) {
	return call(ctx, c, c.ledger.PackContribution(run, round, peer), c.ledger.UnpackContribution)
}

// Status returns the state of peer's contribution to a round.
func (c *Client) Status(ctx context.Context, run RunID, round uint64, peer common.Address) (ContributionStatus, error) {
	s, err := call(ctx, c, c.ledger.PackStatus(run, round, peer), c.ledger.UnpackStatus)
	return ContributionStatus(s), err
}
