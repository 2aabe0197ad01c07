package ledger

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// ManifestVersion is the network manifest format version.
const ManifestVersion = 1

// Manifest describes a deployed network: where its JSON-RPC endpoint is,
// which chain it is, and where the contracts live. `swarm chain dev` writes
// one; nodes and testnets read it.
type Manifest struct {
	Version     int       `json:"version"`
	ChainID     uint64    `json:"chain_id"`
	RPCURL      string    `json:"rpc_url"`
	WSURL       string    `json:"ws_url,omitempty"`
	Contracts   Addresses `json:"contracts"`
	DeployBlock uint64    `json:"deploy_block"`
}

// Validate checks that every field a client needs is present and well formed.
func (m *Manifest) Validate() error {
	if m.Version != ManifestVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrBadManifest, m.Version, ManifestVersion)
	}
	if m.ChainID == 0 {
		return fmt.Errorf("%w: zero chain_id", ErrBadManifest)
	}
	for name, u := range map[string]string{"rpc_url": m.RPCURL, "ws_url": m.WSURL} {
		if u == "" && name == "ws_url" {
			continue
		}
		p, err := url.Parse(u)
		if err != nil || p.Host == "" {
			return fmt.Errorf("%w: %s %q is not a URL with a host", ErrBadManifest, name, u)
		}
		switch p.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return fmt.Errorf("%w: %s %q has scheme %q (want http(s) or ws(s))", ErrBadManifest, name, u, p.Scheme)
		}
	}
	if m.Contracts.Ledger == (common.Address{}) || m.Contracts.Referee == (common.Address{}) {
		return fmt.Errorf("%w: missing contract address", ErrBadManifest)
	}
	return nil
}

// ParseManifest decodes and validates a JSON manifest; unknown fields are an error.
func ParseManifest(b []byte) (*Manifest, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadManifest, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the manifest", ErrBadManifest)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

// ReadManifest reads and validates the manifest at path.
func ReadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	m, err := ParseManifest(b)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// WriteManifest validates m and writes it to path as indented JSON.
func WriteManifest(path string, m *Manifest) error {
	if err := m.Validate(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}
