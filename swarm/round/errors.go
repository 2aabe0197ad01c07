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
	// ErrBadGroup: a group of an assigned contribution's batch claims what the chain can
	// judge wrong (a reward, its problem index, its shape: a wrong-reward dispute convicts
	// it, docs/PROTOCOL.md §3.8), so it goes to Hooks.Mismatch as well. Errors wrapping it
	// (BadGroup) wrap ErrMismatch and ErrInvalid too.
	ErrBadGroup = fmt.Errorf("%w: a group of the batch is wrong in what the chain judges (reward, problem, shape)", ErrMismatch)
	// ErrCompute: Compute returned something that breaks its contract.
	ErrCompute = errors.New("compute broke its contract")
)

// BadGroup is Compute.Verify's error for a batch whose group Step (0-based, in batch
// order) the chain would convict (ErrBadGroup); Why says what is wrong.
type BadGroup struct {
	Step int
	Why  string
}

func (b *BadGroup) Error() string { return fmt.Sprintf("%v: group %d: %s", ErrBadGroup, b.Step, b.Why) }

// Unwrap returns ErrBadGroup.
func (b *BadGroup) Unwrap() error { return ErrBadGroup }
