package store

import "errors"

// Errors of the store.
var (
	// ErrLocked: another process (or another Store in this process) holds the data directory.
	ErrLocked = errors.New("data directory is in use by another swarm node")
	// ErrCorrupt: an entry read back does not decode strictly or does not match its key.
	ErrCorrupt = errors.New("corrupt store entry")
	// ErrRootMismatch: blob bytes do not hash to the root they were given with.
	ErrRootMismatch = errors.New("blob does not match its root")
	// ErrNotFound: no entry under the asked key.
	ErrNotFound = errors.New("not found in store")
	// ErrConflict: a different contribution is already prepared or committed for the round.
	ErrConflict = errors.New("another contribution is already recorded for this round")
	// ErrNotPrepared: MarkCommitted for a round with no prepared contribution.
	ErrNotPrepared = errors.New("no prepared contribution for this round")
	// ErrInvalid: a value the caller asked to store breaks the store's rules.
	ErrInvalid = errors.New("invalid store value")
	// ErrVersion: the directory holds a store of a layout this program does not read.
	ErrVersion = errors.New("unsupported store layout version")
)
