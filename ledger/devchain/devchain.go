package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devkeys"
)

// Chain is a running dev chain with the contracts deployed.
type Chain struct {
	stack    *node.Node
	beacon   *catalyst.SimulatedBeacon
	eth      *eth.Ethereum
	manual   bool
	clock    bool       // WithManualClock
	jump     clockState // the jump queued for evm_mine
	quit     chan struct{}
	wg       sync.WaitGroup
	sealMu   sync.Mutex
	client   *ethclient.Client
	faucet   *ecdsa.PrivateKey
	manifest ledger.Manifest
	log      *slog.Logger
}

type config struct {
	httpPort, wsPort int
	period           time.Duration
	manual           bool
	clock            bool
	fund             []common.Address
	balance          *big.Int
	params           ledger.Params
	log              *slog.Logger
}

// Option configures Start.
type Option func(*config) error

// WithPorts sets the HTTP and WebSocket JSON-RPC ports (0: any free port).
func WithPorts(http, ws int) Option {
	return func(c *config) error {
		if http < 0 || http > 65535 || ws < 0 || ws > 65535 {
			return fmt.Errorf("devchain: ports %d, %d out of range", http, ws)
		}
		c.httpPort, c.wsPort = http, ws
		return nil
	}
}

// WithPeriod seals a block every d (0: a block as soon as a transaction
// arrives). Rounds are timed by block timestamps, so a network that must see
// time pass without transactions wants a period.
func WithPeriod(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 || d%time.Second != 0 {
			return fmt.Errorf("devchain: period %v must be a non-negative whole number of seconds", d)
		}
		c.period = d
		return nil
	}
}

// WithFunded gives each address wei at genesis.
func WithFunded(wei *big.Int, addrs ...common.Address) Option {
	return func(c *config) error {
		if wei == nil || wei.Sign() <= 0 {
			return errors.New("devchain: funding must be positive")
		}
		c.balance = new(big.Int).Set(wei)
		c.fund = append(c.fund, addrs...)
		return nil
	}
}

// WithParams sets the Ledger's deployment parameters.
func WithParams(p ledger.Params) Option {
	return func(c *config) error { c.params = p; return nil }
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		if l == nil {
			return errors.New("devchain: nil logger")
		}
		c.log = l
		return nil
	}
}

