package roundcompute_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
)

// testConfig is the reverse task on the tiny model with groups of 4, one own and one external
// group per peer and round, D = 2: small enough to play real rounds under -race. Reverse with
// a large partial-credit weight makes most groups informative (unequal rewards) even for an
// untrained model, so updates differ from peer to peer; the tests check that they do.
func testConfig() compute.Config {
	c := compute.DefaultConfig("reverse")
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = compute.DefaultConfig("reverse").Model.Vocab
	c.PartialWeight = 1
	c.G, c.L, c.E, c.Lag, c.Verifiers = 4, 1, 1, 2, 1
	return c
}

// genesis returns θ_0 of testConfig(): the initial model after warmSteps supervised steps
// (batches of 16), as its blob and model root, computed once per test binary. The untrained
// tiny model rarely earns any reward, so most of its groups have equal rewards, zero
// advantages and an all-zero gradient; after 60 steps about 85% of groups are informative
// (measured over 40 peers' round-0 groups).
func genesis(t *testing.T) ([]byte, swarm.Root) {
	t.Helper()
	g, err := warmGenesis()
	if err != nil {
		t.Fatal(err)
	}
	return g.blob, g.root
}

// warm is θ_0 of the tests: its blob and model root.
type warm struct {
	blob []byte
	root swarm.Root
}

var warmGenesis = sync.OnceValues(func() (warm, error) {
	const warmSteps = 60
	cfg := testConfig()
	rc := rl.DefaultConfig()
	rc.Task, rc.Level, rc.Seed, rc.Model, rc.SFTBatch = cfg.Task, cfg.Level, cfg.Seed, cfg.Model, 16
	tr, err := rl.New(rc, repops.MustEngine(), nil)
	if err != nil {
		return warm{}, err
	}
	for step := range warmSteps {
		if _, err := tr.SFTStep(step); err != nil {
			return warm{}, err
		}
	}
	st, err := compute.NewState(cfg, tr.Model.Params)
	if err != nil {
		return warm{}, err
	}
	b, err := compute.EncodeModel(st)
	if err != nil {
		return warm{}, err
	}
	root, err := st.Root()
	return warm{b, swarm.Root(root)}, err
})

// realSwarm is a swarmtest.Swarm of peers with real compute. It records what every peer
// could learn from gossip (update announcements, model notices, rollout payload roots) and
// copies each announced update and model blob out of its publisher's store at once (before
// eviction), for checks after the rounds. With an observer it also has a fifth peer fetch
// every announced contribution over the network; the clock waits for those fetches.
type realSwarm struct {
	*swarmtest.Swarm
	t     *testing.T
	cfg   compute.Config
	comps map[*swarmtest.Node]*roundcompute.Compute

	mu       sync.Mutex
	seen     map[uint64][]*wire.Update // round → update announcements, as gossiped
	authors  map[*wire.Update]common.Address
	notices  map[uint64]*wire.Notice       // round → a notice of θ_round
	rollouts map[uint64]map[swarm.Root]int // round → payload root → authors
	blobs    map[swarm.Root][]byte         // announced update and model blobs by transport root
	observer *observer
}

func newRealSwarm(t *testing.T, cfg compute.Config, genesis swarm.Root) *realSwarm {
	s := &realSwarm{t: t, cfg: cfg, comps: map[*swarmtest.Node]*roundcompute.Compute{},
		Swarm: swarmtest.NewSwarm(t, roundcompute.Schedule(cfg, time.Unix(2_000_000, 0)), genesis,
			swarmtest.WithVerifiers(cfg.Verifiers)),
		seen: map[uint64][]*wire.Update{}, authors: map[*wire.Update]common.Address{}, notices: map[uint64]*wire.Notice{},
		rollouts: map[uint64]map[swarm.Root]int{}, blobs: map[swarm.Root][]byte{}}
	s.OnPublished = s.published
	return s
}

// addPeer starts a node with real compute and an engine; wrap, if not nil, wraps the
// compute (an adversary), serve filters what the node serves.
func (s *realSwarm) addPeer(serve func(*swarmtest.Node) blob.Store, wrap func(*roundcompute.Compute) round.Compute) *swarmtest.Node {
	n := s.AddNode(serve)
	c := s.newCompute(n)
	var rc round.Compute = c
	if wrap != nil {
		rc = wrap(c)
	}
	s.AddEngine(n, rc, round.WithSAPO(s.cfg.L, s.cfg.E))
	return n
}

