package ledgerchain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/swarm"
)

// stakeEvents are the Ledger events that change whether a peer may take part in a run.
var stakeEvents = []string{"Joined", "Left", "Slashed", "VerifierPenalized"}

// Registry implements swarm.Registry for one run from a cache: a peer is registered while
// its run stake is at least the run's minimum (what commit requires). Gossip validators ask
// for every message, so answers come from the cache; the Ledger's Joined, Left, Slashed and
// VerifierPenalized events of the run, read for every new head, drop the entries they touch.
type Registry struct {
	client   *ledger.Client
	run      swarm.RunID
	minStake *big.Int
	heads    *Heads
	log      *slog.Logger
	m        *metrics // nil outside Open

	mu    sync.Mutex
	cache map[common.Address]bool
	gen   uint64        // bumped by every invalidation: a lookup that raced one is not cached
	next  uint64        // first block whose events are not yet applied
	moved chan struct{} // closed when next moves

	lookups, hits uint64

	cancel context.CancelFunc
	done   chan struct{}
}

// NewRegistry returns the registry of run, following heads for stake events. Close stops it.
func NewRegistry(ctx context.Context, client *ledger.Client, run swarm.RunID, heads *Heads, log *slog.Logger) (*Registry, error) {
	r, err := client.Run(ctx, run)
	if err != nil {
		return nil, fmt.Errorf("ledgerchain: read run %s: %w", run, err)
	}
	head, _ := heads.Head()
	reg := &Registry{client: client, run: run, minStake: r.Cfg.MinStake, heads: heads, log: log,
		cache: map[common.Address]bool{}, next: head.Number.Uint64() + 1, moved: make(chan struct{}), done: make(chan struct{})}
	var runCtx context.Context
	runCtx, reg.cancel = context.WithCancel(context.Background())
	go reg.follow(runCtx)
	return reg, nil
}

// IsRegistered implements swarm.Registry.
func (g *Registry) IsRegistered(ctx context.Context, run swarm.RunID, addr common.Address) (bool, error) {
	if run != g.run {
		return false, fmt.Errorf("is %s registered in run %s: %w", addr, run, ErrOtherRun)
	}
	g.mu.Lock()
	g.lookups++
	ok, hit := g.cache[addr]
	if hit {
		g.hits++
	}
	gen := g.gen
	g.mu.Unlock()
	if g.m != nil {
		g.m.lookups.WithLabelValues(fmt.Sprint(hit)).Inc()
	}
	if hit {
		return ok, nil
	}
	m, err := g.client.Member(ctx, run, addr)
	if err != nil {
		return false, fmt.Errorf("stake of %s in run %s: %w", addr, run, err)
	}
	ok = m.Stake.Sign() > 0 && m.Stake.Cmp(g.minStake) >= 0
	g.mu.Lock()
	if g.gen == gen {
		g.cache[addr] = ok
	}
	g.mu.Unlock()
	return ok, nil
}

// Stats returns how many lookups the registry answered and how many came from its cache.
func (g *Registry) Stats() (lookups, hits uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.lookups, g.hits
}

// Close stops following the chain.
func (g *Registry) Close() error {
	g.cancel()
	<-g.done
	return nil
}

func (g *Registry) follow(ctx context.Context) {
	defer close(g.done)
	for {
		head, next := g.heads.Head()
		if err := g.apply(ctx, head.Number.Uint64()); err != nil && ctx.Err() == nil {
			// Unknown changes: forget everything rather than answer from a stale cache.
			g.log.Warn("ledgerchain: read stake events; registry cache dropped", "err", err)
			g.mu.Lock()
			g.cache = map[common.Address]bool{}
			g.gen++
			g.setNextLocked(head.Number.Uint64() + 1)
			g.mu.Unlock()
		}
		select {
		case <-ctx.Done():
			return
		case <-next:
		}
	}
}

// apply drops the cache entries of the peers whose stake events lie in blocks next..to.
func (g *Registry) apply(ctx context.Context, to uint64) error {
	g.mu.Lock()
	from := g.next
	g.mu.Unlock()
	if from > to {
		return nil
	}
	evs, err := g.client.FilterLogs(ctx, from, &to, stakeEvents...)
	if err != nil {
		return err
	}
	var touched []common.Address
	for _, ev := range evs {
		switch v := ev.Value.(type) {
		case *ledger.Joined:
			if v.RunId == g.run {
				touched = append(touched, v.Peer)
			}
		case *bindings.LedgerLeft:
			if v.RunId == g.run {
				touched = append(touched, v.Peer)
			}
		case *ledger.Slashed:
			if v.RunId == g.run {
				touched = append(touched, v.Peer)
			}
		case *bindings.LedgerVerifierPenalized:
			if v.RunId == g.run {
				touched = append(touched, v.Verifier)
			}
		}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, a := range touched {
		delete(g.cache, a)
	}
	if len(touched) > 0 {
		g.gen++
	}
	g.setNextLocked(to + 1)
	return nil
}

func (g *Registry) setNextLocked(n uint64) {
	g.next = n
	close(g.moved)
	g.moved = make(chan struct{})
}

// WaitBlock returns once the stake events of every block up to n are applied to the cache,
// or ctx ends.
func (g *Registry) WaitBlock(ctx context.Context, n uint64) error {
	for {
		g.mu.Lock()
		next, moved := g.next, g.moved
		g.mu.Unlock()
		if next > n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-moved:
		}
	}
}
