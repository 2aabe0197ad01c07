package ledger_test

import (
	"context"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

// recv waits for one event on ch (or fails when ctx ends).
func recv[T any](ctx context.Context, t *testing.T, ch <-chan *T, errc <-chan error) *T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case err := <-errc:
		t.Fatalf("subscription: %v", err)
	case <-ctx.Done():
		t.Fatalf("no event: %v", ctx.Err())
	}
	return nil
}

// TestWatchRoundAndDisputeEvents subscribes to the beacon, attestation and
// step events (StepPosted comes from the Disputes module, run by
// delegatecall, so the Ledger's address emits it) and receives each as the
// round and a dispute proceed; the history holds the same events.
func TestWatchRoundAndDisputeEvents(t *testing.T) {
	e := newEnv(t, 4, testParams())
	ctx, cancel := context.WithTimeout(e.ctx, time.Minute)
	defer cancel()
	id := e.newRun(1, 2, 3)
	w := e.clients[0]
	beacons, attests, steps := make(chan *ledger.BeaconFixed, 4), make(chan *ledger.ContributionAttested, 16),
		make(chan *ledger.StepPosted, 4)
	sb := check(w.WatchBeaconFixed(ctx, id, beacons))(t)
	defer sb.Unsubscribe()
	sa := check(w.WatchContributionAttested(ctx, id, attests))(t)
	defer sa.Unsubscribe()
	ss := check(w.WatchStepPosted(ctx, steps))(t)
	defer ss.Unsubscribe()

	for i := 1; i <= 3; i++ {
		check(e.clients[i].Commit(e.ctx, id, 0, commitment(byte(i))))(t)
	}
	did := check(e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	check(e.clients[1].PostStep(e.ctx, did, [32]byte{7}, 6, stepOutputs(1)))(t)
	if sp := recv(ctx, t, steps, ss.Err()); sp.Id.Uint64() != did || sp.StepRoot != [32]byte{7} || sp.Nrecords != 6 {
		t.Fatalf("StepPosted %+v", sp)
	}
	e.at(id, 0, tCommit)
	e.beacon(id, 0)
	bf := recv(ctx, t, beacons, sb.Err())
	if want := check(w.Beacon(e.ctx, id, 0))(t); bf.RunId != id || bf.Round != 0 || bf.Beacon != want {
		t.Fatalf("BeaconFixed %+v, want beacon %x", bf, want)
	}
	e.attestAll(id, 0, 1)
	vs := check(w.Verifiers(e.ctx, id, 0, e.addr(1)))(t)
	for range vs {
		if a := recv(ctx, t, attests, sa.Err()); a.Solver != e.addr(1) || a.Round != 0 {
			t.Fatalf("ContributionAttested %+v", a)
		}
	}
	names := map[string]int{}
	for _, ev := range check(w.FilterLogs(e.ctx, 0, nil))(t) {
		names[ev.Name]++
	}
	if names["StepPosted"] != 1 || names["DisputeOpened"] != 1 || names["BeaconFixed"] != 1 ||
		names["ContributionAttested"] != len(vs) || names["RoundClosed"] != 1 {
		t.Fatalf("history counts %v", names)
	}
}
