package round

import (
	"errors"
	"fmt"
)

// Errors of the round engine.
var (
	// ErrNoModel: no provider served a model blob whose model root is the chain-attested one.
	ErrNoModel = errors.New("no model blob with the attested root")
	// ErrManifest: a batch manifest blob is not a canonical CBOR array of root pairs.
	ErrManifest = errors.New("invalid batch manifest")
	// ErrInvalid: a contribution does not re-execute to its commitment, or its batch is not
	// one its committer may train on (Compute.Verify says which).
	ErrInvalid = errors.New("invalid contribution")
	// ErrMismatch: an assigned contribution's batch is one its committer may train on, but
	// its re-execution differs from the commitment (roots or update blob): a cheat a
	// dispute can convict (Hooks.Mismatch). Errors wrapping it wrap ErrInvalid too.
	ErrMismatch = fmt.Errorf("%w: re-execution differs from the commitment", ErrInvalid)
	// ErrCompute: Compute returned something that breaks its contract.
	ErrCompute = errors.New("compute broke its contract")
)