// Start starts a dev chain on loopback and deploys the contracts. Defaults:
// any free HTTP and WebSocket ports on 127.0.0.1, a block per transaction
// (WithPeriod, WithManualBlocks and WithManualClock change that),
// ledger.DefaultParams(), slog.Default(), and only the faucet funded (the
// well-known devkeys.Key(0); WithFunded adds accounts, 1,000,000 ether
// each by default).
func Start(ctx context.Context, opts ...Option) (*Chain, error) {
	cfg := config{params: ledger.DefaultParams(), log: slog.Default(),
		balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if (cfg.manual || cfg.clock) && cfg.period != 0 {
		return nil, errors.New("devchain: manual blocks or a manual clock and a block period exclude each other")
	}
	modules := []string{"eth", "net", "web3"}
	if cfg.clock {
		cfg.manual = true // sealing goes through Seal and AdvanceTime
		modules = append(modules, "evm")
	}
	faucet := devkeys.Key(0)
	faucetAddr := crypto.PubkeyToAddress(faucet.PublicKey)
	nc := node.Config{
		Name:        "apiary-devchain",
		HTTPHost:    "127.0.0.1",
		HTTPPort:    cfg.httpPort,
		HTTPModules: modules,
		WSHost:      "127.0.0.1",
		WSPort:      cfg.wsPort,
		WSModules:   modules,
		P2P:         p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""},
	}
	stack, err := node.New(&nc)
	if err != nil {
		return nil, fmt.Errorf("devchain: node: %w", err)
	}
	genesis := core.DeveloperGenesisBlock(60_000_000, &faucetAddr)
	genesis.Config = devkeys.ChainConfig()
	if cfg.clock {
		genesis.Timestamp = ManualClockGenesis
	}
	for _, a := range cfg.fund {
		genesis.Alloc[a] = types.Account{Balance: cfg.balance}
	}
	ec := ethconfig.Defaults
	ec.Genesis = genesis
	ec.NetworkId = genesis.Config.ChainID.Uint64()
	ec.SyncMode = ethconfig.FullSync
	ec.Miner.GasCeil = 60_000_000
	ec.TxPool.NoLocals = true
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: eth service: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	beacon, err := catalyst.NewSimulatedBeacon(uint64(cfg.period/time.Second), faucetAddr, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: simulated beacon: %w", err)
	}
	if !cfg.manual {
		// With period 0 the dev API seals a block whenever a transaction
		// arrives; without it (manual blocks) nothing seals but Seal.
		catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	}
	stack.RegisterLifecycle(beacon)
	c := &Chain{stack: stack, beacon: beacon, eth: backend, manual: cfg.manual, clock: cfg.clock, faucet: faucet, log: cfg.log}
	if cfg.clock {
		stack.RegisterAPIs(c.evmAPIs())
	}
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	if cfg.clock {
		c.startInstamine()
	}
	rc, err := rpc.DialContext(ctx, stack.HTTPEndpoint())
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("devchain: dial %s: %w", stack.HTTPEndpoint(), err)
	}
	c.client = ethclient.NewClient(rc)
	addrs, err := ledger.Deploy(ctx, c.client, faucet, cfg.params, c.afterSend())
	if err != nil {
		c.Close()
		return nil, err
	}
	head, err := c.client.BlockNumber(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("devchain: block number: %w", err)
	}
	c.manifest = ledger.Manifest{
		Version: ledger.ManifestVersion, ChainID: genesis.Config.ChainID.Uint64(),
		RPCURL: stack.HTTPEndpoint(), WSURL: stack.WSEndpoint(), Contracts: addrs, DeployBlock: head,
	}
	cfg.log.Info("devchain: started", "rpc", c.manifest.RPCURL, "ws", c.manifest.WSURL,
		"chain_id", c.manifest.ChainID, "ledger", addrs.Ledger, "referee", addrs.Referee)
	return c, nil
}

// Manifest describes the running chain.
func (c *Chain) Manifest() ledger.Manifest { return c.manifest }

// Client returns an HTTP JSON-RPC client of the chain.
func (c *Chain) Client() *ethclient.Client { return c.client }

// FaucetKey returns the funded dev key (a well-known test key: dev chains only).
func (c *Chain) FaucetKey() *ecdsa.PrivateKey { return c.faucet }

// Close stops the node.
func (c *Chain) Close() error {
	if c.quit != nil {
		close(c.quit)
		c.wg.Wait()
		c.quit = nil
	}
	if c.client != nil {
		c.client.Close()
	}
	return c.stack.Close()
}

// Fund sends wei from the faucet to addr and waits until it is mined.
func (c *Chain) Fund(ctx context.Context, addr common.Address, wei *big.Int) error {
	from := crypto.PubkeyToAddress(c.faucet.PublicKey)
	nonce, err := c.client.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("devchain: fund: %w", err)
	}
	tip, err := c.client.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("devchain: fund: %w", err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("devchain: fund: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(int64(c.manifest.ChainID)), Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &addr, Value: wei})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), c.faucet)
	if err != nil {
		return fmt.Errorf("devchain: fund: %w", err)
	}
	if err := c.client.SendTransaction(ctx, signed); err != nil {
		return fmt.Errorf("devchain: fund: %w", err)
	}
	if seal := c.afterSend(); seal != nil {
		seal()
	}
	r, err := bind.WaitMined(ctx, c.client, signed.Hash())
	if err != nil {
		return fmt.Errorf("devchain: fund %s: %w", addr, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("devchain: fund %s failed", addr)
	}
	return nil
}
