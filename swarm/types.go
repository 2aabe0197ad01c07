package swarm

import (
	"encoding/hex"
	"fmt"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

// RunID identifies a training run: the 32-byte identifier the chain assigns when a submitter
// creates the run. Topics, DHT protocol IDs and messages are all scoped by it.
type RunID [32]byte

// String returns the run ID as 64 lowercase hex digits.
func (r RunID) String() string { return hex.EncodeToString(r[:]) }

// ParseRunID parses 64 hex digits (an optional 0x prefix is allowed).
func ParseRunID(s string) (RunID, error) {
	var r RunID
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(r) {
		return r, fmt.Errorf("parse run id %q: want 64 hex digits", s)
	}
	copy(r[:], b)
	return r, nil
}

// Root is the content address of a blob: keccak256 of its bytes (docs/PROTOCOL.md §2.4).
type Root [32]byte

// RootOf returns the content root of data.
func RootOf(data []byte) Root { return Root(ethcrypto.Keccak256Hash(data)) }

// String returns the root as 0x-prefixed hex.
func (r Root) String() string { return "0x" + hex.EncodeToString(r[:]) }

// Short returns the first 4 bytes in hex, for logs.
func (r Root) Short() string { return hex.EncodeToString(r[:4]) }

// IsZero reports whether r is all zero bytes (no content).
func (r Root) IsZero() bool { return r == Root{} }
