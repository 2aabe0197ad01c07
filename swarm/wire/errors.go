package wire

import "errors"

// Decoding errors. Every one of them means the bytes are invalid, not merely untimely.
var (
	// ErrTooLarge: the encoded message exceeds its kind's size limit.
	ErrTooLarge = errors.New("message too large")
	// ErrMalformed: not CBOR, or CBOR that does not fit the kind's schema (unknown or
	// duplicate keys, wrong types, trailing bytes, tags, indefinite lengths).
	ErrMalformed = errors.New("malformed message")
	// ErrNonCanonical: valid CBOR that is not the canonical encoding of its value.
	ErrNonCanonical = errors.New("non-canonical encoding")
	// ErrVersion: a schema version this node does not speak.
	ErrVersion = errors.New("unsupported message version")
	// ErrSchema: a field value the kind's rules forbid.
	ErrSchema = errors.New("schema violation")
	// ErrCommitment: a declared root does not match the content it commits to.
	ErrCommitment = errors.New("commitment mismatch")
	// ErrKind: an unknown message kind.
	ErrKind = errors.New("unknown message kind")
)
