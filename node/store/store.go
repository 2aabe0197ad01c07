package store

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// Dir is the name of the badger directory inside the data directory.
const Dir = "store"

// MaxBlobSize is the largest blob the store keeps (256 MiB). Badger bounds a value by
// its value-log file size, which Open sets just above this.
const MaxBlobSize = 256 << 20

// Store is the node's database. It is safe for concurrent use; every write is one
// badger transaction, synced to disk before the call returns.
type Store struct {
	db   *badger.DB
	lock *dirLock
	log  *slog.Logger
	dir  string

	closeOnce sync.Once
	closeErr  error
}

// Option configures Open.
type Option func(*options)

type options struct{ log *slog.Logger }

// WithLogger sets the logger; badger's own logs go to it too (its info lines at debug).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// Open opens (creating if needed) the store of the data directory dir: it takes the
// directory's lock (<dir>/LOCK; ErrLocked if another node holds it), opens badger in
// <dir>/store with synchronous writes and checks the layout version.
//
// Defaults: logs discarded; 16 MiB memtables, 16 MiB block cache, values over 4 KiB
// in the value log (so large blobs never count against a transaction's size).
func Open(dir string, opts ...Option) (*Store, error) {
	o := options{log: slog.New(slog.DiscardHandler)}
	for _, opt := range opts {
		opt(&o)
	}
	if dir == "" {
		return nil, fmt.Errorf("open store: %w: empty data directory", ErrInvalid)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open store: create data directory: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	path := filepath.Join(dir, Dir)
	bo := badger.DefaultOptions(path).
		WithLogger(badgerLogger{o.log.With("component", "badger")}).
		WithSyncWrites(true).
		WithNumVersionsToKeep(1).
		WithMemTableSize(16 << 20).
		WithNumMemtables(3).
		WithBlockCacheSize(16 << 20).
		WithIndexCacheSize(8 << 20).
		WithValueThreshold(4 << 10).
		WithValueLogFileSize(MaxBlobSize + 1<<20).
		WithNumCompactors(2).
		WithMetricsEnabled(false)
	db, err := badger.Open(bo)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("open store %s: %w", path, err), lock.unlock())
	}
	s := &Store{db: db, lock: lock, log: o.log, dir: dir}
	if err := s.checkVersion(); err != nil {
		return nil, errors.Join(fmt.Errorf("open store %s: %w", path, err), s.Close())
	}
	return s, nil
}

// Close closes the database and releases the lock. Calling it again returns the first
// call's result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		err := s.db.Close()
		if err != nil {
			err = fmt.Errorf("close store: %w", err)
		}
		s.closeErr = errors.Join(err, s.lock.unlock())
	})
	return s.closeErr
}

// Dir returns the data directory the store lives in.
func (s *Store) Dir() string { return s.dir }

// checkVersion writes the layout version into a new store and refuses any other.
func (s *Store) checkVersion() error {
	return s.update(func(txn *badger.Txn) error {
		b, err := get(txn, versionKey)
		if errors.Is(err, ErrNotFound) {
			return txn.Set(versionKey, []byte{layoutVersion})
		}
		if err != nil {
			return err
		}
		if len(b) != 1 {
			return fmt.Errorf("%w: key m/version holds %d bytes, want 1", ErrCorrupt, len(b))
		}
		if b[0] != layoutVersion {
			return fmt.Errorf("%w: layout %d, this program reads %d", ErrVersion, b[0], layoutVersion)
		}
		return nil
	})
}

// maxConflictRetries bounds how often update re-runs a transaction that lost a race.
const maxConflictRetries = 64

// update runs fn in a read-write transaction. Badger's transactions are optimistic: one
// that read a key another transaction wrote since it began fails with ErrConflict at
// commit. update runs fn again on a fresh snapshot, so concurrent writers of the same
// blob or record serialize instead of failing; fn must therefore be safe to repeat.
func (s *Store) update(fn func(txn *badger.Txn) error) error {
	for range maxConflictRetries {
		err := s.db.Update(fn)
		if !errors.Is(err, badger.ErrConflict) {
			return err
		}
	}
	return fmt.Errorf("transaction still conflicting after %d attempts: %w", maxConflictRetries, badger.ErrConflict)
}

// get returns a copy of the value under key, or ErrNotFound.
func get(txn *badger.Txn, key []byte) ([]byte, error) {
	it, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return it.ValueCopy(nil)
}
