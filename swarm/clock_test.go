package swarm

import (
	"context"
	"errors"
	"testing"
	"time"
)

func testSchedule() Schedule {
	return Schedule{Start: time.Unix(1000, 0), Round: 10 * time.Second, Rollouts: 2 * time.Second,
		Critiques: 3 * time.Second, Commit: 5 * time.Second, Verify: 3 * time.Second,
		Dispute: 4 * time.Second, DisputeDuration: 6 * time.Second}
}

func TestSchedule(t *testing.T) {
	s := testSchedule()
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	at := func(d time.Duration) time.Time { return s.Start.Add(d) }
	cases := []struct {
		name      string
		got, want time.Time
	}{
		{"T_2", s.T(2), at(20 * time.Second)},
		{"rollouts end of 2", s.RolloutsEnd(2), at(22 * time.Second)},
		{"critiques end of 2", s.CritiquesEnd(2), at(23 * time.Second)},
		{"C_2", s.C(2), at(25 * time.Second)},
		{"V_2", s.V(2), at(28 * time.Second)},
		{"X_2", s.X(2), at(29 * time.Second)},
		{"F_2", s.F(2), at(35 * time.Second)},
	}
	for _, c := range cases {
		if !c.got.Equal(c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	for _, c := range []struct {
		at   time.Duration
		want uint64
	}{{-time.Second, 0}, {0, 0}, {9999 * time.Millisecond, 0}, {10 * time.Second, 1}, {35 * time.Second, 3}} {
		if got := s.RoundAt(at(c.at)); got != c.want {
			t.Errorf("RoundAt(start%+v) = %d, want %d", c.at, got, c.want)
		}
	}
	if s.D() != DefaultLag {
		t.Errorf("D() = %d, want the default %d", s.D(), DefaultLag)
	}
	bad := []func(*Schedule){
		func(s *Schedule) { s.Critiques = s.Rollouts },
		func(s *Schedule) { s.Verify = 6 * time.Second },                                   // V_r after T_{r+1}
		func(s *Schedule) { s.Lag = 1 },                                                    // F_r = T_r+15s > T_{r+1}
		func(s *Schedule) { s.DisputeDuration = 0 },                                        // zero window
		func(s *Schedule) { s.Dispute, s.DisputeDuration = 10*time.Second, 6*time.Second }, // F_r > T_{r+2}
	}
	for i, f := range bad {
		b := testSchedule()
		f(&b)
		if err := b.Check(); err == nil {
			t.Errorf("bad schedule %d accepted: %+v", i, b)
		}
	}
}

func TestChainClock(t *testing.T) {
	start := time.Unix(1000, 0)
	c := NewChainClock(start)
	ctx := context.Background()
	if err := c.WaitUntil(ctx, start); err != nil {
		t.Fatalf("waiting for the present: %v", err)
	}
	done := make(chan time.Time, 2)
	for _, d := range []time.Duration{5 * time.Second, 9 * time.Second} {
		go func() {
			if err := c.WaitUntil(ctx, start.Add(d)); err != nil {
				t.Error(err)
			}
			done <- start.Add(d)
		}()
	}
	for {
		n, earliest, changed := c.Waiting()
		if n == 2 {
			if want := start.Add(5 * time.Second); !earliest.Equal(want) {
				t.Fatalf("earliest waiter at %v, want %v", earliest, want)
			}
			break
		}
		<-changed
	}
	c.Observe(start.Add(7 * time.Second))
	if got := <-done; !got.Equal(start.Add(5 * time.Second)) {
		t.Fatalf("released the waiter for %v first, want the one for +5s", got)
	}
	if n, _, _ := c.Waiting(); n != 1 {
		t.Fatalf("%d waiters after releasing one, want 1", n)
	}
	c.Observe(start) // the past is ignored
	if got := c.Now(); !got.Equal(start.Add(7 * time.Second)) {
		t.Fatalf("Now() = %v after observing the past, want +7s", got)
	}
	c.Observe(start.Add(9 * time.Second))
	<-done

	cctx, cancel := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- c.WaitUntil(cctx, start.Add(time.Hour)) }()
	for {
		n, _, changed := c.Waiting()
		if n == 1 {
			break
		}
		<-changed
	}
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled wait returned %v, want %v", err, context.Canceled)
	}
	if n, _, _ := c.Waiting(); n != 0 {
		t.Fatalf("%d waiters after cancel, want 0", n)
	}
}
