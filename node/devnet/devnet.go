// Package devnet runs the embedded development chain for `swarm chain dev`
// and local testnets: an in-process go-ethereum dev node on loopback with the
// Apiary contracts deployed, and the network manifest that peers read.
package devnet

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
)

// Options configures the dev chain. Fund holds addresses as hex strings, as
// a user types them; each gets FundEther ether at genesis.
type Options struct {
	HTTPPort, WSPort int           // on 127.0.0.1; 0 picks a free port
	Period           time.Duration // seal a block this often (0: one per transaction)
	// ManualClock makes chain time independent of the wall clock (devchain.WithManualClock):
	// a block per transaction, one second after its parent, and otherwise only the
	// evm_increaseTime, evm_setNextBlockTimestamp and evm_mine JSON-RPC calls move time.
	// It excludes Period.
	ManualClock bool
	Fund        []string
	FundEther   int64
	Logger      *slog.Logger
	// RevealWindow, ResponseWindow and MaxReveals set the Ledger's dispute
	// parameters; zero keeps ledger.DefaultParams' (600 s, 600 s, 4). A full
	// dispute takes (MaxReveals+1)·(RevealWindow+ResponseWindow), the least
	// dispute duration a run on this chain may have: shorter windows allow the
	// short rounds of a local testnet.
	RevealWindow, ResponseWindow time.Duration
	MaxReveals                   int
	// Params, when set, replaces (over the windows above) the Ledger's deployment parameters
	// (ledger.DefaultParams: ten-minute dispute windows); tests shorten them.
	Params *ledger.Params
}

// params applies the dispute windows of o over the default parameters.
func (o Options) params() (ledger.Params, error) {
	p := ledger.DefaultParams()
	for _, w := range []struct {
		name string
		d    time.Duration
		dst  *uint64
	}{{"reveal window", o.RevealWindow, &p.RevealWindow}, {"response window", o.ResponseWindow, &p.ResponseWindow}} {
		if w.d < 0 || w.d%time.Second != 0 {
			return p, fmt.Errorf("%s %v: want a whole number of seconds", w.name, w.d)
		}
		if w.d > 0 {
			*w.dst = uint64(w.d / time.Second)
		}
	}
	if o.MaxReveals < 0 || o.MaxReveals > 255 {
		return p, fmt.Errorf("max reveals %d outside [0, 255]", o.MaxReveals)
	}
	if o.MaxReveals > 0 {
		p.MaxReveals = uint8(o.MaxReveals)
	}
	return p, nil
}

// Chain is a running dev chain.
type Chain struct {
	c *devchain.Chain
}

// Start validates o, starts the chain and deploys the contracts.
func Start(ctx context.Context, o Options) (*Chain, error) {
	var addrs []common.Address
	for _, s := range o.Fund {
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("fund address %q is not an Ethereum address (0x followed by 40 hex digits)", s)
		}
		addrs = append(addrs, common.HexToAddress(s))
	}
	if len(addrs) > 0 && o.FundEther <= 0 {
		return nil, fmt.Errorf("fund amount must be positive, got %d ether", o.FundEther)
	}
	p, err := o.params()
	if err != nil {
		return nil, err
	}
	if o.ManualClock && o.Period != 0 {
		return nil, fmt.Errorf("a manual clock seals blocks only for transactions and evm_mine: drop the block period %v", o.Period)
	}
	opts := []devchain.Option{devchain.WithPorts(o.HTTPPort, o.WSPort), devchain.WithPeriod(o.Period), devchain.WithParams(p)}
	if o.ManualClock {
		opts = append(opts, devchain.WithManualClock())
	}
	if o.Logger != nil {
		opts = append(opts, devchain.WithLogger(o.Logger))
	}
	if o.Params != nil {
		opts = append(opts, devchain.WithParams(*o.Params))
	}
	if len(addrs) > 0 {
		opts = append(opts, devchain.WithFunded(new(big.Int).Mul(big.NewInt(o.FundEther), big.NewInt(1e18)), addrs...))
	}
	c, err := devchain.Start(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("start dev chain: %w (is port %d or %d in use? use port 0 for a free one)", err, o.HTTPPort, o.WSPort)
	}
	return &Chain{c: c}, nil
}

// Manifest returns the network manifest: RPC URLs, chain ID, contract addresses.
func (c *Chain) Manifest() ledger.Manifest { return c.c.Manifest() }

// WriteManifest writes the manifest to path.
func (c *Chain) WriteManifest(path string) error {
	m := c.c.Manifest()
	return ledger.WriteManifest(path, &m)
}

// AdvanceTime seals an empty block at least d after the head (a manual clock only) and
// returns its timestamp.
func (c *Chain) AdvanceTime(d time.Duration) (uint64, error) { return c.c.AdvanceTime(d) }

// Close stops the chain.
func (c *Chain) Close() error { return c.c.Close() }
