package swarm

import "errors"

// Sentinel errors shared by the swarm packages.
var (
	// ErrNotSecp256k1 is returned when a key or peer ID is not secp256k1, so it has no
	// Ethereum address.
	ErrNotSecp256k1 = errors.New("key is not secp256k1; apiary identities are Ethereum keys")
	// ErrRoundOpen is returned by Chain.CommittedUpdates while commitments for the round are
	// still accepted, so the set is not final yet.
	ErrRoundOpen = errors.New("round still open for commitments")
	// ErrRoundClosed is returned by Chain.CommitUpdate after the round stopped accepting
	// commitments.
	ErrRoundClosed = errors.New("round closed for commitments")
)
