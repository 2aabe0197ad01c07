package dispute

import "errors"

var (
	// ErrNoDivergence means the solver's commitment is the challenger's
	// honest recomputation: there is nothing to dispute.
	ErrNoDivergence = errors.New("dispute: the commitment matches the honest recomputation")
	// ErrCannotNarrow means the challenger could not find a provable
	// divergence with what the solver served and the forced reveals left.
	ErrCannotNarrow = errors.New("dispute: cannot narrow the dispute")
	// ErrBadAnswer means the solver served data that does not match the
	// root it must match.
	ErrBadAnswer = errors.New("dispute: the solver's answer does not match its root")
	// ErrWithheld is what a Trace returns for data it does not serve.
	ErrWithheld = errors.New("dispute: withheld")
)
