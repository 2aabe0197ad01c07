package node

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/store"
)

// readsFrom is an indexer source that reports the first block of every read.
type readsFrom struct {
	indexer.Source
	mu    sync.Mutex
	from  []uint64
	reads chan struct{}
}

func (r *readsFrom) FilterLogs(ctx context.Context, from uint64, to *uint64, names ...string) ([]ledger.Event, error) {
	evs, err := r.Source.FilterLogs(ctx, from, to, names...)
	if err == nil {
		r.mu.Lock()
		r.from = append(r.from, from)
		r.mu.Unlock()
		select {
		case r.reads <- struct{}{}:
		default:
		}
	}
	return evs, err
}

func (r *readsFrom) first() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.from[0]
}

// TestIndexerResumesFromStore: a node's indexer stores its state after each sync; a node
// restarted on the same data directory starts from it (the leaderboard already holds the
// node's stake) and reads the chain's events from the stored cursor, not from the deploy
// block again (once there is a new block to read).
func TestIndexerResumesFromStore(t *testing.T) {
	env := newTestEnvWith(t, envOptions{manual: true})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang guard only
	defer cancel()
	dir := t.TempDir()
	start := func(opts ...Option) (*Node, *readsFrom) {
		src := &readsFrom{reads: make(chan struct{}, 1)}
		n, err := New(env.config(t, dir), append([]Option{WithRunConfig(env.runConfig), WithLogger(slog.New(slog.DiscardHandler)),
			WithLookupEnv(func(string) (string, bool) { return "pw", true }), withLedgerOptions(ledger.WithAfterSend(env.sealer(t))),
			withIndexSource(func(s indexer.Source) indexer.Source { src.Source = s; return src })}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return n, src
	}
	n, src := start()
	select {
	case <-src.reads: // the first sync read the events; it stores the state before the next wake
	case <-ctx.Done():
		t.Fatal("the indexer never read the chain")
	}
	if got := src.first(); got != env.m.DeployBlock {
		t.Fatalf("a fresh node read from block %d, want the deploy block %d", got, env.m.DeployBlock)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := st.IndexState(env.run)
	_ = st.Close()
	if err != nil {
		t.Fatalf("no indexer state stored: %v", err)
	}
	saved, err := indexer.UnmarshalState(b)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Cursor.Block <= env.m.DeployBlock {
		t.Fatalf("stored cursor %+v, want one past the deploy block %d", saved.Cursor, env.m.DeployBlock)
	}

	again, src2 := start()
	defer func() {
		if err := again.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	if e, ok := again.index.Rank(env.key.Address); !ok || e.Stake.Sign() <= 0 {
		t.Fatalf("the restarted node's leaderboard has %+v (known %v), want its stake from the stored state", e, ok)
	}
	if err := env.dc.Seal(); err != nil { // a new block: the indexer reads what is after its cursor
		t.Fatal(err)
	}
	select {
	case <-src2.reads:
	case <-ctx.Done():
		t.Fatal("the restarted indexer never read the chain")
	}
	if got := src2.first(); got != saved.Cursor.Block {
		t.Fatalf("the restarted node read from block %d, want the stored cursor's %d", got, saved.Cursor.Block)
	}
}
