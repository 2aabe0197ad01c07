package round

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// BlobStore is where the engine keeps models and updates; the blob server serves from it.
type BlobStore interface {
	blob.Store
	Put(data []byte) swarm.Root
}

// Deps are the engine's collaborators. All are required.
type Deps struct {
	Host    host.Host
	Gossip  *gossip.Gossip
	Store   BlobStore
	Blobs   *blob.Client
	Chain   swarm.Chain
	Clock   swarm.RoundClock
	Compute Compute
}

// Engine runs rounds for one node.
type Engine struct {
	run  swarm.RunID
	self common.Address
	d    Deps
	cfg  *config
	log  *slog.Logger
	in   *inbox
}

// New returns an engine for run. Defaults: SAPO with 4 local and 4 external rollouts, at most
// 64 rollouts kept per peer and round, 4 parallel update fetches, no round callback,
// slog.Default().
func New(run swarm.RunID, d Deps, opts ...Option) (*Engine, error) {
	if d.Host == nil || d.Gossip == nil || d.Store == nil || d.Blobs == nil || d.Chain == nil || d.Clock == nil || d.Compute == nil {
		return nil, errors.New("new round engine: every dependency is required")
	}
	cfg := &config{local: 4, external: 4, maxPerPeer: 64, fetchParallel: 4, log: slog.Default()}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, fmt.Errorf("new round engine: %w", err)
		}
	}
	self, err := swarm.AddressOf(d.Host.ID())
	if err != nil {
		return nil, fmt.Errorf("new round engine: %w", err)
	}
	return &Engine{run: run, self: self, d: d, cfg: cfg, log: cfg.log.With("component", "round"),
		in: newInbox(self, cfg.maxPerPeer)}, nil
}

// Run subscribes to the run's topics and plays rounds first, first+1, ... starting from
// model, until ctx ends or, if rounds > 0, that many rounds are done. With a nil model it
// first waits for round notices and fetches the model most peers announce (late join), and
// starts at that notice's round. A round that fails is logged; the engine then rejoins from
// the next notice.
func (e *Engine) Run(ctx context.Context, first uint64, model []byte, rounds int) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	for _, k := range wire.Kinds {
		sub, err := e.d.Gossip.Subscribe(k, 1024)
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sub.Cancel()
			for {
				r, err := sub.Next(ctx)
				if err != nil {
					return
				}
				e.in.add(r)
			}
		}()
	}
	r := first
	for done := 0; rounds <= 0 || done < rounds; {
		if model == nil {
			var err error
			if r, model, err = e.syncModel(ctx, r); err != nil {
				return err
			}
		}
		next, res, err := e.playRound(ctx, r, model)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			e.log.Error("round failed; will rejoin from the next notice", "round", r, "err", err)
			model = nil
			r++
			continue
		}
		if e.cfg.onRound != nil {
			e.cfg.onRound(res)
		}
		model = next
		done++
		r++
		if r > 2 {
			e.in.prune(r - 2)
		}
	}
	return nil
}

// syncModel waits for notices of a round >= from and fetches the model most of them
// announce. The model must arrive before that round's rollout stage ends; otherwise the next
// round's notices are awaited.
func (e *Engine) syncModel(ctx context.Context, from uint64) (uint64, []byte, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		if q, ok := e.in.firstNoticeRound(from); ok {
			root, size, providers, _ := e.in.noticeModel(q)
			if data, ok := e.d.Store.Get(root); ok {
				return q, data, nil
			}
			fctx, cancel := context.WithDeadline(ctx, e.d.Clock.Deadline(q, swarm.StageRollouts))
			data, err := e.d.Blobs.Fetch(fctx, root, providers)
			cancel()
			if err == nil && uint64(len(data)) == size {
				e.d.Store.Put(data)
				e.log.Info("joined from notice", "round", q, "model", root.Short())
				return q, data, nil
			}
			e.log.Warn("fetching the announced model failed; waiting for the next round's notices", "round", q, "err", err)
			from = q + 1
		}
		select {
		case <-ctx.Done():
			return 0, nil, ctx.Err()
		case <-t.C:
		}
	}
}

// sleepUntil waits until t or ctx ends.
func sleepUntil(ctx context.Context, t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-tm.C:
		return nil
	}
}
