package indexer

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/apiary-rl/apiary/ledger"
)

// Source is where the indexer reads chain events: *ledger.Client through
// ChainSource.
type Source interface {
	// FilterLogs returns the Ledger events called names emitted in blocks
	// from..to, oldest first (ledger.Client.FilterLogs).
	FilterLogs(ctx context.Context, from uint64, to *uint64, names ...string) ([]ledger.Event, error)
	// Head returns the number of the block to read up to.
	Head(ctx context.Context) (uint64, error)
}

// chainSource reads a ledger client's events up to the latest block.
type chainSource struct{ c *ledger.Client }

// ChainSource returns a Source reading c's Ledger up to the latest block.
func ChainSource(c *ledger.Client) Source { return chainSource{c} }

func (s chainSource) FilterLogs(ctx context.Context, from uint64, to *uint64, names ...string) ([]ledger.Event, error) {
	return s.c.FilterLogs(ctx, from, to, names...)
}

func (s chainSource) Head(ctx context.Context) (uint64, error) {
	h, err := s.c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("indexer: latest block: %w", err)
	}
	return h.Number.Uint64(), nil
}

// Indexer keeps a run's leaderboard up to date from chain events. Its
// methods are safe for concurrent use; Sync calls are serialised.
type Indexer struct {
	src  Source
	log  *slog.Logger
	sync sync.Mutex   // one Sync at a time
	mu   sync.RWMutex // guards st
	st   *State
	// synced, when set, is given a copy of the state after every Sync that moved the cursor.
	synced func(*State)
}

// Option configures New.
type Option func(*Indexer) error

// WithState resumes from a state a previous indexer of the same run
// returned (State, through MarshalState and UnmarshalState).
func WithState(s *State) Option {
	return func(ix *Indexer) error {
		if s == nil {
			return fmt.Errorf("indexer: nil state")
		}
		if s.Run != ix.st.Run {
			return fmt.Errorf("%w: state of run %x, indexer of %x", ErrOtherRun, s.Run, ix.st.Run)
		}
		ix.st = s.clone()
		return nil
	}
}

// WithFromBlock sets the first block to read (default 0; the Ledger client
// raises it to its deploy block). Ignored when resuming WithState.
func WithFromBlock(b uint64) Option {
	return func(ix *Indexer) error { ix.st.Cursor = Cursor{Block: b}; return nil }
}

// WithSynced sets a function given a copy of the state after every Sync that moved the
// cursor, outside the indexer's locks (the node stores it, to resume WithState after a
// restart). Calls come from Sync, one at a time.
func WithSynced(f func(*State)) Option {
	return func(ix *Indexer) error { ix.synced = f; return nil }
}

// WithLogger sets the logger (default: slog.Default()), tagged component=indexer.
func WithLogger(l *slog.Logger) Option {
	return func(ix *Indexer) error { ix.log = l; return nil }
}

// New returns an indexer of run reading from src. Defaults: an empty state
// from block 0 (options: WithFromBlock, WithState), slog.Default().
func New(src Source, run ledger.RunID, opts ...Option) (*Indexer, error) {
	ix := &Indexer{src: src, log: slog.Default(), st: newState(run, 0)}
	for _, o := range opts {
		if err := o(ix); err != nil {
			return nil, err
		}
	}
	ix.log = ix.log.With("component", "indexer")
	return ix, nil
}

// Sync applies every event of the run from the cursor up to the source's
// head, and returns the new cursor. A failed read leaves the state at the
// last event applied; the next Sync continues from there.
func (ix *Indexer) Sync(ctx context.Context) (Cursor, error) {
	ix.sync.Lock()
	defer ix.sync.Unlock()
	head, err := ix.src.Head(ctx)
	if err != nil {
		return ix.Cursor(), err
	}
	cur := ix.Cursor()
	if head < cur.Block {
		return cur, nil
	}
	evs, err := ix.src.FilterLogs(ctx, cur.Block, &head, eventNames...)
	if err != nil {
		return cur, fmt.Errorf("indexer: read events from block %d: %w", cur.Block, err)
	}
	applied, next, err := ix.apply(evs, head)
	if err != nil {
		return next, err
	}
	ix.log.Debug("synced", "events", applied, "head", head)
	if ix.synced != nil && next != cur {
		ix.synced(ix.State())
	}
	return next, nil
}

// apply applies the events read up to head and moves the cursor past head; on an error it
// leaves the cursor after the last event applied.
func (ix *Indexer) apply(evs []ledger.Event, head uint64) (applied int, next Cursor, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, ev := range evs {
		l, err := rawLog(ev.Value)
		if err != nil {
			return applied, ix.st.Cursor, err
		}
		if ix.st.Cursor.before(l.BlockNumber, uint64(l.Index)) {
			continue // applied before this Sync (the cursor's own block is reread)
		}
		if err := ix.st.apply(ev, l); err != nil {
			return applied, ix.st.Cursor, err
		}
		ix.st.Cursor = Cursor{Block: l.BlockNumber, Index: uint64(l.Index) + 1}
		applied++
	}
	ix.st.Cursor = Cursor{Block: head + 1} // every event up to head is applied
	return applied, ix.st.Cursor, nil
}

// Cursor returns the position of the first log not yet applied.
func (ix *Indexer) Cursor() Cursor {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st.Cursor
}

// State returns a copy of the indexer's state, to store and resume from.
func (ix *Indexer) State() *State {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.st.clone()
}
