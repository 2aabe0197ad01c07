package gossip_test

import (
	"context"
	"slices"
	"testing"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// timeline is a schedule read on the wall clock.
type timeline struct {
	sched swarm.Schedule
	clock swarm.Clock
}

// chain returns an in-memory chain on the timeline, used here as the run's registry.
func (tl timeline) chain() *swarmtest.Chain {
	return swarmtest.NewChain(swarmtest.Run, tl.sched, tl.clock, swarm.Root{1})
}

// testClock is a timeline whose current round is 5 for the next half hour and more.
func testClock(t testing.TB) timeline {
	s := swarm.Schedule{Start: time.Now().Add(-5*time.Hour - 20*time.Minute), Round: time.Hour,
		Rollouts: time.Minute, Critiques: 2 * time.Minute, Commit: 3 * time.Minute, Verify: time.Minute,
		Dispute: time.Minute, DisputeDuration: time.Minute}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	return timeline{s, swarm.SystemClock{}}
}

const testRound = 5

type node struct {
	id swarmtest.Identity
	h  *host.Host
	g  *gossip.Gossip
}

// newNodes starts n registered gossip nodes, each connected to its next `degree` neighbours
// on a ring, so messages need several hops. Each pair gets one connection: the DHT runs in
// client mode (in server mode its own dials race the ring's and open a second connection in
// the other direction) and each dial names one TCP address, because go-libp2p-pubsub v0.16
// can lose a peer's subscriptions for good when one of two connections closes
// (docs/SWARM.md); a topic then lists "10 of 11 peers".
func newNodes(t testing.TB, n, degree int, chain *swarmtest.Chain, clock timeline, opts ...host.Option) []*node {
	t.Helper()
	var ns []*node
	for i := 0; i < n; i++ {
		id := swarmtest.NewIdentity(t)
		chain.Register(id.Address)
		h := swarmtest.NewHost(t, id, append([]host.Option{host.WithDHTMode(dht.ModeClient)}, opts...)...)
		g, err := gossip.New(h, swarmtest.Run, chain, clock.sched, clock.clock,
			gossip.WithHeartbeat(testHeartbeat), gossip.WithRawTracer(&dropTracer{t: t}),
			gossip.WithScoreInspectInterval(50*time.Millisecond),
			gossip.WithLogger(swarmtest.Logger(t)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = g.Close() })
		ns = append(ns, &node{id: id, h: h, g: g})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for i := range ns {
		for d := 1; d <= degree && d < n; d++ {
			j := (i + d) % n
			if err := ns[i].h.Connect(ctx, tcpInfo(t, ns[j].h)); err != nil {
				t.Fatal(err)
			}
		}
	}
	return ns
}

// tcpInfo is h's peer ID with one TCP address.
func tcpInfo(t testing.TB, h *host.Host) peer.AddrInfo {
	t.Helper()
	for _, a := range h.Addrs() {
		if _, err := a.ValueForProtocol(ma.P_TCP); err == nil {
			return peer.AddrInfo{ID: h.ID(), Addrs: []ma.Multiaddr{a}}
		}
	}
	t.Fatalf("host %s has no TCP address", h.ID())
	return peer.AddrInfo{}
}

// waitTopicPeers waits until every node sees every connected peer subscribed to the topics
// of kinds (all kinds if none given).
func waitTopicPeers(t testing.TB, ns []*node, kinds ...wire.Kind) {
	t.Helper()
	if len(kinds) == 0 {
		kinds = wire.Kinds
	}
	deadline := time.Now().Add(2 * time.Minute)
	for _, nd := range ns {
		for _, k := range kinds {
			for {
				conns := nd.h.Network().Peers()
				tp := nd.g.ListPeers(k)
				ok := true
				for _, p := range conns {
					if !slices.Contains(tp, p) {
						ok = false
					}
				}
				if ok {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("topic %s: %d of %d peers subscribed", k, len(tp), len(conns))
				}
				time.Sleep(20 * time.Millisecond)
			}
		}
	}
	// Subscriptions are known; give the routers a few heartbeats to graft their meshes, so
	// that delivery does not hinge on the short gossip window of a mesh still forming.
	time.Sleep(20 * testHeartbeat)
}

const testHeartbeat = 100 * time.Millisecond

func hostBandwidth(c *metrics.BandwidthCounter) host.Option { return host.WithBandwidthReporter(c) }

// rollout returns a valid rollout with payload p.
func rollout(round uint64, index uint32, p []byte) *wire.Rollout {
	return &wire.Rollout{V: wire.Version, Run: swarmtest.Run, Round: round, Group: index,
		PayloadRoot: swarm.RootOf(p), Payload: p}
}
