package host

import (
	"sync/atomic"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
)

// loopbackGater refuses dials to anything but loopback addresses and counts the refusals, so
// a test can show that nothing tried to leave the machine.
type loopbackGater struct {
	refused atomic.Uint64
}

func (g *loopbackGater) InterceptPeerDial(peer.ID) bool { return true }

func (g *loopbackGater) InterceptAddrDial(_ peer.ID, a ma.Multiaddr) bool {
	if manet.IsIPLoopback(a) {
		return true
	}
	g.refused.Add(1)
	return false
}

func (g *loopbackGater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

func (g *loopbackGater) InterceptSecured(network.Direction, peer.ID, network.ConnMultiaddrs) bool {
	return true
}

func (g *loopbackGater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) {
	return true, 0
}
