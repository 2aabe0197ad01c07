package store

import (
	"errors"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
)

// TestModelOf: θ_r's blob root per round survives a reopen, is kept per run and round, a
// zero root is refused and a corrupt record is an error.
func TestModelOf(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	if _, err := s.ModelOf(testRun, 3); !errors.Is(err, ErrNotFound) {
		t.Fatalf("empty store: got %v, want ErrNotFound", err)
	}
	a, b := swarm.RootOf([]byte("theta 3")), swarm.RootOf([]byte("theta 4"))
	if err := s.SetModelOf(testRun, 3, a); err != nil {
		t.Fatal(err)
	}
	if err := s.SetModelOf(testRun, 4, b); err != nil {
		t.Fatal(err)
	}
	if err := s.SetModelOf(testRun, 5, swarm.Root{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("zero root: got %v, want ErrInvalid", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, dir)
	for r, want := range map[uint64]swarm.Root{3: a, 4: b} {
		if got, err := s.ModelOf(testRun, r); err != nil || got != want {
			t.Fatalf("round %d: got %s, %v; want %s", r, got.Short(), err, want.Short())
		}
	}
	if _, err := s.ModelOf(swarm.RunID{9}, 3); !errors.Is(err, ErrNotFound) {
		t.Fatalf("another run: got %v, want ErrNotFound", err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(modelKey(testRun, 6), []byte{1, 2}) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ModelOf(testRun, 6); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("short record: got %v, want ErrCorrupt", err)
	}
}
