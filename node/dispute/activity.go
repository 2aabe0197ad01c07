package dispute

import "sync"

// Progress is what a Challenger's challenges are doing, for whoever drives the chain's clock
// (a testnet on a manual clock moves time only when every node has nothing left to do before
// the chain moves: docs/NODE.md "Testing on a controlled clock").
type Progress struct {
	// Calls is how many Challenge calls are under way.
	Calls int
	// Working is how many of their goroutines are doing something other than waiting for the
	// chain (narrowing peer to peer, replaying, sending transactions).
	Working int
	// Waiting is how many wait for the chain to move (the solver's answer or a deadline).
	Waiting int
	// Checked is the oldest block at which a waiting one last read its dispute: until the
	// node's head reaches it, some wait has not seen the newest block yet.
	Checked uint64
	// Until is the earliest chain time a waiting one waits for (a deadline plus one second),
	// 0 when none waits.
	Until uint64
}

// activity counts a Challenger's work and waits.
type activity struct {
	mu      sync.Mutex
	calls   int
	working int
	next    int
	waits   map[int]waitState
}

type waitState struct{ checked, until uint64 }

// start counts one more Challenge call (working); the returned func ends it.
func (a *activity) start() func() {
	a.mu.Lock()
	a.calls++
	a.working++
	a.mu.Unlock()
	return func() {
		a.mu.Lock()
		a.calls--
		a.working--
		a.mu.Unlock()
	}
}

// work adds d working goroutines (negative: they stop working, e.g. to wait for others).
func (a *activity) work(d int) {
	a.mu.Lock()
	a.working += d
	a.mu.Unlock()
}

// wait turns one working goroutine into a waiting one that read the chain at block checked
// and waits for chain time until (or a new block); the returned func makes it work again.
func (a *activity) wait(checked, until uint64) func() {
	a.mu.Lock()
	if a.waits == nil {
		a.waits = map[int]waitState{}
	}
	id := a.next
	a.next++
	a.waits[id] = waitState{checked, until}
	a.working--
	a.mu.Unlock()
	return func() {
		a.mu.Lock()
		delete(a.waits, id)
		a.working++
		a.mu.Unlock()
	}
}

func (a *activity) progress() Progress {
	a.mu.Lock()
	defer a.mu.Unlock()
	p := Progress{Calls: a.calls, Working: a.working, Waiting: len(a.waits)}
	first := true
	for _, w := range a.waits {
		if first || w.checked < p.Checked {
			p.Checked = w.checked
		}
		if first || w.until < p.Until {
			p.Until = w.until
		}
		first = false
	}
	return p
}

// Progress reports what the challenger's challenges are doing now.
func (ch *Challenger) Progress() Progress { return ch.act.progress() }
