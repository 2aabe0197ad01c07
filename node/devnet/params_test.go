package devnet

import (
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

func TestParams(t *testing.T) {
	p, err := Options{}.params()
	if err != nil || p != ledger.DefaultParams() {
		t.Fatalf("zero options: got %+v, %v; want the default parameters", p, err)
	}
	p, err = Options{RevealWindow: 10 * time.Second, ResponseWindow: 20 * time.Second, MaxReveals: 1}.params()
	want := ledger.DefaultParams()
	want.RevealWindow, want.ResponseWindow, want.MaxReveals = 10, 20, 1
	if err != nil || p != want {
		t.Fatalf("got %+v, %v; want %+v", p, err, want)
	}
	for _, o := range []Options{{RevealWindow: 1500 * time.Millisecond}, {ResponseWindow: -time.Second}, {MaxReveals: 256}, {MaxReveals: -1}} {
		if _, err := o.params(); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}
