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
	// Version is the node software's version.
	Version string `json:"version"`
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
	// Accuracy is the evaluation accuracy of θ_{round+1}, in [0, 1].
	Accuracy float64 `json:"accuracy"`
	// Reward is the mean task reward of the node's rollouts in the round.
	Reward float64 `json:"reward"`
}
