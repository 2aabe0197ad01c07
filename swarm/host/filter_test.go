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

// TestPeerFilter: a host with WithPeerFilter never holds a connection to a peer the filter
// refuses, whoever dials, and still connects to the others; with WithLoopbackOnly as well,
// the loopback rule keeps working.
func TestPeerFilter(t *testing.T) {
	outsider := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	friend := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	h := swarmtest.NewHost(t, swarmtest.NewIdentity(t), host.WithPeerFilter(func(p peer.ID) bool { return p != outsider.ID() }))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
	defer cancel()
	info := func(x *host.Host) peer.AddrInfo { return peer.AddrInfo{ID: x.ID(), Addrs: x.Addrs()} }
	if err := h.Connect(ctx, info(outsider)); err == nil {
		t.Fatal("the host dialed a refused peer")
	}
	_ = outsider.Connect(ctx, info(h)) // the handshake may finish on the dialer's side before h refuses
	if h.Network().Connectedness(outsider.ID()) == network.Connected || len(h.Network().ConnsToPeer(outsider.ID())) > 0 {
		t.Fatal("the host holds a connection the refused peer dialed")
	}
	if err := h.Connect(ctx, info(friend)); err != nil {
		t.Fatalf("dial an allowed peer: %v", err)
	}
	if err := friend.Connect(ctx, info(h)); err != nil || h.Network().Connectedness(friend.ID()) != network.Connected {
		t.Fatalf("an allowed peer: %v, connectedness %v", err, h.Network().Connectedness(friend.ID()))
	}
	if _, err := host.New(swarmtest.NewIdentity(t).Key, host.WithPeerFilter(nil)); err == nil {
		t.Fatal("a nil peer filter was accepted")
	}
}
