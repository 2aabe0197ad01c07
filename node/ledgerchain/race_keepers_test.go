package ledgerchain_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/node/ledgerchain"
)

// TestKeepersRace: on the in-process dev chain, sealing blocks by hand, two keepers (accounts
// 1 and 2, also contributors) step at the same time, so that each close, beacon, finalization
// lands twice in one block. Three rounds are played; every round is closed, its beacon stored
// and finalized exactly once, each keeper claims its own rewards once, both report having
// lost races, and neither returns an error.
func TestKeepersRace(t *testing.T) {
	ctx := context.Background()
	log := testLogger(t)
	var funded []common.Address
	for i := 1; i <= 3; i++ {
		funded = append(funded, devkeys.Address(i))
	}
	dc := check(devchain.Start(ctx, devchain.WithManualBlocks(), devchain.WithFunded(ledger.Ether(1000), funded...),
		devchain.WithParams(testParams()), devchain.WithLogger(log)))(t)
	t.Cleanup(func() { dc.Close() })
	m := dc.Manifest()
	opts := func(after func()) []ledger.Option {
		return []ledger.Option{ledger.WithLogger(log), ledger.WithEndpoint(m.RPCURL), ledger.WithDeployBlock(m.DeployBlock),
			ledger.WithAfterSend(after)}
	}
	sealNow := func() {
		if err := dc.Seal(); err != nil {
			t.Error(err)
		}
	}
	var seq []*ledger.Client
	for i := 0; i <= 3; i++ {
		seq = append(seq, check(ledger.New(ctx, dc.Client(), m.Contracts, devkeys.Key(i), opts(sealNow)...))(t))
	}
	w := newWorld(t, seq, 3, 1, dc.Seal, dc.AdjustTime)

	// The keepers send through clients that only report their sends; the test seals once
	// every keeper has sent or finished.
	sent := make(chan struct{}, 8)
	report := func() { sent <- struct{}{} }
	var actions [2][]ledgerchain.Action
	w.keepers = nil
	for j, i := range []int{1, 2} {
		cl := check(ledger.New(ctx, dc.Client(), m.Contracts, devkeys.Key(i), opts(report)...))(t)
		ch := check(ledgerchain.Open(ctx, cl, w.run, ledgerchain.WithPollInterval(20*time.Millisecond), ledgerchain.WithLogger(log)))(t)
		t.Cleanup(func() { ch.Close() })
		w.extra = append(w.extra, ch)
		k := check(ledgerchain.NewKeeper(ch, ledgerchain.WithBackoff(0, 0),
			ledgerchain.WithObserver(func(a ledgerchain.Action) { actions[j] = append(actions[j], a) })))(t)
		w.keepers = append(w.keepers, k)
	}
	w.step = func() bool { return raceStep(t, w, sent, dc.Seal) }

	peers := seq[1:4]
	const rounds = 3
	for r := uint64(0); r < rounds; r++ {
		w.advanceTo(w.sched.T(r))
		for i, p := range peers {
			if err := w.chains[p.Address()].Commit(ctx, w.run, r, commitment(i)); err != nil {
				t.Fatal(err)
			}
		}
		w.advanceTo(w.sched.C(r))
		for _, p := range peers {
			c := w.chains[p.Address()]
			for _, a := range check(c.Assignments(ctx, w.run, r))(t) {
				if err := c.AttestContribution(ctx, w.run, r, a.Author); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	w.advanceTo(w.sched.F(rounds - 1))

	count := map[string]int{}
	for _, ev := range check(seq[0].FilterLogs(ctx, 0, nil, "RoundClosed", "BeaconFixed", "RoundFinalized", "RewardClaimed"))(t) {
		switch v := ev.Value.(type) {
		case *ledger.RoundClosed:
			count[fmt.Sprint("close ", v.Round)]++
		case *ledger.BeaconFixed:
			count[fmt.Sprint("beacon ", v.Round)]++
		case *bindings.LedgerRoundFinalized:
			count[fmt.Sprint("finalize ", v.Round)]++
		case *bindings.LedgerRewardClaimed:
			count[fmt.Sprint("claim ", v.Round, " ", v.Peer)]++
		}
	}
	for r := range uint64(rounds) {
		for _, k := range []string{"close", "beacon", "finalize"} {
			if n := count[fmt.Sprint(k, " ", r)]; n != 1 {
				t.Errorf("round %d: %s %d times, want once", r, k, n)
			}
		}
		for _, p := range peers[:2] {
			if n := count[fmt.Sprint("claim ", r, " ", p.Address())]; n != 1 {
				t.Errorf("round %d: %s claimed %d times, want once", r, p.Address(), n)
			}
		}
		if n := count[fmt.Sprint("claim ", r, " ", peers[2].Address())]; n != 0 {
			t.Errorf("round %d: %s (no keeper) claimed %d times", r, peers[2].Address(), n)
		}
	}
	raced := map[string]int{}
	for _, as := range actions {
		for _, a := range as {
			if a.Raced {
				raced[a.Kind]++
			}
		}
	}
	t.Logf("events %v; races lost by a keeper: %v", count, raced)
	for _, k := range []string{"close", "beacon", "finalize"} {
		if raced[k] != rounds {
			t.Errorf("%d lost races to %s, want one per round (%d)", raced[k], k, rounds)
		}
	}
}

// raceStep steps every keeper at once and seals a block whenever each of them has either
// sent a transaction or finished, so that their transactions share blocks.
func raceStep(t *testing.T, w *world, sent <-chan struct{}, seal func() error) (pending bool) {
	t.Helper()
	type result struct {
		pending bool
		err     error
	}
	done := make(chan result, len(w.keepers))
	for _, k := range w.keepers {
		go func() {
			p, err := k.Step(w.ctx)
			done <- result{p, err}
		}()
	}
	inflight, finished := 0, 0
	for finished < len(w.keepers) {
		select {
		case <-sent:
			inflight++
		case r := <-done:
			finished++
			if r.err != nil {
				t.Errorf("keeper: %v", r.err)
			}
			pending = pending || r.pending
		}
		if inflight > 0 && inflight+finished == len(w.keepers) {
			if err := seal(); err != nil {
				t.Fatal(err)
			}
			inflight = 0
		}
	}
	return pending
}
