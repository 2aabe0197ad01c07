package store

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
)

func TestBlobs(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	data := []byte("a model, an update or a payload")
	root, err := s.Put(data)
	if err != nil || root != swarm.RootOf(data) {
		t.Fatalf("put: root %s, err %v; want %s", root, err, swarm.RootOf(data))
	}
	if got, ok := s.Get(root); !ok || string(got) != string(data) {
		t.Fatalf("get: %q %v, want %q", got, ok, data)
	}
	if err := s.PutRoot(swarm.Root{9}, data); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("put under a wrong root: got %v, want ErrRootMismatch", err)
	}
	if _, ok := s.Get(swarm.Root{9}); ok {
		t.Fatal("a blob refused for its root is readable")
	}
	if _, err := s.Blob(swarm.Root{8}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("absent blob: got %v, want ErrNotFound", err)
	}
	// Persisted across a restart.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, dir)
	if got, ok := s.Get(root); !ok || string(got) != string(data) {
		t.Fatalf("get after reopen: %q %v, want %q", got, ok, data)
	}
	if err := s.Delete(root); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Get(root); ok {
		t.Fatal("deleted blob still readable")
	}
	if err := s.Delete(root); err != nil {
		t.Fatalf("delete an absent blob: %v", err)
	}
	// Bytes that no longer hash to their key are reported, not served.
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(blobKey(root), []byte("flipped")) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Blob(root); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt blob: got %v, want ErrCorrupt", err)
	}
	if _, ok := s.Get(root); ok {
		t.Fatal("Get served a corrupt blob")
	}
}

func TestLockSameProcess(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	_, err := Open(dir)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "this process") {
		t.Fatalf("second open: got %v, want ErrLocked naming this process", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	openT(t, dir)
}

// TestLockOtherProcess opens the store in a real second process: this one gets ErrLocked
// naming that pid; once the holder is killed with SIGKILL the kernel frees the lock.
func TestLockOtherProcess(t *testing.T) {
	dir := t.TempDir()
	ch := startChild(t, roleLock, dir, "")
	l := ch.next(t)
	if l[0] != "open" {
		t.Fatalf("child said %q, want open", l)
	}
	_, err := Open(dir)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "process "+l[1]) {
		t.Fatalf("open while pid %s holds the store: got %v, want ErrLocked naming it", l[1], err)
	}
	ch.kill(t)
	openT(t, dir)
}

func TestContributions(t *testing.T) {
	s := openT(t, t.TempDir())
	p := testPrepared(t, 3, 4, false)
	if err := s.MarkCommitted(testRun, 3); !errors.Is(err, ErrNotPrepared) {
		t.Fatalf("mark before prepare: got %v, want ErrNotPrepared", err)
	}
	if err := s.PrepareCommit(p); err != nil {
		t.Fatal(err)
	}
	if err := s.PrepareCommit(p); err != nil {
		t.Fatalf("prepare the same contribution again: %v", err)
	}
	other := testPrepared(t, 3, 4, true)
	if err := s.PrepareCommit(other); !errors.Is(err, ErrConflict) {
		t.Fatalf("prepare another contribution for the round: got %v, want ErrConflict", err)
	}
	got, err := s.Reload(testRun, 3)
	if err != nil {
		t.Fatal(err)
	}
	if digest(t, got) != digest(t, p) || got.Committed {
		t.Fatalf("reloaded %+v, want the prepared contribution", got.Contribution)
	}
	for range 2 {
		if err := s.MarkCommitted(testRun, 3); err != nil {
			t.Fatal(err)
		}
	}
	if c, err := s.Contribution(testRun, 3); err != nil || !c.Committed {
		t.Fatalf("after MarkCommitted: %+v, %v", c, err)
	}
	if err := s.PrepareCommit(testPrepared(t, 1, 1, false)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Contribution(swarm.RunID{7}, 3); !errors.Is(err, ErrNotFound) {
		t.Fatalf("other run: got %v, want ErrNotFound", err)
	}
	all, err := s.Contributions(testRun)
	if err != nil || len(all) != 2 || all[0].Round != 1 || all[1].Round != 3 {
		t.Fatalf("contributions: %d records, %v; want rounds 1 and 3", len(all), err)
	}
}

func TestPrepareRejects(t *testing.T) {
	s := openT(t, t.TempDir())
	for _, c := range []struct {
		name   string
		mutate func(p *Prepared)
	}{
		{"update bytes", func(p *Prepared) { p.Update[0] ^= 1 }},
		{"update size", func(p *Prepared) { p.Commitment.UpdateSize++ }},
		{"manifest root", func(p *Prepared) { p.Contribution.Manifest[0] ^= 1 }},
		{"payload", func(p *Prepared) { p.Payloads[1][0] ^= 1 }},
		{"group root", func(p *Prepared) { p.GroupRoots[0][0] ^= 1 }},
		{"batch root", func(p *Prepared) { p.Commitment.BatchRoot[0] ^= 1 }},
		{"zero trace", func(p *Prepared) { p.Commitment.TraceRoot = swarm.Root{} }},
		{"steps", func(p *Prepared) { p.StepRoots = p.StepRoots[:1] }},
		{"committed", func(p *Prepared) { p.Committed = true }},
	} {
		p := testPrepared(t, 2, 2, false)
		c.mutate(p)
		if err := s.PrepareCommit(p); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: got %v, want ErrInvalid", c.name, err)
		}
	}
	if all, _ := s.Contributions(testRun); len(all) != 0 {
		t.Fatalf("%d records after refused prepares, want 0", len(all))
	}
}

