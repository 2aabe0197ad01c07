package runs

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
)

// Plan is a run ready to be created: the config blob and the roots the chain
// will hold, and the createRun arguments.
type Plan struct {
	Spec Spec
	// Blob is the config's canonical CBOR; ConfigHash = keccak256(Blob).
	Blob       []byte
	ConfigHash common.Hash
	// SkeletonRoot is the program skeleton of a contribution step (PROTOCOL §3.2);
	// InitialModelRoot the root of θ_0 (parameters from the config's seed, zero moments).
	SkeletonRoot     common.Hash
	InitialModelRoot common.Hash
	// Records is the number of op records of one contribution step.
	Records int
	// Run is createRun's config argument.
	Run ledger.RunConfig
}

// Build checks s against the contract's rules under params p (Spec.Check),
// the bootstrap addresses, and the config (compute.Check: a known task, a
// model that fits it, every record of a step within its on-chain row
// limit), and computes the config blob, its hash, the skeleton root and the
// initial model root. It runs one training step of the model on placeholder
// data, so it takes as long as one step.
func Build(s Spec, p ledger.Params) (*Plan, error) {
	if err := s.Check(p); err != nil {
		return nil, err
	}
	for _, a := range s.Bootstrap {
		if _, err := peer.AddrInfoFromString(a); err != nil {
			return nil, fmt.Errorf("%w: bootstrap address %q: %v (want /ip4/<host>/tcp/<port>/p2p/<peer id>)", ErrBadSpec, a, err)
		}
	}
	blob, err := s.Config.Encode()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	rep, err := compute.Check(s.Config)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	st, err := compute.InitialState(s.Config)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	root, err := st.Root()
	if err != nil {
		return nil, fmt.Errorf("runs: initial model root: %w", err)
	}
	hash, err := s.Config.Hash()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	c := s.Config
	rc := ledger.RunConfig{
		ConfigHash: hash, SkeletonRoot: rep.SkeletonRoot, OutputsRoot: rep.OutputsRoot(), InitialModelRoot: root, Task: c.Task,
		Start: s.Start, RoundDuration: uint32(c.RoundDuration), NumRounds: s.NumRounds,
		CommitWindow: uint32(c.CommitWindow), VerifyWindow: uint32(c.VerifyWindow), DisputeWindow: uint32(c.DisputeWindow),
		DisputeDuration: uint32(c.DisputeDuration), FinalityLag: uint8(c.Lag), VerifiersPerContribution: uint16(c.Verifiers),
		WhistleblowerBps: s.WhistleblowerBps, MinStake: u256(c.Stake), SlashAmount: u256(c.Slash), DisputeBond: u256(c.Bond),
		MinGasPrice: s.MinGasPrice, VerifierFee: u256(c.VerifierFee), VerifierPenalty: s.VerifierPenalty,
	}
	return &Plan{Spec: s, Blob: blob, ConfigHash: common.Hash(hash), SkeletonRoot: common.Hash(rep.SkeletonRoot), InitialModelRoot: common.Hash(root),
		Records: rep.Records, Run: rc}, nil
}

// Match checks that a run config as the chain holds it (after createRun
// filled in the start and the lag) is the one config c describes: the config
// hash, task, schedule, lag, verifiers and the economics both hold. It does
// not recompute the skeleton and initial roots: Verify does.
func Match(c compute.Config, rc ledger.RunConfig) error {
	hash, err := c.Hash()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	type pair struct {
		name      string
		got, want any
	}
	for _, x := range []pair{
		{"config hash", common.Hash(rc.ConfigHash), common.Hash(hash)}, {"task", rc.Task, c.Task},
		{"round duration", uint64(rc.RoundDuration), c.RoundDuration}, {"commit window", uint64(rc.CommitWindow), c.CommitWindow},
		{"verify window", uint64(rc.VerifyWindow), c.VerifyWindow}, {"dispute window", uint64(rc.DisputeWindow), c.DisputeWindow},
		{"dispute duration", uint64(rc.DisputeDuration), c.DisputeDuration}, {"finality lag", int(rc.FinalityLag), c.Lag},
		{"verifiers", int(rc.VerifiersPerContribution), c.Verifiers}, {"stake", rc.MinStake.String(), u256(c.Stake).String()},
		{"slash", rc.SlashAmount.String(), u256(c.Slash).String()}, {"bond", rc.DisputeBond.String(), u256(c.Bond).String()},
		{"verifier fee", rc.VerifierFee.String(), u256(c.VerifierFee).String()},
	} {
		if x.got != x.want {
			return fmt.Errorf("%w: %s on chain %v, in the config %v", ErrMismatch, x.name, x.got, x.want)
		}
	}
	return nil
}

// Verify is Match plus the roots only the config's step can give: the
// program skeleton root and the initial model root must be the chain's. A
// node that trained under a config whose skeleton differs from the run's
// would be convicted of a wrong program on every step.
func Verify(c compute.Config, rc ledger.RunConfig) error {
	if err := Match(c, rc); err != nil {
		return err
	}
	rep, err := compute.Check(c)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	st, err := compute.InitialState(c)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	root, err := st.Root()
	if err != nil {
		return fmt.Errorf("runs: initial model root: %w", err)
	}
	if rc.SkeletonRoot != rep.SkeletonRoot {
		return fmt.Errorf("%w: skeleton root on chain %x, the config's %x", ErrMismatch, rc.SkeletonRoot[:], rep.SkeletonRoot[:])
	}
	if out := rep.OutputsRoot(); rc.OutputsRoot != out {
		return fmt.Errorf("%w: outputs root on chain %x, the config's %x", ErrMismatch, rc.OutputsRoot[:], out[:])
	}
	if rc.InitialModelRoot != root {
		return fmt.Errorf("%w: initial model root on chain %x, the config's %x", ErrMismatch, rc.InitialModelRoot[:], root[:])
	}
	return nil
}
