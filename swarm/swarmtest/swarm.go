package swarmtest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// Swarm is a multi-peer round test: real libp2p hosts on loopback, each with gossip, a blob
// store and server and optionally a round engine, around one in-memory Chain and one
// ChainClock moved by a Driver. The clock moves only when every running engine waits on it,
// every gossiped message has reached every running engine and no Hold is outstanding, so
// what the engines see does not depend on machine speed or load.
type Swarm struct {
	t      testing.TB
	Sched  swarm.Schedule
	Clock  *swarm.ChainClock
	Driver *Driver
	Chain  *Chain
	// OnPublished, if set before Play, is called after an engine published m (before the
	// driver re-checks readiness); it may call Hold.
	OnPublished func(n *Node, m wire.Message)

	mu    sync.Mutex
	nodes []*Node
	extra int // messages published by nodes without an engine
	holds int
}

// Node is one host with its gossip, blob store and server, and (after AddEngine) an engine.
type Node struct {
	ID     Identity
	Host   *host.Host
	Gossip *gossip.Gossip
	Store  *blob.MemStore
	Engine *round.Engine

	// guarded by Swarm.mu
	results             map[uint64]round.Result
	published, received int
	running             bool
}

// NewSwarm returns an empty swarm whose chain follows sched (which must pass Check) with
// θ_0's model root genesis. The clock starts a second before round 0.
func NewSwarm(t testing.TB, sched swarm.Schedule, genesis swarm.Root, opts ...ChainOption) *Swarm {
	t.Helper()
	if err := sched.Check(); err != nil {
		t.Fatal(err)
	}
	clock := swarm.NewChainClock(sched.Start.Add(-time.Second))
	return &Swarm{t: t, Sched: sched, Clock: clock, Driver: NewDriver(clock),
		Chain: NewChain(Run, sched, clock, genesis, opts...)}
}

// Nodes returns the swarm's nodes in the order they were added.
func (s *Swarm) Nodes() []*Node {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*Node(nil), s.nodes...)
}

// AddNode starts a host registered on the chain, with gossip and a blob server. serve filters
// what the server hands out (nil: everything in the node's store). The i-th node's key is
// IdentityOf("node i"), the same on every run.
func (s *Swarm) AddNode(serve func(*Node) blob.Store) *Node {
	t := s.t
	t.Helper()
	s.mu.Lock()
	id := IdentityOf(t, fmt.Sprintf("node %d", len(s.nodes)))
	s.mu.Unlock()
	s.Chain.Register(id.Address)
	// DHT client mode: no host then speaks the DHT protocol, so no routing table fills and no
	// DHT dials a peer; Connect makes the only connection of each pair (see Connect).
	n := &Node{ID: id, Host: NewHost(t, id, host.WithDHTMode(dht.ModeClient)), Store: blob.NewMemStore(),
		results: map[uint64]round.Result{}}
	// A validation that outlasts its timeout is dropped, and the clock would wait for that
	// message forever: on a starved machine validation may take long, so allow it a minute.
	g, err := gossip.New(n.Host, Run, s.Chain, s.Sched, s.Clock, gossip.WithHeartbeat(100*time.Millisecond),
		gossip.WithValidatorTimeout(time.Minute), gossip.WithLogger(QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = g.Close() })
	n.Gossip = g
	var st blob.Store = n.Store
	if serve != nil {
		st = serve(n)
	}
	srv, err := blob.NewServer(n.Host, st, blob.WithServerLogger(QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	s.mu.Lock()
	s.nodes = append(s.nodes, n)
	s.mu.Unlock()
	return n
}

// AddEngine gives n an engine with compute c. The swarm installs its own hooks (results,
// message counts); opts come after them.
func (s *Swarm) AddEngine(n *Node, c round.Compute, opts ...round.Option) {
	t := s.t
	t.Helper()
	cl, err := blob.NewClient(n.Host, blob.WithClientLogger(QuietLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	hooks := round.Hooks{
		Round: func(r round.Result) {
			s.mu.Lock()
			n.results[r.Round] = r
			s.mu.Unlock()
		},
		Published: func(m wire.Message) {
			s.mu.Lock()
			n.published++
			s.mu.Unlock()
			if s.OnPublished != nil {
				s.OnPublished(n, m)
			}
			s.Driver.Kick()
		},
		Received: func(r gossip.Received) {
			if r.Author == n.ID.Address {
				return
			}
			s.mu.Lock()
			n.received++
			s.mu.Unlock()
			s.Driver.Kick()
		},
	}
	e, err := round.New(Run, round.Deps{Host: n.Host, Gossip: n.Gossip, Store: n.Store, Blobs: cl,
		Chain: s.Chain.As(n.ID.Address), Schedule: s.Sched, Clock: s.Clock, Compute: c},
		append([]round.Option{round.WithLogger(Logger(t)), round.WithHooks(hooks)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	n.Engine = e
}

// Connect connects every pair of hosts with exactly one connection (over TCP), checks that
// no pair has a second one, and waits until every router knows every other peer in every
// topic of the run.
//
// One connection matters: with two connections between a pair, one opened by each side at
// the same time (the DHT in server mode dialed peers it learned from others' routing tables
// while the test connected them), go-libp2p-pubsub v0.16 could lose one peer from the
// other's topic lists for good, and AwaitPeers then waited until the test's guard (seen
// under load: "await peers of rollout (1 of 7 missing)", with one inbound TCP and one
// outbound QUIC connection to the missing peer).
func (s *Swarm) Connect(ctx context.Context) {
	t := s.t
	t.Helper()
	nodes := s.Nodes()
	hs := make([]*host.Host, len(nodes))
	for i, n := range nodes {
		hs[i] = n.Host
	}
	ConnectOnce(t, hs)
	for _, n := range nodes {
		var others []peer.ID
		for _, m := range nodes {
			if m == n {
				continue
			}
			others = append(others, m.Host.ID())
			if cs := n.Host.Network().ConnsToPeer(m.Host.ID()); len(cs) != 1 {
				t.Fatalf("%s has %d connections to %s, want 1", n.Host.ID(), len(cs), m.Host.ID())
			}
		}
		if err := n.Gossip.AwaitPeers(ctx, others); err != nil {
			t.Fatal(s.describeMissing(n, others, err))
		}
	}
}

// describeMissing says, for an AwaitPeers failure, which peers n's router does not list in
// which topic and over which connections n reaches them.
func (s *Swarm) describeMissing(n *Node, want []peer.ID, err error) error {
	msg := err.Error()
	for _, k := range wire.Kinds {
		listed := map[peer.ID]bool{}
		for _, p := range n.Gossip.ListPeers(k) {
			listed[p] = true
		}
		for _, p := range want {
			if listed[p] {
				continue
			}
			var conns []string
			for _, c := range n.Host.Network().ConnsToPeer(p) {
				conns = append(conns, fmt.Sprintf("%s (%s)", c.RemoteMultiaddr(), c.Stat().Direction))
			}
			msg += fmt.Sprintf("; %s: %s not listed, connections %v", k, p, conns)
		}
	}
	return fmt.Errorf("%s", msg)
}