// newCompute returns n's compute.
func (s *realSwarm) newCompute(n *swarmtest.Node) *roundcompute.Compute {
	c, err := roundcompute.New(s.cfg, swarmtest.Run, n.ID.Address, repops.MustEngine())
	if err != nil {
		s.t.Fatal(err)
	}
	s.comps[n] = c
	return c
}

// published records what n published and starts the observer's fetch of an update.
func (s *realSwarm) published(n *swarmtest.Node, m wire.Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keep := func(root swarm.Root) {
		if b, ok := n.Store.Get(root); ok {
			s.blobs[root] = b
		}
	}
	switch m := m.(type) {
	case *wire.Update:
		s.seen[m.Round] = append(s.seen[m.Round], m)
		s.authors[m] = n.ID.Address
		keep(m.UpdateBlob)
		if s.observer != nil {
			s.Hold()
			go s.fetchAll(m)
		}
	case *wire.Notice:
		s.notices[m.Round] = m
		keep(m.Blob)
	case *wire.Rollout:
		if s.rollouts[m.Round] == nil {
			s.rollouts[m.Round] = map[swarm.Root]int{}
		}
		s.rollouts[m.Round][m.PayloadRoot]++
	}
}

// blob returns an announced blob the swarm copied.
func (s *realSwarm) blob(root swarm.Root) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.blobs[root]
	if !ok {
		s.t.Fatalf("blob %s was never announced", root.Short())
	}
	return b
}

// observer is a peer that takes no part in the rounds, and fetches over the blob protocol
// every contribution's inputs (θ_r, the manifest, the payloads) and its update as soon as
// they are announced.
type observer struct {
	n      *swarmtest.Node
	comp   *roundcompute.Compute
	client *blob.Client
	ctx    context.Context
	models map[uint64][]byte // θ_round's blob
	got    map[*wire.Update]fetched
	err    error // the first failed fetch
}

// fetched is one contribution's data as the observer fetched it.
type fetched struct {
	batch  [][]byte
	update []byte
}

// addObserver adds the observer node; θ_0 is model0.
func (s *realSwarm) addObserver(ctx context.Context, model0 []byte) *observer {
	n := s.AddNode(nil)
	cl, err := blob.NewClient(n.Host, blob.WithClientLogger(swarmtest.QuietLogger(s.t)))
	if err != nil {
		s.t.Fatal(err)
	}
	s.observer = &observer{n: n, comp: s.newCompute(n), client: cl, ctx: ctx,
		models: map[uint64][]byte{0: model0}, got: map[*wire.Update]fetched{}}
	return s.observer
}

// fetchAll fetches what u announces (and θ of its round, by the round's notice), then
// releases the clock. Called on its own goroutine.
func (s *realSwarm) fetchAll(u *wire.Update) {
	defer s.Release()
	o := s.observer
	var providers []peer.ID
	for _, n := range s.Nodes() {
		if n != o.n {
			providers = append(providers, n.Host.ID())
		}
	}
	if err := s.fetchInto(o, u, providers); err != nil {
		s.mu.Lock()
		if o.err == nil {
			o.err = err
		}
		s.mu.Unlock()
	}
}

func (s *realSwarm) fetchInto(o *observer, u *wire.Update, providers []peer.ID) error {
	s.mu.Lock()
	_, haveModel := o.models[u.Round]
	notice := s.notices[u.Round]
	s.mu.Unlock()
	if !haveModel {
		if notice == nil {
			return fmt.Errorf("no notice announced θ_%d", u.Round)
		}
		m, err := o.client.Fetch(o.ctx, notice.Blob, providers)
		if err != nil {
			return err
		}
		s.mu.Lock()
		o.models[u.Round] = m
		s.mu.Unlock()
	}
	mb, err := o.client.Fetch(o.ctx, u.Manifest, providers)
	if err != nil {
		return err
	}
	entries, err := round.DecodeManifest(mb)
	if err != nil {
		return err
	}
	f := fetched{batch: make([][]byte, len(entries))}
	for i, e := range entries {
		if f.batch[i], err = o.client.Fetch(o.ctx, e.PayloadRoot, providers); err != nil {
			return err
		}
	}
	if f.update, err = o.client.Fetch(o.ctx, u.UpdateBlob, providers); err != nil {
		return err
	}
	s.mu.Lock()
	o.got[u] = f
	s.mu.Unlock()
	return nil
}
