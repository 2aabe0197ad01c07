package host

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/apiary-rl/apiary/swarm"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/peer"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus"
)

// Option configures a Host.
type Option func(*config) error

type config struct {
	run          swarm.RunID
	listen       []ma.Multiaddr
	bootstrap    []peer.AddrInfo
	dhtMode      dht.ModeOpt
	mdns         bool
	nat          bool
	portMap      bool
	connLow      int
	connHigh     int
	grace        time.Duration
	discoverying time.Duration
	connTimeout  time.Duration
	dialTimeout  bool
	limits       func(*rcmgr.ScalingLimitConfig)
	bandwidth    metrics.Reporter
	registerer   prometheus.Registerer
	loopbackOnly bool
	peerFilter   func(peer.ID) bool
	denied       []peer.ID
	log          *slog.Logger
}

func defaults() *config {
	return &config{
		listen: []ma.Multiaddr{
			ma.StringCast("/ip4/0.0.0.0/tcp/4111"),
			ma.StringCast("/ip4/0.0.0.0/udp/4111/quic-v1"),
			ma.StringCast("/ip6/::/tcp/4111"),
			ma.StringCast("/ip6/::/udp/4111/quic-v1"),
		},
		dhtMode:      dht.ModeAutoServer,
		mdns:         true,
		nat:          true,
		connLow:      64,
		connHigh:     192,
		grace:        time.Minute,
		discoverying: time.Minute,
		connTimeout:  15 * time.Second,
		log:          slog.Default(),
	}
}

// WithRun scopes the DHT, discovery namespace and mDNS service name to run.
func WithRun(run swarm.RunID) Option {
	return func(c *config) error { c.run = run; return nil }
}

// WithListen sets the listen multiaddrs.
func WithListen(addrs ...string) Option {
	return func(c *config) error {
		c.listen = c.listen[:0:0]
		for _, s := range addrs {
			a, err := ma.NewMultiaddr(s)
			if err != nil {
				return fmt.Errorf("listen address %q: %w", s, err)
			}
			c.listen = append(c.listen, a)
		}
		return nil
	}
}

// WithBootstrap sets the bootstrap peers, as full multiaddrs ending in /p2p/<peer id>.
func WithBootstrap(addrs ...string) Option {
	return func(c *config) error {
		for _, s := range addrs {
			ai, err := peer.AddrInfoFromString(s)
			if err != nil {
				return fmt.Errorf("bootstrap address %q (want /ip4/.../tcp/.../p2p/<id>): %w", s, err)
			}
			c.bootstrap = append(c.bootstrap, *ai)
		}
		return nil
	}
}

// WithBootstrapPeers sets the bootstrap peers from address infos.
func WithBootstrapPeers(ais ...peer.AddrInfo) Option {
	return func(c *config) error { c.bootstrap = append(c.bootstrap, ais...); return nil }
}

// WithDHTMode sets the DHT mode (dht.ModeAutoServer, ModeServer, ModeClient).
func WithDHTMode(m dht.ModeOpt) Option {
	return func(c *config) error { c.dhtMode = m; return nil }
}

// WithMDNS turns LAN discovery by mDNS on or off.
func WithMDNS(on bool) Option {
	return func(c *config) error { c.mdns = on; return nil }
}

// WithNATTraversal turns AutoNAT v2, the relay v2 service and auto-relay client, and hole
// punching on or off.
func WithNATTraversal(on bool) Option {
	return func(c *config) error { c.nat = on; return nil }
}

// WithPortMap turns UPnP/NAT-PMP port mapping on the home router on or off.
func WithPortMap(on bool) Option {
	return func(c *config) error { c.portMap = on; return nil }
}

// WithConnLimits sets the connection manager's low and high watermarks.
func WithConnLimits(low, high int) Option {
	return func(c *config) error {
		if low < 1 || high < low {
			return fmt.Errorf("connection limits low=%d high=%d: want 1 <= low <= high", low, high)
		}
		c.connLow, c.connHigh = low, high
		return nil
	}
}

// WithDiscoveryInterval sets how often the DHT is searched for run peers.
func WithDiscoveryInterval(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("discovery interval %s: want > 0", d)
		}
		c.discoverying = d
		return nil
	}
}

// WithConnectTimeout bounds one connection attempt to a bootstrap or discovered peer, and
// sets libp2p's dial timeouts (normally 15s, and 5s for local addresses) to d as well.
func WithConnectTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("connect timeout %s: want > 0", d)
		}
		c.connTimeout, c.dialTimeout = d, true
		return nil
	}
}

// WithResourceLimits adjusts the resource manager's scaling limits before they are scaled to
// the machine (e.g. to add service limits).
func WithResourceLimits(f func(*rcmgr.ScalingLimitConfig)) Option {
	return func(c *config) error { c.limits = f; return nil }
}

// WithBandwidthReporter counts every byte the host sends and receives.
func WithBandwidthReporter(r metrics.Reporter) Option {
	return func(c *config) error { c.bandwidth = r; return nil }
}

// WithPrometheus registers libp2p's own metrics with reg.
func WithPrometheus(reg prometheus.Registerer) Option {
	return func(c *config) error { c.registerer = reg; return nil }
}

// WithLoopbackOnly refuses every dial to a non-loopback address (local testnets and tests).
func WithLoopbackOnly() Option {
	return func(c *config) error { c.loopbackOnly = true; return nil }
}

// WithPeerFilter refuses every connection, dialed or accepted, to a peer for which allow
// returns false (a local testnet's partitions). allow is asked before the dial and again
// once the remote peer is authenticated, and must be safe for concurrent use.
func WithPeerFilter(allow func(peer.ID) bool) Option {
	return func(c *config) error {
		if allow == nil {
			return fmt.Errorf("nil peer filter")
		}
		c.peerFilter = allow
		return nil
	}
}

// WithDenied starts the host with an operator's deny list (see Host.SetDenied).
func WithDenied(ids ...peer.ID) Option {
	return func(c *config) error {
		for _, id := range ids {
			if id == "" {
				return fmt.Errorf("deny list: empty peer ID")
			}
		}
		c.denied = append(c.denied, ids...)
		return nil
	}
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		if l == nil {
			return fmt.Errorf("nil logger")
		}
		c.log = l
		return nil
	}
}
