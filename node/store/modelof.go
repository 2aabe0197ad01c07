package store

import (
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
)

// SetModelOf records that θ_round of run, the model the node computed its contribution to
// that round from, is the blob with transport root blob (kept in the blob space): what a
// restarted node replays a disputed step from.
func (s *Store) SetModelOf(run swarm.RunID, round uint64, blob swarm.Root) error {
	if blob == (swarm.Root{}) {
		return fmt.Errorf("set model of round %d: %w: zero root", round, ErrInvalid)
	}
	if err := s.update(func(txn *badger.Txn) error { return txn.Set(modelKey(run, round), blob[:]) }); err != nil {
		return fmt.Errorf("set model of round %d of run %s: %w", round, run, err)
	}
	return nil
}

// ModelOf returns the transport root SetModelOf recorded for run's round, or ErrNotFound.
func (s *Store) ModelOf(run swarm.RunID, round uint64) (swarm.Root, error) {
	var out swarm.Root
	err := s.db.View(func(txn *badger.Txn) error {
		b, err := get(txn, modelKey(run, round))
		if err != nil {
			return err
		}
		if len(b) != len(out) || swarm.Root(b) == (swarm.Root{}) {
			return fmt.Errorf("%w: model of round %d: %d bytes", ErrCorrupt, round, len(b))
		}
		copy(out[:], b)
		return nil
	})
	if err != nil {
		return swarm.Root{}, fmt.Errorf("model of round %d of run %s: %w", round, run, err)
	}
	return out, nil
}
