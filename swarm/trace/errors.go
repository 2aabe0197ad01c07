package trace

import "errors"

// Errors of the trace protocol.
var (
	// ErrProtocol: the peer sent bytes that break the protocol (a bad frame, a limit
	// exceeded, an answer that does not fit the request) or data that does not match its
	// commitment (then the error wraps ErrMismatch too).
	ErrProtocol = errors.New("trace protocol violation")
	// ErrMismatch: an answer does not lead to the root it must match. Errors wrapping it
	// also wrap ErrProtocol.
	ErrMismatch = errors.New("trace answer does not match its root")
	// ErrNotFound: the peer does not hold the contribution or the step. A Source returns an
	// error wrapping it for what it does not hold.
	ErrNotFound = errors.New("trace not found at peer")
	// ErrBusy: the peer is serving its maximum number of streams.
	ErrBusy = errors.New("trace server busy")
	// ErrBadRequest: the peer refused the request as invalid (an index, slot or chunk range
	// outside what it holds).
	ErrBadRequest = errors.New("trace request refused as invalid")
	// ErrUnavailable: the peer holds the contribution but failed to produce the answer (its
	// replay failed or timed out).
	ErrUnavailable = errors.New("trace unavailable at peer")
)
