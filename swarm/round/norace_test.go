//go:build !race

package round_test

// slowdown stretches the test round schedule (1 without the race detector).
const slowdown = 1
