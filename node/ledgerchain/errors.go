package ledgerchain

import "errors"

// Sentinel errors of the package.
var (
	// ErrOtherRun is returned for a call about a run the adapter is not bound to.
	ErrOtherRun = errors.New("ledgerchain: adapter bound to another run")
	// ErrNoHeads is returned when the chain's head cannot be read at all.
	ErrNoHeads = errors.New("ledgerchain: cannot read the chain head")
)
