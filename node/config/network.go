package config

import (
	"fmt"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
)

// RunID returns the configured run, or ErrMissing.
func (c *Config) RunID() (swarm.RunID, error) {
	if c.Run == "" {
		return swarm.RunID{}, fmt.Errorf("%w: no run ID; pass --run or set run in %s", ErrMissing, FileName)
	}
	id, err := swarm.ParseRunID(c.Run)
	if err != nil {
		return swarm.RunID{}, fmt.Errorf("%w: run: %v", ErrInvalid, err)
	}
	return id, nil
}

// Network reads and validates the network manifest, with chain.rpc_url replacing its
// endpoint when set. ErrMissing if no manifest is configured.
func (c *Config) Network() (*ledger.Manifest, error) {
	if c.Chain.Manifest == "" {
		return nil, fmt.Errorf("%w: no network manifest; pass --manifest (`swarm chain dev` writes one) or set chain.manifest in %s",
			ErrMissing, FileName)
	}
	m, err := ledger.ReadManifest(c.Chain.Manifest)
	if err != nil {
		return nil, err
	}
	if c.Chain.RPCURL != "" {
		m.RPCURL = c.Chain.RPCURL
		if err := m.Validate(); err != nil {
			return nil, fmt.Errorf("manifest %s with rpc_url %s: %w", c.Chain.Manifest, c.Chain.RPCURL, err)
		}
	}
	return m, nil
}
