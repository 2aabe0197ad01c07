package api

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/indexer"
)

// Node is what the API reads from the running node.
type Node interface {
	// Status is the node's own state now.
	Status(ctx context.Context) (Status, error)
	// Peers are the swarm peers the node knows (connected or not).
	Peers(ctx context.Context) ([]Peer, error)
	// Curve is the node's training curve, one point per round it trained.
	Curve(ctx context.Context) ([]CurvePoint, error)
}

// Board is the run as its chain events tell it; *indexer.Indexer
// implements it.
type Board interface {
	Leaderboard() []indexer.Entry
	Rank(a common.Address) (indexer.Entry, bool)
	Rounds() []indexer.Round
	Round(n uint64) (indexer.Round, error)
	Disputes() []indexer.Dispute
	Rewards(a common.Address) []indexer.Reward
}

var _ Board = (*indexer.Indexer)(nil)

// Status is the node's state. The API adds the node's rank from the Board.
type Status struct {
	// Address is the node's Ethereum address (its key).
	Address common.Address `json:"address"`
	// PeerID is its libp2p peer ID (the same key).
	PeerID string `json:"peer_id"`
	// Run is the run it trains in.
	Run common.Hash `json:"run"`
	// Round is the current round by chain time; Stage its stage
	// ("rollouts", "critiques", "updates", "verification", "waiting").
	Round uint64 `json:"round"`
	Stage string `json:"stage"`
	// Peers is the number of connected swarm peers.
	Peers int `json:"peers"`
	// ModelRoot is the root of the model the node trains from (θ_round).
	ModelRoot common.Hash `json:"model_root"`
	// ChainHead is the latest block the node has seen.
	ChainHead uint64 `json:"chain_head"`
	// IndexedTo is the first block whose events the leaderboard (the indexer) has not yet
	// applied: every event up to IndexedTo−1 shows in /v1/leaderboard, /v1/rounds and
	// /v1/disputes.
	IndexedTo uint64 `json:"indexed_to"`
	// Version is the node software's version.
	Version string `json:"version"`
	// Clock tells whether the node waits for chain time to move (a driver of a manual-clock
	// dev chain reads it; docs/NODE.md, "Testing on a controlled clock").
	Clock ClockStatus `json:"clock"`
}

// ClockStatus is what the node waits for on the chain. A node is idle when it has nothing
// to do until the chain moves: the keeper finished its pass for the newest head it saw
// (KeeperHead = the status's ChainHead), and the round engine is parked on the clock
// (Waiters > 0, until WaitUntil) or waits for the next block for a beacon (BeaconWaiters > 0).
type ClockStatus struct {
	// Now is the node's chain time: the newest head's timestamp, in Unix seconds.
	Now uint64 `json:"now"`
	// Waiters is how many callers are blocked in the chain clock's WaitUntil; WaitUntil is
	// the earliest time one of them waits for (Unix seconds, 0 if none).
	Waiters   int    `json:"waiters"`
	WaitUntil uint64 `json:"wait_until"`
	// BeaconWaiters is how many callers wait for the next block to read a round's beacon.
	BeaconWaiters int `json:"beacon_waiters"`
	// KeeperHead is the newest head the keeper finished a pass for with nothing to retry,
	// and KeeperWaitsBlock whether that pass waits for the next block (the beacon is stored
	// one block after the seed block). Zero and false when the node runs no keeper.
	KeeperHead       uint64 `json:"keeper_head"`
	KeeperWaitsBlock bool   `json:"keeper_waits_block"`
	// ResponderHead is the block the dispute responder last passed over (every dispute against
	// this node open then is answered); Challenges is how many challenges this node runs, and
	// ChallengesWaiting how many of them wait for the chain (the solver's answer or a
	// deadline, counted in Waiters and WaitUntil). A node is not idle while its responder is
	// behind the head or a challenge works.
	ResponderHead     uint64 `json:"responder_head"`
	Challenges        int    `json:"challenges"`
	ChallengesWaiting int    `json:"challenges_waiting"`
	// Idle is true when the node has nothing to do until the chain moves (see ClockStatus).
	Idle bool `json:"idle"`
}

// Peer is one swarm peer.
type Peer struct {
	PeerID    string         `json:"peer_id"`
	Address   common.Address `json:"address"`
	Addrs     []string       `json:"addrs"`
	Connected bool           `json:"connected"`
}

// CurvePoint is the node's training figures of one round.
type CurvePoint struct {
	Round uint64 `json:"round"`
	// Accuracy is the held-out accuracy of θ_{round+1}, the model the node computed at the
	// end of the round, in [0, 1]: the exact-match share of greedy answers to the run's
	// first held-out problems (compute.Evaluate). Evaluated says the node measured it (a
	// node that adopted a fetched model, or has not yet aggregated, reports 0 and false).
	Accuracy  float64 `json:"accuracy"`
	Evaluated bool    `json:"evaluated"`
	// EvalReward is the held-out mean reward of θ_{round+1} (exact + partial weight ×
	// partial credit), when Evaluated.
	EvalReward float64 `json:"eval_reward,omitempty"`
	// Reward is the mean task reward of the node's rollouts in the round.
	Reward float64 `json:"reward"`
	// RolloutAccuracy is the share of the node's rollouts of the round with full reward.
	RolloutAccuracy float64 `json:"rollout_accuracy"`
}
