package checkpoint

import "errors"

// ErrInvalid is wrapped by every error that Decode or Load returns for bytes
// that are not a valid checkpoint, and by Encode and Save for tensors or
// metadata that cannot be stored.
var ErrInvalid = errors.New("invalid safetensors checkpoint")
