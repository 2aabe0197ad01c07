package verify

import "errors"

// Sentinel errors; the functions of this package wrap them with detail.
var (
	// ErrBadShape: a shape breaks docs/PROTOCOL.md 1.1 or disagrees with its data.
	ErrBadShape = errors.New("verify: bad shape")
	// ErrBadProof: an inclusion proof is malformed (index out of range, wrong
	// number of siblings, nonzero chunk padding).
	ErrBadProof = errors.New("verify: malformed proof")
	// ErrRootMismatch: a proof is well formed but does not lead to the root.
	ErrRootMismatch = errors.New("verify: root mismatch")
	// ErrBadRecord: op record bytes or fields break docs/PROTOCOL.md 1.2.
	ErrBadRecord = errors.New("verify: bad op record")
)
