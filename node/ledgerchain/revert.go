package ledgerchain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
)

// sentinelOf maps the Ledger's custom errors to swarm's sentinels (docs/NODE.md, "Chain
// adapter and keeper", "Error mapping"). Errors not listed pass through as *ledger.RevertError.
var sentinelOf = map[string]error{
	// Too late: waiting will not help.
	"RoundNotOpen":       swarm.ErrRoundClosed,
	"VerifyWindowClosed": swarm.ErrRoundClosed,
	"VotingClosed":       swarm.ErrRoundClosed,
	// Not yet: the chain cannot answer until a later block.
	"BeaconNotReady": swarm.ErrUndecided,
	"BeaconPending":  swarm.ErrUndecided,
	"RoundNotFinal":  swarm.ErrNotFinal,
	// Refused for a reason that waiting will not change.
	"UnknownRun":        swarm.ErrRefused,
	"NoSuchRound":       swarm.ErrRefused,
	"InsufficientStake": swarm.ErrRefused,
	"NotJoined":         swarm.ErrRefused,
	"ZeroRoot":          swarm.ErrRefused,
	"WrongBase":         swarm.ErrRefused,
	"AlreadyCommitted":  swarm.ErrRefused,
	"RoundFull":         swarm.ErrRefused,
	"NotAssigned":       swarm.ErrRefused,
	"AlreadyAttested":   swarm.ErrRefused,
	"NoContribution":    swarm.ErrRefused,
	"NotAVoter":         swarm.ErrRefused,
	"NoVote":            swarm.ErrRefused,
}

// mapped wraps err with the swarm sentinel its revert reason maps to, if any.
func mapped(err error) error {
	var re *ledger.RevertError
	if !errors.As(err, &re) {
		return err
	}
	if s, ok := sentinelOf[re.Name]; ok {
		return fmt.Errorf("%w: %w", s, err)
	}
	return err
}

// revertName returns the custom error name of a revert, "" if err is none or has no name.
func revertName(err error) string {
	var re *ledger.RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// reason finds why a transaction that was mined reverted. A revert caught when the gas was
// estimated already carries its custom error; one that passed the estimate and failed in its
// block (another transaction came first: a race) carries only the receipt. For the latter the
// call is replayed at the end of that block, where the state that beat it is visible, and
// the replay's custom error is returned (or err unchanged if the replay names none).
func reason(ctx context.Context, c *ledger.Client, data []byte, r *types.Receipt, err error) error {
	if err == nil || r == nil || revertName(err) != "" || !errors.Is(err, ledger.ErrReverted) {
		return err
	}
	to := c.Addresses().Ledger
	_, cerr := c.Backend().CallContract(ctx, ethereum.CallMsg{From: c.Address(), To: &to, Data: data}, r.BlockNumber)
	if cerr == nil {
		return err // it would succeed now: an out-of-gas, not a custom error
	}
	var de rpc.DataError
	if errors.As(cerr, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if b, herr := hexutil.Decode(s); herr == nil {
				if re := ledger.DecodeRevertData(b); re.Name != "" {
					return fmt.Errorf("%w (reason from replay at block %s: %w)", err, r.BlockNumber, re)
				}
			}
		}
	}
	return err
}
