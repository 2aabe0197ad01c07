package dispute

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
)

// headSubscriber is a backend that delivers new blocks (the simulated
// backend, a WebSocket endpoint).
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// txReader is a backend that returns transactions by hash.
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// heads delivers a signal at each new block: by subscription when the
// backend has one, else by looking at the latest block every poll interval
// (an HTTP endpoint). The caller reads the chain's state at each signal.
type heads struct {
	ch   chan *types.Header
	sub  ethereum.Subscription
	tick *time.Ticker
	src  HeadSource      // the node's head follower (WithHeads), or nil
	next <-chan struct{} // closed when src has a newer head than the last wait saw
}

func newHeads(ctx context.Context, c *ledger.Client, s settings) (*heads, error) {
	h := &heads{ch: make(chan *types.Header, 64)}
	if s.heads != nil {
		h.src = s.heads
		_, h.next = s.heads.Head()
		return h, nil
	}
	poll := s.poll
	if s, ok := c.Backend().(headSubscriber); ok {
		sub, err := s.SubscribeNewHead(ctx, h.ch)
		if err == nil {
			h.sub = sub
			return h, nil
		}
	}
	h.tick = time.NewTicker(poll)
	return h, nil
}

// wait returns at the next block (or poll), or with ctx's or the
// subscription's error.
func (h *heads) wait(ctx context.Context) error {
	if h.src != nil {
		select {
		case <-h.next:
			_, h.next = h.src.Head()
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	var tick <-chan time.Time
	var subErr <-chan error
	if h.tick != nil {
		tick = h.tick.C
	}
	if h.sub != nil {
		subErr = h.sub.Err()
	}
	select {
	case <-h.ch:
		// Drain what queued: one state read covers them all.
		for {
			select {
			case <-h.ch:
			default:
				return nil
			}
		}
	case <-tick:
		return nil
	case err := <-subErr:
		return fmt.Errorf("dispute: new blocks: %w", err)
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *heads) close() {
	if h.sub != nil {
		h.sub.Unsubscribe()
	}
	if h.tick != nil {
		h.tick.Stop()
	}
}

// now returns the latest block's number and timestamp.
func now(ctx context.Context, c *ledger.Client) (uint64, uint64, error) {
	h, err := c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("dispute: latest block: %w", err)
	}
	return h.Number.Uint64(), h.Time, nil
}

// waitDispute reads dispute id at every new block until done says so, and
// returns the dispute and the block time it was read at. Every wait of this
// package is one: on chain state, never on a timer of its own.
func (ch *Challenger) waitDispute(ctx context.Context, id uint64,
	done func(d ledger.Dispute, t uint64) bool) (ledger.Dispute, uint64, error) {
	h, err := newHeads(ctx, ch.c, ch.s)
	if err != nil {
		return ledger.Dispute{}, 0, err
	}
	defer h.close()
	for {
		blk, t, err := now(ctx, ch.c)
		if err != nil {
			return ledger.Dispute{}, 0, err
		}
		d, err := ch.c.Dispute(ctx, id)
		if err != nil {
			return ledger.Dispute{}, 0, fmt.Errorf("dispute %d: %w", id, err)
		}
		if done(d, t) {
			return d, t, nil
		}
		resume := ch.act.wait(blk, nextDeadline(d, t))
		err = h.wait(ctx)
		resume()
		if err != nil {
			return ledger.Dispute{}, 0, err
		}
	}
}

// nextDeadline is the first chain time after t at which dispute d can move without anyone
// acting: one second past its nearest deadline still ahead (a timeout is allowed only after
// it), or t+1 when none is.
func nextDeadline(d ledger.Dispute, t uint64) uint64 {
	next := uint64(0)
	for _, dl := range []uint64{d.Deadline, d.RevealDeadline} {
		if dl >= t && (next == 0 || dl+1 < next) {
			next = dl + 1
		}
	}
	if next == 0 {
		next = t + 1
	}
	return next
}

// Costs are the transactions of one dispute on chain, both sides', found
// by the dispute's events.
type Costs struct {
	Txs     int
	Gas     uint64
	ByEvent map[string]uint64 // gas by the event that names the transaction
}

// disputeCosts sums the transactions that emitted an event of dispute id
// from block from on.
func disputeCosts(ctx context.Context, c *ledger.Client, id uint64, from uint64) (Costs, error) {
	evs, err := c.FilterLogs(ctx, from, nil, "DisputeOpened", "StepPosted", "RevealRequested", "Revealed", "DisputeResolved")
	if err != nil {
		return Costs{}, err
	}
	out := Costs{ByEvent: map[string]uint64{}}
	seen := map[common.Hash]bool{}
	for _, e := range evs {
		eid, raw := eventID(e.Value)
		if eid == nil || eid.Uint64() != id || raw == nil || seen[raw.TxHash] {
			continue
		}
		seen[raw.TxHash] = true
		r, err := c.Backend().TransactionReceipt(ctx, raw.TxHash)
		if err != nil {
			return Costs{}, fmt.Errorf("dispute %d: receipt %s: %w", id, raw.TxHash, err)
		}
		out.Txs++
		out.Gas += r.GasUsed
		out.ByEvent[e.Name] += r.GasUsed
	}
	return out, nil
}

func eventID(v any) (*big.Int, *types.Log) {
	switch e := v.(type) {
	case *ledger.DisputeOpened:
		return e.Id, e.Raw
	case *ledger.StepPosted:
		return e.Id, e.Raw
	case *ledger.RevealRequested:
		return e.Id, e.Raw
	case *ledger.Revealed:
		return e.Id, e.Raw
	case *ledger.DisputeResolved:
		return e.Id, e.Raw
	}
	return nil, nil
}
