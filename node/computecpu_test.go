package node

import (
	"context"
	"crypto/sha256"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
)

// burner is a round.Compute whose calls hash a fixed amount of data: CPU work, no sleep.
type burner struct{ round.Compute }

func burn() {
	b := make([]byte, 1<<20)
	for range 64 {
		s := sha256.Sum256(b)
		b[0] = s[0]
	}
}

func (burner) ModelRoot([]byte) (swarm.Root, error) { burn(); return swarm.Root{}, nil }
func (burner) Rollouts(context.Context, uint64, []byte) ([][]byte, error) {
	burn()
	return nil, nil
}

// TestMeteredComputeCountsCPU: the counter grows by the process CPU spent in compute calls,
// at most the process's whole CPU time over the test, and overlapping calls count once.
func TestMeteredComputeCountsCPU(t *testing.T) {
	cpu := prometheus.NewCounter(prometheus.CounterOpts{Name: "c"})
	m := newMeteredCompute(burner{}, cpu)
	before, ok := processCPU()
	if !ok {
		t.Skip("no process CPU time on this system")
	}
	var wg sync.WaitGroup
	for range 4 { // overlapping calls: the union of their intervals is counted once
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := m.Rollouts(context.Background(), 0, nil); err != nil {
				t.Error(err)
			}
			if _, err := m.ModelRoot(nil); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	after, _ := processCPU()
	got := testutil.ToFloat64(cpu)
	if got <= 0 {
		t.Fatalf("compute CPU %v s after 8 calls that hashed 512 MiB", got)
	}
	if total := (after - before).Seconds(); got > total+1e-3 {
		t.Fatalf("compute CPU %v s is more than the process used, %v s", got, total)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.depth != 0 {
		t.Fatalf("depth %d after every call returned", m.depth)
	}
}
