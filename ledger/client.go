package ledger

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Backend is what the client needs from a chain: go-ethereum's
// *ethclient.Client and the simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Addresses are the deployed contracts.
type Addresses struct {
	Ledger  common.Address `json:"ledger"`
	Referee common.Address `json:"referee"`
	// RewardJudge is the contract the Verdicts module consults to judge a
	// wrong reward (zero in address files written before it existed).
	RewardJudge common.Address `json:"reward_judge,omitempty"`
}

// Client is a typed client of the Ledger contract, acting as one account.
// Every method takes a context; transactions wait until mined and return an
// error (a *RevertError for a revert) unless they succeeded. It is safe for
// concurrent use; transactions from one Client are sent one at a time.
type Client struct {
	backend Backend
	addrs   Addresses
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int

	ledger  *bindings.Ledger
	lc      *bind.BoundContract
	log     *slog.Logger
	retries int
	backoff time.Duration
	mined   func()
	margin  GasMargin
	deploy  uint64
	where   string

	sendMu sync.Mutex
}

// Option configures a Client.
type Option func(*Client) error

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *Client) error {
		if l == nil {
			return errors.New("ledger: nil logger")
		}
		c.log = l
		return nil
	}
}

// WithRetries sets how often a call or send that failed for a transient
// (non-revert) reason is retried, and the first backoff (doubled each time).
func WithRetries(n int, backoff time.Duration) Option {
	return func(c *Client) error {
		if n < 0 || backoff < 0 {
			return fmt.Errorf("ledger: negative retries %d or backoff %v", n, backoff)
		}
		c.retries, c.backoff = n, backoff
		return nil
	}
}

// WithAfterSend runs f after each transaction is sent, before waiting for it
// to be mined: tests on the simulated backend pass its Commit.
func WithAfterSend(f func()) Option {
	return func(c *Client) error { c.mined = f; return nil }
}

// WithDeployBlock sets the block the contracts were deployed in (the
// manifest's deploy_block): event history is read from there on.
func WithDeployBlock(n uint64) Option {
	return func(c *Client) error { c.deploy = n; return nil }
}

// WithEndpoint names the chain's endpoint (its RPC URL) in error messages.
func WithEndpoint(url string) Option {
	return func(c *Client) error { c.where = url; return nil }
}

// New returns a client of the contracts at addrs acting as key's account.
// It first checks that the chain runs the Cancun EVM (CheckEVM). Defaults:
// slog.Default(), 3 retries from a 200ms backoff, DefaultGasMargin(), event
// history from block 0, nothing run after a send.
func New(ctx context.Context, backend Backend, addrs Addresses, key *ecdsa.PrivateKey, opts ...Option) (*Client, error) {
	if backend == nil || key == nil {
		return nil, errors.New("ledger: nil backend or key")
	}
	c := &Client{
		backend: backend, addrs: addrs, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		ledger: bindings.NewLedger(), log: slog.Default(), retries: 3, backoff: 200 * time.Millisecond,
		margin: DefaultGasMargin(),
	}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	err := c.retry(ctx, func() error {
		id, err := backend.ChainID(ctx)
		c.chainID = id
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("ledger: read chain id: %w", err)
	}
	if err := c.retry(ctx, func() error { return CheckEVM(ctx, backend) }); err != nil {
		return nil, evmError(c.where, c.chainID, err)
	}
	c.lc = c.ledger.Instance(backend, addrs.Ledger)
	return c, nil
}

// Address is the client's account.
func (c *Client) Address() common.Address { return c.from }

// Addresses returns the contracts the client talks to.
func (c *Client) Addresses() Addresses { return c.addrs }

// ChainID returns the chain's ID.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Backend returns the chain backend.
func (c *Client) Backend() Backend { return c.backend }

// transient reports whether err may go away on retry: not a revert, not a
// context error, not a rejection by the node.
func transient(err error) bool {
	if err == nil || errors.Is(err, ErrReverted) || errors.Is(err, ErrOldEVM) || errors.Is(err, ErrNonceTaken) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	s := err.Error()
	for _, perm := range []string{"revert", "insufficient funds", "nonce too low", "intrinsic gas", "exceeds block gas limit", "gas limit too high", "invalid"} {
		if strings.Contains(s, perm) {
			return false
		}
	}
	return true
}

func (c *Client) retry(ctx context.Context, f func() error) error {
	wait := c.backoff
	for i := 0; ; i++ {
		err := f()
		if err == nil || i >= c.retries || !transient(err) {
			return err
		}
		c.log.Debug("ledger: retrying after transient error", "attempt", i+1, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// call runs a read-only call of the Ledger and unpacks its result.
func call[T any](ctx context.Context, c *Client, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var out T
	err := c.retry(ctx, func() error {
		var err error
		out, err = bind.Call(c.lc, &bind.CallOpts{Context: ctx, From: c.from}, data, unpack)
		return decodeRevert(err)
	})
	return out, err
}

// findEvent returns the first log of r that unpack accepts.
func findEvent[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) (*T, error) {
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, ErrNoEvent
}
