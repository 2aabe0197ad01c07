package api

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/indexer"
)

// StatusResponse is GET /v1/status: the node's status and its leaderboard
// row (null until the chain names the node).
type StatusResponse struct {
	Status
	Rank *indexer.Entry `json:"rank"`
}

// PeerResponse is one peer of GET /v1/peers, with its leaderboard row
// (null if the chain does not name it yet).
type PeerResponse struct {
	Peer
	Rank *indexer.Entry `json:"rank"`
}

// RoundResponse is one round of GET /v1/rounds and GET /v1/rounds/{n}: the
// chain's view and, if the node trained in it, the node's curve point.
type RoundResponse struct {
	indexer.Round
	Curve *CurvePoint `json:"curve"`
}

// RewardsResponse is GET /v1/peers/{addr}/rewards.
type RewardsResponse struct {
	Address common.Address   `json:"address"`
	Rank    *indexer.Entry   `json:"rank"`
	Rounds  []indexer.Reward `json:"rounds"`
}

// List wraps every list response: {"items": [...]} leaves room for paging.
type List[T any] struct {
	Items []T `json:"items"`
}
