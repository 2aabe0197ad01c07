package swarmtest

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/swarm"
)

// TestDriver: two participants wait on the clock. The driver does not move it while ready
// is false, even with both waiting; once ready, it moves it to each earliest waiter's time
// in turn, and returns when both are done.
func TestDriver(t *testing.T) {
	start := time.Unix(1000, 0)
	clock := swarm.NewChainClock(start)
	d := NewDriver(clock)
	var mu sync.Mutex
	var wakeups []time.Duration
	active, allowed := 2, false
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
	defer cancel()
	var wg sync.WaitGroup
	for _, steps := range [][]time.Duration{{10 * time.Second, 30 * time.Second}, {20 * time.Second}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range steps {
				if err := clock.WaitUntil(ctx, start.Add(s)); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				wakeups = append(wakeups, clock.Now().Sub(start))
				mu.Unlock()
			}
			mu.Lock()
			active--
			mu.Unlock()
			d.Kick()
		}()
	}
	errc := make(chan error, 1)
	go func() {
		errc <- d.Run(ctx, func() int {
			mu.Lock()
			defer mu.Unlock()
			return active
		}, func() bool {
			mu.Lock()
			defer mu.Unlock()
			return allowed
		})
	}()
	for {
		n, _, changed := clock.Waiting()
		if n == 2 {
			break
		}
		<-changed
	}
	if now := clock.Now(); !now.Equal(start) {
		t.Fatalf("the clock moved to %v while not ready", now)
	}
	mu.Lock()
	allowed = true
	mu.Unlock()
	d.Kick()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if want := []time.Duration{10 * time.Second, 20 * time.Second, 30 * time.Second}; !slices.Equal(wakeups, want) {
		t.Fatalf("wakeups at %v, want %v", wakeups, want)
	}
}
