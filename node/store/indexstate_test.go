package store

import (
	"bytes"
	"errors"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/canon"
)

// TestIndexState: the indexer's state of a run survives a reopen, is replaced by the next
// one, is kept per run, and a corrupt or oversized record is refused.
func TestIndexState(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	if _, err := s.IndexState(testRun); !errors.Is(err, ErrNotFound) {
		t.Fatalf("empty store: got %v, want ErrNotFound", err)
	}
	if err := s.SetIndexState(testRun, []byte(`{"first":1}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.SetIndexState(testRun, []byte(`{"second":2}`)); err != nil {
		t.Fatal(err)
	}
	other := swarm.RunID{9}
	if err := s.SetIndexState(other, []byte(`{"other":3}`)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{nil, make([]byte, MaxIndexState+1)} {
		if err := s.SetIndexState(testRun, bad); !errors.Is(err, ErrInvalid) {
			t.Fatalf("state of %d bytes: got %v, want ErrInvalid", len(bad), err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, dir)
	if b, err := s.IndexState(testRun); err != nil || string(b) != `{"second":2}` {
		t.Fatalf("after reopen: %q, %v; want the second state", b, err)
	}
	if b, err := s.IndexState(other); err != nil || string(b) != `{"other":3}` {
		t.Fatalf("the other run's state: %q, %v", b, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(indexKey(testRun), []byte{0xa1, 0x00}) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.IndexState(testRun); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt record: got %v, want ErrCorrupt", err)
	}
}

func FuzzDecodeIndexState(f *testing.F) {
	b, _ := canon.Marshal(indexRecord{V: recordVersion, State: []byte(`{"run":"00"}`)})
	f.Add(b)
	f.Add([]byte{0xa2, 0x00, 0x01, 0x01, 0x40})
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := DecodeIndexState(b)
		if err != nil {
			return
		}
		if len(st) == 0 || len(st) > MaxIndexState {
			t.Fatalf("accepted a state of %d bytes", len(st))
		}
		again, _ := canon.Marshal(indexRecord{V: recordVersion, State: st})
		if !bytes.Equal(again, b) {
			t.Fatalf("accepted %x, re-encodes as %x", b, again)
		}
	})
}
