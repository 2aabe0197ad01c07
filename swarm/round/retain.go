package round

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/apiary-rl/apiary/swarm"
)

// retention records which blobs the node keeps for which round: the round's payloads,
// manifests, updates and models, its own contribution among them. A round's blobs are
// served until the round is final on chain (its dispute windows closed and no dispute open),
// so what the node committed stays pinned while anyone may still dispute it; then they are
// deleted, unless a later round holds them too.
type retention struct {
	mu   sync.Mutex
	held map[uint64]map[swarm.Root]struct{}
	next uint64 // the lowest round not yet released
}

func newRetention() *retention { return &retention{held: map[uint64]map[swarm.Root]struct{}{}} }

// hold keeps root at least until round is released.
func (rt *retention) hold(round uint64, root swarm.Root) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	b, ok := rt.held[round]
	if !ok {
		b = map[swarm.Root]struct{}{}
		rt.held[round] = b
	}
	b[root] = struct{}{}
}

// open reports whether round is not released yet, so blobs may still be held for it.
func (rt *retention) open(round uint64) bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return round >= rt.next
}

// release forgets round and returns the roots no other round holds.
func (rt *retention) release(round uint64) []swarm.Root {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	b := rt.held[round]
	delete(rt.held, round)
	var out []swarm.Root
	for root := range b {
		still := false
		for _, o := range rt.held {
			if _, ok := o[root]; ok {
				still = true
				break
			}
		}
		if !still {
			out = append(out, root)
		}
	}
	return out
}

// evict releases, in order, every round up to through that the chain says is final, and
// deletes their blobs from store. It stops at the first round that is not final (a dispute
// still open keeps it, and everything after it, pinned) and returns how many blobs it
// deleted.
func (rt *retention) evict(ctx context.Context, chain swarm.Chain, run swarm.RunID, store BlobStore, through uint64) (int, error) {
	n := 0
	for {
		rt.mu.Lock()
		q := rt.next
		rt.mu.Unlock()
		if q > through {
			return n, nil
		}
		if _, err := chain.FinalSet(ctx, run, q); err != nil {
			if errors.Is(err, swarm.ErrNotFinal) {
				return n, nil
			}
			return n, fmt.Errorf("evict round %d: %w", q, err)
		}
		for _, root := range rt.release(q) {
			if err := store.Delete(root); err != nil {
				return n, fmt.Errorf("evict round %d: %w", q, err)
			}
			n++
		}
		rt.mu.Lock()
		rt.next = q + 1
		rt.mu.Unlock()
	}
}
