package indexer

import "errors"

// Sentinel errors of the indexer.
var (
	// ErrBadState is returned by UnmarshalState for bytes that are not a
	// state this package wrote.
	ErrBadState = errors.New("indexer: malformed state")
	// ErrOtherRun is returned by New when a given state belongs to another run.
	ErrOtherRun = errors.New("indexer: state is of another run")
	// ErrNoRound is returned for a round the chain has no event of.
	ErrNoRound = errors.New("indexer: no such round")
)
