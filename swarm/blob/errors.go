package blob

import "errors"

// Errors of the blob protocol.
var (
	// ErrProtocol: the peer sent bytes that break the protocol (bad frame, bad CBOR, a size
	// beyond the limit or different from what another provider said).
	ErrProtocol = errors.New("blob protocol violation")
	// ErrNotFound: the provider does not have the blob.
	ErrNotFound = errors.New("blob not found at provider")
	// ErrBusy: the provider is serving its maximum number of streams.
	ErrBusy = errors.New("blob provider busy")
	// ErrRootMismatch: the received bytes do not hash to the requested root.
	ErrRootMismatch = errors.New("blob does not match its root")
	// ErrNoProviders: Fetch was given no provider to ask.
	ErrNoProviders = errors.New("no providers for blob")
)
