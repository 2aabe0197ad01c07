package ledger

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/ledger/simchain"
)

// TestClassifySend: how geth, reth/anvil, erigon, besu, Nethermind and
// OpenEthereum word "I already have it" and "nonce used", as they answer
// eth_sendRawTransaction, against real rejections.
func TestClassifySend(t *testing.T) {
	for _, tc := range []struct {
		node, msg string
		want      sendOutcome
	}{
		{"geth", "already known", sendKnown},
		{"geth < 1.10", "known transaction: 5d8b3d3c7a2e4f0d9b1e8c6a4f2d0b9e7c5a3f1d8b6e4c2a0f9d7b5e3c1a8f6d", sendKnown},
		{"reth", "already known", sendKnown},
		{"anvil", "transaction already imported", sendKnown},
		{"erigon", "ALREADY_EXISTS: already known", sendKnown},
		{"erigon pool", "INTERNAL_ERROR: existing tx with same hash", sendKnown},
		{"besu", "Known transaction", sendKnown},
		{"nethermind", "AlreadyKnown", sendKnown},
		{"openethereum", "Transaction with the same hash was already imported.", sendKnown},
		{"geth", "replacement transaction underpriced", sendKnown},
		{"besu", "Replacement transaction underpriced", sendKnown},
		{"geth", "nonce too low: address 0xcA0B19fF1567C61b75d48239Ce528c535E80aeeF, tx: 3 state: 4", sendNonceUsed},
		{"reth/anvil", "nonce too low", sendNonceUsed},
		{"besu", "Nonce too low", sendNonceUsed},
		{"nethermind", "OldNonce, Current nonce: 4, nonce of rejected tx: 3", sendNonceUsed},
		{"openethereum", "Transaction nonce is too low. Try incrementing the nonce.", sendNonceUsed},
		{"geth", "insufficient funds for gas * price + value: balance 0, tx cost 1", sendFailed},
		{"geth", "transaction underpriced: tip needed 1, tip permitted 0", sendFailed},
		{"geth", "nonce too high", sendFailed},
		{"geth", "exceeds block gas limit", sendFailed},
		{"transport", "Post \"http://127.0.0.1:8545\": connection refused", sendFailed},
	} {
		if got := classifySend(errors.New(tc.msg)); got != tc.want {
			t.Errorf("%s %q: got %d, want %d", tc.node, tc.msg, got, tc.want)
		}
	}
	if classifySend(nil) != sendFailed {
		t.Error("nil error classified as sent")
	}
}

// TestGasMarginLimit: the margin, and its caps at the block gas limit and
// at EIP-7825's per-transaction maximum, never below the estimate.
func TestGasMarginLimit(t *testing.T) {
	m := DefaultGasMargin()
	for _, tc := range []struct{ est, block, want uint64 }{
		{79_071, 60_000_000, 79_071 + 19_767 + 20_000}, // covers the 83,818 the majority vote uses
		{21_000, 0, 21_000 + 5_250 + 20_000},
		{1_000_000, 1_100_000, 1_100_000},    // capped at the block gas limit
		{15_000_000, 60_000_000, MaxTxGas},   // capped at 2^24
		{20_000_000, 60_000_000, 20_000_000}, // a pre-Osaka chain: the estimate itself
	} {
		if got := m.Limit(tc.est, tc.block); got != tc.want {
			t.Errorf("Limit(%d, %d) = %d, want %d", tc.est, tc.block, got, tc.want)
		}
	}
	if (GasMargin{}).Limit(50_000, 0) != 50_000 {
		t.Error("zero margin changed the estimate")
	}
	if err := WithGasMargin(GasMargin{Percent: 5000})(&Client{}); err == nil {
		t.Error("a 5000% margin accepted")
	}
}

// TestResendCountsAsSent sends one signed transaction again while pending
// ("already known") and after it is mined ("nonce too low", with its
// receipt on chain): both count as sent. A different transaction with a
// used nonce is ErrNonceTaken.
func TestResendCountsAsSent(t *testing.T) {
	ch, err := simchain.New(simchain.WithAccounts(2))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	ctx := context.Background()
	c, err := New(ctx, ch.Client, Addresses{Ledger: ch.Addrs[1]}, ch.Keys[0], WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	tx := transfer(t, ch, 0, 1)
	if err := c.send(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := ch.Client.SendTransaction(ctx, tx); classifySend(err) != sendKnown {
		t.Fatalf("resend while pending: %v", err)
	}
	if err := c.send(ctx, tx); err != nil {
		t.Fatalf("resend while pending: %v", err)
	}
	if _, err := ch.Mine(ctx, tx); err != nil {
		t.Fatal(err)
	}
	// The pool drops a mined transaction when it processes the new head, in the background:
	// until then a resend is still "already known". Sealing the next (empty) block resets the
	// pool against that head first (the simulated beacon syncs its pool before each block).
	ch.Commit()
	if err := ch.Client.SendTransaction(ctx, tx); classifySend(err) != sendNonceUsed {
		t.Fatalf("resend once mined: %v", err)
	}
	if err := c.send(ctx, tx); err != nil {
		t.Fatalf("resend once mined: %v", err)
	}
	other := transfer(t, ch, 0, 2) // same nonce 0, another value
	if err := c.send(ctx, other); !errors.Is(err, ErrNonceTaken) {
		t.Fatalf("other transaction with a used nonce: %v, want ErrNonceTaken", err)
	}
}

// transfer signs a transfer of wei from account 0 to account 1.
func transfer(t *testing.T, ch *simchain.Chain, nonce uint64, wei int64) *types.Transaction {
	t.Helper()
	to := crypto.PubkeyToAddress(ch.Keys[1].PublicKey)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: simchain.ChainID, Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21_000, To: &to, Value: big.NewInt(wei)}),
		types.LatestSignerForChainID(simchain.ChainID), ch.Keys[0])
	if err != nil {
		t.Fatal(err)
	}
	return tx
}
