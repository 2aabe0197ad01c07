package ledgerchain

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
)

// headSubscriber is the part of a backend that can push new heads (the simulated backend, a
// WebSocket endpoint); plain HTTP endpoints cannot, and Heads polls them instead.
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Heads follows the chain's head: it moves a swarm.ChainClock to each new block's timestamp
// (the round clock every node reads alike) and wakes those waiting for the next head. It
// subscribes to new heads where the backend can push them and polls otherwise.
type Heads struct {
	backend ledger.Backend
	clock   *swarm.ChainClock
	poll    time.Duration
	log     *slog.Logger
	m       *metrics // nil outside Open

	mu      sync.Mutex
	head    *types.Header
	changed chan struct{}

	cancel context.CancelFunc
	done   chan struct{}
}

// NewHeads reads the current head, starts following the chain and returns; poll is how often
// an endpoint without subscriptions is asked for its head. Close stops it.
func NewHeads(ctx context.Context, backend ledger.Backend, poll time.Duration, log *slog.Logger) (*Heads, error) {
	if poll <= 0 {
		return nil, fmt.Errorf("ledgerchain: head poll interval %v must be positive", poll)
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoHeads, err)
	}
	h := &Heads{backend: backend, clock: swarm.NewChainClock(time.Unix(int64(head.Time), 0)), poll: poll,
		log: log, head: head, changed: make(chan struct{}), done: make(chan struct{})}
	var runCtx context.Context
	runCtx, h.cancel = context.WithCancel(context.Background())
	go h.follow(runCtx)
	return h, nil
}

// Clock returns the chain clock the heads drive.
func (h *Heads) Clock() *swarm.ChainClock { return h.clock }

// Head returns the newest head seen and a channel closed when a newer one arrives.
func (h *Heads) Head() (*types.Header, <-chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.head, h.changed
}

// Close stops following the chain.
func (h *Heads) Close() error {
	h.cancel()
	<-h.done
	return nil
}

// observe records head if it is newer than the last one. The clock moves before the head's
// waiters wake, so that whoever wakes reads the new time.
func (h *Heads) observe(head *types.Header) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if head.Number.Cmp(h.head.Number) <= 0 {
		return
	}
	h.head = head
	if h.m != nil {
		h.m.head.Set(float64(head.Number.Uint64()))
		h.m.headTime.Set(float64(head.Time))
	}
	h.clock.Observe(time.Unix(int64(head.Time), 0))
	close(h.changed)
	h.changed = make(chan struct{})
}

func (h *Heads) follow(ctx context.Context) {
	defer close(h.done)
	if s, ok := h.backend.(headSubscriber); ok {
		if h.subscribe(ctx, s) {
			return
		}
	}
	h.pollHeads(ctx)
}

// subscribe follows pushed heads until ctx ends (true) or the subscription fails (false).
func (h *Heads) subscribe(ctx context.Context, s headSubscriber) bool {
	ch := make(chan *types.Header, 16)
	sub, err := s.SubscribeNewHead(ctx, ch)
	if err != nil {
		h.log.Debug("ledgerchain: no head subscription, polling", "err", err)
		return false
	}
	defer sub.Unsubscribe()
	// A block sealed between the first read and the subscription is not pushed.
	if head, err := h.backend.HeaderByNumber(ctx, nil); err == nil {
		h.observe(head)
	}
	for {
		select {
		case <-ctx.Done():
			return true
		case err := <-sub.Err():
			h.log.Warn("ledgerchain: head subscription ended, polling instead", "err", err)
			return false
		case head := <-ch:
			h.observe(head)
		}
	}
}

// pollHeads asks for the head every poll interval until ctx ends.
func (h *Heads) pollHeads(ctx context.Context) {
	t := time.NewTicker(h.poll)
	defer t.Stop()
	for {
		head, err := h.backend.HeaderByNumber(ctx, nil)
		if err == nil {
			h.observe(head)
		} else if ctx.Err() == nil {
			h.log.Debug("ledgerchain: read head", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// waitHead blocks until a head newer than the one seen at the call arrives, or ctx ends.
func (h *Heads) waitHead(ctx context.Context) error {
	_, next := h.Head()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-next:
		return nil
	}
}
