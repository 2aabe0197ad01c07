package devchain

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/rpc"
)

// ManualClockGenesis is the genesis timestamp of a chain started WithManualClock:
// 2100-01-01T00:00:00Z, ahead of any wall clock the chain will run under, so that the
// simulated beacon (which stamps a block max(wall clock, parent + 1)) always stamps
// parent + 1.
const ManualClockGenesis = 4102444800

// WithManualClock makes chain time independent of the wall clock: the genesis block is
// stamped ManualClockGenesis; a block is sealed as soon as a transaction arrives
// ("instamine"), one second after its parent; otherwise time moves only through the
// anvil-compatible JSON-RPC methods evm_increaseTime, evm_setNextBlockTimestamp and evm_mine
// (served on both endpoints) or AdvanceTime. Tests that must not depend on how fast the
// machine is drive the chain this way (docs/NODE.md, "Testing on a controlled clock").
func WithManualClock() Option {
	return func(c *config) error { c.clock = true; return nil }
}

// clockState is the time jump queued for the next evm_mine.
type clockState struct {
	mu       sync.Mutex
	increase uint64 // seconds queued by evm_increaseTime
	next     uint64 // timestamp set by evm_setNextBlockTimestamp (0: none)
}

// startInstamine seals a block whenever transactions are pending, until Close.
func (c *Chain) startInstamine() {
	ch := make(chan core.NewTxsEvent, 64)
	sub := c.eth.TxPool().SubscribeTransactions(ch, true)
	c.quit = make(chan struct{})
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		defer sub.Unsubscribe()
		for {
			select {
			case <-c.quit:
				return
			case <-sub.Err():
				return
			case <-ch:
				if err := c.sealPending(); err != nil {
					c.log.Warn("devchain: instamine", "err", err)
				}
			}
		}
	}()
}

// sealPending seals blocks until no executable transaction is pending.
func (c *Chain) sealPending() error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	return c.sealPendingLocked()
}

func (c *Chain) sealPendingLocked() error {
	for range 64 {
		if err := c.eth.TxPool().Sync(); err != nil {
			return fmt.Errorf("devchain: sync the pool: %w", err)
		}
		if pending, _ := c.eth.TxPool().Stats(); pending == 0 {
			return nil
		}
		if err := c.sealLocked(); err != nil {
			return err
		}
		// A pending transaction the block builder leaves out (a fee cap below the base fee)
		// must not make the chain seal empty blocks, each a second of chain time.
		head := c.eth.BlockChain().CurrentBlock()
		if b := c.eth.BlockChain().GetBlock(head.Hash(), head.Number.Uint64()); b != nil && len(b.Transactions()) == 0 {
			return errors.New("devchain: pending transactions were left out of the block (a fee cap below the base fee?)")
		}
	}
	return errors.New("devchain: transactions stay pending after 64 blocks")
}

// AdvanceTime seals any pending transactions (a block one second after its parent), then an
// empty block at the time queued by evm_increaseTime or evm_setNextBlockTimestamp, at least
// d after the head (and at least one second): chains started WithManualClock only. It
// returns the new head's timestamp.
func (c *Chain) AdvanceTime(d time.Duration) (uint64, error) {
	if !c.clock {
		return 0, errors.New("devchain: time moves by itself (start the chain WithManualClock)")
	}
	if d < 0 || d%time.Second != 0 {
		return 0, fmt.Errorf("devchain: advance by %v: want a non-negative whole number of seconds", d)
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if err := c.sealPendingLocked(); err != nil {
		return 0, err
	}
	parent := c.eth.BlockChain().CurrentBlock().Time
	c.jump.mu.Lock()
	target := parent + max(1, uint64(d/time.Second), c.jump.increase)
	if c.jump.next > parent {
		target = max(c.jump.next, parent+uint64(d/time.Second))
	}
	c.jump.increase, c.jump.next = 0, 0
	c.jump.mu.Unlock()
	// A transaction arriving between the pool's check and the seal makes the beacon refuse
	// an empty block; seal it and try again.
	for range 16 {
		if err := c.eth.TxPool().Sync(); err != nil {
			return 0, fmt.Errorf("devchain: sync the pool: %w", err)
		}
		adj := uint64(1)
		if parent = c.eth.BlockChain().CurrentBlock().Time; target > parent {
			adj = target - parent
		}
		if err := c.beacon.AdjustTime(time.Duration(adj) * time.Second); err == nil {
			return c.eth.BlockChain().CurrentBlock().Time, nil
		}
		if err := c.sealPendingLocked(); err != nil {
			return 0, err
		}
	}
	return 0, errors.New("devchain: could not seal an empty block: transactions keep arriving")
}

// evmAPI is the anvil-compatible time control of a manual-clock chain (namespace "evm").
type evmAPI struct{ c *Chain }

// IncreaseTime queues a jump of s seconds for the next evm_mine (anvil's evm_increaseTime)
// and returns the total queued, in seconds. Blocks sealed for transactions in between stay
// one second after their parent.
func (a *evmAPI) IncreaseTime(s quantity) (hexutil.Uint64, error) {
	a.c.jump.mu.Lock()
	defer a.c.jump.mu.Unlock()
	a.c.jump.increase += uint64(s)
	return hexutil.Uint64(a.c.jump.increase), nil
}

// SetNextBlockTimestamp makes the next evm_mine stamp its block t (anvil's
// evm_setNextBlockTimestamp); t must be after the head's timestamp.
func (a *evmAPI) SetNextBlockTimestamp(t quantity) error {
	head := a.c.eth.BlockChain().CurrentBlock().Time
	if uint64(t) <= head {
		return fmt.Errorf("timestamp %d is not after the head's %d", t, head)
	}
	a.c.jump.mu.Lock()
	defer a.c.jump.mu.Unlock()
	a.c.jump.next = uint64(t)
	return nil
}

// Mine seals an empty block (anvil's evm_mine), at the optional timestamp, else at the
// queued jump, else one second after the head; pending transactions are sealed first in
// their own block. It returns "0x0" as anvil does.
func (a *evmAPI) Mine(t *quantity) (string, error) {
	if t != nil {
		if err := a.SetNextBlockTimestamp(*t); err != nil {
			return "", err
		}
	}
	if _, err := a.c.AdvanceTime(0); err != nil {
		return "", err
	}
	return "0x0", nil
}

// quantity is a JSON-RPC number argument: a JSON number, a decimal string or a 0x-prefixed
// hex string, as anvil accepts.
type quantity uint64

// UnmarshalJSON implements json.Unmarshaler.
func (q *quantity) UnmarshalJSON(b []byte) error {
	var n json.Number
	if err := json.Unmarshal(b, &n); err == nil {
		v, err := strconv.ParseUint(n.String(), 10, 64)
		if err != nil {
			return fmt.Errorf("quantity %s: %w", b, err)
		}
		*q = quantity(v)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("quantity %s: want a number or a string", b)
	}
	var (
		v   uint64
		err error
	)
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		v, err = strconv.ParseUint(s[2:], 16, 64)
	} else {
		v, err = strconv.ParseUint(s, 10, 64)
	}
	if err != nil {
		return fmt.Errorf("quantity %q: %w", s, err)
	}
	*q = quantity(v)
	return nil
}

// evmAPIs returns the "evm" namespace of a manual-clock chain.
func (c *Chain) evmAPIs() []rpc.API {
	return []rpc.API{{Namespace: "evm", Service: &evmAPI{c: c}}}
}
