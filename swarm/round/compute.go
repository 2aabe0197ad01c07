package round

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// Compute is the deterministic work of a round (docs/PROTOCOL.md §3). node/compute
// implements it with training/ and verify/; the engine never looks inside models, payloads or
// updates. Every method must be a pure function of its arguments and the peer's identity, so
// that every honest peer gets the same bytes from the same inputs.
type Compute interface {
	// ModelRoot returns the model root (§3.1) of a model blob. It fails on bytes that are not
	// a model of the run.
	ModelRoot(model []byte) (swarm.Root, error)
	// Rollouts returns this peer's rollout payloads of round with model θ_round (§3.4), one
	// per group, in group order.
	Rollouts(ctx context.Context, round uint64, model []byte) ([][]byte, error)
	// Critique recomputes other peers' rollouts of round with θ_round and returns one verdict
	// per rollout, in order (wire.VerdictAgree, VerdictWrongReward or VerdictWrongSample).
	Critique(ctx context.Context, round uint64, model []byte, rollouts []Rollout) ([]uint8, error)
	// Contribute computes this peer's contribution to round on batch, the ordered payloads
	// (own groups in group order, then external groups in SAPO order; §3.5-§3.6). A Compute
	// with a write-ahead may instead return the contribution it prepared for round before a
	// restart, computed on that time's batch: the engine commits what Contribute returns,
	// checking its steps against its own manifest.
	Contribute(ctx context.Context, round uint64, model []byte, batch [][]byte) (Contribution, error)
	// Verify re-executes c's contribution as an assigned verifier does: is batch (the
	// payloads in manifest order) a batch c.Author may commit — its own groups in group
	// order, then other authors' (§3.5) — and does it reproduce c's roots and the update
	// blob with θ_round? It returns nil if so, an error wrapping ErrInvalid that says why
	// if not, and any other error when it could not tell.
	Verify(ctx context.Context, round uint64, model []byte, c swarm.Committed, batch [][]byte, update []byte) error
	// Aggregate returns θ_{r+1} from θ_r and the update blobs of a final set, in the chain's
	// order (§3.7), with the new model's root. It is never called with no updates.
	Aggregate(ctx context.Context, model []byte, updates [][]byte) (next []byte, root swarm.Root, err error)
}

// Contribution is what Compute.Contribute produces: the blobs to store and serve and the
// roots to commit. The engine adds the update blob's transport root and size.
type Contribution struct {
	// Update is the update blob (the gradient, §3.6).
	Update []byte
	// Manifest is the batch manifest blob: the canonical CBOR array of
	// [payloadRoot, groupRoot] pairs (§3.5).
	Manifest []byte
	// Base, BatchRoot, TraceRoot and UpdateRoot are the commitment's roots; NSteps the
	// number of steps (groups in the batch).
	Base, BatchRoot, TraceRoot, UpdateRoot swarm.Root
	NSteps                                 uint32
}

// Rollout is a gossiped rollout with its author.
type Rollout struct {
	Author common.Address
	Msg    *wire.Rollout
}

// Result summarizes one round a node played.
type Result struct {
	Round uint64
	// Model is the model root of θ_round the round was played with; Adopted says it is not
	// the θ_round the node computed: fetched by the chain-attested root, or a model of an
	// earlier round the chain attested again (no model vote).
	Model   swarm.Root
	Adopted bool
	// Next is the model root of θ_{round+1} this node computed.
	Next swarm.Root
	// Own and External count the groups of the node's batch.
	Own, External int
	// Committed says the chain accepted the node's commitment.
	Committed bool
	// Verified counts the assigned contributions the node could judge (it re-executed
	// them, or refused them as invalid: a wrong base, manifest length or batch order);
	// Attested those it attested.
	Verified, Attested int
	// Whistled counts the contributions it was not assigned to that it re-executed as a
	// whistleblower (WithWhistleblower), Mismatched those of them that differed from their
	// commitment (each handed to Hooks.Mismatch). Neither is ever attested.
	Whistled, Mismatched int
	// Aggregated counts the updates of the final set of round−D applied to get Next (0 when
	// round < D or the set was empty); Fetched how many of them came over the network.
	Aggregated, Fetched int
}
