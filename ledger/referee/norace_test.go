//go:build !race

package referee_test

const raceEnabled = false
