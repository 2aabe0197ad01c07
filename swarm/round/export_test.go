package round

import (
	"context"

	"github.com/apiary-rl/apiary/swarm"
)

// Retention is the engine's blob retention, exposed to the external tests (which may import
// swarmtest; this package's own tests may not, as swarmtest imports it).
type Retention struct{ rt *retention }

// NewRetention returns an empty retention.
func NewRetention() Retention { return Retention{newRetention()} }

// Hold keeps root until round is final.
func (r Retention) Hold(round uint64, root swarm.Root) { r.rt.hold(round, root) }

// Open reports whether round still takes blobs.
func (r Retention) Open(round uint64) bool { return r.rt.open(round) }

// Evict deletes the blobs of the final rounds through `through`.
func (r Retention) Evict(ctx context.Context, chain swarm.Chain, run swarm.RunID, store BlobStore, through uint64) (int, error) {
	return r.rt.evict(ctx, chain, run, store, through)
}
