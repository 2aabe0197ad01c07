package ledger_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/apiary-rl/apiary/ledger"
)

// TestDisputeCallsCarryGasMargin: calls of the Disputes module, packed with
// its ABI and sent to the Ledger (whose fallback delegates them), get the
// same margin over their estimate as the Ledger's own calls: postStep's
// writes depend on block time, which an estimate on the latest block can
// under-count.
func TestDisputeCallsCarryGasMargin(t *testing.T) {
	e, id := disputeEnv(t)
	did := check(e.clients[3].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	receipts := map[string]*types.Receipt{
		"postStep":      check(e.clients[1].PostStep(e.ctx, did, [32]byte{9}, 6, stepOutputs(1)))(t),
		"requestReveal": check(e.clients[3].RequestReveal(e.ctx, did, revealReq(2)))(t),
		"joinRun":       check(e.clients[4].JoinRun(e.ctx, id, eth(20)))(t),
	}
	for what, r := range receipts {
		tx, _ := check2(e.chain.Client.TransactionByHash(e.ctx, r.TxHash))(t)
		if tx.To() == nil || *tx.To() != e.addrs.Ledger {
			t.Fatalf("%s sent to %v, want the Ledger %s", what, tx.To(), e.addrs.Ledger)
		}
		// The estimate is at least the gas used, so the limit is at least
		// the margin over the gas used.
		if want := ledger.DefaultGasMargin().Limit(r.GasUsed, 0); tx.Gas() < want {
			t.Errorf("%s: gas limit %d for %d used, want at least %d", what, tx.Gas(), r.GasUsed, want)
		}
	}
}

// check2 is check for calls that return two values.
func check2[T, U any](v T, u U, err error) func(testing.TB) (T, U) {
	return func(t testing.TB) (T, U) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v, u
	}
}
