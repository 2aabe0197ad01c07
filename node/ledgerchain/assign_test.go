package ledgerchain_test

import (
	"errors"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
)

// commitment is a one-step contribution of peer i to a round, trained from the genesis model.
func commitment(i int) swarm.Commitment {
	return swarm.Commitment{Base: swarm.Root(testGenesis), BatchRoot: swarm.Root{1, byte(i)}, TraceRoot: swarm.Root{2, byte(i)},
		UpdateRoot: swarm.Root{3, byte(i)}, UpdateBlob: swarm.Root{4, byte(i)}, UpdateSize: 9, NSteps: 1}
}

// jumpTo moves chain time to at without stepping any keeper.
func (w *world) jumpTo(at time.Time) {
	w.t.Helper()
	if err := w.jump(time.Duration(uint64(at.Unix())-w.headTime()) * time.Second); err != nil {
		w.t.Fatal(err)
	}
	w.sync()
}

// TestAssignmentsWaitForTheBeacon: after C_r, Assignments waits until a keeper has closed the
// round and the beacon can be read; at V_r without a beacon it gives up with ErrUndecided.
func TestAssignmentsWaitForTheBeacon(t *testing.T) {
	w := newSimWorld(t, 4, 3, 1)
	peers := w.clients[1:4]
	for r := uint64(0); r < 2; r++ {
		w.advanceTo(w.sched.T(r))
		for i, p := range peers {
			if err := w.chains[p.Address()].Commit(w.ctx, w.run, r, commitment(i)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Round 0 was closed at T_1 by the keeper; round 1 is not closed yet.
	type answer struct {
		as  []swarm.Committed
		err error
	}
	w.jumpTo(w.sched.C(1))
	got := make(chan answer, len(peers))
	for _, p := range peers {
		go func() {
			as, err := w.chains[p.Address()].Assignments(w.ctx, w.run, 1)
			got <- answer{as, err}
		}()
	}
	if b := check(w.clients[0].Beacon(w.ctx, w.run, 1))(t); b != ([32]byte{}) {
		t.Fatalf("round 1 has a beacon before any keeper closed it")
	}
	w.advanceTo(w.sched.C(1)) // the keeper closes round 1 and stores its beacon
	total := 0
	for range peers {
		a := <-got
		if a.err != nil {
			t.Fatalf("assignments of round 1: %v", a.err)
		}
		total += len(a.as)
	}
	if total != len(peers) {
		t.Fatalf("%d assignments in round 1, want one verifier for each of %d contributions", total, len(peers))
	}

	// Round 2: nobody closes it; at V_2 the adapter stops waiting.
	w.advanceTo(w.sched.T(2))
	for i, p := range peers {
		if err := w.chains[p.Address()].Commit(w.ctx, w.run, 2, commitment(i)); err != nil {
			t.Fatal(err)
		}
	}
	w.jumpTo(w.sched.V(2))
	if _, err := w.chains[peers[0].Address()].Assignments(w.ctx, w.run, 2); !errors.Is(err, swarm.ErrUndecided) {
		t.Fatalf("assignments at V_2 without a beacon: got %v, want %v", err, swarm.ErrUndecided)
	}
}
