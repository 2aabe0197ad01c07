package compute

import "errors"

// Sentinel errors; the functions of this package wrap them with detail.
var (
	// ErrBadConfig: a run config is malformed or cannot run (e.g. a step
	// record over its kind's on-chain row limit).
	ErrBadConfig = errors.New("compute: bad run config")
	// ErrBadPayload: a payload does not belong to this run, round or author,
	// or does not fit the run's shapes.
	ErrBadPayload = errors.New("compute: bad payload")
	// ErrBatchOrder: a contribution's batch does not start with its committer's own
	// groups in group order, followed by other authors' groups only (§3.5).
	ErrBatchOrder = errors.New("compute: batch is not the committer's own groups, then external ones")
	// ErrBadBlob: a model or update blob is malformed or does not match its root.
	ErrBadBlob = errors.New("compute: bad blob")
)
