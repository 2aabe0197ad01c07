package compute

import (
	"testing"

	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
)

// TestRowLimitsMatchReferee: every step kind is refereed on chain, with the
// referee's row limit.
func TestRowLimitsMatchReferee(t *testing.T) {
	for _, k := range StepKinds {
		limit, ok := RowLimit(k)
		if !ok {
			t.Fatalf("%v is a step kind without a row limit", k)
		}
		if !referee.Supported(k) {
			t.Errorf("%v may appear in a step but has no on-chain element program", k)
			continue
		}
		if limit > 1 && limit != referee.MaxRowFor(k) {
			t.Errorf("%v: row limit %d here, %d in the referee", k, limit, referee.MaxRowFor(k))
		}
	}
	if _, ok := RowLimit(repops.KindSample); ok {
		t.Error("Sample is allowed in a step")
	}
}
