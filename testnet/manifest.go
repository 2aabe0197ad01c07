package testnet

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
)

// ManifestFile is the manifest's name in the testnet directory.
const ManifestFile = "testnet.json"

// maxManifest bounds the manifest file (1 MiB); maxNodes the nodes of a testnet.
const (
	maxManifest = 1 << 20
	maxNodes    = 64
)

// ErrNoTestnet is returned when a directory holds no testnet manifest.
var ErrNoTestnet = errors.New("no testnet here")

// Manifest describes a running testnet: every command reads it.
type Manifest struct {
	Version int `json:"version"`
	// PID is the `swarm testnet up` process, which holds the dev chain.
	PID int `json:"pid"`
	// ChainRPC is the dev chain's JSON-RPC URL; Network the network manifest file.
	ChainRPC string `json:"chain_rpc"`
	ChainID  uint64 `json:"chain_id"`
	// Clock is the dev chain's clock: ClockManual or ClockWall (empty: wall, before the
	// manual clock existed).
	Clock   string `json:"clock,omitempty"`
	Network string `json:"network"`
	// Run is the run ID (0x + 64 hex digits); RunConfig its config file.
	Run       string `json:"run"`
	RunConfig string `json:"run_config"`
	Rounds    int    `json:"rounds"`
	// Report is the report directory.
	Report string      `json:"report"`
	Nodes  []NodeEntry `json:"nodes"`
}

// NodeEntry is one `swarm join` process of the testnet.
type NodeEntry struct {
	Index   int    `json:"index"`
	Address string `json:"address"`
	PeerID  string `json:"peer_id"`
	// PID is the process now (it changes when a fault restarts the node).
	PID       int    `json:"pid"`
	P2P       string `json:"p2p"`
	API       string `json:"api"`
	DataDir   string `json:"data_dir"`
	Log       string `json:"log"`
	Events    string `json:"events"`
	Adversary string `json:"adversary,omitempty"`
}

// WriteManifest writes m to dir/testnet.json atomically.
func WriteManifest(dir string, m *Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode testnet manifest: %w", err)
	}
	tmp := filepath.Join(dir, ManifestFile+".tmp")
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write testnet manifest: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, ManifestFile)); err != nil {
		return fmt.Errorf("write testnet manifest: %w", err)
	}
	return nil
}

// ReadManifest reads and checks dir/testnet.json; a directory without one
// gives ErrNoTestnet.
func ReadManifest(dir string) (*Manifest, error) {
	f, err := os.Open(filepath.Join(dir, ManifestFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s has no %s (start one with `swarm testnet up --dir %s`)", ErrNoTestnet, dir, ManifestFile, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("read testnet manifest: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxManifest+1))
	if err != nil {
		return nil, fmt.Errorf("read testnet manifest: %w", err)
	}
	m, err := DecodeManifest(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestFile), err)
	}
	return m, nil
}

// DecodeManifest decodes a manifest strictly (one object, no unknown
// members) and checks it: version 1, positive pids, loopback API addresses,
// absolute paths, at most 64 nodes indexed 0..n-1.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) > maxManifest {
		return nil, fmt.Errorf("testnet manifest over %d bytes", maxManifest)
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	var m Manifest
	if err := d.Decode(&m); err != nil {
		return nil, fmt.Errorf("decode testnet manifest: %w", err)
	}
	if d.More() {
		return nil, errors.New("decode testnet manifest: data after the object")
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("testnet manifest: %w", err)
	}
	return &m, nil
}

func (m *Manifest) check() error {
	if m.Version != 1 {
		return fmt.Errorf("version %d, want 1", m.Version)
	}
	if m.PID <= 0 {
		return fmt.Errorf("pid %d of `swarm testnet up` is not a process id", m.PID)
	}
	if m.Clock != "" && m.Clock != ClockManual && m.Clock != ClockWall {
		return fmt.Errorf("clock %q, want %s or %s", m.Clock, ClockManual, ClockWall)
	}
	if len(m.Nodes) == 0 || len(m.Nodes) > maxNodes {
		return fmt.Errorf("%d nodes, want 1 to %d", len(m.Nodes), maxNodes)
	}
	for i, n := range m.Nodes {
		if n.Index != i {
			return fmt.Errorf("node %d has index %d", i, n.Index)
		}
		if n.PID < 0 {
			return fmt.Errorf("node %d: pid %d", i, n.PID)
		}
		if err := loopback(n.API); err != nil {
			return fmt.Errorf("node %d: api %w", i, err)
		}
		for _, p := range []string{n.DataDir, n.Log, n.Events} {
			if !filepath.IsAbs(p) {
				return fmt.Errorf("node %d: path %q is not absolute", i, p)
			}
		}
	}
	return nil
}

// loopback checks that addr is 127.0.0.1:port.
func loopback(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%q: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() || port == "" || strings.TrimLeft(port, "0123456789") != "" {
		return fmt.Errorf("%q is not a loopback host:port", addr)
	}
	return nil
}
