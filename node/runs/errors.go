package runs

import "errors"

// Sentinel errors; the functions of this package wrap them with detail.
var (
	// ErrBadSpec: a run's parameters break a rule of the contract or of the config.
	ErrBadSpec = errors.New("runs: bad run parameters")
	// ErrBadAmount: an amount of ether is not a number with a known unit.
	ErrBadAmount = errors.New("runs: bad amount")
	// ErrNoConfig: no file holds the run's config blob.
	ErrNoConfig = errors.New("runs: run config not found")
	// ErrMismatch: a config blob or file does not match what the chain holds.
	ErrMismatch = errors.New("runs: config does not match the chain")
	// ErrWrongChain: the RPC endpoint serves another chain than the manifest names.
	ErrWrongChain = errors.New("runs: wrong chain")
	// ErrUnknownRun: the chain has no run with this ID.
	ErrUnknownRun = errors.New("runs: no such run on this chain")
)
