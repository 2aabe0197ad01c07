package ledger

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Sentinel errors.
var (
	// ErrReverted wraps every contract revert; errors.As finds a *RevertError.
	ErrReverted = errors.New("ledger: transaction reverted")
	// ErrNoEvent means a mined transaction lacks the event it must emit.
	ErrNoEvent = errors.New("ledger: expected event missing from receipt")
	// ErrBadManifest means a network manifest is incomplete or malformed.
	ErrBadManifest = errors.New("ledger: bad network manifest")
	// ErrNonceTaken means a transaction's nonce was used by another
	// transaction of the same account (sent outside this client).
	ErrNonceTaken = errors.New("ledger: nonce taken by another transaction")
	// ErrOldEVM means the chain does not execute the EVM version the
	// contracts are compiled for (Cancun).
	ErrOldEVM = errors.New("ledger: no Cancun EVM")
)

// RevertError is a contract revert decoded into its custom error: Name is the
// Solidity error name (e.g. "InsufficientStake"), Value the binding's struct
// for it (e.g. *bindings.LedgerInsufficientStake), or nil if unknown.
type RevertError struct {
	Name  string
	Value any
	Data  []byte
}

func (e *RevertError) Error() string {
	if e.Value != nil {
		return fmt.Sprintf("ledger: reverted with %s %+v", e.Name, e.Value)
	}
	if e.Name != "" {
		return "ledger: reverted: " + e.Name
	}
	return fmt.Sprintf("ledger: reverted with data 0x%x", e.Data)
}

// Unwrap makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Unwrap() error { return ErrReverted }

// IsRevert reports whether err is a revert with the named custom error.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

var (
	ledgerABI  = bindings.NewLedger()
	refereeABI = bindings.NewReferee()
	judgeABI   = bindings.NewRewardJudge()
)

// decodeRevert turns an error from eth_call or eth_estimateGas into a
// *RevertError when it carries revert data; other errors pass unchanged.
func decodeRevert(err error) error {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		if strings.Contains(err.Error(), "execution reverted") {
			return &RevertError{Name: "", Data: nil}
		}
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, herr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if herr != nil {
		return err
	}
	return revertFromData(data)
}

func revertFromData(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	for _, u := range []interface {
		UnpackError([]byte) (any, error)
	}{ledgerABI, refereeABI, judgeABI} {
		if v, err := u.UnpackError(data); err == nil {
			re.Value = v
			re.Name = fmt.Sprintf("%T", v)
			for _, p := range []string{"*bindings.Ledger", "*bindings.Referee", "*bindings.RewardJudge"} {
				re.Name = strings.TrimPrefix(re.Name, p)
			}
			return re
		}
	}
	if string(data[:4]) == "\x08\xc3\x79\xa0" {
		re.Name = "Error"
	}
	return re
}

// DecodeRevertData decodes raw revert data (as returned by eth_call) into a
// RevertError naming the Ledger, Referee or RewardJudge custom error, if it is one.
func DecodeRevertData(data []byte) *RevertError { return revertFromData(data) }
