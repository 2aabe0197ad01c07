package testnet

import "time"

// Clock is the time the driver waits on itself: the grace before SIGKILL, the
// start delay of a run. Rounds are never timed by the driver: it waits on the
// nodes' events, and chain time drives the nodes. Today the dev chain seals a
// block every second of wall time; a dev chain with a manual clock (anvil-style
// evm_increaseTime/evm_mine) can then be advanced by a Clock that a test
// controls, once nodes report when they are idle. See docs/TESTNET.md.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// WallClock is the machine's clock.
type WallClock struct{}

// Now returns the current time.
func (WallClock) Now() time.Time { return time.Now() }

// After waits for d on the machine's clock.
func (WallClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
