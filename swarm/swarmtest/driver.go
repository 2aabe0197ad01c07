package swarmtest

import (
	"context"
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
)

// Driver moves a swarm.ChainClock the way a discrete-event simulation does: only when every
// active participant is blocked waiting on the clock and the test's readiness condition
// holds (e.g. every gossiped message has been delivered), it advances the clock to the
// earliest time anyone waits for. Nothing depends on how fast the machine runs: a slow
// participant just makes the clock wait for it.
type Driver struct {
	clock *swarm.ChainClock
	kick  chan struct{}
}

// NewDriver returns a driver of clock.
func NewDriver(clock *swarm.ChainClock) *Driver {
	return &Driver{clock: clock, kick: make(chan struct{}, 1)}
}

// Kick tells the driver that what active or ready report may have changed.
func (d *Driver) Kick() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// Run drives the clock until active reports 0 or ctx ends. active returns how many
// participants are still running; ready whether the clock may move now. Both are called
// again after every Kick and every change of the clock's waiters.
func (d *Driver) Run(ctx context.Context, active func() int, ready func() bool) error {
	for {
		n, earliest, changed := d.clock.Waiting()
		a := active()
		if a == 0 {
			return nil
		}
		if n > a {
			return fmt.Errorf("driver: %d waiters, but only %d participants are active", n, a)
		}
		if n == a && ready() {
			d.clock.Observe(earliest)
			continue
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("driver: %w (%d of %d participants waiting on the clock at %s, ready %v)",
				ctx.Err(), n, a, d.clock.Now().Format("15:04:05.000"), ready())
		case <-changed:
		case <-d.kick:
		}
	}
}
