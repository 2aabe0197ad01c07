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

// Commitment is what a peer commits on chain for its contribution to a round
// (docs/PROTOCOL.md §3.8). Base, BatchRoot, TraceRoot and UpdateRoot are the Merkle
// commitments of §3.1-§3.6; UpdateBlob (keccak256 of the update blob's bytes) and UpdateSize
// tell verifiers and aggregators what to fetch.
type Commitment struct {
	Base       Root
	BatchRoot  Root
	TraceRoot  Root
	UpdateRoot Root
	UpdateBlob Root
	UpdateSize uint64
	NSteps     uint32
}

// Committed is one commitment as the chain reports it, with its author.
type Committed struct {
	Author common.Address
	Commitment
}

// Chain is what the round engine needs from the chain (protocol v2). ledger/ implements it
// against the contracts; node/ passes that implementation in, bound to the node's key.
type Chain interface {
	Registry
	// Commit commits the caller's contribution to round. It fails with ErrRoundClosed outside
	// [T_r, C_r) and with ErrRefused for zero roots, a second commitment or a base other than
	// the round's attested model root.
	Commit(ctx context.Context, run RunID, round uint64, c Commitment) error
	// Assignments returns the contributions of round the caller must verify, in commit
	// order. It fails with ErrUndecided before the round's beacon exists (after C_r).
	Assignments(ctx context.Context, run RunID, round uint64) ([]Committed, error)
	// AttestContribution attests, as an assigned verifier, that author's contribution to
	// round re-executes to its commitment and that the caller holds and serves its data.
	// It fails with ErrRoundClosed at or after V_r.
	AttestContribution(ctx context.Context, run RunID, round uint64, author common.Address) error
	// FinalSet returns round's final set in commit order: committed, attested by an assigned
	// verifier, never convicted, no dispute open, and no earlier commitment of the same
	// batch root (a copy). It fails with ErrNotFinal before F_r or while a dispute is open.
	FinalSet(ctx context.Context, run RunID, round uint64) ([]Committed, error)
	// AttestModel votes root as the model root of θ_round. Only contributors in the final
	// set of round−1−D may vote, before T_round.
	AttestModel(ctx context.Context, run RunID, round uint64, root Root) error
	// ModelRoot returns the attested model root of θ_round, or ErrUndecided while the vote
	// is open and no root holds a majority of the voters' stake.
	ModelRoot(ctx context.Context, run RunID, round uint64) (Root, error)
}
