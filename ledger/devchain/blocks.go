package devchain

import (
	"errors"
	"fmt"
	"time"
)

// errNotManual is returned by Seal and AdjustTime on a chain that seals
// blocks by itself.
var errNotManual = errors.New("devchain: blocks are sealed by the chain (start it WithManualBlocks)")

// WithManualBlocks seals no block until Seal (or AdjustTime) is called: a
// block then holds every transaction sent since the last one. Tests use it
// to put several transactions in one block without depending on timing;
// Start seals the deployment and Fund its transfer itself.
func WithManualBlocks() Option {
	return func(c *config) error { c.manual = true; return nil }
}

// afterSend returns what must run after a transaction is sent for it to be
// mined: Seal on a manual chain, nothing otherwise.
func (c *Chain) afterSend() func() {
	if !c.manual || c.clock {
		return nil // a manual clock instamines
	}
	return func() {
		if err := c.Seal(); err != nil {
			c.log.Warn("devchain: seal", "err", err)
		}
	}
}

// Seal seals a block with every pending transaction (manual chains only).
// Its timestamp is the wall clock, or the previous block's plus one second
// if that is later (after AdjustTime).
func (c *Chain) Seal() error {
	if !c.manual {
		return errNotManual
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	return c.sealLocked()
}

// sealLocked seals a block with every pending transaction; sealMu is held.
func (c *Chain) sealLocked() error {
	before := c.eth.BlockChain().CurrentBlock().Number.Uint64()
	c.beacon.Commit()
	if after := c.eth.BlockChain().CurrentBlock().Number.Uint64(); after != before+1 {
		return fmt.Errorf("devchain: sealing moved the head from %d to %d", before, after)
	}
	return nil
}

// AdjustTime seals an empty block d after the previous one (manual chains
// only): rounds are timed by block timestamps. Pending transactions are an
// error: seal them first.
func (c *Chain) AdjustTime(d time.Duration) error {
	if !c.manual {
		return errNotManual
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	// The pool drops mined transactions when it processes the new head, in
	// the background: wait for that before AdjustTime looks at it.
	if err := c.eth.TxPool().Sync(); err != nil {
		return fmt.Errorf("devchain: sync the pool: %w", err)
	}
	if err := c.beacon.AdjustTime(d); err != nil {
		return fmt.Errorf("devchain: adjust time: %w", err)
	}
	return nil
}
