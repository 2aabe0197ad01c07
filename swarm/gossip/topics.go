package gossip

import (
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// TopicVersion is part of every topic name; it changes with incompatible message schemas.
const TopicVersion = 2

// Topic returns the GossipSub topic of kind in run: /apiary/2/<run hex>/<kind>.
func Topic(run swarm.RunID, k wire.Kind) string {
	return fmt.Sprintf("/apiary/%d/%s/%s", TopicVersion, run, k)
}

// maxTransmission bounds a whole pubsub RPC frame. It is larger than any valid message, so
// that an oversized message reaches the validator and is held against its sender instead of
// silently breaking the stream.
const maxTransmission = 4 * wire.MaxRolloutSize

// outboundQueue is the per-peer queue of outgoing pubsub RPCs.
const outboundQueue = 512

// validateQueue is the router's queue of messages waiting for validation.
const validateQueue = 4096
