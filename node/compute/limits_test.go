package compute

import (
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// TestRowLimitsMatchReferee: every step kind is refereed on chain, with the
// referee's row limit.
func TestRowLimitsMatchReferee(t *testing.T) {
	for _, k := range StepKinds {
		limit, ok := RowLimit(k)
		if !ok {
			t.Fatalf("%v is a step kind without a row limit", k)
		}
		if !verify.RefereeSupports(k) {
			t.Errorf("%v may appear in a step but has no on-chain element program", k)
			continue
		}
		if limit > 1 && limit != verify.MaxRowFor(k) {
			t.Errorf("%v: row limit %d here, %d in the referee", k, limit, verify.MaxRowFor(k))
		}
	}
	if _, ok := RowLimit(repops.KindSample); ok {
		t.Error("Sample is allowed in a step")
	}
}
