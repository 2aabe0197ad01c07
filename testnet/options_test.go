package testnet

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestParseAdversaries(t *testing.T) {
	got, err := ParseAdversaries("tamper=1, lazy=2", 6)
	if err != nil || len(got) != 2 || got["tamper"] != 1 || got["lazy"] != 2 {
		t.Fatalf("ParseAdversaries: %v, %v", got, err)
	}
	if got, err := ParseAdversaries("", 3); err != nil || len(got) != 0 {
		t.Fatalf("empty: %v, %v", got, err)
	}
	for _, c := range []struct{ in, want string }{
		{"bogus=1", `unknown adversary "bogus"`},
		{"tamper", "want name=count"},
		{"tamper=0", "positive count"},
		{"tamper=x", "positive count"},
		{"tamper=1,tamper=1", "given twice"},
		{"tamper=2,lazy=1", "at least one node must be honest"},
	} {
		if _, err := ParseAdversaries(c.in, 3); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseAdversaries(%q): %v, want %q", c.in, err, c.want)
		}
	}
}

// TestAvailableAdversaries: `swarm join` plays every adversary of the list, so none is
// refused; a name outside Available is refused with a sentence naming it.
func TestAvailableAdversaries(t *testing.T) {
	all := map[string]int{}
	for _, a := range Adversaries {
		all[a] = 1
	}
	if err := checkAvailable(all); err != nil {
		t.Fatalf("every adversary: %v", err)
	}
	if err := checkAvailable(map[string]int{"bogus": 1, "tamper": 1}); err == nil || !strings.Contains(err.Error(), "adversary bogus not available") {
		t.Fatalf("an unavailable adversary: %v", err)
	}
}

func TestParseFaults(t *testing.T) {
	if got, err := ParseFaults([]string{"kill9", ""}); err != nil || len(got) != 1 {
		t.Fatalf("kill9: %v, %v", got, err)
	}
	if got, err := ParseFaults([]string{"kill9", "partition", "arm64"}); err != nil || len(got) != 3 {
		t.Fatalf("every fault: %v, %v", got, err)
	}
	for _, c := range []struct {
		in   []string
		want string
	}{{[]string{"nope"}, "unknown fault"}, {[]string{"kill9", "kill9"}, "twice"}} {
		if _, err := ParseFaults(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseFaults(%v): %v, want %q", c.in, err, c.want)
		}
	}
}

// TestKillTarget: every `every` rounds from round `every`, a different node each time,
// cycling through all of them; no kill in round 0 or between.
func TestKillTarget(t *testing.T) {
	var got []int
	for r := uint64(0); r <= 8; r++ {
		got = append(got, killTarget(r, 2, 3))
	}
	want := []int{-1, -1, 1, -1, 2, -1, 0, -1, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("killTarget over rounds 0..8 = %v, want %v", got, want)
		}
	}
	if killTarget(4, 0, 3) != -1 || killTarget(4, 2, 0) != -1 {
		t.Fatal("killTarget without a schedule or nodes must be -1")
	}
}

// TestNextKillable: the schedule's target when it can come back, else the next one
// that can (wrapping), else none.
func TestNextKillable(t *testing.T) {
	out := map[int]bool{1: true, 2: true} // slashed below the stake or gone for good
	ok := func(i int) bool { return !out[i] }
	for _, c := range []struct{ base, want int }{{0, 0}, {1, 3}, {2, 3}, {3, 3}, {-1, -1}} {
		if got := nextKillable(c.base, 4, ok); got != c.want {
			t.Errorf("nextKillable(%d) = %d, want %d", c.base, got, c.want)
		}
	}
	if got := nextKillable(2, 4, func(int) bool { return false }); got != -1 {
		t.Errorf("nextKillable with no node that can come back = %d, want -1", got)
	}
}

func TestAdversaryPlan(t *testing.T) {
	got := adversaryPlan(map[string]int{"lazy": 1, "tamper": 2}, 4)
	want := []string{"", "lazy", "tamper", "tamper"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("adversaryPlan = %q, want %q", got, want)
		}
	}
}

func TestOptionsClock(t *testing.T) {
	o := Options{Nodes: 2, Rounds: 2}
	if err := o.defaults(); err != nil || o.ChainClock != ClockManual || o.Round != 300*time.Second {
		t.Fatalf("defaults: %v, clock %q, round %v; want manual, 300s", err, o.ChainClock, o.Round)
	}
	o = Options{Nodes: 2, Rounds: 2, ChainClock: ClockWall}
	if err := o.defaults(); err != nil || o.Round != 24*time.Second {
		t.Fatalf("wall defaults: %v, round %v; want 24s", err, o.Round)
	}
	o = Options{Nodes: 2, Rounds: 2, ChainClock: "sundial"}
	if err := o.defaults(); err == nil || !strings.Contains(err.Error(), `--clock "sundial"`) {
		t.Fatalf("clock sundial: %v", err)
	}
}

func TestOptionsWhistleblowerRate(t *testing.T) {
	for _, c := range []struct {
		o    Options
		want float64
	}{
		{Options{Nodes: 3, Rounds: 2}, 0}, // the node's default
		{Options{Nodes: 3, Rounds: 2, Adversaries: map[string]int{"lazy": 1}}, 1},
		{Options{Nodes: 3, Rounds: 2, Adversaries: map[string]int{"lazy": 1}, WhistleblowerRate: 0.25}, 0.25},
		{Options{Nodes: 3, Rounds: 2, WhistleblowerRate: 0.5}, 0.5},
	} {
		if err := c.o.defaults(); err != nil {
			t.Fatal(err)
		}
		if got := c.o.whistleblowerRate(); got != c.want {
			t.Errorf("%+v: rate %v, want %v", c.o.Adversaries, got, c.want)
		}
	}
	for _, bad := range []float64{-0.1, 1.5, math.NaN()} {
		o := Options{Nodes: 3, Rounds: 2, WhistleblowerRate: bad}
		if err := o.defaults(); err == nil || !strings.Contains(err.Error(), "--whistleblower-rate") {
			t.Errorf("rate %v: %v", bad, err)
		}
	}
}
