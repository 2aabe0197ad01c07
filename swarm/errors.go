package swarm

import "errors"

// Sentinel errors shared by the swarm packages.
var (
	// ErrNotSecp256k1 is returned when a key or peer ID is not secp256k1, so it has no
	// Ethereum address.
	ErrNotSecp256k1 = errors.New("key is not secp256k1; apiary identities are Ethereum keys")
	// ErrRoundClosed is returned when a commitment or attestation comes after its window.
	ErrRoundClosed = errors.New("window closed")
	// ErrNotFinal is returned by Chain.FinalSet before the round is final (F_r not reached,
	// or a dispute on the round still open).
	ErrNotFinal = errors.New("round not final")
	// ErrUndecided is returned while the chain cannot answer yet: a model root still being
	// voted, verifier assignments before the beacon.
	ErrUndecided = errors.New("not decided yet")
	// ErrRefused is returned when the chain refuses a transaction for a reason that waiting
	// will not change (zero roots, a second commitment, a wrong base, an unassigned verifier).
	ErrRefused = errors.New("refused by the chain")
)
