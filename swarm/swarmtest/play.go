package swarmtest

import (
	"context"
	"sync"

	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// Play is one engine's part in Swarm.Play: from round First with θ_First = Model (nil:
// none, adopt the chain-attested model), for Rounds rounds.
type Play struct {
	Node   *Node
	First  uint64
	Model  []byte
	Rounds int
}

// Publish publishes m from a node without an engine; the clock waits until every running
// engine has it.
func (s *Swarm) Publish(ctx context.Context, n *Node, m wire.Message) {
	s.t.Helper()
	s.mu.Lock()
	s.extra++
	s.mu.Unlock()
	if err := n.Gossip.Publish(ctx, m); err != nil {
		s.t.Fatal(err)
	}
}

// Hold keeps the clock where it is until a matching Release: for work the test does beside
// the engines (an observer fetching what was announced).
func (s *Swarm) Hold() {
	s.mu.Lock()
	s.holds++
	s.mu.Unlock()
}

// Release ends one Hold.
func (s *Swarm) Release() {
	s.mu.Lock()
	s.holds--
	s.mu.Unlock()
	s.Driver.Kick()
}

// ready reports whether no Hold is outstanding and every running engine has received every
// message the others published.
func (s *Swarm) ready() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.holds > 0 {
		return false
	}
	total := s.extra
	for _, n := range s.nodes {
		total += n.published
	}
	for _, n := range s.nodes {
		if n.running && n.received != total-n.published {
			return false
		}
	}
	return true
}

// Play starts the engines of plays and drives the clock until all of them have returned; it
// fails the test if the driver stops (ctx ended: a hang guard) or an engine returned an
// error. atStart, if not nil, runs once when every engine first waits on the clock (so it has
// subscribed to the run's topics): messages published there reach every engine.
func (s *Swarm) Play(ctx context.Context, plays []Play, atStart func()) {
	t := s.t
	t.Helper()
	var wg sync.WaitGroup
	active := len(plays)
	errs := make([]error, len(plays))
	s.mu.Lock()
	for _, p := range plays {
		p.Node.running = true
	}
	s.mu.Unlock()
	for i, p := range plays {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = p.Node.Engine.Run(ctx, p.First, p.Model, p.Rounds)
			s.mu.Lock()
			p.Node.running = false
			active--
			s.mu.Unlock()
			s.Driver.Kick()
		}()
	}
	started := atStart == nil
	derr := s.Driver.Run(ctx, func() int {
		s.mu.Lock()
		defer s.mu.Unlock()
		return active
	}, func() bool {
		if !started {
			started = true
			atStart()
		}
		return s.ready()
	})
	wg.Wait()
	if derr != nil {
		s.mu.Lock()
		for i, n := range s.nodes {
			t.Logf("node %d: published %d, received %d, running %v, rounds done %d", i, n.published, n.received, n.running, len(n.results))
		}
		t.Logf("published by nodes without an engine: %d; holds outstanding: %d", s.extra, s.holds)
		s.mu.Unlock()
		t.Fatal(derr)
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("engine %d: %v", i, err)
		}
	}
}

// PlayAll plays every node with an engine from round 0 on θ_0 = genesis for rounds rounds.
func (s *Swarm) PlayAll(ctx context.Context, genesis []byte, rounds int) {
	s.t.Helper()
	var plays []Play
	for _, n := range s.Nodes() {
		if n.Engine != nil {
			plays = append(plays, Play{Node: n, Model: genesis, Rounds: rounds})
		}
	}
	s.Play(ctx, plays, nil)
}

// Result returns n's result of round r, if n finished it.
func (s *Swarm) Result(n *Node, r uint64) (round.Result, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	res, ok := n.results[r]
	return res, ok
}
