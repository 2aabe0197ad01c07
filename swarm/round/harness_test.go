package round_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// testSched: rounds of 100 s; rollouts until +10 s, critiques until +20 s, commits until
// +30 s, attestations until +50 s, final at +160 s (before round r+2 ends), D = 2. The
// clock is a swarm.ChainClock moved by a swarmtest.Driver, so these are simulated seconds.
var testSched = swarm.Schedule{Start: time.Unix(1_000_000, 0), Round: 100 * time.Second,
	Rollouts: 10 * time.Second, Critiques: 20 * time.Second, Commit: 30 * time.Second,
	Verify: 20 * time.Second, Dispute: 30 * time.Second, DisputeDuration: 100 * time.Second}

// harness is a swarm of real libp2p hosts on loopback around one in-memory chain and one
// driven clock. The clock moves only when every running engine waits on it and every
// gossiped message has reached every running engine, so what the engines see does not
// depend on machine speed.
type harness struct {
	t      *testing.T
	clock  *swarm.ChainClock
	driver *swarmtest.Driver
	chain  *swarmtest.Chain

	mu    sync.Mutex
	nodes []*tnode
	extra int // messages published by nodes without an engine
}

// tnode is one host with its gossip, blob store and server, and (optionally) an engine.
type tnode struct {
	id    swarmtest.Identity
	h     *host.Host
	g     *gossip.Gossip
	store *blob.MemStore
	comp  *fakeCompute
	e     *round.Engine

	// guarded by harness.mu
	results             map[uint64]round.Result
	published, received int
	running             bool
}

func newHarness(t *testing.T, genesis swarm.Root) *harness {
	t.Helper()
	if err := testSched.Check(); err != nil {
		t.Fatal(err)
	}
	clock := swarm.NewChainClock(testSched.Start.Add(-time.Second))
	return &harness{t: t, clock: clock, driver: swarmtest.NewDriver(clock),
		chain: swarmtest.NewChain(swarmtest.Run, testSched, clock, genesis)}
}

