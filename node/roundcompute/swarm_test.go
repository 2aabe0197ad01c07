package roundcompute_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// testConfig is the reverse task on the tiny model with groups of 4, one own and one external
// group per peer and round, D = 2: small enough to play real rounds under -race. Reverse with
// a large partial-credit weight makes most groups informative (unequal rewards) even for an
// untrained model, so updates differ from peer to peer.
func testConfig() compute.Config {
	c := compute.DefaultConfig("reverse")
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = compute.DefaultConfig("reverse").Model.Vocab
	c.PartialWeight = 1
	c.G, c.L, c.E, c.Lag, c.Verifiers = 4, 1, 1, 2, 1
	return c
}

// peerNode is one libp2p host with gossip, a blob store and server, and the node's
// real compute; engine is nil for the observer.
type peerNode struct {
	id     swarmtest.Identity
	h      *host.Host
	g      *gossip.Gossip
	store  *blob.MemStore
	comp   *roundcompute.Compute
	engine *round.Engine
}

// realSwarm is peers around one in-memory chain that enforces the v2 lifecycle and one
// driven clock: the clock moves only when every running engine waits on it, every gossiped
// message has reached every engine and the observer has fetched what it saw announced.
type realSwarm struct {
	t      *testing.T
	cfg    compute.Config
	sched  swarm.Schedule
	clock  *swarm.ChainClock
	driver *swarmtest.Driver
	chain  *swarmtest.Chain
	nodes  []*peerNode

	ctx       context.Context
	mu        sync.Mutex
	published map[*peerNode]int
	received  map[*peerNode]int
	running   map[*peerNode]bool
	results   map[uint64]map[swarm.Root]int // round → next model root → engines
	nexts     map[*peerNode]map[uint64]swarm.Root
	seen      map[uint64][]*wire.Update     // round → update announcements, as gossiped
	notices   map[uint64]*wire.Notice       // round → a notice of θ_round
	rollouts  map[uint64]map[swarm.Root]int // round → payload root → authors
	fetching  int
	fetchErr  error
	observer  *observer
}

func newRealSwarm(t *testing.T, cfg compute.Config, genesis swarm.Root) *realSwarm {
	sched := roundcompute.Schedule(cfg, time.Unix(2_000_000, 0))
	if err := sched.Check(); err != nil {
		t.Fatal(err)
	}
	clock := swarm.NewChainClock(sched.Start.Add(-time.Second))
	return &realSwarm{t: t, cfg: cfg, sched: sched, clock: clock, driver: swarmtest.NewDriver(clock),
		chain:     swarmtest.NewChain(swarmtest.Run, sched, clock, genesis, swarmtest.WithVerifiers(cfg.Verifiers)),
		published: map[*peerNode]int{}, received: map[*peerNode]int{}, running: map[*peerNode]bool{}, results: map[uint64]map[swarm.Root]int{},
		nexts: map[*peerNode]map[uint64]swarm.Root{}, seen: map[uint64][]*wire.Update{},
		notices: map[uint64]*wire.Notice{}, rollouts: map[uint64]map[swarm.Root]int{}}
}

