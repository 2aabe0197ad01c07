package compute

import (
	"testing"

	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
)

// TestRowLimitsMatchReferee: for every step kind the contract already
// referees, the row limit here is the referee's; the others are listed
// (their element programs are being added on another branch).
func TestRowLimitsMatchReferee(t *testing.T) {
	var pending []repops.Kind
	for _, k := range StepKinds {
		limit, ok := RowLimit(k)
		if !ok {
			t.Fatalf("%v is a step kind without a row limit", k)
		}
		if !referee.Supported(k) {
			pending = append(pending, k)
			continue
		}
		if limit > 1 && limit != referee.MaxRowFor(k) {
			t.Errorf("%v: row limit %d here, %d in the referee", k, limit, referee.MaxRowFor(k))
		}
	}
	if _, ok := RowLimit(repops.KindSample); ok {
		t.Error("Sample is allowed in a step")
	}
	t.Logf("step kinds without an on-chain element program on this branch: %v", pending)
}
