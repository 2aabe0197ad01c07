package simchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/apiary-rl/apiary/ledger/devkeys"
)

// ChainID is the chain ID of every simulated backend.
var ChainID = big.NewInt(1337)

// Chain is a simulated chain with funded accounts: Keys[i] is devkeys.Key(i).
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address

	// sealMu serializes Commit, AdvanceTime and Mine: the simulated beacon's block sealing
	// can deadlock inside go-ethereum's transaction pool when two seal at once (found by
	// node/dispute's tests, whose challenger and responder send from two goroutines).
	sealMu sync.Mutex
}

type config struct {
	accounts int
	balance  *big.Int
	gasLimit uint64
	chain    *params.ChainConfig
}

// Option configures New.
type Option func(*config) error

// WithAccounts sets the number of funded accounts.
func WithAccounts(n int) Option {
	return func(c *config) error {
		if n < 1 || n > 1000 {
			return fmt.Errorf("simchain: account count %d out of range [1, 1000]", n)
		}
		c.accounts = n
		return nil
	}
}

// WithBalance sets each account's initial balance in wei.
func WithBalance(wei *big.Int) Option {
	return func(c *config) error {
		if wei == nil || wei.Sign() <= 0 {
			return fmt.Errorf("simchain: balance must be positive")
		}
		c.balance = new(big.Int).Set(wei)
		return nil
	}
}

// WithChainConfig sets the chain configuration (default
// devkeys.ChainConfig(), forks through Osaka): tests of older forks use it.
// The simulated beacon needs a post-merge configuration (Shanghai or later).
func WithChainConfig(cc *params.ChainConfig) Option {
	return func(c *config) error {
		if cc == nil || cc.ShanghaiTime == nil {
			return fmt.Errorf("simchain: chain config must be Shanghai or later")
		}
		c.chain = cc
		return nil
	}
}

// New starts a simulated chain. Defaults: 8 accounts of 1,000,000 ether each,
// a 60M block gas limit, no eth_call timeout and a 1e9 eth_call gas cap (so
// that batched differential tests fit in one call).
func New(opts ...Option) (*Chain, error) {
	cfg := config{accounts: 8, balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)), gasLimit: 60_000_000,
		chain: devkeys.ChainConfig()}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	alloc := types.GenesisAlloc{}
	c := &Chain{}
	for i := 0; i < cfg.accounts; i++ {
		k := devkeys.Key(i)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: cfg.balance}
	}
	c.Backend = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg.chain
		ec.RPCEVMTimeout = 0
		ec.RPCGasCap = 1_000_000_000
		ec.Genesis.GasLimit = cfg.gasLimit
		ec.Miner.GasCeil = cfg.gasLimit
	})
	c.Client = c.Backend.Client()
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// Auth returns transaction options signing with account i.
func (c *Chain) Auth(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.Keys[i], ChainID)
}

// Commit seals a block.
func (c *Chain) Commit() {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	c.Backend.Commit()
}

// AdvanceTime moves the chain's clock forward by d and seals a block.
//
// The simulated beacon refuses to adjust time while its transaction pool
// lists pending transactions, and the pool drops a just-mined transaction
// only when it processes the new head, asynchronously. Right after a
// transaction is mined the pool can therefore still list it; AdvanceTime
// waits (up to two seconds) for the pool to catch up.
func (c *Chain) AdvanceTime(d time.Duration) error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	var err error
	for i := 0; i < 200; i++ {
		if err = c.Backend.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty block") {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
	return fmt.Errorf("advance time: %w", err)
}

// Mine seals a block and waits for the receipt of tx, returning an error if
// the transaction reverted.
func (c *Chain) Mine(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	c.Commit()
	r, err := bind.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// Deploy deploys bytecode with constructor input from account i and mines it.
func (c *Chain) Deploy(ctx context.Context, i int, bytecode, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(c.Auth(i), bytecode, c.Client, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy: %w", err)
	}
	if _, err := c.Mine(ctx, tx); err != nil {
		return common.Address{}, fmt.Errorf("deploy: %w", err)
	}
	return addr, nil
}
