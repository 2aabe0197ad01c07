package node

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm/host"
)

// maxDenyFile bounds a deny-list file (1 MiB: tens of thousands of peer IDs).
const maxDenyFile = 1 << 20

// WithDeniedPeers starts the node with an operator's deny list: its host refuses every
// connection to or from these peers (a local testnet's partitions; SetDeniedPeers changes
// the list while the node runs).
func WithDeniedPeers(ids []peer.ID) Option {
	return func(o *options) error {
		o.hostOpts = append(o.hostOpts, host.WithDenied(ids...))
		return nil
	}
}

// SetDeniedPeers replaces the deny list of the running node's host (host.Host.SetDenied:
// open connections to denied peers are closed, bootstrap peers and peers that left the list
// are redialed) and emits an EventPeersDenied with what it did.
func (n *Node) SetDeniedPeers(ctx context.Context, ids []peer.ID) (host.Denial, error) {
	if !n.up.Load() || n.host == nil {
		return host.Denial{}, ErrNotRunning
	}
	d := n.host.SetDenied(ctx, ids)
	n.track.event(Event{Kind: EventPeersDenied, Denied: d.Denied, Closed: d.Closed, Redialed: d.Redialed, Reconnected: d.Reconnected})
	return d, nil
}

// ReadDenyFile reads a deny-list file: one peer ID per line; blank lines and lines starting
// with '#' are skipped. Every other line must be a valid peer ID (the error names its line).
func ReadDenyFile(path string) ([]peer.ID, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("deny list: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("deny list: %w", err)
	}
	if st.Size() > maxDenyFile {
		return nil, fmt.Errorf("deny list %s: %d bytes, at most %d", path, st.Size(), maxDenyFile)
	}
	b := make([]byte, st.Size())
	if _, err := f.ReadAt(b, 0); err != nil && st.Size() > 0 {
		return nil, fmt.Errorf("deny list %s: %w", path, err)
	}
	ids, err := ParseDenyList(b)
	if err != nil {
		return nil, fmt.Errorf("deny list %s: %w", path, err)
	}
	return ids, nil
}

// ParseDenyList parses a deny list's text (see ReadDenyFile).
func ParseDenyList(b []byte) ([]peer.ID, error) {
	if len(b) > maxDenyFile {
		return nil, fmt.Errorf("%d bytes, at most %d", len(b), maxDenyFile)
	}
	var ids []peer.ID
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 4096), maxDenyFile)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		id, err := peer.Decode(s)
		if err != nil {
			return nil, fmt.Errorf("line %d: %.80q is not a peer ID: %w", line, s, err)
		}
		ids = append(ids, id)
	}
	if err := sc.Err(); err != nil {
		return nil, errors.Join(fmt.Errorf("line %d", line+1), err)
	}
	return ids, nil
}
