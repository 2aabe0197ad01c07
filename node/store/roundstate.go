package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/canon"
)

// Stage is where in a round the node is, in the order the round engine plays them.
type Stage uint8

// The stages of a round (docs/PROTOCOL.md §2.5, §3.8).
const (
	StageRollouts   Stage = 1 // generating and gossiping own rollouts
	StageCritiques  Stage = 2 // recomputing others' rollouts
	StageContribute Stage = 3 // computing and committing the contribution
	StageVerify     Stage = 4 // re-executing assigned contributions
	StageAggregate  Stage = 5 // computing θ_{r+1}
	StageDone       Stage = 6 // the round is played
)

var stageNames = [...]string{"", "rollouts", "critiques", "contribute", "verify", "aggregate", "done"}

// String returns the stage's name as the API and logs show it.
func (s Stage) String() string {
	if s == 0 || int(s) >= len(stageNames) {
		return fmt.Sprintf("stage(%d)", uint8(s))
	}
	return stageNames[s]
}

// RoundState is the node's position in a run: the round it plays, the stage it reached
// and the root of the model θ_round it plays it with.
type RoundState struct {
	Round uint64
	Stage Stage
	Model swarm.Root
}

type roundRecord struct {
	V     uint8    `cbor:"0,keyasint"`
	Round uint64   `cbor:"1,keyasint"`
	Stage uint8    `cbor:"2,keyasint"`
	Model [32]byte `cbor:"3,keyasint"`
}

// DecodeRoundState parses a stored round-state record strictly.
func DecodeRoundState(b []byte) (RoundState, error) {
	var r roundRecord
	if err := decoder.Unmarshal(b, &r); err != nil {
		return RoundState{}, fmt.Errorf("%w: round state: %v", ErrCorrupt, err)
	}
	if r.V != recordVersion {
		return RoundState{}, fmt.Errorf("%w: round state version %d, want %d", ErrCorrupt, r.V, recordVersion)
	}
	s := RoundState{Round: r.Round, Stage: Stage(r.Stage), Model: r.Model}
	if err := s.check(); err != nil {
		return RoundState{}, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return s, nil
}

func (s RoundState) check() error {
	if s.Stage < StageRollouts || s.Stage > StageDone {
		return fmt.Errorf("round state with unknown stage %d", uint8(s.Stage))
	}
	return nil
}

// SetRoundState records run's round state.
func (s *Store) SetRoundState(run swarm.RunID, st RoundState) error {
	if err := st.check(); err != nil {
		return fmt.Errorf("set round state: %w: %v", ErrInvalid, err)
	}
	b, err := canon.Marshal(roundRecord{V: recordVersion, Round: st.Round, Stage: uint8(st.Stage), Model: st.Model})
	if err != nil {
		return fmt.Errorf("set round state: %w", err)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set(roundKey(run), b) }); err != nil {
		return fmt.Errorf("set round state: %w", err)
	}
	return nil
}

// RoundState returns run's recorded round state, or ErrNotFound for a run this store has
// never played.
func (s *Store) RoundState(run swarm.RunID) (RoundState, error) {
	var st RoundState
	err := s.db.View(func(txn *badger.Txn) error {
		b, err := get(txn, roundKey(run))
		if err != nil {
			return err
		}
		st, err = DecodeRoundState(b)
		return err
	})
	if err != nil {
		return RoundState{}, fmt.Errorf("round state of run %s: %w", run, err)
	}
	return st, nil
}
