package round

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// BlobStore is where the engine keeps models, payloads, manifests and updates; the blob
// server serves from it. Put and Delete may fail (a disk store can).
type BlobStore interface {
	blob.Store
	// Put stores data under its root (swarm.RootOf) and returns the root.
	Put(data []byte) (swarm.Root, error)
	// Delete removes root; an absent root is not an error.
	Delete(root swarm.Root) error
}

// Deps are the engine's collaborators. All are required; Schedule must pass Check.
type Deps struct {
	Host     host.Host
	Gossip   *gossip.Gossip
	Store    BlobStore
	Blobs    *blob.Client
	Chain    swarm.Chain
	Schedule swarm.Schedule
	Clock    swarm.Clock
	Compute  Compute
}

// Engine runs rounds for one node.
type Engine struct {
	run  swarm.RunID
	self common.Address
	d    Deps
	cfg  *config
	log  *slog.Logger
	in   *inbox
	keep *retention

	// models holds θ_r by round, announced the model root of the notice the node published
	// for round r; only the Run goroutine touches them.
	models    map[uint64]model
	announced map[uint64]swarm.Root
	// bg counts the background announcements (announceUpdate); Run waits for them.
	bg sync.WaitGroup
}

// model is one θ_r: its model root, its blob's transport root and its bytes.
type model struct {
	root, blob swarm.Root
	data       []byte
}

// New returns an engine for run. Defaults: SAPO with 4 local and 4 external groups, at most
// 64 rollouts kept per peer and round, 4 parallel blob fetches, no hooks, slog.Default().
// The finality lag D is the schedule's.
func New(run swarm.RunID, d Deps, opts ...Option) (*Engine, error) {
	if d.Host == nil || d.Gossip == nil || d.Store == nil || d.Blobs == nil || d.Chain == nil || d.Clock == nil || d.Compute == nil {
		return nil, errors.New("new round engine: every dependency is required")
	}
	if err := d.Schedule.Check(); err != nil {
		return nil, fmt.Errorf("new round engine: %w", err)
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
		in: newInbox(self, cfg.maxPerPeer), keep: newRetention(), models: map[uint64]model{},
		announced: map[uint64]swarm.Root{}}, nil
}

// Run subscribes to the run's topics and plays rounds first, first+1, ... until ctx ends or,
// if rounds > 0, round first+rounds−1 is over. model is θ_first if the caller has it, else
// nil: at the start of every round the engine compares its θ_r with the chain-attested model
// root and, when they differ or it has none (a late joiner, a peer that fell behind), fetches
// the model by that root. A round that fails is logged and the next one is played.
func (e *Engine) Run(ctx context.Context, first uint64, initial []byte, rounds int) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait(); e.bg.Wait() }()
	for _, k := range wire.Kinds {
		sub, err := e.d.Gossip.Subscribe(k, 1024)
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sub.Cancel()
			e.collect(ctx, sub)
		}()
	}
	if initial != nil {
		m, err := e.storeModel(first, initial)
		if err != nil {
			return fmt.Errorf("run: initial model: %w", err)
		}
		e.models[first] = m
	}
	for r := first; rounds <= 0 || r < first+uint64(rounds); r++ {
		res, err := e.playRound(ctx, r)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			e.log.Error("round failed; the next round starts from the chain-attested model", "round", r, "err", err)
			continue
		}
		if e.cfg.hooks.Round != nil {
			e.cfg.hooks.Round(res)
		}
		for q := range e.models {
			if q+1 < r {
				delete(e.models, q)
			}
		}
		for q := range e.announced {
			if q+1 < r {
				delete(e.announced, q)
			}
		}
		if r >= 2 {
			e.in.prune(r - 2)
		}
	}
	return nil
}

// collect files the messages of one subscription until ctx ends. A rollout's payload goes
// into the store at once: it is served to verifiers until the round is final.
func (e *Engine) collect(ctx context.Context, sub *gossip.Subscription) {
	for {
		r, err := sub.Next(ctx)
		if err != nil {
			return
		}
		if e.in.add(r) && r.Author != e.self {
			if m, ok := r.Msg.(*wire.Rollout); ok && e.keep.open(m.Round) {
				if _, err := e.put(m.Round, m.Payload); err != nil {
					e.log.Warn("store rollout payload", "round", m.Round, "err", err)
				}
			}
		}
		if e.cfg.hooks.Received != nil {
			e.cfg.hooks.Received(r)
		}
	}
}

// put stores data and keeps it until round is final.
func (e *Engine) put(round uint64, data []byte) (swarm.Root, error) {
	root, err := e.d.Store.Put(data)
	if err != nil {
		return root, fmt.Errorf("store %d bytes: %w", len(data), err)
	}
	e.keep.hold(round, root)
	return root, nil
}

// storeModel stores θ_round and returns it with its roots.
func (e *Engine) storeModel(round uint64, data []byte) (model, error) {
	root, err := e.d.Compute.ModelRoot(data)
	if err != nil {
		return model{}, fmt.Errorf("model root: %w", err)
	}
	b, err := e.put(round, data)
	if err != nil {
		return model{}, err
	}
	return model{root: root, blob: b, data: data}, nil
}

// publish publishes m and reports it to the hook.
func (e *Engine) publish(ctx context.Context, m wire.Message) error {
	if err := e.d.Gossip.Publish(ctx, m); err != nil {
		return err
	}
	if e.cfg.hooks.Published != nil {
		e.cfg.hooks.Published(m)
	}
	return nil
}
