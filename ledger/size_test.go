package ledger_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
)

// maxCodeSize is EIP-170's limit on deployed (runtime) code.
const maxCodeSize = 24_576

// TestContractSizes deploys the contracts as Deploy does (the Ledger, its
// Disputes module, the Referee and its program delegates) and fails when a
// deployed contract's runtime code exceeds
// EIP-170's limit (the simulated chain would refuse to deploy it, but this
// says which and by how much), and logs the headroom.
func TestContractSizes(t *testing.T) {
	e := newEnv(t, 1, testParams())
	module := check(e.clients[0].DisputesModule(e.ctx))(t)
	verdicts := check(e.clients[0].VerdictsModule(e.ctx))(t)
	ref := bindings.NewReferee()
	c := ref.Instance(e.chain.Client, e.addrs.Referee)
	index := check(bind.Call(c, nil, ref.PackIndexPrograms(), ref.UnpackIndexPrograms))(t)
	reduce := check(bind.Call(c, nil, ref.PackReducePrograms(), ref.UnpackReducePrograms))(t)
	for _, k := range []struct {
		name string
		addr common.Address
	}{
		{"Ledger", e.addrs.Ledger}, {"Disputes", module}, {"Verdicts", verdicts}, {"Referee", e.addrs.Referee},
		{"IndexReferee", index}, {"ReduceReferee", reduce},
	} {
		code := check(e.chain.Client.CodeAt(e.ctx, k.addr, nil))(t)
		t.Logf("%s: %d bytes of runtime code (%d to spare)", k.name, len(code), maxCodeSize-len(code))
		if len(code) == 0 || len(code) > maxCodeSize {
			t.Errorf("%s: %d bytes of runtime code, limit %d", k.name, len(code), maxCodeSize)
		}
	}
	// The modules refuse calls that do not come through the Ledger, and
	// Disputes refuses to forward them.
	for _, m := range []struct {
		name string
		msg  ethereum.CallMsg
	}{
		{"Disputes", callMsg(module, bindings.NewDisputes().PackTimeout(big.NewInt(1)))},
		{"Disputes forwarding a verdict", callMsg(module, bindings.NewVerdicts().PackConvictUpdate(big.NewInt(1), emptyUpdateProof()))},
		{"Verdicts", callMsg(verdicts, bindings.NewVerdicts().PackConvictUpdate(big.NewInt(1), emptyUpdateProof()))},
	} {
		_, err := e.clients[0].Backend().CallContract(e.ctx, m.msg, nil)
		if re := ledger.DecodeRevertData(revertData(err)); re.Name != "NotDelegated" {
			t.Errorf("direct call of %s: %v, want NotDelegated", m.name, err)
		}
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// emptyUpdateProof is an UpdateProof the ABI encoder accepts.
func emptyUpdateProof() bindings.UpdateProof {
	empty := bindings.TensorSlice{Shape: []uint32{}, Chunks: []byte{}, Siblings: [][32]byte{}}
	named := bindings.NamedProof{InSet: bindings.Inclusion{Siblings: [][32]byte{}}}
	return bindings.UpdateProof{StepOutputs: [][32]byte{}, Grads: []bindings.NamedProof{}, GradSlices: []bindings.TensorSlice{},
		Update: named, UpdateSlice: empty}
}

// revertData extracts the revert data of a call error (nil if none).
func revertData(err error) []byte {
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			return common.FromHex(s)
		}
	}
	return nil
}
