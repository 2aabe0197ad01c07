package store

import (
	"errors"
	"fmt"
	"strconv"
	"testing"
)

// TestKillAroundCommit kills a real node process with SIGKILL just after it computed a
// contribution, just after PrepareCommit returned, and just after MarkCommitted returned,
// and checks what a restart finds: nothing (it must compute again), or exactly the bytes
// it prepared (never a recomputation, which would differ: the child's bytes are random).
func TestKillAroundCommit(t *testing.T) {
	for _, c := range []struct {
		point     string
		found     bool
		committed bool
	}{
		{"computed", false, false},
		{"prepared", true, false},
		{"committed", true, true},
	} {
		t.Run(c.point, func(t *testing.T) {
			dir := t.TempDir()
			ch := startChild(t, rolePoint, dir, c.point)
			var want string
			for {
				l := ch.next(t)
				if len(l) > 1 {
					want = l[1]
				}
				if l[0] == c.point {
					break
				}
			}
			ch.kill(t)

			s := openT(t, dir)
			p, err := s.Reload(testRun, 7)
			if !c.found {
				if !errors.Is(err, ErrNotFound) {
					t.Fatalf("after a kill before PrepareCommit: got %v, want ErrNotFound", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("reload: %v", err)
			}
			if got := fmt.Sprintf("%x", digest(t, p)); got != want {
				t.Fatalf("reloaded contribution %s, want the prepared %s", got, want)
			}
			if p.Committed != c.committed {
				t.Fatalf("committed = %v, want %v", p.Committed, c.committed)
			}
			if !c.committed {
				// The restarted node commits what it reloaded.
				if err := s.MarkCommitted(testRun, 7); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestKillMidStream kills a process that prepares and commits round after round, at
// whatever write it is doing, and checks that every record on disk is whole (record and
// blobs agree), that every round the child reported prepared reloads with the reported
// bytes, and that every round it reported committed is marked so.
func TestKillMidStream(t *testing.T) {
	for trial := range 2 {
		t.Run(strconv.Itoa(trial), func(t *testing.T) {
			dir := t.TempDir()
			ch := startChild(t, roleStream, dir, "")
			prepared := map[uint64]string{}
			committed := map[uint64]bool{}
			for len(prepared) < 15+10*trial {
				l := ch.next(t)
				r, err := strconv.ParseUint(l[1], 10, 64)
				if err != nil {
					t.Fatal(err)
				}
				if l[0] == "prepared" {
					prepared[r] = l[2]
				} else {
					committed[r] = true
				}
			}
			ch.kill(t)

			s := openT(t, dir)
			all, err := s.Contributions(testRun)
			if err != nil {
				t.Fatal(err)
			}
			if len(all) < len(prepared) {
				t.Fatalf("%d records after the kill, want at least the %d reported prepared", len(all), len(prepared))
			}
			for i, c := range all {
				if c.Round != uint64(i) {
					t.Fatalf("record %d is of round %d: a gap", i, c.Round)
				}
				p, err := s.Reload(testRun, c.Round)
				if err != nil {
					t.Fatalf("round %d: %v", c.Round, err)
				}
				if want, ok := prepared[c.Round]; ok && fmt.Sprintf("%x", digest(t, p)) != want {
					t.Fatalf("round %d reloads other bytes than were prepared", c.Round)
				}
				if committed[c.Round] && !c.Committed {
					t.Fatalf("round %d reported committed, stored as prepared", c.Round)
				}
			}
		})
	}
}
