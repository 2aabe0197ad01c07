//go:build !race

package round_test

// engines is how many engines TestEngineRounds runs (three of them misbehave or join late).
const engines = 8
