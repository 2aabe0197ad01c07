package indexer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

// Amount is a wei amount; it encodes as a JSON string of decimal digits,
// which JavaScript reads without losing precision.
type Amount struct{ *big.Int }

// MarshalJSON encodes the amount as a decimal string ("0" for nil).
func (a Amount) MarshalJSON() ([]byte, error) {
	if a.Int == nil {
		return []byte(`"0"`), nil
	}
	return json.Marshal(a.Int.String())
}

func amount(x *big.Int) Amount { return Amount{new(big.Int).Set(x)} }

// Entry is one leaderboard row.
type Entry struct {
	Rank          int            `json:"rank"`
	Address       common.Address `json:"address"`
	Stake         Amount         `json:"stake"`
	Contributions uint64         `json:"contributions"`
	Final         uint64         `json:"final"`
	Duplicates    uint64         `json:"duplicates"`
	Attestations  uint64         `json:"attestations"`
	Earned        Amount         `json:"earned"`
	Claimed       Amount         `json:"claimed"`
	Slashed       Amount         `json:"slashed"`
	Penalized     Amount         `json:"penalized"`
	DisputesWon   uint64         `json:"disputes_won"`
	DisputesLost  uint64         `json:"disputes_lost"`
	// Whistleblower is the part of Earned the peer's won disputes paid it.
	Whistleblower Amount `json:"whistleblower"`
}

// Leaderboard returns every address the run's events name, ranked: by
// earned (more first), then final contributions (more first), then slashed
// plus penalized (less first), then address (bytes ascending), so that the
// order is total and every node computes the same ranks. Ranks start at 1.
func (ix *Indexer) Leaderboard() []Entry {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]Entry, 0, len(ix.st.Peers))
	for a, p := range ix.st.Peers {
		out = append(out, Entry{Address: a, Stake: amount(p.Stake), Contributions: p.Contributions, Final: p.Final,
			Duplicates: p.Duplicates, Attestations: p.Attestations, Earned: amount(p.Earned), Claimed: amount(p.Claimed),
			Slashed: amount(p.Slashed), Penalized: amount(p.Penalized), DisputesWon: p.DisputesWon,
			DisputesLost: p.DisputesLost, Whistleblower: amount(p.Whistleblower)})
	}
	slices.SortFunc(out, compareEntries)
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}

