//go:build race

package round_test

// slowdown stretches the test round schedule: the race detector slows everything several-fold.
const slowdown = 4
