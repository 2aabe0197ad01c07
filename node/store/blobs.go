package store

import (
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
)

// Put stores data under its root (swarm.RootOf) and returns the root. Storing a blob the
// store already has writes nothing. The store does not keep a reference to data.
func (s *Store) Put(data []byte) (swarm.Root, error) {
	r := swarm.RootOf(data)
	return r, s.put(r, data)
}

// PutRoot stores data under root after checking that data hashes to it (ErrRootMismatch).
func (s *Store) PutRoot(root swarm.Root, data []byte) error {
	if got := swarm.RootOf(data); got != root {
		return fmt.Errorf("put blob %s: %w: bytes hash to %s", root.Short(), ErrRootMismatch, got.Short())
	}
	return s.put(root, data)
}

func (s *Store) put(root swarm.Root, data []byte) error {
	if err := s.update(func(txn *badger.Txn) error { return putBlob(txn, root, data) }); err != nil {
		return fmt.Errorf("put blob %s: %w", root.Short(), err)
	}
	return nil
}

// putBlob writes a blob whose root the caller computed, unless it is already there.
func putBlob(txn *badger.Txn, root swarm.Root, data []byte) error {
	if len(data) > MaxBlobSize {
		return fmt.Errorf("%w: blob of %d bytes over the limit %d", ErrInvalid, len(data), MaxBlobSize)
	}
	k := blobKey(root)
	if _, err := txn.Get(k); err == nil {
		return nil
	} else if !errors.Is(err, badger.ErrKeyNotFound) {
		return err
	}
	return txn.Set(k, append([]byte(nil), data...))
}

// Blob returns the blob with root: ErrNotFound if the store has none, ErrCorrupt if the
// stored bytes no longer hash to root.
func (s *Store) Blob(root swarm.Root) ([]byte, error) {
	var b []byte
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		b, err = get(txn, blobKey(root))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("blob %s: %w", root.Short(), err)
	}
	if got := swarm.RootOf(b); got != root {
		return nil, fmt.Errorf("blob %s: %w: stored bytes hash to %s", root.Short(), ErrCorrupt, got.Short())
	}
	return b, nil
}

// Get implements swarm/blob's Store: the blob with root, or false. A blob that cannot
// be read or fails its root check is logged and reported absent, so the node fetches
// it again rather than serving wrong bytes.
func (s *Store) Get(root swarm.Root) ([]byte, bool) {
	b, err := s.Blob(root)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			s.log.Error("read blob", "root", root.String(), "err", err)
		}
		return nil, false
	}
	return b, true
}

// Delete removes the blob with root; removing an absent blob is not an error.
func (s *Store) Delete(root swarm.Root) error {
	if err := s.update(func(txn *badger.Txn) error { return txn.Delete(blobKey(root)) }); err != nil {
		return fmt.Errorf("delete blob %s: %w", root.Short(), err)
	}
	return nil
}
