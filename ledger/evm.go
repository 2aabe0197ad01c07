package ledger

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/rpc"
)

// cancunProbe is init code that exercises the Cancun opcodes the contracts
// depend on and returns a 32-byte word: 42 stored in memory, copied by
// MCOPY, plus 1 written and read back by TSTORE and TLOAD, giving 43.
var cancunProbe = []byte{
	0x60, 0x2a, 0x60, 0x00, 0x52, // mstore(0, 42)
	0x60, 0x20, 0x60, 0x00, 0x60, 0x20, 0x5e, // mcopy(32, 0, 32)
	0x60, 0x01, 0x60, 0x00, 0x5d, // tstore(0, 1)
	0x60, 0x00, 0x5c, // tload(0)
	0x60, 0x20, 0x51, 0x01, // add(mload(32), ·)
	0x60, 0x00, 0x52, // mstore(0, ·)
	0x60, 0x20, 0x60, 0x00, 0xf3, // return(0, 32)
}

// CheckEVM checks that the chain behind b executes the EVM version Apiary's
// contracts are compiled for (Cancun: solc emits MCOPY, and transient
// storage is in use), by eth_call of a tiny creation code that uses MCOPY,
// TSTORE and TLOAD. A pre-Cancun chain deploys the contracts fine but
// reverts nearly every dispute call, so New and Deploy refuse it up front
// with an error wrapping ErrOldEVM ("chain at <rpc> does not run the Cancun
// EVM"). Transport errors come back unwrapped.
func CheckEVM(ctx context.Context, b bind.ContractCaller) error {
	out, err := b.CallContract(ctx, ethereum.CallMsg{Data: cancunProbe}, nil)
	var rerr rpc.Error
	switch {
	case err != nil && errors.As(err, &rerr):
		return fmt.Errorf("%w: the probe failed: %v", ErrOldEVM, err)
	case err != nil:
		return fmt.Errorf("check the EVM version: %w", err)
	case len(out) != 32 || new(big.Int).SetBytes(out).Cmp(big.NewInt(43)) != 0:
		return fmt.Errorf("%w: the probe returned 0x%x, want 43", ErrOldEVM, out)
	}
	return nil
}

// evmError words a CheckEVM failure for the chain at where (its RPC URL,
// if known) with chain ID id.
func evmError(where string, id *big.Int, err error) error {
	if where == "" {
		where = "an endpoint (chain id " + id.String() + ")"
	}
	if errors.Is(err, ErrOldEVM) {
		return fmt.Errorf("ledger: chain at %s does not run the Cancun EVM (MCOPY missing); Apiary's contracts need it: %w", where, err)
	}
	return fmt.Errorf("ledger: chain at %s: %w", where, err)
}
