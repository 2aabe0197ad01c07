package indexer_test

import (
	"bytes"
	"errors"
	"strings"
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

// TestUnmarshalStateWithoutWhistleblower: a state stored before the whistleblower shares
// were kept (no "whistleblower" on peers, no "reward" on disputes) decodes, with zero for
// both; a negative one is refused.
func TestUnmarshalStateWithoutWhistleblower(t *testing.T) {
	const peer = `{"stake":1,"contributions":0,"duplicates":0,"final":0,"attestations":0,"earned":0,"claimed":0,"slashed":0,"penalized":0,"disputes_won":1,"disputes_lost":0,"rewards":{}}`
	const dispute = `{"id":1,"round":0,"step":0,"solver":"0x0000000000000000000000000000000000000002","challenger":"0x0000000000000000000000000000000000000001","bond":1,"deadline":0,"step_posted":false,"reveals":0,"resolved":true,"winner":"0x0000000000000000000000000000000000000001","outcome":4,"slashed":10,"block":1}`
	old := `{"run":"0x0000000000000000000000000000000000000000000000000000000000000001","cursor":{"block":3,"index":1},"created":true,"submitter":"0x0000000000000000000000000000000000000000","num_rounds":3,"verifier_fee":100,` +
		`"peers":{"0x0000000000000000000000000000000000000001":` + peer + `},"rounds":{},"disputes":{"1":` + dispute + `}}`
	s, err := indexer.UnmarshalState([]byte(old))
	if err != nil {
		t.Fatalf("a state without whistleblower shares: %v", err)
	}
	for a, p := range s.Peers {
		if p.Whistleblower == nil || p.Whistleblower.Sign() != 0 {
			t.Errorf("peer %s whistleblower %v, want 0", a, p.Whistleblower)
		}
	}
	if d := s.Disputes[1]; d == nil || d.Reward == nil || d.Reward.Sign() != 0 {
		t.Errorf("dispute 1 %+v, want a zero reward", d)
	}
	bad := strings.Replace(old, `"disputes_won":1,`, `"disputes_won":1,"whistleblower":-1,`, 1)
	if _, err := indexer.UnmarshalState([]byte(bad)); !errors.Is(err, indexer.ErrBadState) {
		t.Errorf("a negative whistleblower share: %v, want ErrBadState", err)
	}
}
