package ledger_test

import (
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
)

// TestEventHistory reads a run's events back from the deploy block: every
// kind the Ledger declares decodes to its binding type, in chain order, and
// block bounds and names select.
func TestEventHistory(t *testing.T) {
	e := newEnv(t, 4, testParams())
	deployBlock := check(e.chain.Client.BlockNumber(e.ctx))(t)
	c, err := ledger.New(e.ctx, e.chain.Client, e.addrs, e.chain.Keys[0], ledger.WithAfterSend(e.chain.Commit),
		ledger.WithDeployBlock(deployBlock))
	if err != nil {
		t.Fatal(err)
	}
	names := ledger.EventNames()
	if len(names) < 10 || !slices.Contains(names, "Committed") || !slices.Contains(names, "DisputeResolved") {
		t.Fatalf("event names %v", names)
	}
	run := check(c.CreateRun(e.ctx, runConfig(0), nil, eth(30)))(t)
	for i := 1; i <= 3; i++ {
		check(e.clients[i].JoinRun(e.ctx, run, eth(20)))(t)
	}
	mid := check(e.chain.Client.BlockNumber(e.ctx))(t)
	for i := 1; i <= 3; i++ {
		check(e.clients[i].Commit(e.ctx, run, 0, commitment(byte(i))))(t)
	}

	all := check(c.FilterLogs(e.ctx, 0, nil))(t)
	var got []string
	for _, ev := range all {
		got = append(got, ev.Name)
	}
	want := []string{"RunCreated", "Joined", "Joined", "Joined", "Committed", "Committed", "Committed"}
	if !slices.Equal(got, want) {
		t.Fatalf("history %v, want %v", got, want)
	}
	if rc, ok := all[0].Value.(*ledger.RunCreated); !ok || rc.RunId != run || rc.Raw.BlockNumber != mid-3 {
		t.Fatalf("RunCreated %+v", all[0].Value)
	}
	commits := check(ledger.History[ledger.Committed](e.ctx, c, 0, nil))(t)
	if len(commits) != 3 {
		t.Fatalf("%d commits", len(commits))
	}
	for i, cm := range commits {
		if cm.Peer != e.addr(i+1) || cm.Commitment != commitment(byte(i+1)) || cm.RunId != run {
			t.Fatalf("commit %d: %+v", i, cm)
		}
	}
	early := check(c.FilterLogs(e.ctx, 0, &mid, "Committed", "RunCreated"))(t)
	if len(early) != 1 || early[0].Name != "RunCreated" {
		t.Fatalf("up to block %d: %+v", mid, early)
	}
	if late := check(ledger.History[ledger.RunCreated](e.ctx, c, mid+1, nil))(t); len(late) != 0 {
		t.Fatalf("RunCreated after block %d: %+v", mid, late)
	}
	if _, err := c.FilterLogs(e.ctx, 0, nil, "NoSuchEvent"); err == nil {
		t.Fatal("unknown event name accepted")
	}
}
