package gossip_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/metrics"

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
// on a ring, so messages need several hops.
func newNodes(t testing.TB, n, degree int, chain *swarmtest.Chain, clock timeline, opts ...host.Option) []*node {
	t.Helper()
	var ns []*node
	for i := 0; i < n; i++ {
		id := swarmtest.NewIdentity(t)
		chain.Register(id.Address)
		h := swarmtest.NewHost(t, id, opts...)
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
			if err := ns[i].h.Connect(ctx, ns[j].h.AddrInfo()); err != nil {
				t.Fatal(err)
			}
		}
	}
	return ns
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
