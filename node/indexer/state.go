package indexer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

// Cursor is the position of the first log not yet applied: block Block,
// log index Index within it. Logs before it have been applied.
type Cursor struct {
	Block uint64 `json:"block"`
	Index uint64 `json:"index"`
}

// before reports whether (block, index) lies before c, i.e. is applied.
func (c Cursor) before(block, index uint64) bool {
	return block < c.Block || (block == c.Block && index < c.Index)
}

// State is everything the indexer knows about a run: the cursor and the
// aggregates of every event before it. It is plain data (JSON through
// MarshalState and UnmarshalState), so a node can store it and resume.
type State struct {
	Run    common.Hash `json:"run"`
	Cursor Cursor      `json:"cursor"`
	// Created is set once the run's RunCreated event was applied.
	Created     bool                          `json:"created"`
	Submitter   common.Address                `json:"submitter"`
	NumRounds   uint32                        `json:"num_rounds"`
	VerifierFee *big.Int                      `json:"verifier_fee"`
	Peers       map[common.Address]*PeerState `json:"peers"`
	Rounds      map[uint64]*RoundState        `json:"rounds"`
	Disputes    map[uint64]*DisputeState      `json:"disputes"`
}

// PeerState is one address's running totals.
type PeerState struct {
	Stake         *big.Int `json:"stake"`
	Contributions uint64   `json:"contributions"`
	Duplicates    uint64   `json:"duplicates"`
	Final         uint64   `json:"final"`
	Attestations  uint64   `json:"attestations"`
	Earned        *big.Int `json:"earned"`
	Claimed       *big.Int `json:"claimed"`
	Slashed       *big.Int `json:"slashed"`
	Penalized     *big.Int `json:"penalized"`
	DisputesWon   uint64   `json:"disputes_won"`
	DisputesLost  uint64   `json:"disputes_lost"`
	// Whistleblower is what the peer's won disputes paid it (its whistleblowerBps share of
	// each slash, credited at once): part of Earned and of Claimed. Absent (zero) in states
	// stored before it was kept.
	Whistleblower *big.Int `json:"whistleblower,omitempty"`
	// Rewards are the peer's rewards per round, for rounds it took part in.
	Rewards map[uint64]*RewardState `json:"rewards"`
}

// RewardState is what one peer earned and claimed in one round.
type RewardState struct {
	Committed bool     `json:"committed"`
	Final     bool     `json:"final"`
	Verified  uint64   `json:"verified"` // attestations not voided by a conviction
	Reward    *big.Int `json:"reward"`   // its share of the round's reward (final set)
	Fees      *big.Int `json:"fees"`     // verifier fees
	Claimed   *big.Int `json:"claimed"`
	Slashed   *big.Int `json:"slashed"`
}

// RoundState is one round as its events tell it.
type RoundState struct {
	Commits         []CommitState `json:"commits"`
	Closed          bool          `json:"closed"`
	SeedBlock       uint64        `json:"seed_block"`
	Beacon          common.Hash   `json:"beacon"`
	Attestations    uint64        `json:"attestations"`
	Finalized       bool          `json:"finalized"`
	FinalCount      uint32        `json:"final_count"`
	PerContribution *big.Int      `json:"per_contribution"`
	Fees            *big.Int      `json:"fees"`
	ModelRoot       common.Hash   `json:"model_root"` // agreed root of θ_{r+1}, zero until agreed
}

// CommitState is one commitment of a round, in commit order.
type CommitState struct {
	Peer         common.Address `json:"peer"`
	Position     uint32         `json:"position"`
	Duplicate    bool           `json:"duplicate"`
	Attestations uint64         `json:"attestations"`
	Convicted    bool           `json:"convicted"`
	UpdateRoot   common.Hash    `json:"update_root"`
	TxHash       common.Hash    `json:"tx"`
	Block        uint64         `json:"block"`
}

// DisputeState is one dispute of the run.
type DisputeState struct {
	ID         uint64         `json:"id"`
	Round      uint64         `json:"round"`
	Step       uint32         `json:"step"`
	Solver     common.Address `json:"solver"`
	Challenger common.Address `json:"challenger"`
	Bond       *big.Int       `json:"bond"`
	Deadline   uint64         `json:"deadline"`
	StepPosted bool           `json:"step_posted"`
	Reveals    uint64         `json:"reveals"`
	Resolved   bool           `json:"resolved"`
	Winner     common.Address `json:"winner"`
	Outcome    uint8          `json:"outcome"`
	Slashed    *big.Int       `json:"slashed"`
	// Reward is the challenger's share of a conviction (zero otherwise; absent in states
	// stored before it was kept).
	Reward *big.Int `json:"reward,omitempty"`
	Block  uint64   `json:"block"`
}

// newState is the empty state of run, reading from block from on.
func newState(run ledger.RunID, from uint64) *State {
	return &State{Run: run, Cursor: Cursor{Block: from}, VerifierFee: new(big.Int),
		Peers: map[common.Address]*PeerState{}, Rounds: map[uint64]*RoundState{}, Disputes: map[uint64]*DisputeState{}}
}

func (s *State) peer(a common.Address) *PeerState {
	p := s.Peers[a]
	if p == nil {
		p = &PeerState{Stake: new(big.Int), Earned: new(big.Int), Claimed: new(big.Int), Slashed: new(big.Int),
			Penalized: new(big.Int), Whistleblower: new(big.Int), Rewards: map[uint64]*RewardState{}}
		s.Peers[a] = p
	}
	return p
}

func (p *PeerState) reward(round uint64) *RewardState {
	r := p.Rewards[round]
	if r == nil {
		r = &RewardState{Reward: new(big.Int), Fees: new(big.Int), Claimed: new(big.Int), Slashed: new(big.Int)}
		p.Rewards[round] = r
	}
	return r
}

func (s *State) round(n uint64) *RoundState {
	r := s.Rounds[n]
	if r == nil {
		r = &RoundState{PerContribution: new(big.Int), Fees: new(big.Int)}
		s.Rounds[n] = r
	}
	return r
}

// commit returns round rd's commitment of peer a, or nil.
func (rd *RoundState) commit(a common.Address) *CommitState {
	for i := range rd.Commits {
		if rd.Commits[i].Peer == a {
			return &rd.Commits[i]
		}
	}
	return nil
}