// addNode starts a registered host with gossip, a blob server and a fake compute with
// groups rollouts per round. serve filters what the server hands out (nil: everything in
// the store).
func (h *harness) addNode(groups int, serve func(*tnode) blob.Store) *tnode {
	t := h.t
	id := swarmtest.NewIdentity(t)
	h.chain.Register(id.Address)
	n := &tnode{id: id, h: swarmtest.NewHost(t, id), store: blob.NewMemStore(), results: map[uint64]round.Result{},
		comp: newFakeCompute(id.Address, groups)}
	// A validation that outlasts its timeout is dropped, and the clock would wait for that
	// message forever: on a starved machine validation may take long, so allow it a minute.
	g, err := gossip.New(n.h, swarmtest.Run, h.chain, testSched, h.clock, gossip.WithHeartbeat(100*time.Millisecond),
		gossip.WithValidatorTimeout(time.Minute), gossip.WithLogger(swarmtest.QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = g.Close() })
	n.g = g
	var s blob.Store = n.store
	if serve != nil {
		s = serve(n)
	}
	srv, err := blob.NewServer(n.h, s, blob.WithServerLogger(swarmtest.Logger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	h.nodes = append(h.nodes, n)
	return n
}

// addEngine gives n an engine.
func (h *harness) addEngine(n *tnode, opts ...round.Option) {
	t := h.t
	cl, err := blob.NewClient(n.h, blob.WithClientLogger(swarmtest.Logger(t)))
	if err != nil {
		t.Fatal(err)
	}
	hooks := round.Hooks{
		Round: func(r round.Result) {
			h.mu.Lock()
			n.results[r.Round] = r
			h.mu.Unlock()
		},
		Published: func(wire.Message) {
			h.mu.Lock()
			n.published++
			h.mu.Unlock()
			h.driver.Kick()
		},
		Received: func(r gossip.Received) {
			if r.Author == n.id.Address {
				return
			}
			h.mu.Lock()
			n.received++
			h.mu.Unlock()
			h.driver.Kick()
		},
	}
	e, err := round.New(swarmtest.Run, round.Deps{Host: n.h, Gossip: n.g, Store: n.store, Blobs: cl,
		Chain: h.chain.As(n.id.Address), Schedule: testSched, Clock: h.clock, Compute: n.comp},
		append([]round.Option{round.WithLogger(swarmtest.Logger(t)), round.WithHooks(hooks)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	n.e = e
}

// connect connects every pair of hosts and waits until every router knows every peer in
// every topic.
func (h *harness) connect(ctx context.Context) {
	hs := make([]*host.Host, len(h.nodes))
	ids := make([]peer.ID, len(h.nodes))
	for i, n := range h.nodes {
		hs[i], ids[i] = n.h, n.h.ID()
	}
	swarmtest.Connect(h.t, hs)
	for _, n := range h.nodes {
		var others []peer.ID
		for _, p := range ids {
			if p != n.h.ID() {
				others = append(others, p)
			}
		}
		if err := n.g.AwaitPeers(ctx, others); err != nil {
			h.t.Fatal(err)
		}
	}
}

// publish publishes m from a node without an engine.
func (h *harness) publish(ctx context.Context, n *tnode, m wire.Message) {
	h.mu.Lock()
	h.extra++
	h.mu.Unlock()
	if err := n.g.Publish(ctx, m); err != nil {
		h.t.Fatal(err)
	}
}

// ready reports whether every running engine has received every message the others
// published.
func (h *harness) ready() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	total := h.extra
	for _, n := range h.nodes {
		total += n.published
	}
	for _, n := range h.nodes {
		if n.running && n.received != total-n.published {
			return false
		}
	}
	return true
}

// play is one engine's part: from round first with model (nil: none), for rounds rounds.
type play struct {
	n      *tnode
	first  uint64
	model  []byte
	rounds int
}

// run starts the engines and drives the clock until all of them have returned. atStart, if
// not nil, runs once when every engine first waits on the clock (so it has subscribed to
// the run's topics): messages published there reach every engine.
func (h *harness) run(ctx context.Context, plays []play, atStart func()) {
	var wg sync.WaitGroup
	active := len(plays)
	errs := make([]error, len(plays))
	h.mu.Lock()
	for _, p := range plays {
		p.n.running = true
	}
	h.mu.Unlock()
	for i, p := range plays {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = p.n.e.Run(ctx, p.first, p.model, p.rounds)
			h.mu.Lock()
			p.n.running = false
			active--
			h.mu.Unlock()
			h.driver.Kick()
		}()
	}
	started := atStart == nil
	derr := h.driver.Run(ctx, func() int {
		h.mu.Lock()
		defer h.mu.Unlock()
		return active
	}, func() bool {
		if !started {
			started = true
			atStart()
		}
		return h.ready()
	})
	wg.Wait()
	if derr != nil {
		h.mu.Lock()
		for i, n := range h.nodes {
			h.t.Logf("node %d: published %d, received %d, running %v, rounds done %d", i, n.published, n.received, n.running, len(n.results))
		}
		h.t.Logf("published by nodes without an engine: %d", h.extra)
		h.mu.Unlock()
		h.t.Fatal(derr)
	}
	for i, err := range errs {
		if err != nil {
			h.t.Fatalf("engine %d: %v", i, err)
		}
	}
}

// result returns n's result of round r.
func (h *harness) result(n *tnode, r uint64) (round.Result, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	res, ok := n.results[r]
	return res, ok
}

// hidingStore serves everything but the update blobs its node produced.
type hidingStore struct{ n *tnode }

func (s hidingStore) Get(root swarm.Root) ([]byte, bool) {
	if s.n.comp.isUpdate(root) {
		return nil, false
	}
	return s.n.store.Get(root)
}
