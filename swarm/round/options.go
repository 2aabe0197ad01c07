package round

import (
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
	// Mismatch is called when the re-execution of an assigned contribution differs from
	// its commitment (Compute.Verify returned an error wrapping ErrMismatch; a refused
	// batch or critique is not one). The node disputes it from there. The slices belong
	// to the callee.
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
