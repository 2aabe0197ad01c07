//go:build race

package ledger_test

// raceEnabled: the race detector slows the EVM about tenfold; long
// randomized tests run fewer cases.
const raceEnabled = true
