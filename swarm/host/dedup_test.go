package host

import (
	"bytes"
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/crypto"
	lhost "github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// barrier holds every inbound connection at the security handshake until both hosts have
// started their own dial, so neither dial can find the other's connection and reuse it:
// the two hosts end up with one connection in each direction, every time.
type barrier struct {
	dialing atomic.Int32
	both    chan struct{}
	once    sync.Once
}

func (b *barrier) InterceptPeerDial(peer.ID) bool {
	if b.dialing.Add(1) == 2 {
		b.once.Do(func() { close(b.both) })
	}
	return true
}
func (b *barrier) InterceptAddrDial(peer.ID, ma.Multiaddr) bool                    { return true }
func (b *barrier) InterceptAccept(network.ConnMultiaddrs) bool                     { return true }
func (b *barrier) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
func (b *barrier) InterceptSecured(d network.Direction, _ peer.ID, _ network.ConnMultiaddrs) bool {
	if d == network.DirInbound {
		select {
		case <-b.both:
		case <-time.After(time.Minute): // a guard against a hang, never a timing
		}
	}
	return true
}

// duplicatePair returns two TCP-only loopback hosts that dialed each other at once and hold
// two connections, with duplicate pruning installed on both and gossipsub (flood publish)
// started on both, and the largest number of connections either side saw to the other.
func duplicatePair(t *testing.T) (hs [2]lhost.Host, ps [2]*pubsub.PubSub, seen *atomic.Int32) {
	t.Helper()
	b := &barrier{both: make(chan struct{})}
	seen = new(atomic.Int32)
	var wg sync.WaitGroup
	t.Cleanup(wg.Wait)
	spawn := func(f func()) { wg.Add(1); go func() { defer wg.Done(); f() }() }
	for i := range hs {
		sk, _, err := crypto.GenerateSecp256k1Key(nil)
		if err != nil {
			t.Fatal(err)
		}
		h, err := libp2p.New(libp2p.Identity(sk), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"),
			libp2p.ConnectionGater(b), libp2p.DisableRelay(), libp2p.DisableMetrics())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = h.Close() })
		h.Network().Notify(&network.NotifyBundle{ConnectedF: func(n network.Network, c network.Conn) {
			k := int32(len(n.ConnsToPeer(c.RemotePeer())))
			for {
				old := seen.Load()
				if k <= old || seen.CompareAndSwap(old, k) {
					break
				}
			}
		}})
		watchDuplicates(h, spawn, slog.Default())
		pctx, stop := context.WithCancel(context.Background())
		t.Cleanup(stop)
		g, err := pubsub.NewGossipSub(pctx, h, pubsub.WithFloodPublish(true))
		if err != nil {
			t.Fatal(err)
		}
		hs[i], ps[i] = h, g
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var dials sync.WaitGroup
	errs := make([]error, 2)
	for i := range hs {
		o := hs[1-i]
		dials.Add(1)
		go func() {
			defer dials.Done()
			errs[i] = hs[i].Connect(ctx, peer.AddrInfo{ID: o.ID(), Addrs: o.Addrs()})
		}()
	}
	dials.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return hs, ps, seen
}

// TestDuplicateConnectionsArePruned: after a simultaneous dial both hosts keep exactly one
// connection, the same one (dialed by the smaller peer ID), and gossip still flows both ways.
func TestDuplicateConnectionsArePruned(t *testing.T) {
	hs, ps, seen := duplicatePair(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for i, h := range hs {
		for len(h.Network().ConnsToPeer(hs[1-i].ID())) != 1 {
			select {
			case <-ctx.Done():
				t.Fatalf("host %d still has %d connections to the other", i, len(h.Network().ConnsToPeer(hs[1-i].ID())))
			case <-time.After(10 * time.Millisecond): // polling a state libp2p does not signal
			}
		}
	}
	if seen.Load() != 2 {
		t.Fatalf("the hosts never held two connections (max %d): the test did not make a duplicate", seen.Load())
	}
	small := 0
	if bytes.Compare([]byte(hs[1].ID()), []byte(hs[0].ID())) < 0 {
		small = 1
	}
	c := hs[small].Network().ConnsToPeer(hs[1-small].ID())[0]
	if c.Stat().Direction != network.DirOutbound {
		t.Fatalf("the smaller peer kept a connection it did not dial")
	}
	o := hs[1-small].Network().ConnsToPeer(hs[small].ID())[0]
	if !c.LocalMultiaddr().Equal(o.RemoteMultiaddr()) || !c.RemoteMultiaddr().Equal(o.LocalMultiaddr()) {
		t.Fatalf("the hosts kept different connections: %s→%s and %s→%s",
			c.LocalMultiaddr(), c.RemoteMultiaddr(), o.LocalMultiaddr(), o.RemoteMultiaddr())
	}

	var topics [2]*pubsub.Topic
	var subs [2]*pubsub.Subscription
	for i, p := range ps {
		tp, err := p.Join("dedup")
		if err != nil {
			t.Fatal(err)
		}
		s, err := tp.Subscribe()
		if err != nil {
			t.Fatal(err)
		}
		topics[i], subs[i] = tp, s
		t.Cleanup(func() { s.Cancel(); _ = tp.Close() })
	}
	for i := range ps {
		for len(topics[i].ListPeers()) != 1 {
			select {
			case <-ctx.Done():
				t.Fatalf("host %d never saw the other in the topic after the duplicate was closed", i)
			case <-time.After(10 * time.Millisecond): // pubsub has no event for a peer joining a topic
			}
		}
	}
	for i := range ps {
		msg := []byte{byte('a' + i)}
		if err := topics[i].Publish(ctx, msg); err != nil {
			t.Fatal(err)
		}
		for {
			m, err := subs[1-i].Next(ctx)
			if err != nil {
				t.Fatalf("host %d's message never reached host %d: %v", i, 1-i, err)
			}
			if m.ReceivedFrom == hs[i].ID() && bytes.Equal(m.Data, msg) {
				break
			}
		}
	}
}

// TestPruneKeepsALoneConnection: one connection is never closed.
func TestPruneKeepsALoneConnection(t *testing.T) {
	hs, _, _ := duplicatePair(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for len(hs[0].Network().ConnsToPeer(hs[1].ID())) != 1 {
		select {
		case <-ctx.Done():
			t.Fatal("duplicate never pruned")
		case <-time.After(10 * time.Millisecond):
		}
	}
	for i := range hs {
		if n := pruneDuplicates(hs[i], hs[1-i].ID(), slog.Default()); n != 0 {
			t.Fatalf("host %d closed %d connections of a single one", i, n)
		}
	}
	if len(hs[0].Network().ConnsToPeer(hs[1].ID())) != 1 {
		t.Fatal("the lone connection was closed")
	}
}
