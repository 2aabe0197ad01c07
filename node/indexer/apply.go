package indexer

import (
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
)

// eventNames are the Ledger events the indexer reads.
var eventNames = []string{"RunCreated", "Joined", "Left", "Committed", "RoundClosed", "BeaconFixed",
	"ContributionAttested", "ModelAgreed", "RoundFinalized", "RewardClaimed", "DisputeOpened", "StepPosted",
	"RevealRequested", "DisputeResolved", "Slashed", "VerifierPenalized"}

// rawLog returns the log a bindings event value was decoded from (its Raw field).
func rawLog(v any) (*types.Log, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("indexer: event value %T is not a bindings event", v)
	}
	f := rv.Elem().FieldByName("Raw")
	l, ok := f.Interface().(*types.Log)
	if !f.IsValid() || !ok || l == nil {
		return nil, fmt.Errorf("indexer: event value %T carries no log", v)
	}
	return l, nil
}

// apply folds one event into the state. Events of other runs are ignored.
func (s *State) apply(ev ledger.Event, l *types.Log) error {
	run := common.Hash(s.Run)
	switch e := ev.Value.(type) {
	case *ledger.RunCreated:
		if e.RunId != run {
			return nil
		}
		s.Created, s.Submitter, s.NumRounds = true, e.Submitter, e.Config.NumRounds
		s.VerifierFee = new(big.Int).Set(e.Config.VerifierFee)
	case *ledger.Joined:
		if e.RunId == run {
			s.peer(e.Peer).Stake = new(big.Int).Set(e.Stake)
		}
	case *bindings.LedgerLeft:
		if e.RunId == run {
			s.peer(e.Peer).Stake = new(big.Int)
		}
	case *ledger.Committed:
		if e.RunId != run {
			return nil
		}
		rd := s.round(e.Round)
		rd.Commits = append(rd.Commits, CommitState{Peer: e.Peer, Position: e.Position, Duplicate: e.Duplicate,
			UpdateRoot: e.Commitment.UpdateRoot, TxHash: l.TxHash, Block: l.BlockNumber})
		p := s.peer(e.Peer)
		p.Contributions++
		if e.Duplicate {
			p.Duplicates++
		}
		p.reward(e.Round).Committed = true
	case *ledger.RoundClosed:
		if e.RunId == run {
			rd := s.round(e.Round)
			rd.Closed, rd.SeedBlock = true, e.SeedBlock
		}
	case *ledger.BeaconFixed:
		if e.RunId == run {
			s.round(e.Round).Beacon = e.Beacon
		}
	case *ledger.ContributionAttested:
		if e.RunId != run {
			return nil
		}
		rd := s.round(e.Round)
		if c := rd.commit(e.Solver); c != nil {
			c.Attestations++
		}
		rd.Attestations++
		p := s.peer(e.Verifier)
		p.Attestations++
		p.reward(e.Round).Verified++
	case *ledger.ModelAgreed:
		if e.RunId == run {
			s.round(e.Round).ModelRoot = e.ModelRoot
		}
	case *bindings.LedgerRoundFinalized:
		if e.RunId == run {
			s.finalize(e)
		}
	case *bindings.LedgerRewardClaimed:
		if e.RunId == run {
			p := s.peer(e.Peer)
			p.Claimed.Add(p.Claimed, e.Amount)
			r := p.reward(e.Round)
			r.Claimed.Add(r.Claimed, e.Amount)
		}
	case *ledger.DisputeOpened:
		if e.RunId != run {
			return nil
		}
		if !e.Id.IsUint64() {
			return fmt.Errorf("indexer: dispute id %v out of range in tx %s", e.Id, l.TxHash)
		}
		s.peer(e.Solver)
		s.peer(e.Challenger)
		s.Disputes[e.Id.Uint64()] = &DisputeState{ID: e.Id.Uint64(), Round: e.Round, Step: e.Step, Solver: e.Solver,
			Challenger: e.Challenger, Bond: new(big.Int).Set(e.Bond), Deadline: e.Deadline, Slashed: new(big.Int), Reward: new(big.Int),
			Block: l.BlockNumber}
	case *ledger.StepPosted:
		if d := s.dispute(e.Id); d != nil {
			d.StepPosted, d.Deadline = true, e.Deadline
		}
	case *ledger.RevealRequested:
		if d := s.dispute(e.Id); d != nil {
			d.Reveals++
			d.Deadline = e.RevealDeadline
		}
	case *ledger.DisputeResolved:
		if d := s.dispute(e.Id); d != nil {
			s.resolve(d, e)
		}
	case *ledger.Slashed:
		if e.RunId != run {
			return nil
		}
		p := s.peer(e.Peer)
		p.Slashed.Add(p.Slashed, e.Amount)
		subFloor(p.Stake, e.Amount)
		r := p.reward(e.Round)
		r.Slashed.Add(r.Slashed, e.Amount)
		if c := s.round(e.Round).commit(e.Peer); c != nil {
			c.Convicted = true
		}
	case *bindings.LedgerVerifierPenalized:
		if e.RunId != run {
			return nil
		}
		// The verifier attested a convicted contribution: that attestation's
		// fee is void, and the penalty comes out of its stake.
		p := s.peer(e.Verifier)
		p.Penalized.Add(p.Penalized, e.Amount)
		subFloor(p.Stake, e.Amount)
		r := p.reward(e.Round)
		r.Slashed.Add(r.Slashed, e.Amount)
		if r.Verified > 0 {
			r.Verified--
			p.Attestations--
		}
		if rd := s.round(e.Round); rd.Attestations > 0 {
			rd.Attestations--
		}
	}
	return nil
}

