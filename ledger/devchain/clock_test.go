package devchain_test

import (
	"context"
	"log/slog"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/ledger/devkeys"
)

// TestManualClock drives a manual-clock chain over JSON-RPC: every block a transaction gets
// is one second after its parent, and time otherwise moves only by evm_increaseTime,
// evm_setNextBlockTimestamp and evm_mine.
func TestManualClock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang guard only
	defer cancel()
	c, err := devchain.Start(ctx, devchain.WithManualClock(), devchain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eth := c.Client()
	rc, err := rpc.DialContext(ctx, c.Manifest().WSURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	head := func() (num, tm uint64) {
		t.Helper()
		h, err := eth.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64(), h.Time
	}
	// The deployment's blocks: genesis + 1 s each.
	n0, t0 := head()
	if t0 != devchain.ManualClockGenesis+n0 {
		t.Fatalf("head %d at %d after the deployment, want genesis %d + %d s", n0, t0, devchain.ManualClockGenesis, n0)
	}
	// A transaction is sealed at once, one second after its parent.
	if err := c.Fund(ctx, crypto.PubkeyToAddress(devkeys.Key(7).PublicKey), ledger.Ether(1)); err != nil {
		t.Fatal(err)
	}
	if n, tm := head(); n != n0+1 || tm != t0+1 {
		t.Fatalf("after a transfer: head %d at %d, want %d at %d", n, tm, n0+1, t0+1)
	}
	var total string
	if err := rc.CallContext(ctx, &total, "evm_increaseTime", 100); err != nil {
		t.Fatal(err)
	}
	if total != "0x64" {
		t.Fatalf("evm_increaseTime(100) = %s, want 0x64", total)
	}
	if n, _ := head(); n != n0+1 {
		t.Fatalf("evm_increaseTime sealed a block: head %d", n)
	}
	var ok string
	if err := rc.CallContext(ctx, &ok, "evm_mine"); err != nil || ok != "0x0" {
		t.Fatalf("evm_mine: %q, %v", ok, err)
	}
	if n, tm := head(); n != n0+2 || tm != t0+101 {
		t.Fatalf("after evm_increaseTime(100), evm_mine: head %d at %d, want %d at %d", n, tm, n0+2, t0+101)
	}
	if err := rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", "0x"+hex(t0+500)); err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, &ok, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if n, tm := head(); n != n0+3 || tm != t0+500 {
		t.Fatalf("after evm_setNextBlockTimestamp(+500): head %d at %d, want %d at %d", n, tm, n0+3, t0+500)
	}
	if err := rc.CallContext(ctx, &ok, "evm_mine", t0+600); err != nil {
		t.Fatal(err)
	}
	if err := rc.CallContext(ctx, &ok, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if n, tm := head(); n != n0+5 || tm != t0+601 {
		t.Fatalf("after evm_mine(+600), evm_mine: head %d at %d, want %d at %d", n, tm, n0+5, t0+601)
	}
	// Time never goes back.
	if err := rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", t0+10); err == nil {
		t.Fatal("evm_setNextBlockTimestamp accepted a time before the head")
	}
	if err := rc.CallContext(ctx, nil, "evm_increaseTime", "ten"); err == nil {
		t.Fatal(`evm_increaseTime accepted "ten"`)
	}
	// Go callers advance it too.
	tm, err := c.AdvanceTime(30 * time.Second)
	if err != nil || tm != t0+631 {
		t.Fatalf("AdvanceTime(30s) = %d, %v; want %d", tm, err, t0+631)
	}
}

// TestManualClockNotOnWallChains: a chain that follows the wall clock refuses AdvanceTime
// and serves no evm_ methods.
func TestManualClockNotOnWallChains(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.AdvanceTime(time.Second); err == nil {
		t.Fatal("AdvanceTime on a wall-clock chain")
	}
	rc, err := rpc.DialContext(ctx, c.Manifest().RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if err := rc.CallContext(ctx, nil, "evm_mine"); err == nil {
		t.Fatal("evm_mine served on a wall-clock chain")
	}
	if _, err := devchain.Start(ctx, devchain.WithManualClock(), devchain.WithPeriod(time.Second)); err == nil {
		t.Fatal("a manual clock with a block period")
	}
}

func hex(v uint64) string { return strconv.FormatUint(v, 16) }
