//go:build race

package round_test

// engines is how many engines TestEngineRounds runs: fewer under the race detector, which
// slows libp2p several-fold; four of them misbehave or join late either way.
const engines = 6
