package host_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

func TestIdentityIsEthAddress(t *testing.T) {
	id := swarmtest.NewIdentity(t)
	h := swarmtest.NewHost(t, id)
	got, err := swarm.AddressOf(h.ID())
	if err != nil {
		t.Fatal(err)
	}
	if got != id.Address {
		t.Fatalf("host address %s, want %s", got, id.Address)
	}
}

// TestDHTDiscovery starts 8 hosts that know only the first one; the run-scoped DHT must
// introduce them to each other.
func TestDHTDiscovery(t *testing.T) {
	const n = 8
	boot := swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithDiscoveryInterval(200*time.Millisecond))
	hs := []*host.Host{boot}
	for i := 1; i < n; i++ {
		var addrs []string
		for _, a := range boot.P2PAddrs() {
			addrs = append(addrs, a.String())
		}
		hs = append(hs, swarmtest.NewHost(t, swarmtest.NewIdentity(t),
			host.WithBootstrap(addrs...), host.WithDiscoveryInterval(200*time.Millisecond)))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for _, h := range hs {
		if err := h.Bootstrap(ctx); err != nil {
			t.Fatal(err)
		}
		h.StartDiscovery()
	}
	for i, h := range hs {
		for j, o := range hs {
			if i == j {
				continue
			}
			for h.Network().Connectedness(o.ID()) != network.Connected {
				select {
				case <-ctx.Done():
					t.Fatalf("host %d never discovered host %d (peers: %d)", i, j, len(h.Network().Peers()))
				case <-time.After(50 * time.Millisecond):
				}
			}
		}
	}
	for i, h := range hs {
		if r := h.RefusedDials(); r != 0 {
			t.Errorf("host %d: %d dials outside loopback refused, want 0", i, r)
		}
	}
}

// TestNATTraversalStaysLocal runs hosts with AutoNAT, relay and hole punching on; nothing may
// try to dial off the machine.
func TestNATTraversalStaysLocal(t *testing.T) {
	var hs []*host.Host
	for i := 0; i < 3; i++ {
		hs = append(hs, swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithNATTraversal(true)))
	}
	swarmtest.Connect(t, hs)
	// Let identify and AutoNAT exchange their probes.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, h := range hs {
		if err := h.Bootstrap(ctx); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(500 * time.Millisecond)
	for i, h := range hs {
		if r := h.RefusedDials(); r != 0 {
			t.Errorf("host %d: %d dials outside loopback refused, want 0", i, r)
		}
		if got := len(h.Network().Peers()); got != len(hs)-1 {
			t.Errorf("host %d has %d peers, want %d", i, got, len(hs)-1)
		}
	}
}

func TestBootstrapUnreachable(t *testing.T) {
	other := swarmtest.NewIdentity(t)
	oh := swarmtest.NewHost(t, other)
	addr := oh.P2PAddrs()[0].String()
	_ = oh.Close()
	h := swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithBootstrap(addr))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := h.Bootstrap(ctx)
	if err == nil || !strings.Contains(err.Error(), "cannot reach any bootstrap peer (1 tried)") {
		t.Fatalf("got %v, want the unreachable-bootstrap error", err)
	}
}

func TestOptionErrors(t *testing.T) {
	id := swarmtest.NewIdentity(t)
	for _, o := range []host.Option{
		host.WithListen("not a multiaddr"),
		host.WithBootstrap("/ip4/127.0.0.1/tcp/1"), // no /p2p part
		host.WithConnLimits(10, 5),
		host.WithDiscoveryInterval(0),
	} {
		if _, err := host.New(id.Key, o); err == nil {
			t.Error("bad option accepted")
		}
	}
}
