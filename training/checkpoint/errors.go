package checkpoint

import "errors"

// ErrInvalid is wrapped by every error that Decode or Load returns for bytes
// that are not a valid checkpoint, and by Encode and Save for tensors or
// metadata that cannot be stored.
var ErrInvalid = errors.New("invalid safetensors checkpoint")

// ErrMetadata is wrapped by every error about a model checkpoint's metadata:
// a missing, unknown or malformed key (ParseCard), a card that cannot be
// written (Card.Metadata), or a tokenizer that is not this build's.
var ErrMetadata = errors.New("invalid model checkpoint metadata")
