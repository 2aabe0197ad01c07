package referee_test

import (
	"flag"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

var elementaryCases = flag.Int("elementary.cases", 0,
	"inputs per function in TestElementaryDifferential (0: 100,000; 2,500 under -race)")

// elementary functions of SoftFloatHarness.run (op codes 10..13) and their
// RepOps reference.
var elementaryFns = []struct {
	name string
	op   int
	ref  func(float32) float32
}{
	{"exp", 10, repops.Exp},
	{"log", 11, repops.Log},
	{"tanh", 12, repops.Tanh},
	{"sigmoid", 13, repops.Sigmoid},
}

// TestElementaryDifferential runs random and edge-case inputs through the
// Solidity SoftMath32 (Exp, Log, Tanh, Sigmoid) and through RepOps' Go
// functions and requires bit-identical results: -elementary.cases inputs per
// function (default 100,000), 2,000 per eth_call.
func TestElementaryDifferential(t *testing.T) {
	_, c, h := deployHarness(t)
	cases := *elementaryCases
	if cases == 0 {
		cases = 100_000
		if raceEnabled {
			cases = 2_500
			t.Logf("race detector on: %d cases per function (run without -race for 100,000)", cases)
		}
	}
	const batch = 2000
	for fi, fn := range elementaryFns {
		t.Run(fn.name, func(t *testing.T) {
			gen := &elemGen{rng: rand.New(rand.NewPCG(uint64(fi)+101, 0xe1e)), fn: fn.name}
			checked, mismatches := 0, 0
			for checked < cases {
				n := min(batch, cases-checked)
				pairs := make([][2]uint32, n)
				if checked == 0 {
					// Every edge value once, then the generator.
					for i := 0; i < n && i < len(elemEdges); i++ {
						pairs[i][0] = elemEdges[i]
					}
					for i := len(elemEdges); i < n; i++ {
						pairs[i][0] = gen.next()
					}
				} else {
					for i := range pairs {
						pairs[i][0] = gen.next()
					}
				}
				got := runBatch(t, c, h, fn.op, fn.name, pairs)
				for i, p := range pairs {
					want := math.Float32bits(fn.ref(math.Float32frombits(p[0])))
					if want&0x7FFFFFFF > 0x7F800000 {
						want = repops.CanonicalNaN
					}
					if got[i] != want {
						mismatches++
						if mismatches <= 10 {
							t.Errorf("%s(%#08x = %g) = %#08x, want %#08x (%g)", fn.name, p[0],
								math.Float32frombits(p[0]), got[i], want, math.Float32frombits(want))
						}
					}
				}
				checked += n
			}
			t.Logf("%s: %d cases, %d mismatches", fn.name, checked, mismatches)
		})
	}
}
