package ledger

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// MaxTxGas is the largest gas limit a transaction may have on Osaka chains
// (EIP-7825: 2^24). The client never asks for more unless the estimate itself
// is larger (possible on older forks), in which case it sends the estimate.
const MaxTxGas = params.MaxTxGas

// GasMargin is the gas a transaction may use beyond its estimate: the limit
// sent is estimate + estimate·Percent/100 + Extra, capped at the latest
// block's gas limit and at MaxTxGas (but never below the estimate).
//
// A margin is needed because the estimate is taken against the latest block,
// while the transaction runs after whatever precedes it in its own block: the
// attestModel vote that reaches the majority writes the agreed root (a fresh
// storage slot, 22,100 gas) although it was estimated as an ordinary vote.
// Unused gas is not charged, so the margin costs only the headroom in the
// balance check (limit × fee cap).
type GasMargin struct {
	Percent uint64 // proportional headroom, in percent of the estimate
	Extra   uint64 // fixed headroom, in gas
}

// DefaultGasMargin is 25% plus 20,000 gas: the fixed part covers one more
// fresh storage write than estimated (the usual cause of a larger actual
// cost), the proportional part state-dependent loops; together they stay far
// below MaxTxGas for every Ledger call.
func DefaultGasMargin() GasMargin { return GasMargin{Percent: 25, Extra: 20_000} }

// Limit returns the gas limit for a transaction estimated at estimate gas in
// a chain whose latest block has gas limit blockLimit (0: unknown).
func (m GasMargin) Limit(estimate, blockLimit uint64) uint64 {
	limit := estimate + estimate/100*m.Percent + estimate%100*m.Percent/100 + m.Extra
	ceiling := uint64(MaxTxGas)
	if blockLimit != 0 && blockLimit < ceiling {
		ceiling = blockLimit
	}
	if limit > ceiling {
		limit = max(ceiling, estimate)
	}
	return limit
}

// WithGasMargin sets the gas margin (default DefaultGasMargin()).
func WithGasMargin(m GasMargin) Option {
	return func(c *Client) error {
		if m.Percent > 1000 || m.Extra > MaxTxGas {
			return fmt.Errorf("ledger: gas margin %+v out of range (at most 1000%% and %d gas)", m, uint64(MaxTxGas))
		}
		c.margin = m
		return nil
	}
}

// sendOutcome classifies a node's answer to eth_sendRawTransaction.
type sendOutcome int

const (
	sendFailed    sendOutcome = iota // a real rejection (or a transport error)
	sendKnown                        // the node already has this transaction
	sendNonceUsed                    // the nonce is used: by this transaction if it is mined
)

// The wordings nodes use, compared after lower-casing and dropping all but
// letters (so "AlreadyKnown", "already known" and "ALREADY_KNOWN" match).
var (
	// knownWordings: geth, reth and erigon ("already known"), geth before
	// 1.10 ("known transaction: <hash>"), besu ("Known transaction"), anvil
	// ("transaction already imported"), OpenEthereum ("Transaction with the
	// same hash was already imported."), Nethermind ("AlreadyKnown"), erigon's
	// pool ("existing tx with same hash"); and "replacement transaction
	// underpriced" (geth, reth, anvil, erigon, besu), which a node may answer
	// to a resend of the very same transaction.
	knownWordings = []string{"alreadyknown", "knowntransaction", "alreadyimported", "existingtxwithsamehash",
		"replacementtransactionunderpriced", "replacementunderpriced"}
	// nonceWordings: "nonce too low" (geth, reth, anvil, erigon, besu),
	// "Transaction nonce is too low" (OpenEthereum), "OldNonce" (Nethermind).
	nonceWordings = []string{"noncetoolow", "nonceistoolow", "oldnonce"}
)

// classifySend tells a transaction the node already holds, one whose nonce
// is already used, and other errors apart.
func classifySend(err error) sendOutcome {
	if err == nil {
		return sendFailed
	}
	s := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, err.Error())
	for _, w := range knownWordings {
		if strings.Contains(s, w) {
			return sendKnown
		}
	}
	for _, w := range nonceWordings {
		if strings.Contains(s, w) {
			return sendNonceUsed
		}
	}
	return sendFailed
}

// transact sends a Ledger transaction with value and waits for it to be mined.
func (c *Client) transact(ctx context.Context, what string, value *big.Int, data []byte) (*types.Receipt, error) {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	tx, err := c.sign(ctx, value, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := c.send(ctx, tx); err != nil {
		return nil, fmt.Errorf("%s: send: %w", what, err)
	}
	if c.mined != nil {
		c.mined()
	}
	r, err := bind.WaitMined(ctx, c.backend, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s: %w", what, tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: %w (tx %s, gas used %d of %d)", what, ErrReverted, tx.Hash(), r.GasUsed, tx.Gas())
	}
	c.log.Debug("ledger: transaction mined", "what", what, "tx", tx.Hash(), "gas", r.GasUsed, "limit", tx.Gas(), "block", r.BlockNumber)
	return r, nil
}

// sign estimates a Ledger call's gas, adds the margin and signs it with the
// next nonce. Reverts found by the estimate come back as *RevertError.
func (c *Client) sign(ctx context.Context, value *big.Int, data []byte) (*types.Transaction, error) {
	opts := bind.NewKeyedTransactor(c.key, c.chainID)
	opts.Context = ctx
	opts.Value = value
	opts.NoSend = true
	var tx *types.Transaction
	err := c.retry(ctx, func() error {
		est, err := c.backend.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &c.addrs.Ledger, Value: value, Data: data})
		if err != nil {
			return decodeRevert(err)
		}
		head, err := c.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("latest header: %w", err)
		}
		opts.GasLimit = c.margin.Limit(est, head.GasLimit)
		tx, err = bind.Transact(c.lc, opts, data)
		return decodeRevert(err)
	})
	return tx, err
}

// send hands tx to the node, retrying transient errors. A node that already
// has it, or that reports its nonce used once tx is mined, counts as sent.
func (c *Client) send(ctx context.Context, tx *types.Transaction) error {
	return c.retry(ctx, func() error {
		err := c.backend.SendTransaction(ctx, tx)
		switch classifySend(err) {
		case sendKnown:
			c.log.Debug("ledger: node already has the transaction", "tx", tx.Hash(), "answer", err)
			return nil
		case sendNonceUsed:
			mined, rerr := c.receiptKnown(ctx, tx.Hash())
			if rerr != nil {
				return fmt.Errorf("%w; receipt of %s: %v", err, tx.Hash(), rerr)
			}
			if mined {
				return nil // an earlier attempt reached the node and was mined
			}
			return fmt.Errorf("%w: nonce %d of %s (%v)", ErrNonceTaken, tx.Nonce(), c.from, err)
		}
		return err
	})
}

// receiptKnown reports whether the node has a receipt for hash. A node still
// indexing its transactions (geth answers "transaction indexing is in
// progress" for a while after it starts or mines) cannot tell yet: it asks
// again, every backoff interval, until it can or ctx ends.
func (c *Client) receiptKnown(ctx context.Context, hash common.Hash) (bool, error) {
	t := time.NewTicker(c.backoff)
	defer t.Stop()
	for {
		_, err := c.backend.TransactionReceipt(ctx, hash)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, ethereum.NotFound):
			return false, nil
		case !strings.Contains(err.Error(), "indexing is in progress"):
			return false, err
		}
		select {
		case <-ctx.Done():
			return false, fmt.Errorf("%w (last answer: %v)", ctx.Err(), err)
		case <-t.C:
		}
	}
}