// dispute returns the dispute id of this run, or nil (another run's).
func (s *State) dispute(id *big.Int) *DisputeState {
	if id == nil || !id.IsUint64() {
		return nil
	}
	return s.Disputes[id.Uint64()]
}

// resolve records a dispute's end: the winner won, the other party lost;
// a superseded dispute (another conviction came first) counts for neither.
func (s *State) resolve(d *DisputeState, e *ledger.DisputeResolved) {
	d.Resolved, d.Winner, d.Outcome = true, e.Winner, e.Outcome
	d.Slashed = new(big.Int).Set(e.Slashed)
	d.Reward = new(big.Int)
	switch e.Winner {
	case d.Challenger:
		c := s.peer(d.Challenger)
		c.DisputesWon++
		s.peer(d.Solver).DisputesLost++
		if e.WhistleblowerReward != nil && e.WhistleblowerReward.Sign() > 0 {
			// Credited to the challenger at once (withdrawable): earned and claimed.
			d.Reward.Set(e.WhistleblowerReward)
			c.Whistleblower.Add(c.Whistleblower, e.WhistleblowerReward)
			c.Earned.Add(c.Earned, e.WhistleblowerReward)
			c.Claimed.Add(c.Claimed, e.WhistleblowerReward)
		}
	case d.Solver:
		s.peer(d.Solver).DisputesWon++
		s.peer(d.Challenger).DisputesLost++
	}
}

// finalize allocates a finalized round's payouts as the Ledger does: the
// per-contribution share to every final contribution (committed, attested,
// not convicted, not a duplicate) and the verifier fee per standing
// attestation.
func (s *State) finalize(e *bindings.LedgerRoundFinalized) {
	rd := s.round(e.Round)
	rd.Finalized, rd.FinalCount = true, e.FinalCount
	rd.PerContribution = new(big.Int).Set(e.PerContribution)
	rd.Fees = new(big.Int).Set(e.Fees)
	for _, c := range rd.Commits {
		if c.Duplicate || c.Convicted || c.Attestations == 0 {
			continue
		}
		p := s.peer(c.Peer)
		p.Final++
		p.Earned.Add(p.Earned, e.PerContribution)
		r := p.reward(e.Round)
		r.Final = true
		r.Reward.Set(e.PerContribution)
	}
	for _, p := range s.Peers {
		r := p.Rewards[e.Round]
		if r == nil || r.Verified == 0 {
			continue
		}
		fee := new(big.Int).Mul(s.VerifierFee, new(big.Int).SetUint64(r.Verified))
		r.Fees.Set(fee)
		p.Earned.Add(p.Earned, fee)
	}
}

// subFloor sets x to max(x-y, 0): a stake never goes below zero (the Ledger
// takes at most what is there), even when history is read from a later block.
func subFloor(x, y *big.Int) {
	if x.Sub(x, y).Sign() < 0 {
		x.SetInt64(0)
	}
}
