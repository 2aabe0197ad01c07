package testnet

import (
	"math"
	"testing"
)

func TestParseSettings(t *testing.T) {
	s, err := ParseSettings("8/0, 6/2,4/4,2/6")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 4 || s[0] != (Setting{8, 0}) || s[3] != (Setting{2, 6}) || s[2].String() != "4/4" {
		t.Fatalf("got %v", s)
	}
	for _, bad := range []string{"", "8", "0/8", "4/-1", "a/b", "4/4,4/4", "4/4,2/2", "65/0"} {
		if _, err := ParseSettings(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestCurve: rounds without a reported reward count 0 in the cumulative sum, the
// final accuracy is the last evaluated one, and the ratios divide by alone's.
func TestCurve(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	var alone, sw Curve
	alone.add(0.5, f(0.25))
	alone.add(0.5, f(0.5))
	sw.add(1, f(0.5))
	sw.add(math.NaN(), nil)
	sw.add(0.5, nil)
	if sw.TotalReward != 1.5 || sw.Cumulative[1] != 1 || *sw.FinalAccuracy != 0.5 {
		t.Fatalf("swarm curve %+v", sw)
	}
	sw.ratios(alone)
	if sw.RewardRatio != 1.5 || sw.AccuracyRatio != 1 {
		t.Fatalf("ratios %.3f %.3f, want 1.5 and 1", sw.RewardRatio, sw.AccuracyRatio)
	}
}
