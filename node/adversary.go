package node

import (
	"context"
	"errors"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/training/repops"
)

// Compute is the round engine's compute as the node builds it: round.Compute plus
// ContributeSteps, which also returns the step roots the store keeps to answer disputes
// (node/roundcompute's Compute is one). The node's write-ahead calls ContributeSteps, not
// Contribute, so a wrapper that changes the node's contribution overrides ContributeSteps.
type Compute interface {
	round.Compute
	ContributeSteps(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error)
}

// Adversary turns a node into an adversary for testnets and tests, through the honest
// node's own code: each wrapper is applied at the one place its component is built, and
// everything around it (write-ahead, store, gossip, engine) stays the honest code. A nil
// field leaves its component alone.
type Adversary struct {
	// Compute wraps the real compute (node/roundcompute) inside the write-ahead: what the
	// wrapper returns is what the node prepares, stores, commits and serves.
	Compute func(Compute) Compute
	// Chain wraps the chain adapter the round engine (and the resume after a restart) acts
	// through, inside the write-ahead: a Commit the wrapper drops or changes was still
	// prepared in the store first. The keeper, the gossip validators' registry and the
	// indexer keep the unwrapped adapter (they act for the swarm, not for this node's
	// contribution).
	Chain func(swarm.Chain) swarm.Chain
	// Serve wraps what the node's blob server hands out (the store itself is untouched:
	// the node still reads and keeps everything). A testnet withholds blobs with it, e.g.
	// its update after committing it.
	Serve func(blob.Store) blob.Store
	// Peers, when set, is asked about every peer the host would dial or accept, before
	// and after the handshake; false refuses the connection. A testnet partitions a swarm
	// by giving each side a filter that refuses the other side.
	Peers func(peer.ID) bool
	// Ops, when set, sees every op of the node's own contribution and of its replays
	// (the trace it serves and the steps its responder posts and reveals) before it is
	// recorded, and may change its outputs: a cheater whose commitment and dispute answers
	// are tampered alike. Rollouts, critiques, verification and aggregation stay honest.
	Ops repops.Observer
	// Check, when set, sees every op of the node's re-execution of others' contributions
	// (verification and the recomputation and replays of its challenges) and may change it:
	// a verifier that challenges honest contributions falsely.
	Check repops.Observer
	// Trace wraps what the node's trace server serves (e.g. a source that withholds).
	Trace func(trace.Source) trace.Source
	// Respond wraps what the node's dispute responder answers from (e.g. a source that
	// has nothing: the responder posts nothing and loses by timeout).
	Respond func(dispute.Source) dispute.Source
	// Answer, when set, is what runs the node's dispute responder in place of its Run:
	// it gets the responder and returns the loop the node runs in the background (e.g.
	// one that stops the responder once it posted a step: a solver that goes offline
	// while its dispute is open). The loop must return when its context ends.
	Answer func(*dispute.Responder) func(context.Context) error
}

// WithAdversary installs the adversary's wrappers (see Adversary). Only tests and testnets
// use it; an honest node never does.
func WithAdversary(a Adversary) Option {
	return func(o *options) error {
		if a.Compute == nil && a.Chain == nil && a.Serve == nil && a.Peers == nil && a.Ops == nil && a.Check == nil && a.Trace == nil && a.Respond == nil && a.Answer == nil {
			return errors.New("adversary with no wrapper")
		}
		o.adversary = a
		if a.Peers != nil {
			o.hostOpts = append(o.hostOpts, host.WithPeerFilter(a.Peers))
		}
		return nil
	}
}

// wrapCompute applies the adversary's compute wrapper, if any.
func (o *options) wrapCompute(c Compute) Compute {
	if o.adversary.Compute == nil {
		return c
	}
	return o.adversary.Compute(c)
}

// wrapChain applies the adversary's chain wrapper, if any.
func (o *options) wrapChain(c swarm.Chain) swarm.Chain {
	if o.adversary.Chain == nil {
		return c
	}
	return o.adversary.Chain(c)
}

// wrapServe applies the adversary's serving wrapper, if any.
func (o *options) wrapServe(s blob.Store) blob.Store {
	if o.adversary.Serve == nil {
		return s
	}
	return o.adversary.Serve(s)
}
