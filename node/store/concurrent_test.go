package store

import (
	"sync"
	"testing"
)

// TestConcurrentWrites has goroutines store the same blob and prepare the same
// contribution at once: badger's optimistic transactions conflict on such writes, and the
// store must retry them rather than fail a caller.
func TestConcurrentWrites(t *testing.T) {
	s := openT(t, t.TempDir())
	p := testPrepared(t, 1, 3, false)
	data := filler("shared", 1000, false)
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.Put(data); err != nil {
				errs <- err
			}
			if err := s.PrepareCommit(p); err != nil {
				errs <- err
			}
			if err := s.MarkCommitted(testRun, 1); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if c, err := s.Contribution(testRun, 1); err != nil || !c.Committed {
		t.Fatalf("after concurrent writes: %+v, %v", c, err)
	}
}
