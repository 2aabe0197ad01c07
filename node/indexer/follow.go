package indexer

import (
	"context"
)

// Follow keeps the indexer current: it syncs once, then again each time
// wake delivers (the node wakes it on a new block or round, e.g. from a
// ticker or a ledger watch), until ctx ends or wake is closed. A failed
// Sync is logged and retried at the next wake: the chain's endpoint may be
// down for a while. It returns ctx's error, or nil when wake is closed.
func (ix *Indexer) Follow(ctx context.Context, wake <-chan struct{}) error {
	for {
		if cur, err := ix.Sync(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			ix.log.Warn("sync failed; retrying at the next block", "cursor", cur, "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case _, ok := <-wake:
			if !ok {
				return nil
			}
		}
	}
}
