package indexer

import (
	"encoding/json"
	"math/big"
	"testing"
)

func TestAmountJSON(t *testing.T) {
	v, _ := new(big.Int).SetString("10066666666666666666", 10)
	b, err := json.Marshal(Amount{v})
	if err != nil {
		t.Fatal(err)
	}
	var back Amount
	if err := json.Unmarshal(b, &back); err != nil || back.Cmp(v) != 0 {
		t.Fatalf("round trip of %s: got %v, %v", b, back.Int, err)
	}
	for _, in := range []string{`12`, `"-1"`, `"01"`, `""`, `"1e3"`, `"0x10"`, `" 1"`, `null`,
		`"115792089237316195423570985008687907853269984665640564039457584007913129639936"`} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); err == nil {
			t.Errorf("Unmarshal(%s) = %v, want an error", in, a.Int)
		}
	}
}

// FuzzAmountJSON: an accepted amount marshals back to the same bytes.
func FuzzAmountJSON(f *testing.F) {
	for _, s := range []string{`"0"`, `"10066666666666666666"`, `"01"`, `1`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var a Amount
		if err := a.UnmarshalJSON(b); err != nil {
			return
		}
		out, err := a.MarshalJSON()
		if err != nil || string(out) != string(b) {
			t.Fatalf("accepted %q, marshals to %q (%v)", b, out, err)
		}
	})
}
