//go:build !race

package round_test

// engines is how many engines TestEngineRounds runs (four of them misbehave or join late).
const engines = 8
