package main

import (
	"testing"

	"github.com/apiary-rl/apiary/node/runs"
)

// FuzzParseEther: --stake accepts positive amounts in run create's syntax and nothing else; an
// accepted amount is a positive whole number of wei that formats and parses back to itself.
func FuzzParseEther(f *testing.F) {
	for _, s := range []string{"1", "0.25", "1e18", "-1", "0", "1/3", "0.0000000000000000001", "", "abc", "1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		wei, err := parseEther(s)
		if err != nil {
			return
		}
		if wei.Sign() <= 0 {
			t.Fatalf("%q: got %s wei, want a positive amount", s, wei)
		}
		back, err := runs.ParseEther(runs.FormatEther(wei))
		if err != nil || back.Cmp(wei) != 0 {
			t.Fatalf("%q: %s wei formats as %q, which parses to %v, %v", s, wei, runs.FormatEther(wei), back, err)
		}
	})
}

func TestParseEther(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{{"1", "1000000000000000000"}, {"0.25", "250000000000000000"}, {"2.000000000000000001", "2000000000000000001"}, {"250 gwei", "250000000000"}} {
		got, err := parseEther(tc.in)
		if err != nil || got.String() != tc.want {
			t.Errorf("parseEther(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"0", "-1", "0.0000000000000000001", "x", "", "1e18", "1/3"} {
		if _, err := parseEther(bad); err == nil {
			t.Errorf("parseEther(%q) accepted", bad)
		}
	}
}
