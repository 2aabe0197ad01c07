package swarm

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Registry answers whether an address may take part in a run. Gossip validators call it for
// every message, so implementations should answer from a cache.
type Registry interface {
	// IsRegistered reports whether addr is a registered, staked peer of run. An error means
	// the answer is unknown (the message is ignored, not held against its sender).
	IsRegistered(ctx context.Context, run RunID, addr common.Address) (bool, error)
}

// UpdateCommitment is what a peer commits on chain for its update of a round.
type UpdateCommitment struct {
	// Root is the content root of the update blob (RootOf of its bytes).
	Root Root
	// Size is the update blob's length in bytes.
	Size uint64
	// TraceRoot is the step-trace commitment of the training that produced the update.
	TraceRoot Root
}

// CommittedUpdate is one entry of a round's committed update set as the chain reports it.
type CommittedUpdate struct {
	// Author is the committing account.
	Author common.Address
	UpdateCommitment
	// Disputed is set when a dispute against the update is open or lost; aggregation skips it.
	Disputed bool
}

// Chain is what the round engine needs from the chain. ledger/ implements it against the
// contracts; node/ passes that implementation in.
type Chain interface {
	Registry
	// CommitUpdate commits the caller's update for round. It fails with ErrRoundClosed after
	// the round's update stage has ended.
	CommitUpdate(ctx context.Context, run RunID, round uint64, c UpdateCommitment) error
	// CommittedUpdates returns the round's final committed update set, at most one per author,
	// in the chain's canonical order. It fails with ErrRoundOpen while commits are accepted.
	CommittedUpdates(ctx context.Context, run RunID, round uint64) ([]CommittedUpdate, error)
}
