package indexer_test

import (
	"context"
	"testing"

	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/indexer/indexertest"
)

// TestFollow: a following indexer catches up at each wake. The test
// waits on the loop itself (a second wake is received only after the
// first Sync ended), never on time.
func TestFollow(t *testing.T) {
	c := indexertest.New(t)
	ix, err := indexer.New(indexer.ChainSource(c.Clients[0]), c.Run)
	if err != nil {
		t.Fatal(err)
	}
	wake := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- ix.Follow(ctx, wake) }()

	settle := func() { wake <- struct{}{}; wake <- struct{}{} } // the second send waits for the first Sync
	c.PlayRound0()
	settle()
	if e, ok := ix.Rank(c.Addr(2)); !ok || e.DisputesLost != 1 {
		t.Fatalf("after round 0: peer 2 %+v (known %v), want one dispute lost", e, ok)
	}
	c.PlayRound1()
	c.Finish()
	settle()
	if rd, err := ix.Round(1); err != nil || !rd.Finalized {
		t.Fatalf("after the run: round 1 %+v, %v; want finalized", rd, err)
	}
	cancel()
	if err := <-done; err != context.Canceled {
		t.Fatalf("Follow returned %v, want context.Canceled", err)
	}

	closed := make(chan struct{})
	close(closed)
	if err := ix.Follow(context.Background(), closed); err != nil {
		t.Fatalf("Follow with a closed wake channel returned %v, want nil", err)
	}
}
