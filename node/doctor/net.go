package doctor

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/apiary-rl/apiary/node/api"
)

// listenAddr returns the network ("tcp4", "udp6", …) and host:port a listen
// multiaddr binds: an IP, then TCP or UDP (QUIC listens on UDP).
func listenAddr(s string) (network, addr string, err error) {
	m, err := ma.NewMultiaddr(s)
	if err != nil {
		return "", "", err
	}
	if len(m) < 2 {
		return "", "", fmt.Errorf("%q has no IP and port", s)
	}
	var ipver string
	switch m[0].Protocol().Code {
	case ma.P_IP4:
		ipver = "4"
	case ma.P_IP6:
		ipver = "6"
	default:
		return "", "", fmt.Errorf("%q does not start with /ip4 or /ip6", s)
	}
	switch m[1].Protocol().Code {
	case ma.P_TCP:
		network = "tcp" + ipver
	case ma.P_UDP:
		network = "udp" + ipver
	default:
		return "", "", fmt.Errorf("%q has no /tcp or /udp port", s)
	}
	return network, net.JoinHostPort(m[0].Value(), m[1].Value()), nil
}

// nodeRunning reports whether a node answers on the configured API address.
func (s *state) nodeRunning() bool {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, err := api.GetStatus(ctx, s.c.API.Addr, 2*time.Second)
	return err == nil
}

func (s *state) checkListen() {
	const name = "listen"
	var ok, failed []string
	for _, a := range s.c.P2P.Listen {
		network, addr, err := listenAddr(a)
		if err == nil {
			if strings.HasPrefix(network, "tcp") {
				var ln net.Listener
				if ln, err = net.Listen(network, addr); err == nil {
					ln.Close()
				}
			} else {
				var pc net.PacketConn
				if pc, err = net.ListenPacket(network, addr); err == nil {
					pc.Close()
				}
			}
		}
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s (%v)", a, err))
			continue
		}
		ok = append(ok, a)
	}
	switch {
	case len(failed) == 0 && len(ok) > 0:
		s.add(Check{Name: name, State: StateOK, Detail: "libp2p can listen on " + strings.Join(ok, ", ")})
	case len(failed) > 0 && s.nodeRunning():
		s.add(Check{Name: name, State: StateWarn, Detail: "a node is running here and holds the listen addresses",
			Hint: "`swarm status` shows what it is doing; stop it before starting another on the same ports"})
	case len(ok) > 0:
		s.add(Check{Name: name, State: StateWarn, Detail: "cannot listen on " + strings.Join(failed, "; "),
			Hint: "the node listens on the others; fix or drop these in --listen"})
	case len(failed) == 0:
		s.add(Check{Name: name, State: StateFail, Detail: "no libp2p listen address configured", Hint: "set p2p.listen or pass --listen"})
	default:
		s.add(Check{Name: name, State: StateFail, Detail: "cannot listen on " + strings.Join(failed, "; "),
			Hint: "another program holds the port, or the address is not this machine's: choose others with --listen"})
	}
}

func (s *state) checkAPI() {
	const name = "api"
	ln, err := net.Listen("tcp", s.c.API.Addr)
	if err == nil {
		ln.Close()
		s.add(Check{Name: name, State: StateOK, Detail: "the API can listen on " + s.c.API.Addr})
		return
	}
	if s.nodeRunning() {
		s.add(Check{Name: name, State: StateOK, Detail: "a node is running and answers on " + s.c.API.Addr})
		return
	}
	s.add(Check{Name: name, State: StateFail, Detail: fmt.Sprintf("cannot listen on %s: %v", s.c.API.Addr, err),
		Hint: "another program holds the port: choose another with --api-addr"})
}

// bootstrapAddrs are the configured bootstrap peers, then the run's, without repeats.
func (s *state) bootstrapAddrs() []string {
	var out []string
	for _, a := range append(slices.Clone(s.c.P2P.Bootstrap), s.boot...) {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func (s *state) checkBootstrap(ctx context.Context) {
	const name = "bootstrap"
	addrs := s.bootstrapAddrs()
	if len(addrs) == 0 {
		s.add(Check{Name: name, State: StateWarn, Detail: "no bootstrap peers configured or published with the run",
			Hint: "the node finds peers only by mDNS on the local network; pass --bootstrap /ip4/…/tcp/…/p2p/<peer id>"})
		return
	}
	reached, failed, err := dialAll(ctx, addrs, s.o.Timeout)
	if err != nil {
		s.add(Check{Name: name, State: StateFail, Detail: err.Error()})
		return
	}
	detail := fmt.Sprintf("%d of %d reachable", len(reached), len(addrs))
	if len(failed) > 0 {
		detail += "; unreachable: " + strings.Join(failed, "; ")
	}
	hint := "check --bootstrap and that those peers run; a firewall or NAT may block their ports"
	switch {
	case len(failed) == 0:
		s.add(Check{Name: name, State: StateOK, Detail: detail})
	case len(reached) > 0:
		s.add(Check{Name: name, State: StateWarn, Detail: detail, Hint: hint})
	default:
		s.add(Check{Name: name, State: StateFail, Detail: detail, Hint: hint})
	}
}

// dialAll connects to each address from a throwaway libp2p host (a fresh key, no
// listen address), each within timeout, and says which were reached.
func dialAll(ctx context.Context, addrs []string, timeout time.Duration) (reached, failed []string, err error) {
	sk, _, err := crypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("make a dialing key: %w", err)
	}
	h, err := libp2p.New(libp2p.Identity(sk), libp2p.NoListenAddrs, libp2p.DisableRelay())
	if err != nil {
		return nil, nil, fmt.Errorf("start a libp2p host to dial from: %w", err)
	}
	defer h.Close()
	for _, a := range addrs {
		ai, err := peer.AddrInfoFromString(a)
		if err == nil {
			dctx, cancel := context.WithTimeout(ctx, timeout)
			err = h.Connect(dctx, *ai)
			cancel()
			if errors.Is(err, context.DeadlineExceeded) {
				err = fmt.Errorf("no answer in %v", timeout)
			}
		}
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s (%v)", a, shorten(err)))
			continue
		}
		reached = append(reached, a)
	}
	return reached, failed, nil
}

// shorten puts libp2p's multi-line dial errors (one line per address tried) on one
// line and bounds their length.
func shorten(err error) string {
	var parts []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "*")); l != "" {
			parts = append(parts, l)
		}
	}
	s := strings.Join(parts, "; ")
	if len(s) > 400 {
		s = s[:400] + "…"
	}
	return s
}
