package host

import (
	"bytes"
	"log/slog"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Duplicate connections. Two peers that dial each other at the same time (the DHT, discovery
// and the round's own dials race) end up with two connections, one in each direction.
// go-libp2p-pubsub v0.16 then keeps a stream on each, and when one stream replaces the other
// it can drop the peer from its topic lists for good (measured in docs/SWARM.md), so a
// two-peer swarm would lose gossip. The host therefore keeps one direct connection per peer.
//
// The rule must pick the same connection on both sides without talking: a connection is
// named by its dialer, and the connections dialed by the smaller peer ID (bytewise) are kept.
// When a peer has at least one direct connection dialed by the smaller ID, each side closes
// the direct connections dialed by the larger one. Both sides compute the same set, so both
// close the same connections and never the last one. Several connections dialed by the same
// side are left alone (libp2p's dial synchronisation makes them rare), and relayed (limited)
// connections are not counted: they are upgraded away by hole punching.

// watchDuplicates prunes duplicate connections of h as they appear. spawn runs the pruning
// off libp2p's notification goroutine.
func watchDuplicates(h host.Host, spawn func(func()), log *slog.Logger) {
	h.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(_ network.Network, c network.Conn) {
			p := c.RemotePeer()
			spawn(func() { pruneDuplicates(h, p, log) })
		},
	})
}

// pruneDuplicates closes h's direct connections to p that the dedup rule drops, and returns
// how many it closed.
func pruneDuplicates(h host.Host, p peer.ID, log *slog.Logger) int {
	conns := h.Network().ConnsToPeer(p)
	if len(conns) < 2 {
		return 0
	}
	self := h.ID()
	small := self
	if bytes.Compare([]byte(p), []byte(self)) < 0 {
		small = p
	}
	var keep, drop []network.Conn
	for _, c := range conns {
		st := c.Stat()
		if st.Limited {
			continue
		}
		dialer := p
		if st.Direction == network.DirOutbound {
			dialer = self
		}
		if dialer == small {
			keep = append(keep, c)
		} else {
			drop = append(drop, c)
		}
	}
	if len(keep) == 0 {
		return 0
	}
	for _, c := range drop {
		log.Debug("closing a duplicate connection", "peer", p, "remote", c.RemoteMultiaddr())
		_ = c.Close()
	}
	return len(drop)
}