func TestRoundStateAndCursor(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	if _, err := s.RoundState(testRun); !errors.Is(err, ErrNotFound) {
		t.Fatalf("fresh store: got %v, want ErrNotFound", err)
	}
	want := RoundState{Round: 12, Stage: StageVerify, Model: swarm.Root{5}}
	if err := s.SetRoundState(testRun, want); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRoundState(testRun, RoundState{Stage: 0}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("stage 0: got %v, want ErrInvalid", err)
	}
	if err := s.SetCursor("events", Cursor{Block: 100, LogIndex: 3}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "a/b", "UPPER", strings.Repeat("x", MaxCursorName+1)} {
		if err := s.SetCursor(bad, Cursor{}); !errors.Is(err, ErrInvalid) {
			t.Errorf("cursor name %q: got %v, want ErrInvalid", bad, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, dir)
	if got, err := s.RoundState(testRun); err != nil || got != want {
		t.Fatalf("round state: got %+v (%v), want %+v", got, err, want)
	}
	if got, err := s.Cursor("events"); err != nil || got != (Cursor{100, 3}) {
		t.Fatalf("cursor: got %+v (%v), want {100 3}", got, err)
	}
	if _, err := s.Cursor("keeper"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unset cursor: got %v, want ErrNotFound", err)
	}
	if StageVerify.String() != "verify" || Stage(9).String() != "stage(9)" {
		t.Fatalf("stage names: %s, %s", StageVerify, Stage(9))
	}
}

// TestCorruptEntries writes bytes that are not what the store wrote under each kind of
// key and checks that reading them fails with ErrCorrupt (or ErrVersion) naming the key.
func TestCorruptEntries(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	if err := s.PrepareCommit(testPrepared(t, 0, 1, false)); err != nil {
		t.Fatal(err)
	}
	moved, err := encodeContribution(&testPrepared(t, 5, 1, false).Contribution)
	if err != nil {
		t.Fatal(err)
	}
	set := func(k, v []byte) {
		t.Helper()
		if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(k, v) }); err != nil {
			t.Fatal(err)
		}
	}
	set(contributionKey(testRun, 1), []byte{0xa0})
	set(contributionKey(testRun, 2), moved) // round 5's record under round 2's key
	set(roundKey(testRun), []byte{0xa1, 0x00, 0x01})
	set(cursorKey("events"), []byte("not cbor"))
	for name, err := range map[string]error{
		"garbage record": func() error { _, err := s.Contribution(testRun, 1); return err }(),
		"moved record":   func() error { _, err := s.Contribution(testRun, 2); return err }(),
		"scan":           func() error { _, err := s.Contributions(testRun); return err }(),
		"round state":    func() error { _, err := s.RoundState(testRun); return err }(),
		"cursor":         func() error { _, err := s.Cursor("events"); return err }(),
	} {
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: got %v, want ErrCorrupt", name, err)
		}
	}
	set(versionKey, []byte{layoutVersion + 1})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); !errors.Is(err, ErrVersion) || !strings.Contains(err.Error(), strconv.Itoa(layoutVersion+1)) {
		t.Fatalf("open a newer layout: got %v, want ErrVersion", err)
	}
	// The failed open released the lock.
	if _, err := Open(dir); !errors.Is(err, ErrVersion) {
		t.Fatalf("second failed open: got %v, want ErrVersion (not ErrLocked)", err)
	}
}

// TestBadgerLogsToSlog checks that badger's own log lines arrive in the injected slog
// logger, tagged with the badger component.
func TestBadgerLogsToSlog(t *testing.T) {
	h := &recordingHandler{}
	s, err := Open(t.TempDir(), WithLogger(slog.New(h)))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if h.n.Load() == 0 {
		t.Fatal("badger logged nothing through slog while opening and closing a store")
	}
}

type recordingHandler struct{ n atomic.Int64 }

func (h *recordingHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *recordingHandler) Handle(_ context.Context, r slog.Record) error {
	h.n.Add(1)
	return nil
}
func (h *recordingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	for _, a := range as {
		if a.Key == "component" && a.Value.String() == "badger" {
			return h
		}
	}
	return &recordingHandler{}
}
func (h *recordingHandler) WithGroup(string) slog.Handler { return &recordingHandler{} }
