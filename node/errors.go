package node

import "errors"

var (
	// ErrNotWrittenAhead is a commit of a contribution the store has no prepared record of
	// (or another one): the write-ahead rule says never commit what was not written first.
	ErrNotWrittenAhead = errors.New("commitment was not written ahead to the store")
	// ErrRunConfig is a run config that is missing or is not the one the chain names.
	ErrRunConfig = errors.New("run config")
	// ErrStake is an account that cannot take part in the run with its stake.
	ErrStake = errors.New("stake")
	// ErrNotRunning is a question to a node that is not started (or already closed).
	ErrNotRunning = errors.New("node is not running")
	// ErrStarted is Start called on a node that was started already.
	ErrStarted = errors.New("node already started")
)
