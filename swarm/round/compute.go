package round

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// Compute is the deterministic work of a round. node/ implements it with training/ and
// verify/; tests may fake it.
type Compute interface {
	// Rollouts generates this peer's rollouts of round with model.
	Rollouts(ctx context.Context, round uint64, model []byte) ([]Sample, error)
	// Critique judges rollouts of other peers.
	Critique(ctx context.Context, round uint64, rollouts []Rollout) ([]Judgement, error)
	// Train produces this peer's update from its local rollouts and the sampled external ones.
	Train(ctx context.Context, round uint64, model []byte, local, external []Rollout) (Update, error)
	// Aggregate combines updates, in the given order, into the next model. It must be a pure
	// function of its arguments: every honest peer must get the same bytes.
	Aggregate(ctx context.Context, round uint64, model []byte, updates [][]byte) ([]byte, error)
}

// Sample is one rollout as compute produces it, before it is gossiped.
type Sample struct {
	Payload   []byte
	Reward    float32
	TraceRoot swarm.Root
}

// Rollout is a gossiped rollout with its author.
type Rollout struct {
	Author common.Address
	Msg    *wire.Rollout
}

// Judgement is compute's critique of one rollout.
type Judgement struct {
	Author  common.Address
	Target  swarm.Root // the rollout's PayloadRoot
	Score   float32
	Verdict uint8 // wire.Verdict*
}

// Update is this peer's trained update.
type Update struct {
	Data      []byte
	TraceRoot swarm.Root
}

// Result summarizes one completed round.
type Result struct {
	Round uint64
	// Model is the root of the model the round started from; Next the root it produced.
	Model, Next swarm.Root
	// Local and External count the rollouts the update was trained on.
	Local, External int
	// Committed is how many updates the chain fixed for aggregation; Fetched how many of
	// them came over the network.
	Committed, Fetched int
}
