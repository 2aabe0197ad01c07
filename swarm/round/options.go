package round

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// Option configures an Engine.
type Option func(*config) error

type config struct {
	local, external int
	maxPerPeer      int
	fetchParallel   int
	hooks           Hooks
	whistle         *Whistleblower
	log             *slog.Logger
}

// Hooks are called by the engine as it works, for metrics, the node's API and tests. Nil
// fields are skipped. They run on the engine's goroutines and must not block for long.
type Hooks struct {
	// Round is called after every round the node played to its end.
	Round func(Result)
	// Published is called after the node published m.
	Published func(m wire.Message)
	// Received is called for every validated message delivered to the node, after it was
	// filed (a rollout's payload stored) or found to repeat one already filed.
	Received func(r gossip.Received)
	// Mismatch is called when the re-execution of an assigned contribution (or, in
	// whistleblower mode, of a sampled unassigned one) differs from its commitment
	// (Compute.Verify returned an error wrapping ErrMismatch; a refused batch or critique
	// is not one). The node disputes it from there. The slices belong to the callee.
	Mismatch func(Mismatch)
}

// Mismatch is an assigned contribution whose re-execution differs from its commitment,
// with what it was computed from.
type Mismatch struct {
	Round     uint64
	Committed swarm.Committed
	// Model is θ_Round's blob, Batch the batch's payloads in manifest order, Update the
	// committed update blob.
	Model  []byte
	Batch  [][]byte
	Update []byte
	// Manifest is the batch manifest's entries (payload and group roots), in batch order.
	Manifest []ManifestEntry
	// Providers are the peers that served the contribution's data, the author's first.
	Providers []peer.ID
	// Err is Compute.Verify's error.
	Err error
}

// WithSAPO sets how many of its own groups (local) and of other peers' (external) a peer
// trains on each round.
func WithSAPO(local, external int) Option {
	return func(c *config) error {
		if local < 0 || external < 0 || local+external == 0 {
			return fmt.Errorf("sapo local=%d external=%d: want non-negative, not both zero", local, external)
		}
		c.local, c.external = local, external
		return nil
	}
}

// WithMaxRolloutsPerPeer bounds how many rollouts (groups) per peer and round are kept.
func WithMaxRolloutsPerPeer(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("max rollouts per peer %d: want >= 1", n)
		}
		c.maxPerPeer = n
		return nil
	}
}

// WithFetchParallelism sets how many blobs are fetched at once.
func WithFetchParallelism(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("fetch parallelism %d: want >= 1", n)
		}
		c.fetchParallel = n
		return nil
	}
}

// WithHooks sets the engine's hooks.
func WithHooks(h Hooks) Option {
	return func(c *config) error { c.hooks = h; return nil }
}

// Whistleblower makes the engine also re-execute contributions it is not assigned to
// (docs/NODE.md, "Whistleblower mode"): after its assigned verifications of round r, it
// lists the round's unassigned contributions, keeps those Sample picks and re-executes each like
// an assigned one (same fetches, same Compute.Verify, same Hooks.Mismatch on a mismatch),
// but never attests them: only assigned verifiers attest.
type Whistleblower struct {
	// Unassigned returns the contributions to round r that are neither the node's own nor
	// assigned to it by the chain, in commit order (the engine also skips any that
	// Chain.Assignments returned). Called after the assignments were read.
	Unassigned func(ctx context.Context, r uint64) ([]swarm.Committed, error)
	// Sample reports whether the node re-executes c's contribution to round r. It must be
	// deterministic (the same answer after a restart).
	Sample func(ctx context.Context, r uint64, c swarm.Committed) (bool, error)
}

// WithWhistleblower turns whistleblower mode on (see Whistleblower). Both functions are
// required.
func WithWhistleblower(w Whistleblower) Option {
	return func(c *config) error {
		if w.Unassigned == nil || w.Sample == nil {
			return fmt.Errorf("whistleblower: nil Unassigned or Sample")
		}
		c.whistle = &w
		return nil
	}
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		if l == nil {
			return fmt.Errorf("nil logger")
		}
		c.log = l
		return nil
	}
}
