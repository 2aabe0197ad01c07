package swarmtest

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/host"
)

// Run is the run ID the tests use.
var Run = swarm.RunID{0xa9, 0x1a, 0x27}

// Identity is a node key in both of its forms.
type Identity struct {
	Eth     *ecdsa.PrivateKey
	Key     crypto.PrivKey
	Address common.Address
}

// NewIdentity returns a fresh random identity.
func NewIdentity(t testing.TB) Identity {
	t.Helper()
	ek, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return identity(t, ek)
}

// IdentityOf returns the identity whose key is derived from seed: the same seed gives the
// same key, address and peer ID on every run, so what depends on addresses (a peer's prompts
// and samples) is reproducible.
func IdentityOf(t testing.TB, seed string) Identity {
	t.Helper()
	ek, err := ethcrypto.ToECDSA(ethcrypto.Keccak256([]byte("swarmtest/identity"), []byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return identity(t, ek)
}

func identity(t testing.TB, ek *ecdsa.PrivateKey) Identity {
	t.Helper()
	sk, err := swarm.PeerKey(ek)
	if err != nil {
		t.Fatal(err)
	}
	return Identity{Eth: ek, Key: sk, Address: ethcrypto.PubkeyToAddress(ek.PublicKey)}
}

// HostOptions are the options every test host gets: loopback listeners on TCP and QUIC,
// dials outside loopback refused, DHT server mode, no mDNS, no NAT traversal.
func HostOptions(t testing.TB) []host.Option {
	return []host.Option{
		host.WithRun(Run),
		host.WithListen("/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"),
		host.WithLoopbackOnly(),
		host.WithDHTMode(dht.ModeServer),
		host.WithMDNS(false),
		host.WithNATTraversal(false),
		host.WithConnectTimeout(time.Minute),
		host.WithLogger(Logger(t)),
	}
}

// NewHost starts a test host for id, closed at the end of the test.
func NewHost(t testing.TB, id Identity, opts ...host.Option) *host.Host {
	t.Helper()
	h, err := host.New(id.Key, append(HostOptions(t), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

// Connect connects every host to every other host, a few handshakes at a time so that a
// loaded machine (or -race) does not time them out.
func Connect(t testing.TB, hs []*host.Host) {
	t.Helper()
	connect(t, hs, (*host.Host).AddrInfo)
}

// ConnectOnce is Connect with one address per dial (the host's first TCP listener), so that
// a dial cannot complete over two transports and leave two connections.
func ConnectOnce(t testing.TB, hs []*host.Host) {
	t.Helper()
	connect(t, hs, func(h *host.Host) peer.AddrInfo {
		for _, a := range h.Addrs() {
			if _, err := a.ValueForProtocol(ma.P_TCP); err == nil {
				return peer.AddrInfo{ID: h.ID(), Addrs: []ma.Multiaddr{a}}
			}
		}
		t.Fatalf("host %s has no TCP address", h.ID())
		return peer.AddrInfo{}
	})
}

func connect(t testing.TB, hs []*host.Host, info func(*host.Host) peer.AddrInfo) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	errs := make(chan error, len(hs)*len(hs))
	for i := range hs {
		for j := i + 1; j < len(hs); j++ {
			wg.Add(1)
			sem <- struct{}{}
			go func(a *host.Host, b peer.AddrInfo) {
				defer wg.Done()
				defer func() { <-sem }()
				if err := a.Connect(ctx, b); err != nil {
					errs <- err
				}
			}(hs[i], info(hs[j]))
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("connect: %v", err)
	}
}

// Logger returns a logger that writes through t.Log at warning level and above.
func Logger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// QuietLogger is Logger at error level, for chatty components such as pubsub under load.
func QuietLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelError}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}

var _ io.Writer = tWriter{}
