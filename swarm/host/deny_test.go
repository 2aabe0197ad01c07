package host_test

import (
	"context"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

func p2pAddrs(h *host.Host) []string {
	var out []string
	for _, a := range h.P2PAddrs() {
		out = append(out, a.String())
	}
	return out
}

func connected(a, b *host.Host) bool {
	return a.Network().Connectedness(b.ID()) == network.Connected
}

// TestSetDenied splits three hosts as a partition does and heals them: SetDenied closes open
// connections to denied peers, the gater refuses them whoever dials, the others stay
// connected; on heal the side that heals last redials (bootstrap peers and peers that left
// its list) and every pair is connected again when SetDenied returns.
func TestSetDenied(t *testing.T) {
	b := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	c := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	a := swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithBootstrap(append(p2pAddrs(b), p2pAddrs(c)...)...))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
	defer cancel()
	if err := a.Bootstrap(ctx); err != nil {
		t.Fatal(err)
	}
	if !connected(a, b) || !connected(a, c) {
		t.Fatal("bootstrap did not connect a to b and c")
	}

	// Partition {a, c} | {b}: each side denies the other.
	res := a.SetDenied(ctx, []peer.ID{b.ID()})
	if res.Denied != 1 || res.Closed != 1 || res.Redialed != 0 {
		t.Fatalf("a denies b: %+v, want denied 1, closed 1, redialed 0", res)
	}
	// b may or may not have seen a's close yet: Closed is 0 or 1, either way it ends closed.
	if res := b.SetDenied(ctx, []peer.ID{a.ID(), a.ID()}); res.Denied != 1 || res.Closed > 1 {
		t.Fatalf("b denies a: %+v, want denied 1, closed at most 1", res)
	}
	if connected(a, b) || len(b.Network().ConnsToPeer(a.ID())) > 0 {
		t.Fatal("a and b still connected after each denied the other")
	}
	if !connected(a, c) {
		t.Fatal("a lost c, which nobody denied")
	}
	if err := b.Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: a.Addrs()}); err == nil {
		t.Fatal("b dialed a peer on its deny list")
	}
	if got := a.Denied(); len(got) != 1 || got[0] != b.ID() {
		t.Fatalf("a.Denied() = %v, want [%s]", got, b.ID())
	}

	// Heal: a first (its redial of b is refused by b), then b (its redial of a succeeds).
	// (a's dial may even report success: its handshake can finish before b refuses it.)
	if res := a.SetDenied(ctx, nil); res.Denied != 0 || res.Redialed != 1 {
		t.Fatalf("a heals first: %+v, want redialed 1 (b)", res)
	}
	if len(b.Network().ConnsToPeer(a.ID())) > 0 {
		t.Fatal("b holds a connection from a, which it still denies")
	}
	if res := b.SetDenied(ctx, nil); res.Redialed != 1 || res.Reconnected != 1 {
		t.Fatalf("b heals last: %+v, want redialed 1 (a, which left its list), reconnected 1", res)
	}
	if !connected(a, b) || !connected(b, a) {
		t.Fatal("a and b not connected after both healed")
	}
}

// TestWithDenied: a host started with a deny list refuses those peers from the start, and
// its bootstrap skips them.
func TestWithDenied(t *testing.T) {
	b := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	c := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	a := swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithDenied(b.ID()),
		host.WithBootstrap(append(p2pAddrs(b), p2pAddrs(c)...)...))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
	defer cancel()
	if err := a.Bootstrap(ctx); err != nil {
		t.Fatal(err)
	}
	if connected(a, b) || !connected(a, c) {
		t.Fatalf("a started denying b: connected to b %v (want false), to c %v (want true)", connected(a, b), connected(a, c))
	}
	if _, err := host.New(swarmtest.NewIdentity(t).Key, host.WithDenied("")); err == nil {
		t.Fatal("an empty peer ID in the deny list was accepted")
	}
}

// TestRedialBootstrap: a host whose bootstrap peer dropped every connection dials it again
// on its next discovery tick (the waits are on the network's notifications).
func TestRedialBootstrap(t *testing.T) {
	b := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	a := swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithBootstrap(p2pAddrs(b)...),
		host.WithDiscoveryInterval(50*time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
	defer cancel()
	if err := a.Bootstrap(ctx); err != nil {
		t.Fatal(err)
	}
	events := make(chan bool, 64) // true: a connection to b opened, false: one closed
	a.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) {
			if c.RemotePeer() == b.ID() {
				events <- true
			}
		},
		DisconnectedF: func(_ network.Network, c network.Conn) {
			if c.RemotePeer() == b.ID() {
				events <- false
			}
		},
	})
	if err := b.Network().ClosePeer(a.ID()); err != nil {
		t.Fatal(err)
	}
	started := false
	for {
		select {
		case <-ctx.Done():
			t.Fatalf("a never redialed its bootstrap peer b (discovery started: %v)", started)
		case up := <-events:
			switch {
			case !started && !up && !connected(a, b):
				a.StartDiscovery() // a saw b go: from now on only its redial brings b back
				started = true
			case started && up:
				return
			}
		}
	}
}
