package ledgerchain_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/node/ledgerchain"
)

// TestKeeperRunFollowsHeads: a keeper running on its own closes round 0 when a head past C_0
// arrives, stores the beacon at the next head, and finalizes at the first head past F_0.
func TestKeeperRunFollowsHeads(t *testing.T) {
	w := newSimWorld(t, 3, 1, 1)
	acts := make(chan ledgerchain.Action, 16)
	k := check(ledgerchain.NewKeeper(w.chains[w.clients[0].Address()], ledgerchain.WithObserver(func(a ledgerchain.Action) { acts <- a })))(t)
	ctx, cancel := context.WithCancel(w.ctx)
	stopped := make(chan error, 1)
	go func() { stopped <- k.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-stopped; !errors.Is(err, context.Canceled) {
			t.Errorf("keeper run ended with %v, want %v", err, context.Canceled)
		}
	}()
	bound, stop := context.WithTimeout(w.ctx, time.Minute) // bounds a broken test only
	defer stop()
	expect := func(kind string) {
		t.Helper()
		select {
		case a := <-acts:
			if a.Kind != kind || a.Round != 0 || a.Raced {
				t.Fatalf("keeper did %+v, want %s of round 0", a, kind)
			}
		case <-bound.Done():
			t.Fatalf("keeper did not %s round 0", kind)
		}
	}
	w.jumpTo(w.sched.C(0))
	expect("close")
	// The beacon can be stored once a block after the seed block exists; the keeper's gas
	// estimate runs at the head, so two blocks after the close.
	for range 2 {
		if err := w.seal(); err != nil {
			t.Fatal(err)
		}
	}
	expect("beacon")
	w.jumpTo(w.sched.F(0))
	expect("finalize")
}

// flaky is a backend whose transactions fail while fail is set, as a broken endpoint's would.
type flaky struct {
	ledger.Backend
	fail atomic.Bool
}

var errFlaky = errors.New("connection reset by peer")

func (f *flaky) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.fail.Load() {
		return errFlaky
	}
	return f.Backend.SendTransaction(ctx, tx)
}

// TestKeeperBacksOff: a transaction that fails for a transient reason is an error of that
// step, and the task is not tried again before its backoff has passed.
func TestKeeperBacksOff(t *testing.T) {
	w := newSimWorld(t, 3, 1, 1)
	fb := &flaky{Backend: w.backend}
	cl := check(ledger.New(w.ctx, fb, w.clients[0].Addresses(), devkeys.Key(0), // clients[0]'s account ledger.WithRetries(0, 0),
		ledger.WithAfterSend(func() { _ = w.seal() }), ledger.WithLogger(testLogger(t))))(t)
	c := check(ledgerchain.Open(w.ctx, cl, w.run, ledgerchain.WithPollInterval(10*time.Millisecond), ledgerchain.WithLogger(testLogger(t))))(t)
	t.Cleanup(func() { c.Close() })
	w.extra = append(w.extra, c)
	var did []ledgerchain.Action
	k := check(ledgerchain.NewKeeper(c, ledgerchain.WithBackoff(time.Hour, time.Hour),
		ledgerchain.WithObserver(func(a ledgerchain.Action) { did = append(did, a) })))(t)
	w.jumpTo(w.sched.C(0))
	fb.fail.Store(true)
	if _, err := k.Step(w.ctx); !errors.Is(err, errFlaky) {
		t.Fatalf("step with a failing endpoint: got %v, want %v", err, errFlaky)
	}
	fb.fail.Store(false)
	if _, err := k.Step(w.ctx); err != nil || len(did) != 0 {
		t.Fatalf("step inside the backoff: %v, did %v; want nothing", err, did)
	}
	if rd := check(cl.Round(w.ctx, w.run, 0))(t); rd.SeedBlock != 0 {
		t.Fatalf("round 0 closed during the backoff (seed block %d)", rd.SeedBlock)
	}
	// A keeper without backoff (a restart) closes it at once: the state is the chain's.
	k2 := check(ledgerchain.NewKeeper(c, ledgerchain.WithBackoff(0, 0),
		ledgerchain.WithObserver(func(a ledgerchain.Action) { did = append(did, a) })))(t)
	if _, err := k2.Step(w.ctx); err != nil || len(did) != 1 || did[0].Kind != "close" {
		t.Fatalf("restarted keeper: %v, did %v; want a close", err, did)
	}
}
