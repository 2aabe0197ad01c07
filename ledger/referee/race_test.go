//go:build race

package referee_test

// raceEnabled: the race detector slows the EVM about tenfold.
const raceEnabled = true
