package config

import "errors"

// Errors of the configuration.
var (
	// ErrUnknownKey: the file sets a key the node does not have (a typo, or an option of
	// another version).
	ErrUnknownKey = errors.New("unknown configuration key")
	// ErrInvalid: a value does not parse or breaks a rule.
	ErrInvalid = errors.New("invalid configuration")
	// ErrMissing: a value a command needs is not set.
	ErrMissing = errors.New("missing configuration")
)
