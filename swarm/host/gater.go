package host

import (
	"sync/atomic"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
)

// loopbackGater refuses, when loopbackOnly, dials to anything but loopback addresses and
// counts the refusals, so a test can show that nothing tried to leave the machine; and,
// when allow is set, every connection to or from a peer it refuses (WithPeerFilter); and
// every connection to or from a peer on the operator's deny list (SetDenied).
type loopbackGater struct {
	loopbackOnly bool
	allow        func(peer.ID) bool
	deny         atomic.Pointer[map[peer.ID]struct{}]
	refused      atomic.Uint64
}

// permits reports whether p passes the peer filter and is not denied.
func (g *loopbackGater) permits(p peer.ID) bool {
	if d := g.deny.Load(); d != nil {
		if _, no := (*d)[p]; no {
			return false
		}
	}
	return g.allow == nil || g.allow(p)
}

func (g *loopbackGater) InterceptPeerDial(p peer.ID) bool { return g.permits(p) }

func (g *loopbackGater) InterceptAddrDial(p peer.ID, a ma.Multiaddr) bool {
	if !g.permits(p) {
		return false
	}
	if !g.loopbackOnly || manet.IsIPLoopback(a) {
		return true
	}
	g.refused.Add(1)
	return false
}

func (g *loopbackGater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

func (g *loopbackGater) InterceptSecured(_ network.Direction, p peer.ID, _ network.ConnMultiaddrs) bool {
	return g.permits(p)
}

func (g *loopbackGater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) {
	return true, 0
}
