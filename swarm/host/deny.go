package host

import (
	"context"
	"slices"
	"sync"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	lswarm "github.com/libp2p/go-libp2p/p2p/net/swarm"
)

// Denial is what SetDenied did.
type Denial struct {
	// Denied is the size of the new deny list.
	Denied int
	// Closed is how many connected peers it disconnected (newly denied).
	Closed int
	// Redialed is how many peers it dialed (bootstrap peers not connected, and peers that left
	// the deny list), Reconnected how many of those dials succeeded (on this side: a peer
	// that still denies this one closes the connection as soon as its handshake ends).
	Redialed, Reconnected int
}

// denySet builds the gater's set from ids.
func denySet(ids []peer.ID) *map[peer.ID]struct{} {
	m := make(map[peer.ID]struct{}, len(ids))
	for _, id := range ids {
		m[id] = struct{}{}
	}
	return &m
}

// Denied returns the operator's deny list, sorted.
func (h *Host) Denied() []peer.ID {
	var out []peer.ID
	if d := h.gater.deny.Load(); d != nil {
		for id := range *d {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// SetDenied replaces the operator's deny list: from now on the connection gater refuses
// every connection to or from a peer in ids, whoever dials; open connections to them are
// closed. Then it redials, in parallel and each within the connect timeout, every bootstrap
// peer it is not connected to and every peer that left the list (forgetting the dial
// backoff a refused dial left behind), so that a healed partition joins up again at once
// rather than at the next discovery tick. A dial the other side still refuses fails; when
// both sides of a partition heal, the later one's dials succeed. It returns when those dials
// ended (or ctx is done).
func (h *Host) SetDenied(ctx context.Context, ids []peer.ID) Denial {
	var before []peer.ID
	if d := h.gater.deny.Swap(denySet(ids)); d != nil {
		for id := range *d {
			before = append(before, id)
		}
	}
	res := Denial{Denied: len(*h.gater.deny.Load())}
	for _, id := range slices.Compact(slices.Sorted(slices.Values(ids))) {
		if len(h.Network().ConnsToPeer(id)) > 0 {
			res.Closed++
			if err := h.Network().ClosePeer(id); err != nil {
				h.log.Debug("close a denied peer", "peer", id, "err", err)
			}
		}
	}
	targets := map[peer.ID]peer.AddrInfo{}
	for _, ai := range h.cfg.bootstrap {
		targets[ai.ID] = ai
	}
	for _, id := range before {
		if _, ok := targets[id]; !ok {
			targets[id] = h.Peerstore().PeerInfo(id)
		}
	}
	var dial []peer.AddrInfo
	for id, ai := range targets {
		if id == h.ID() || !h.gater.permits(id) || h.Network().Connectedness(id) == network.Connected {
			continue
		}
		dial = append(dial, ai)
	}
	res.Redialed = len(dial)
	res.Reconnected = h.redial(ctx, dial)
	h.log.Info("deny list set", "denied", res.Denied, "closed", res.Closed, "redialed", res.Redialed, "reconnected", res.Reconnected)
	return res
}

// redial connects to each of ais in parallel, each within the connect timeout, after
// clearing the swarm's dial backoff for it, and returns how many dials succeeded.
func (h *Host) redial(ctx context.Context, ais []peer.AddrInfo) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for _, ai := range ais {
		if s, isSwarm := h.Network().(*lswarm.Swarm); isSwarm {
			s.Backoff().Clear(ai.ID)
		}
		wg.Add(1)
		go func(ai peer.AddrInfo) {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, h.cfg.connTimeout)
			defer cancel()
			if err := h.Connect(cctx, ai); err != nil {
				h.log.Debug("redial", "peer", ai.ID, "err", err)
				return
			}
			mu.Lock()
			ok++
			mu.Unlock()
		}(ai)
	}
	wg.Wait()
	return ok
}

// redialBootstrap dials the bootstrap peers the host is not connected to (a peer that went
// away and came back, or a partition healed on the other side): the discovery loop calls it
// every tick.
func (h *Host) redialBootstrap() {
	var dial []peer.AddrInfo
	for _, ai := range h.cfg.bootstrap {
		if ai.ID != h.ID() && h.gater.permits(ai.ID) && h.Network().Connectedness(ai.ID) != network.Connected {
			dial = append(dial, ai)
		}
	}
	if len(dial) > 0 {
		n := h.redial(h.ctx, dial)
		h.log.Debug("redialed bootstrap peers", "dialed", len(dial), "connected", n)
	}
}
