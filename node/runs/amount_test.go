package runs

import (
	"errors"
	"math/big"
	"testing"
)

func TestParseEther(t *testing.T) {
	wei := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	for _, tc := range []struct {
		in   string
		want *big.Int
	}{
		{"1", wei("1000000000000000000")},
		{"1.5", wei("1500000000000000000")},
		{"1.10 ether", wei("1100000000000000000")},
		{"0.001eth", wei("1000000000000000")},
		{"250 gwei", wei("250000000000")},
		{"1.5gwei", wei("1500000000")},
		{"7 wei", wei("7")},
		{"0", wei("0")},
	} {
		got, err := ParseEther(tc.in)
		if err != nil || got.Cmp(tc.want) != 0 {
			t.Errorf("ParseEther(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "-1", "+1", "1e18", "1.", ".5", "1,5", "0.5 wei", "1 btc", "1 Ether", "0x10",
		"1.0000000000000000001", "1 2", "1000000000000000000000000000000000000000000000000000000000000000000000000000000"} {
		if v, err := ParseEther(in); !errors.Is(err, ErrBadAmount) {
			t.Errorf("ParseEther(%q) = %v, %v; want ErrBadAmount", in, v, err)
		}
	}
}

func TestFormatEther(t *testing.T) {
	for in, want := range map[string]string{"1100000000000000000": "1.1 ether", "1": "0.000000000000000001 ether",
		"5000000000000000000": "5 ether", "0": "0 ether"} {
		v, _ := new(big.Int).SetString(in, 10)
		if got := FormatEther(v); got != want {
			t.Errorf("FormatEther(%s) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParseEther: an accepted amount is below 2^256 and prints back to the same wei.
func FuzzParseEther(f *testing.F) {
	for _, s := range []string{"1", "1.5 ether", "250gwei", "7 wei", "0.000000000000000001", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseEther(s)
		if err != nil {
			if !errors.Is(err, ErrBadAmount) {
				t.Fatalf("ParseEther(%q): error %v does not wrap ErrBadAmount", s, err)
			}
			return
		}
		if v.Sign() < 0 || v.BitLen() > 256 {
			t.Fatalf("ParseEther(%q) = %v out of range", s, v)
		}
		back, err := ParseEther(FormatEther(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("ParseEther(FormatEther(%v)) = %v, %v", v, back, err)
		}
	})
}
