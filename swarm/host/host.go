package host

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/core/routing"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	lswarm "github.com/libp2p/go-libp2p/p2p/net/swarm"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/apiary-rl/apiary/swarm"
)

// Host is a libp2p host with the run's DHT and discovery attached. It embeds host.Host, so it
// can be passed wherever a libp2p host is wanted.
type Host struct {
	host.Host
	// DHT is the run-scoped Kademlia DHT.
	DHT *dht.IpfsDHT

	cfg    *config
	log    *slog.Logger
	gater  *loopbackGater
	mdns   mdns.Service
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
	mu     sync.Mutex
	closed bool
}

// DHTPrefix returns the DHT protocol prefix of run: peers of other runs (and the public IPFS
// DHT) never enter each other's routing tables.
func DHTPrefix(run swarm.RunID) protocol.ID { return protocol.ID("/apiary/run/" + run.String()) }

// Namespace returns the discovery namespace of run (DHT provider key and mDNS service).
func Namespace(run swarm.RunID) string { return "apiary-" + run.String()[:16] }

// New builds a host with identity sk (a secp256k1 key; its peer ID maps to the node's
// Ethereum address) and starts listening. Defaults: listen on all interfaces, TCP and QUIC port
// 4111 (IPv4 and IPv6; not 4001, kubo's); no bootstrap peers; DHT mode auto-server; mDNS on; NAT traversal
// (AutoNAT v2, relay v2 service and auto-relay, hole punching) on; UPnP port mapping off;
// connection manager 64/192 with a one-minute grace period; discovery every minute; 15s per
// connection attempt; libp2p's
// default resource limits scaled to the machine; no bandwidth reporter; libp2p Prometheus
// metrics off; dials to any address allowed; slog.Default().
func New(sk crypto.PrivKey, opts ...Option) (*Host, error) {
	if sk == nil || sk.Type() != crypto.Secp256k1 {
		return nil, fmt.Errorf("new host: %w", swarm.ErrNotSecp256k1)
	}
	cfg := defaults()
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, fmt.Errorf("new host: %w", err)
		}
	}
	h := &Host{cfg: cfg, log: cfg.log.With("component", "host")}
	h.ctx, h.cancel = context.WithCancel(context.Background())

	lopts, err := h.libp2pOptions(sk)
	if err != nil {
		h.cancel()
		return nil, err
	}
	lh, err := libp2p.New(lopts...)
	if err != nil {
		h.cancel()
		return nil, fmt.Errorf("new host: %w", err)
	}
	h.Host = lh
	if h.DHT == nil { // Routing constructor not run: cannot happen with libp2p.New
		h.cancel()
		_ = lh.Close()
		return nil, errors.New("new host: dht was not constructed")
	}
	if cfg.mdns {
		h.mdns = mdns.NewMdnsService(lh, Namespace(cfg.run), &mdnsNotifee{h: h})
		if err := h.mdns.Start(); err != nil {
			_ = h.Close()
			return nil, fmt.Errorf("new host: start mdns: %w", err)
		}
	}
	h.log.Info("host started", "peer", lh.ID(), "addrs", lh.Addrs())
	return h, nil
}

func (h *Host) libp2pOptions(sk crypto.PrivKey) ([]libp2p.Option, error) {
	cfg := h.cfg
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	if cfg.limits != nil {
		cfg.limits(&limits)
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits.AutoScale()))
	if err != nil {
		return nil, fmt.Errorf("new host: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.connLow, cfg.connHigh, connmgr.WithGracePeriod(cfg.grace))
	if err != nil {
		return nil, fmt.Errorf("new host: connection manager: %w", err)
	}
	opts := []libp2p.Option{
		libp2p.Identity(sk),
		libp2p.ListenAddrs(cfg.listen...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.Routing(func(lh host.Host) (routing.PeerRouting, error) {
			d, err := dht.New(h.ctx, lh,
				dht.Mode(cfg.dhtMode),
				dht.ProtocolPrefix(DHTPrefix(cfg.run)),
				dht.BootstrapPeers(cfg.bootstrap...),
				dht.DisableValues(),
			)
			if err != nil {
				return nil, fmt.Errorf("dht: %w", err)
			}
			h.DHT = d
			return d, nil
		}),
	}
	if cfg.dialTimeout {
		opts = append(opts, libp2p.WithDialTimeout(cfg.connTimeout),
			libp2p.SwarmOpts(lswarm.WithDialTimeoutLocal(cfg.connTimeout)))
	}
	if cfg.registerer != nil {
		opts = append(opts, libp2p.PrometheusRegisterer(cfg.registerer))
	} else {
		opts = append(opts, libp2p.DisableMetrics())
	}
	if cfg.bandwidth != nil {
		opts = append(opts, libp2p.BandwidthReporter(cfg.bandwidth))
	}
	// Always gated: the operator's deny list (SetDenied) may be set at any time.
	h.gater = &loopbackGater{loopbackOnly: cfg.loopbackOnly, allow: cfg.peerFilter}
	if len(cfg.denied) > 0 {
		h.gater.deny.Store(denySet(cfg.denied))
	}
	opts = append(opts, libp2p.ConnectionGater(h.gater))
	if cfg.nat {
		opts = append(opts,
			libp2p.EnableAutoNATv2(),
			libp2p.EnableNATService(),
			libp2p.EnableRelay(),
			libp2p.EnableRelayService(),
			libp2p.EnableAutoRelayWithPeerSource(h.relayCandidates),
			libp2p.EnableHolePunching(),
		)
	} else {
		opts = append(opts, libp2p.DisableRelay())
	}
	if cfg.portMap {
		opts = append(opts, libp2p.NATPortMap())
	}
	return opts, nil
}

// relayCandidates offers auto-relay the peers we are connected to; the relay client keeps
// those that actually run the relay v2 hop protocol.
func (h *Host) relayCandidates(ctx context.Context, num int) <-chan peer.AddrInfo {
	out := make(chan peer.AddrInfo, num)
	defer close(out)
	if h.Host == nil {
		return out
	}
	for _, p := range h.Network().Peers() {
		if len(out) == num {
			break
		}
		out <- h.Peerstore().PeerInfo(p)
	}
	return out
}

// spawn runs f on a goroutine that Close waits for; after Close it does nothing.
func (h *Host) spawn(f func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return
	}
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		f()
	}()
}

// AddrInfo returns the host's peer ID and listen addresses.
func (h *Host) AddrInfo() peer.AddrInfo { return peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()} }

// P2PAddrs returns the host's addresses as full multiaddrs ending in /p2p/<id>, the form
// WithBootstrap takes.
func (h *Host) P2PAddrs() []ma.Multiaddr {
	as, _ := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()})
	return as
}

// RefusedDials returns how many dials WithLoopbackOnly refused (0 without it).
func (h *Host) RefusedDials() uint64 {
	if h.gater == nil {
		return 0
	}
	return h.gater.refused.Load()
}

// Close stops discovery, mDNS, the DHT and the libp2p host, in that order, and returns the
// errors joined.
func (h *Host) Close() error {
	var errs []error
	h.once.Do(func() {
		h.mu.Lock()
		h.closed = true
		h.mu.Unlock()
		h.cancel()
		h.wg.Wait()
		if h.mdns != nil {
			errs = append(errs, h.mdns.Close())
		}
		if h.DHT != nil {
			errs = append(errs, h.DHT.Close())
		}
		if h.Host != nil {
			errs = append(errs, h.Host.Close())
		}
	})
	return errors.Join(errs...)
}
