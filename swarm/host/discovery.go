package host

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
)

// Bootstrap connects to the configured bootstrap peers in parallel and bootstraps the DHT.
// With bootstrap peers configured, it fails only if none of them can be reached.
func (h *Host) Bootstrap(ctx context.Context) error {
	peers := h.cfg.bootstrap
	var ok atomic.Int32
	var wg sync.WaitGroup
	for _, ai := range peers {
		if ai.ID == h.ID() {
			ok.Add(1)
			continue
		}
		wg.Add(1)
		go func(ai peer.AddrInfo) {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, h.cfg.connTimeout)
			defer cancel()
			if err := h.Connect(cctx, ai); err != nil {
				h.log.Warn("bootstrap peer unreachable", "peer", ai.ID, "err", err)
				return
			}
			ok.Add(1)
		}(ai)
	}
	wg.Wait()
	if len(peers) > 0 && ok.Load() == 0 {
		return fmt.Errorf("cannot reach any bootstrap peer (%d tried); check --bootstrap or run `swarm doctor`", len(peers))
	}
	if err := h.DHT.Bootstrap(ctx); err != nil {
		return fmt.Errorf("bootstrap dht: %w", err)
	}
	return nil
}

// StartDiscovery advertises this host under the run's namespace in the DHT and, every
// discovery interval, looks the namespace up and connects to the peers it finds, and redials
// the bootstrap peers it is not connected to (one that restarted, or across a healed
// partition). It runs until Close.
func (h *Host) StartDiscovery() {
	h.spawn(h.discoverLoop)
}

func (h *Host) discoverLoop() {
	rd := drouting.NewRoutingDiscovery(h.DHT)
	ns := Namespace(h.cfg.run)
	var readvertise time.Time
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-h.ctx.Done():
			return
		case <-t.C:
		}
		now := time.Now()
		if now.After(readvertise) {
			// Advertise fails while the routing table is empty; retry on the next tick.
			actx, cancel := context.WithTimeout(h.ctx, h.cfg.connTimeout)
			ttl, err := rd.Advertise(actx, ns)
			cancel()
			if err == nil {
				readvertise = now.Add(ttl / 2)
			} else {
				h.log.Debug("advertise", "err", err)
			}
		}
		h.findAndConnect(rd, ns)
		h.redialBootstrap()
		t.Reset(h.cfg.discoverying)
	}
}

func (h *Host) findAndConnect(rd *drouting.RoutingDiscovery, ns string) {
	ctx, cancel := context.WithTimeout(h.ctx, h.cfg.connTimeout)
	defer cancel()
	found, err := rd.FindPeers(ctx, ns)
	if err != nil {
		h.log.Debug("find peers", "err", err)
		return
	}
	for ai := range found {
		if ai.ID == h.ID() || len(ai.Addrs) == 0 || h.Network().Connectedness(ai.ID) == network.Connected {
			continue
		}
		if err := h.Connect(ctx, ai); err != nil {
			h.log.Debug("connect to discovered peer", "peer", ai.ID, "err", err)
			continue
		}
		h.log.Debug("connected to discovered peer", "peer", ai.ID)
	}
}

// mdnsNotifee connects to peers found on the LAN.
type mdnsNotifee struct{ h *Host }

func (n *mdnsNotifee) HandlePeerFound(ai peer.AddrInfo) {
	h := n.h
	if ai.ID == h.ID() {
		return
	}
	h.spawn(func() {
		ctx, cancel := context.WithTimeout(h.ctx, h.cfg.connTimeout)
		defer cancel()
		if err := h.Connect(ctx, ai); err != nil {
			h.log.Debug("connect to mdns peer", "peer", ai.ID, "err", err)
		}
	})
}
