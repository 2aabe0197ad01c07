package gossip_test

import (
	"context"
	"encoding/binary"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/metrics"

	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// BenchmarkPropagation16 measures gossip on 16 hosts over loopback, each connected to 8
// others, with production GossipSub parameters (1s heartbeat). One iteration is a "round" in
// which every host publishes one 1 KiB rollout and waits until all 16 hosts have delivered all
// 16 rollouts. Reported: publish-to-delivery latency p50/p99 over all (sender, receiver)
// pairs, and bytes each host sent per round (all libp2p traffic, from a BandwidthCounter).
func BenchmarkPropagation16(b *testing.B) {
	const n = 16
	clock := testClock(b)
	chain := clock.chain()
	var ns []*node
	bw := make([]*metrics.BandwidthCounter, n)
	for i := 0; i < n; i++ {
		id := swarmtest.NewIdentity(b)
		chain.Register(id.Address)
		bw[i] = metrics.NewBandwidthCounter()
		h := swarmtest.NewHost(b, id, hostBandwidth(bw[i]))
		g, err := gossip.New(h, swarmtest.Run, chain, clock.sched, clock.clock, gossip.WithLogger(swarmtest.QuietLogger(b)), benchHeartbeat())
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = g.Close() })
		ns = append(ns, &node{id: id, h: h, g: g})
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i := range ns {
		for d := 1; d <= 4; d++ {
			if err := ns[i].h.Connect(ctx, ns[(i+d)%n].h.AddrInfo()); err != nil {
				b.Fatal(err)
			}
		}
	}

	var mu sync.Mutex
	var lat []time.Duration
	got := make(chan struct{}, n*n*4)
	var wg sync.WaitGroup
	for _, nd := range ns {
		sub, err := nd.g.Subscribe(wire.KindRollout, 1024)
		if err != nil {
			b.Fatal(err)
		}
		wg.Add(1)
		go func(self string) {
			defer wg.Done()
			defer sub.Cancel()
			for {
				r, err := sub.Next(ctx)
				if err != nil {
					return
				}
				now := time.Now()
				sent := int64(binary.BigEndian.Uint64(r.Msg.(*wire.Rollout).Payload))
				if r.Author.Hex() != self {
					mu.Lock()
					lat = append(lat, now.Sub(time.Unix(0, sent)))
					mu.Unlock()
				}
				got <- struct{}{}
			}
		}(nd.id.Address.Hex())
	}
	waitTopicPeers(b, ns, wire.KindRollout)
	time.Sleep(3 * time.Second) // let the meshes settle over a few heartbeats

	settle := func() int64 { // flow meters are swept once a second
		time.Sleep(1200 * time.Millisecond)
		var out int64
		for _, c := range bw {
			out += c.GetBandwidthTotals().TotalOut
		}
		return out
	}
	before := settle()
	b.ResetTimer()
	start := time.Now()
	for it := 0; it < b.N; it++ {
		for _, nd := range ns {
			p := make([]byte, 1024)
			binary.BigEndian.PutUint64(p, uint64(time.Now().UnixNano()))
			copy(p[8:], nd.id.Address[:])
			binary.BigEndian.PutUint32(p[28:], uint32(it))
			if err := nd.g.Publish(ctx, rollout(testRound, uint32(it), p)); err != nil {
				b.Fatal(err)
			}
		}
		for k := 0; k < n*n; k++ {
			<-got
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	after := settle()
	cancel()
	wg.Wait()

	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(q float64) float64 {
		return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	// Bytes include the meshes' heartbeat traffic during the run (the 1.2s settle waits are
	// outside it only approximately), so they are an upper bound per round.
	b.ReportMetric(float64(after-before)/float64(n)/float64(b.N), "bytes-sent/node/round")
	b.ReportMetric(float64(elapsed.Milliseconds())/float64(b.N), "ms/round")
}

func benchHeartbeat() gossip.Option {
	if d, err := time.ParseDuration(os.Getenv("HB")); err == nil {
		return gossip.WithHeartbeat(d)
	}
	return gossip.WithHeartbeat(time.Second)
}
