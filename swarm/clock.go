package swarm

import (
	"context"
	"sync"
	"time"
)

// Clock is the time the round engine waits on. In production it is chain time: the
// timestamp of the newest block, so every node reads the same schedule (docs/PROTOCOL.md
// §3.8). It is never used for anything that is hashed.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// WaitUntil blocks until Now() is at or after t, or ctx ends (then it returns ctx.Err()).
	WaitUntil(ctx context.Context, t time.Time) error
}

// SystemClock is the machine's wall clock, for tools that run without a chain.
type SystemClock struct{}

// Now implements Clock.
func (SystemClock) Now() time.Time { return time.Now() }

// WaitUntil implements Clock.
func (SystemClock) WaitUntil(ctx context.Context, t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-tm.C:
		return nil
	}
}

// ChainClock is a Clock that moves only when it is told a newer time: node/ feeds it the
// timestamps of new chain heads, tests feed it by hand. Waiters are released by Observe,
// never by a timer, so a test that drives it does not depend on how fast the machine is.
type ChainClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters map[*waiter]struct{}
	changed chan struct{}
}

type waiter struct {
	at   time.Time
	done chan struct{}
}

// NewChainClock returns a clock reading start.
func NewChainClock(start time.Time) *ChainClock {
	return &ChainClock{now: start, waiters: map[*waiter]struct{}{}, changed: make(chan struct{})}
}

// Now implements Clock.
func (c *ChainClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Observe moves the clock to t (a block timestamp) and releases every waiter whose time has
// come. Times before the current one are ignored: chain time never goes back.
func (c *ChainClock) Observe(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !t.After(c.now) {
		return
	}
	c.now = t
	for w := range c.waiters {
		if !w.at.After(t) {
			close(w.done)
			delete(c.waiters, w)
		}
	}
	c.notifyLocked()
}

// WaitUntil implements Clock.
func (c *ChainClock) WaitUntil(ctx context.Context, t time.Time) error {
	c.mu.Lock()
	if !t.After(c.now) {
		c.mu.Unlock()
		return ctx.Err()
	}
	w := &waiter{at: t, done: make(chan struct{})}
	c.waiters[w] = struct{}{}
	c.notifyLocked()
	c.mu.Unlock()
	select {
	case <-w.done:
		return nil
	case <-ctx.Done():
		c.mu.Lock()
		if _, ok := c.waiters[w]; ok {
			delete(c.waiters, w)
			c.notifyLocked()
		}
		c.mu.Unlock()
		return ctx.Err()
	}
}

// Waiting returns how many callers are blocked in WaitUntil, the earliest time one of them
// waits for (zero if none), and a channel that is closed at the next change of either.
func (c *ChainClock) Waiting() (n int, earliest time.Time, changed <-chan struct{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for w := range c.waiters {
		if n == 0 || w.at.Before(earliest) {
			earliest = w.at
		}
		n++
	}
	return n, earliest, c.changed
}

func (c *ChainClock) notifyLocked() {
	close(c.changed)
	c.changed = make(chan struct{})
}
