package gossip_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// TestSmallSwarmDeliversAtOnce: 2, 3 and 4 fully connected hosts each publish one rollout
// as soon as AwaitPeers returns, and every host receives every other's. The heartbeat is an
// hour, so the meshes are whatever the first heartbeat made of them: a message sent only to
// the mesh is lost when the mesh formed after the publication (with at most D peers every
// peer is then in the mesh, so no gossip ever repairs it). This is how 4-host swarms lost
// every round-0 message before publications were flooded to all topic peers.
func TestSmallSwarmDeliversAtOnce(t *testing.T) {
	for n := 2; n <= 4; n++ {
		t.Run(fmt.Sprintf("%d hosts", n), func(t *testing.T) { smallSwarm(t, n) })
	}
}

func smallSwarm(t *testing.T, n int) {
	clock := testClock(t)
	chain := clock.chain()
	var ns []*node
	var hs []*host.Host
	for range n {
		id := swarmtest.NewIdentity(t)
		chain.Register(id.Address)
		h := swarmtest.NewHost(t, id)
		g, err := gossip.New(h, swarmtest.Run, chain, clock.sched, clock.clock,
			gossip.WithHeartbeat(time.Hour), gossip.WithRawTracer(&dropTracer{t: t}),
			gossip.WithLogger(swarmtest.Logger(t)))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = g.Close() })
		ns = append(ns, &node{id: id, h: h, g: g})
		hs = append(hs, h)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // a hang guard only
	defer cancel()
	subs := make([]*gossip.Subscription, n)
	for i, nd := range ns {
		s, err := nd.g.Subscribe(wire.KindRollout, 16)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Cancel()
		subs[i] = s
	}
	swarmtest.Connect(t, hs)
	for i, nd := range ns {
		var others []peer.ID
		for j, m := range ns {
			if j != i {
				others = append(others, m.h.ID())
			}
		}
		if err := nd.g.AwaitPeers(ctx, others); err != nil {
			t.Fatal(err)
		}
	}
	for i, nd := range ns {
		if err := nd.g.Publish(ctx, rollout(testRound, 0, fmt.Appendf(nil, "host %d", i))); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := map[peer.ID]bool{}
			for len(got) < n-1 {
				r, err := s.Next(ctx)
				if err != nil {
					t.Errorf("host %d received %d of the %d others' rollouts: %v", i, len(got), n-1, err)
					return
				}
				if r.From != ns[i].h.ID() {
					got[r.From] = true
				}
			}
		}()
	}
	wg.Wait()
}
