package ledger_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// maxCodeSize is the EIP-170 limit on a contract's deployed code.
const maxCodeSize = 24576

// TestDeployedCodeSize deploys the contracts as Deploy does and requires
// each one's deployed code to fit EIP-170's limit, logging the sizes.
func TestDeployedCodeSize(t *testing.T) {
	e := newEnv(t, 1, testParams())
	ref := bindings.NewReferee()
	c := ref.Instance(e.chain.Client, e.addrs.Referee)
	index := check(bind.Call(c, nil, ref.PackIndexPrograms(), ref.UnpackIndexPrograms))(t)
	reduce := check(bind.Call(c, nil, ref.PackReducePrograms(), ref.UnpackReducePrograms))(t)
	for _, k := range []struct {
		name string
		addr common.Address
	}{
		{"Ledger", e.addrs.Ledger}, {"Referee", e.addrs.Referee}, {"IndexReferee", index}, {"ReduceReferee", reduce},
	} {
		code := check(e.chain.Client.CodeAt(e.ctx, k.addr, nil))(t)
		t.Logf("%s: %d bytes of deployed code (%d left)", k.name, len(code), maxCodeSize-len(code))
		if len(code) == 0 || len(code) > maxCodeSize {
			t.Errorf("%s: %d bytes of deployed code, limit %d", k.name, len(code), maxCodeSize)
		}
	}
}