func compareEntries(a, b Entry) int {
	if c := b.Earned.Cmp(a.Earned.Int); c != 0 {
		return c
	}
	if a.Final != b.Final {
		return cmpU(b.Final, a.Final)
	}
	lossA := new(big.Int).Add(a.Slashed.Int, a.Penalized.Int)
	lossB := new(big.Int).Add(b.Slashed.Int, b.Penalized.Int)
	if c := lossA.Cmp(lossB); c != 0 {
		return c
	}
	return bytes.Compare(a.Address[:], b.Address[:])
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Rank returns a's leaderboard row, and false if no event names a.
func (ix *Indexer) Rank(a common.Address) (Entry, bool) {
	for _, e := range ix.Leaderboard() {
		if e.Address == a {
			return e, true
		}
	}
	return Entry{}, false
}

// Reward is what one peer got from one round.
type Reward struct {
	Round     uint64 `json:"round"`
	Committed bool   `json:"committed"`
	Final     bool   `json:"final"`
	Verified  uint64 `json:"verified"`
	Reward    Amount `json:"reward"`
	Fees      Amount `json:"fees"`
	Claimed   Amount `json:"claimed"`
	Slashed   Amount `json:"slashed"`
}

// Rewards returns a's rewards per round, oldest round first (rounds a took
// part in: committed, attested, claimed or was slashed).
func (ix *Indexer) Rewards(a common.Address) []Reward {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	p := ix.st.Peers[a]
	if p == nil {
		return []Reward{}
	}
	out := make([]Reward, 0, len(p.Rewards))
	for n, r := range p.Rewards {
		out = append(out, Reward{Round: n, Committed: r.Committed, Final: r.Final, Verified: r.Verified,
			Reward: amount(r.Reward), Fees: amount(r.Fees), Claimed: amount(r.Claimed), Slashed: amount(r.Slashed)})
	}
	slices.SortFunc(out, func(x, y Reward) int { return cmpU(x.Round, y.Round) })
	return out
}

// Commit is one commitment of a round, as the API shows it: the indexer's own record,
// copied out.
type Commit = CommitState

// Round is one round as the chain's events tell it.
type Round struct {
	Round           uint64      `json:"round"`
	Commits         []Commit    `json:"commits"`
	Closed          bool        `json:"closed"`
	SeedBlock       uint64      `json:"seed_block"`
	Beacon          common.Hash `json:"beacon"`
	Attestations    uint64      `json:"attestations"`
	Finalized       bool        `json:"finalized"`
	FinalCount      uint32      `json:"final_count"`
	PerContribution Amount      `json:"per_contribution"`
	Fees            Amount      `json:"fees"`
	// ModelRoot is the agreed root of the model after this round, zero
	// until a vote agrees one (PROTOCOL §3.8).
	ModelRoot common.Hash `json:"model_root"`
}

func roundView(n uint64, r *RoundState) Round {
	return Round{Round: n, Commits: slices.Clone(r.Commits), Closed: r.Closed, SeedBlock: r.SeedBlock,
		Beacon: r.Beacon, Attestations: r.Attestations, Finalized: r.Finalized, FinalCount: r.FinalCount,
		PerContribution: amount(r.PerContribution), Fees: amount(r.Fees), ModelRoot: r.ModelRoot}
}

// Rounds returns every round an event names, oldest first.
func (ix *Indexer) Rounds() []Round {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]Round, 0, len(ix.st.Rounds))
	for n, r := range ix.st.Rounds {
		out = append(out, roundView(n, r))
	}
	slices.SortFunc(out, func(x, y Round) int { return cmpU(x.Round, y.Round) })
	return out
}

// Round returns round n, or ErrNoRound if no event names it.
func (ix *Indexer) Round(n uint64) (Round, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	r := ix.st.Rounds[n]
	if r == nil {
		return Round{}, fmt.Errorf("%w: round %d", ErrNoRound, n)
	}
	return roundView(n, r), nil
}

// Dispute is one dispute of the run.
type Dispute struct {
	ID         uint64         `json:"id"`
	Round      uint64         `json:"round"`
	Step       uint32         `json:"step"`
	Solver     common.Address `json:"solver"`
	Challenger common.Address `json:"challenger"`
	Bond       Amount         `json:"bond"`
	StepPosted bool           `json:"step_posted"`
	Reveals    uint64         `json:"reveals"`
	// State is "open", "solver_won", "challenger_won" or "void".
	State   string         `json:"state"`
	Winner  common.Address `json:"winner"`
	Outcome string         `json:"outcome"`
	Slashed Amount         `json:"slashed"`
	// Reward is the challenger's whistleblower share of a conviction.
	Reward Amount `json:"reward"`
	// Deadline is the current mover's deadline (a block timestamp).
	Deadline uint64 `json:"deadline"`
	Block    uint64 `json:"block"`
}

// Disputes returns the run's disputes, newest (highest id) first.
func (ix *Indexer) Disputes() []Dispute {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]Dispute, 0, len(ix.st.Disputes))
	for _, d := range ix.st.Disputes {
		v := Dispute{ID: d.ID, Round: d.Round, Step: d.Step, Solver: d.Solver, Challenger: d.Challenger,
			Bond: amount(d.Bond), StepPosted: d.StepPosted, Reveals: d.Reveals, State: "open", Winner: d.Winner,
			Outcome: ledger.Outcome(d.Outcome).String(), Slashed: amount(d.Slashed), Reward: amount(d.Reward), Deadline: d.Deadline, Block: d.Block}
		switch {
		case !d.Resolved:
		case d.Winner == d.Challenger:
			v.State = "challenger_won"
		case d.Winner == d.Solver:
			v.State = "solver_won"
		default:
			v.State = "void"
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(x, y Dispute) int { return cmpU(y.ID, x.ID) })
	return out
}