// addNode starts a host with gossip and a blob server.
func (s *realSwarm) addNode() *peerNode {
	t := s.t
	id := swarmtest.NewIdentity(t)
	n := &peerNode{id: id, h: swarmtest.NewHost(t, id), store: blob.NewMemStore()}
	comp, err := roundcompute.New(s.cfg, swarmtest.Run, id.Address, repops.MustEngine())
	if err != nil {
		t.Fatal(err)
	}
	n.comp = comp
	g, err := gossip.New(n.h, swarmtest.Run, s.chain, s.sched, s.clock, gossip.WithHeartbeat(100*time.Millisecond),
		gossip.WithLogger(swarmtest.QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = g.Close() })
	n.g = g
	srv, err := blob.NewServer(n.h, n.store, blob.WithServerLogger(swarmtest.QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	s.nodes = append(s.nodes, n)
	return n
}

func (s *realSwarm) addEngine(n *peerNode) {
	t := s.t
	s.chain.Register(n.id.Address)
	cl, err := blob.NewClient(n.h, blob.WithClientLogger(swarmtest.QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	s.nexts[n] = map[uint64]swarm.Root{}
	hooks := round.Hooks{
		Round: func(r round.Result) {
			s.mu.Lock()
			s.nexts[n][r.Round] = r.Next
			s.mu.Unlock()
		},
		Published: func(m wire.Message) {
			s.mu.Lock()
			s.published[n]++
			u, isUpdate := m.(*wire.Update)
			if isUpdate && s.observer != nil {
				s.fetching++
			}
			s.mu.Unlock()
			s.observe(m)
			if isUpdate && s.observer != nil {
				go s.fetchAll(s.ctx, u)
			}
			s.driver.Kick()
		},
		Received: func(r gossip.Received) {
			if r.Author == n.id.Address {
				return
			}
			s.mu.Lock()
			s.received[n]++
			s.mu.Unlock()
			s.driver.Kick()
		},
	}
	e, err := round.New(swarmtest.Run, round.Deps{Host: n.h, Gossip: n.g, Store: n.store, Blobs: cl,
		Chain: s.chain.As(n.id.Address), Schedule: s.sched, Clock: s.clock, Compute: n.comp},
		round.WithLogger(swarmtest.QuietLogger(t)), round.WithHooks(hooks), round.WithSAPO(s.cfg.L, s.cfg.E))
	if err != nil {
		t.Fatal(err)
	}
	n.engine = e
}

// observe records what every peer could learn from gossip: update announcements, model
// notices and rollout payload roots.
func (s *realSwarm) observe(m wire.Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch m := m.(type) {
	case *wire.Update:
		s.seen[m.Round] = append(s.seen[m.Round], m)
	case *wire.Notice:
		s.notices[m.Round] = m
	case *wire.Rollout:
		if s.rollouts[m.Round] == nil {
			s.rollouts[m.Round] = map[swarm.Root]int{}
		}
		s.rollouts[m.Round][m.PayloadRoot]++
	}
}

// observer is the fifth peer: it takes no part in the rounds, and fetches over the blob
// protocol every contribution's inputs (θ_r, the manifest, the payloads) and its update as
// soon as they are announced.
type observer struct {
	n      *peerNode
	client *blob.Client
	models map[uint64][]byte // θ_round's blob
	got    map[*wire.Update]fetched
}

// fetched is one contribution's data as the observer fetched it.
type fetched struct {
	batch  [][]byte
	update []byte
}

// fetchAll fetches what u announces (and θ of its round, by the round's notice). Called on
// its own goroutine; s.fetching counts it until it returns.
func (s *realSwarm) fetchAll(ctx context.Context, u *wire.Update) {
	defer func() {
		s.mu.Lock()
		s.fetching--
		s.mu.Unlock()
		s.driver.Kick()
	}()
	o := s.observer
	var providers []peer.ID
	for _, n := range s.nodes {
		if n != o.n {
			providers = append(providers, n.h.ID())
		}
	}
	fail := func(err error) {
		s.mu.Lock()
		if s.fetchErr == nil {
			s.fetchErr = err
		}
		s.mu.Unlock()
	}
	s.mu.Lock()
	_, haveModel := o.models[u.Round]
	notice := s.notices[u.Round]
	s.mu.Unlock()
	if !haveModel {
		if notice == nil {
			fail(fmt.Errorf("no notice announced θ_%d", u.Round))
			return
		}
		m, err := o.client.Fetch(ctx, notice.Blob, providers)
		if err != nil {
			fail(err)
			return
		}
		s.mu.Lock()
		o.models[u.Round] = m
		s.mu.Unlock()
	}
	mb, err := o.client.Fetch(ctx, u.Manifest, providers)
	if err != nil {
		fail(err)
		return
	}
	entries, err := round.DecodeManifest(mb)
	if err != nil {
		fail(err)
		return
	}
	f := fetched{batch: make([][]byte, len(entries))}
	for i, e := range entries {
		if f.batch[i], err = o.client.Fetch(ctx, e.PayloadRoot, providers); err != nil {
			fail(err)
			return
		}
	}
	if f.update, err = o.client.Fetch(ctx, u.UpdateBlob, providers); err != nil {
		fail(err)
		return
	}
	s.mu.Lock()
	o.got[u] = f
	s.mu.Unlock()
}

// ready reports whether the clock may move: every running engine has every message the
// others published, and the observer has fetched everything announced so far.
func (s *realSwarm) ready() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fetching > 0 {
		return false
	}
	total := 0
	for _, c := range s.published {
		total += c
	}
	for n, on := range s.running {
		if on && s.received[n] < total-s.published[n] {
			return false
		}
	}
	return true
}

// connect connects every pair of hosts and waits until every router knows every engine's
// peer in every topic.
func (s *realSwarm) connect(ctx context.Context) {
	hs := make([]*host.Host, len(s.nodes))
	for i, n := range s.nodes {
		hs[i] = n.h
	}
	swarmtest.Connect(s.t, hs)
	for _, n := range s.nodes {
		var others []peer.ID
		for _, m := range s.nodes {
			if m != n && m.engine != nil {
				others = append(others, m.h.ID())
			}
		}
		if err := n.g.AwaitPeers(ctx, others); err != nil {
			s.t.Fatal(err)
		}
	}
}

// play runs every engine from round 0 on θ_0 for rounds rounds and drives the clock until
// all have returned.
func (s *realSwarm) play(ctx context.Context, genesis []byte, rounds int) {
	var wg sync.WaitGroup
	var engines []*peerNode
	for _, n := range s.nodes {
		if n.engine != nil {
			engines = append(engines, n)
		}
	}
	errs := make([]error, len(engines))
	s.mu.Lock()
	active := len(engines)
	for _, n := range engines {
		s.running[n] = true
	}
	s.mu.Unlock()
	for i, n := range engines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = n.engine.Run(ctx, 0, genesis, rounds)
			s.mu.Lock()
			s.running[n] = false
			active--
			s.mu.Unlock()
			s.driver.Kick()
		}()
	}
	derr := s.driver.Run(ctx, func() int {
		s.mu.Lock()
		defer s.mu.Unlock()
		return active
	}, s.ready)
	wg.Wait()
	if derr != nil {
		s.mu.Lock()
		for i, n := range s.nodes {
			s.t.Logf("node %d: published %d, received %d", i, s.published[n], s.received[n])
		}
		s.t.Logf("observer fetches in flight: %d", s.fetching)
		s.mu.Unlock()
		s.t.Fatal(derr)
	}
	for i, err := range errs {
		if err != nil {
			s.t.Fatalf("engine %d: %v", i, err)
		}
	}
}

// TestRealSwarm: four peers with real compute, real libp2p on loopback and a chain that
// enforces the v2 lifecycle play six rounds with D = 2. Every peer ends every round with
// the same model root (the one the chain attests), the peers' rollouts differ, and a fifth
// peer that took no part fetches every contribution's inputs over the network and replays it
// to its committed roots.
func TestRealSwarm(t *testing.T) {
	const peers, rounds = 4, 6
	cfg := testConfig()
	st, err := compute.InitialState(cfg)
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := compute.EncodeModel(st)
	if err != nil {
		t.Fatal(err)
	}
	root0, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	s := newRealSwarm(t, cfg, swarm.Root(root0))
	s.ctx = ctx
	for range peers {
		s.addEngine(s.addNode())
	}
	on := s.addNode()
	cl, err := blob.NewClient(on.h, blob.WithClientLogger(swarmtest.QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	s.observer = &observer{n: on, client: cl, models: map[uint64][]byte{0: genesis}, got: map[*wire.Update]fetched{}}
	s.connect(ctx)
	start := time.Now()
	s.play(ctx, genesis, rounds)
	t.Logf("%d peers played %d rounds in %s", peers, rounds, time.Since(start).Round(time.Millisecond))
	if s.fetchErr != nil {
		t.Fatalf("the observer could not fetch a contribution: %v", s.fetchErr)
	}

	// One model per round, the chain's.
	for r := uint64(0); r < rounds; r++ {
		want, err := s.chain.ModelRoot(ctx, swarmtest.Run, r+1)
		if err != nil {
			t.Fatalf("attested root of θ_%d: %v", r+1, err)
		}
		for i, n := range s.nodes[:peers] {
			if got, ok := s.nexts[n][r]; !ok || got != want {
				t.Errorf("round %d: peer %d ended with θ_%d = %s (finished %v), chain attests %s", r, i, r+1, got.Short(), ok, want.Short())
			}
		}
		if r >= uint64(cfg.Lag) && want == swarm.Root(root0) {
			t.Errorf("round %d: θ_%d is still θ_0: nothing was aggregated", r, r+1)
		}
	}
	// Every contribution was attested by its verifier and is in its round's final set.
	for r := uint64(0); r+uint64(cfg.Lag) < rounds; r++ {
		set, err := s.chain.FinalSet(ctx, swarmtest.Run, r)
		if err != nil {
			t.Fatalf("final set of round %d: %v", r, err)
		}
		if len(set) != peers {
			t.Errorf("round %d: final set of %d contributions, want %d", r, len(set), peers)
		}
	}
	// Different rollouts: every payload root of a round belongs to one author only.
	for r := uint64(0); r < rounds; r++ {
		if len(s.rollouts[r]) != peers*cfg.L {
			t.Errorf("round %d: %d distinct rollout payloads, want %d (one per peer and group)", r, len(s.rollouts[r]), peers*cfg.L)
		}
	}
	// The observer replays every contribution from what it fetched.
	replayed := 0
	for r := uint64(0); r < rounds; r++ {
		if len(s.seen[r]) != peers {
			t.Errorf("round %d: %d update announcements, want %d", r, len(s.seen[r]), peers)
		}
		for _, u := range s.seen[r] {
			f, ok := s.observer.got[u]
			if !ok {
				t.Fatalf("round %d: the observer did not fetch update %s", r, u.UpdateRoot.Short())
			}
			model := s.observer.models[r]
			cm := swarm.Commitment{Base: u.Base, BatchRoot: u.BatchRoot, TraceRoot: u.TraceRoot, UpdateRoot: u.UpdateRoot,
				UpdateBlob: u.UpdateBlob, UpdateSize: u.Size, NSteps: uint32(len(f.batch))}
			ok, err := on.comp.Verify(ctx, r, model, cm, f.batch, f.update)
			if err != nil || !ok {
				t.Fatalf("round %d: contribution %s does not re-execute to its commitment (ok %v, err %v)", r, u.TraceRoot.Short(), ok, err)
			}
			if replayed == 0 { // the check can fail: a changed update or batch does not verify
				bad := append([]byte(nil), f.update...)
				bad[len(bad)-1] ^= 1
				if ok, err := on.comp.Verify(ctx, r, model, cm, f.batch, bad); ok || err != nil {
					t.Fatalf("a changed update blob verified (ok %v, err %v)", ok, err)
				}
				if ok, _ := on.comp.Verify(ctx, r, model, cm, [][]byte{f.batch[len(f.batch)-1]}, f.update); ok {
					t.Fatal("a contribution verified on another batch")
				}
			}
			steps := make([]verify.Hash, len(f.batch))
			for k, p := range f.batch {
				rep, err := on.comp.Replay(r, model, p)
				if err != nil {
					t.Fatal(err)
				}
				if len(rep.Records) == 0 {
					t.Fatalf("round %d step %d: no records", r, k)
				}
				steps[k] = rep.GradRoot
			}
			if got := verify.TraceRoot(steps); swarm.Root(got) != u.TraceRoot {
				t.Errorf("round %d: replayed trace root %x, committed %s", r, got[:4], u.TraceRoot.Short())
			}
			replayed++
		}
	}
	t.Logf("the observer replayed %d contributions with op-level recording", replayed)
}
