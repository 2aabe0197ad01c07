package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/canon"
)

// MaxIndexState is the largest indexer state the store keeps for one run (64 MiB).
const MaxIndexState = 64 << 20

// indexRecord is the value under i/<run>: the chain-event indexer's state of the run, in the
// indexer's own encoding (node/indexer.MarshalState, which its reader checks strictly).
type indexRecord struct {
	V     uint8  `cbor:"0,keyasint"`
	State []byte `cbor:"1,keyasint"`
}

// DecodeIndexState parses a stored indexer state record strictly and returns the state's
// bytes.
func DecodeIndexState(b []byte) ([]byte, error) {
	var r indexRecord
	if err := decoder.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%w: index state: %v", ErrCorrupt, err)
	}
	if r.V != recordVersion {
		return nil, fmt.Errorf("%w: index state version %d, want %d", ErrCorrupt, r.V, recordVersion)
	}
	if len(r.State) == 0 || len(r.State) > MaxIndexState {
		return nil, fmt.Errorf("%w: index state of %d bytes, want 1..%d", ErrCorrupt, len(r.State), MaxIndexState)
	}
	return r.State, nil
}

// SetIndexState records the indexer's state of run (replacing the previous one), so a
// restarted node resumes reading chain events where it stopped instead of from the deploy
// block.
func (s *Store) SetIndexState(run swarm.RunID, state []byte) error {
	if len(state) == 0 || len(state) > MaxIndexState {
		return fmt.Errorf("set index state: %w: %d bytes, want 1..%d", ErrInvalid, len(state), MaxIndexState)
	}
	b, err := canon.Marshal(indexRecord{V: recordVersion, State: state})
	if err != nil {
		return fmt.Errorf("set index state: %w", err)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set(indexKey(run), b) }); err != nil {
		return fmt.Errorf("set index state of run %s: %w", run, err)
	}
	return nil
}

// IndexState returns the indexer state recorded for run, or ErrNotFound.
func (s *Store) IndexState(run swarm.RunID) ([]byte, error) {
	var out []byte
	err := s.db.View(func(txn *badger.Txn) error {
		b, err := get(txn, indexKey(run))
		if err != nil {
			return err
		}
		out, err = DecodeIndexState(b)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("index state of run %s: %w", run, err)
	}
	return out, nil
}
