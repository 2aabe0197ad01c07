package node

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
)

// RunConfig returns the on-chain config of a run with compute config c (docs/PROTOCOL.md
// §3.2): its configHash, program skeleton root, outputs root and θ_0's root, and the schedule and
// economics the compute config holds, starting at start (unix seconds; 0: the block of
// createRun) for rounds rounds. The verifier penalty is what the stake holds above the
// slash; the minimum gas price is 1 gwei; the whistleblower gets 40% of a slash.
func RunConfig(c compute.Config, start uint64, rounds uint32) (ledger.RunConfig, error) {
	h, err := c.Hash()
	if err != nil {
		return ledger.RunConfig{}, err
	}
	rep, err := compute.Check(c)
	if err != nil {
		return ledger.RunConfig{}, err
	}
	st, err := compute.InitialState(c)
	if err != nil {
		return ledger.RunConfig{}, err
	}
	root, err := st.Root()
	if err != nil {
		return ledger.RunConfig{}, err
	}
	if c.Stake < c.Slash {
		return ledger.RunConfig{}, fmt.Errorf("%w: stake %d below slash %d", ErrRunConfig, c.Stake, c.Slash)
	}
	u32 := func(v uint64) uint32 { return uint32(min(v, 1<<32-1)) }
	wei := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	return ledger.RunConfig{ConfigHash: common.Hash(h), SkeletonRoot: common.Hash(rep.SkeletonRoot), OutputsRoot: common.Hash(rep.OutputsRoot()),
		InitialModelRoot: common.Hash(root), Task: c.Task, Start: start, NumRounds: rounds,
		RoundDuration: u32(c.RoundDuration), CommitWindow: u32(c.CommitWindow), VerifyWindow: u32(c.VerifyWindow),
		DisputeWindow: u32(c.DisputeWindow), DisputeDuration: u32(c.DisputeDuration), FinalityLag: uint8(c.Lag),
		VerifiersPerContribution: uint16(c.Verifiers), WhistleblowerBps: 4000,
		MinStake: wei(c.Stake), SlashAmount: wei(c.Slash), DisputeBond: wei(c.Bond), MinGasPrice: big.NewInt(1e9),
		VerifierFee: wei(c.VerifierFee), VerifierPenalty: wei(c.Stake - c.Slash)}, nil
}
