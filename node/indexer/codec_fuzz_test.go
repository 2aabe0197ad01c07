package indexer_test

import (
	"bytes"
	"testing"

	"github.com/apiary-rl/apiary/node/indexer"
)

// FuzzUnmarshalState: any bytes either decode to a valid state that
// re-encodes to a fixed point, or are refused; never a panic.
func FuzzUnmarshalState(f *testing.F) {
	f.Add([]byte(`{"run":"0x0000000000000000000000000000000000000000000000000000000000000001","cursor":{"block":3,"index":1},"created":true,"submitter":"0x0000000000000000000000000000000000000000","num_rounds":3,"verifier_fee":100,"peers":{},"rounds":{},"disputes":{}}`))
	f.Add([]byte(`{"peers":{"0x0000000000000000000000000000000000000001":{"stake":-1}}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := indexer.UnmarshalState(b)
		if err != nil {
			return
		}
		enc, err := indexer.MarshalState(s)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := indexer.UnmarshalState(enc)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		enc2, _ := indexer.MarshalState(s2)
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("not a fixed point:\n%s\n%s", enc, enc2)
		}
	})
}
