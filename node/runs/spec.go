package runs

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/tasks"
)

// MaxBootstrap is the most bootstrap addresses a run may publish (the contract's limit).
const MaxBootstrap = 32

// Spec is what a submitter chooses for a run. Config holds everything the
// config blob commits to (task, model, RL hyperparameters, the stage lengths
// and the economics the chain also holds); the other fields exist on chain
// only.
type Spec struct {
	Config compute.Config
	// NumRounds is the number of rounds the pool pays for.
	NumRounds uint32
	// Start is T_0 in unix seconds; 0 means the time of the block that creates the run.
	Start uint64
	// WhistleblowerBps is the winning challenger's share of a slash, in basis points.
	WhistleblowerBps uint16
	// MinGasPrice is the gas price the bond check assumes; VerifierPenalty what a
	// verifier of a convicted contribution loses.
	MinGasPrice, VerifierPenalty *big.Int
	// Pool is the reward pool in wei, escrowed by createRun.
	Pool *big.Int
	// Bootstrap are libp2p multiaddrs ending in /p2p/<peer id>, published in RunCreated.
	Bootstrap []string
}

// DefaultSpec is a run of task with the model and RL settings of
// compute.DefaultConfig and the schedule and economics of
// ledger.DefaultRunConfig (docs/LEDGER.md, "Economics"): rounds of 3,600 s,
// commits in the first 600 s, attestations for 300 s after, disputes for 600 s
// after, 6,000 s for a full dispute, D = 2, 2 verifiers, stake 1.1 ether,
// slash 1 ether, bond 0.01 ether, fee 0.001 ether, penalty 0.1 ether, 40% to
// the whistleblower, 1 gwei; 10 rounds from the creating block. The pool is
// left nil: the submitter must choose it.
func DefaultSpec(task string) Spec {
	d := ledger.DefaultRunConfig()
	c := compute.DefaultConfig(task)
	c.RoundDuration, c.CommitWindow, c.VerifyWindow = uint64(d.RoundDuration), uint64(d.CommitWindow), uint64(d.VerifyWindow)
	c.DisputeWindow, c.DisputeDuration, c.Lag = uint64(d.DisputeWindow), uint64(d.DisputeDuration), int(d.FinalityLag)
	c.Stake, c.Slash, c.Bond = d.MinStake.Uint64(), d.SlashAmount.Uint64(), d.DisputeBond.Uint64()
	c.VerifierFee, c.Verifiers = d.VerifierFee.Uint64(), int(d.VerifiersPerContribution)
	return Spec{Config: c, NumRounds: d.NumRounds, WhistleblowerBps: d.WhistleblowerBps,
		MinGasPrice: d.MinGasPrice, VerifierPenalty: d.VerifierPenalty}
}

// Check applies the contract's createRun rules (docs/LEDGER.md, "Ledger state
// machine") to s under the deployment's params p, so that a bad run is refused
// with a sentence naming the parameter before a transaction is sent. It does not
// check the config's model and shapes: Build does.
func (s Spec) Check(p ledger.Params) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadSpec}, a...)...)
	}
	c := s.Config
	switch {
	case s.NumRounds == 0:
		return bad("zero rounds")
	case c.RoundDuration == 0 || c.CommitWindow == 0 || c.VerifyWindow == 0 || c.DisputeWindow == 0 || c.DisputeDuration == 0:
		return bad("every window must be positive: round %ds, commit %ds, verify %ds, dispute %ds, dispute duration %ds",
			c.RoundDuration, c.CommitWindow, c.VerifyWindow, c.DisputeWindow, c.DisputeDuration)
	case c.RoundDuration > math.MaxUint32 || c.DisputeWindow > math.MaxUint32 || c.DisputeDuration > math.MaxUint32:
		return bad("round %ds, dispute window %ds or dispute duration %ds over 2^32 s", c.RoundDuration, c.DisputeWindow, c.DisputeDuration)
	case c.CommitWindow > c.RoundDuration:
		return bad("commit window %ds longer than the round (%ds)", c.CommitWindow, c.RoundDuration)
	case c.VerifyWindow > c.DisputeWindow:
		return bad("verify window %ds longer than the dispute window %ds (attestations must be known before disputes close)",
			c.VerifyWindow, c.DisputeWindow)
	case c.Lag < 1 || c.Lag > math.MaxUint8:
		return bad("finality lag %d outside [1, 255]", c.Lag)
	case c.CommitWindow+c.DisputeWindow+c.DisputeDuration > uint64(c.Lag)*c.RoundDuration:
		return bad("commit window + dispute window + dispute duration = %ds must fit in lag × round = %ds (a round is final before round r+D ends)",
			c.CommitWindow+c.DisputeWindow+c.DisputeDuration, uint64(c.Lag)*c.RoundDuration)
	}
	full := (uint64(p.MaxReveals) + 1) * (p.RevealWindow + p.ResponseWindow)
	if c.DisputeDuration < full {
		return bad("dispute duration %ds below a full dispute on this chain: (%d reveals + 1) × (reveal %ds + response %ds) = %ds",
			c.DisputeDuration, p.MaxReveals, p.RevealWindow, p.ResponseWindow, full)
	}
	return s.checkEconomics(p)
}

func (s Spec) checkEconomics(p ledger.Params) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadSpec}, a...)...)
	}
	c := s.Config
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	mul := func(a *big.Int, b uint64) *big.Int { return new(big.Int).Mul(a, u(b)) }
	switch {
	case s.Pool == nil || s.Pool.Sign() <= 0:
		return bad("the reward pool is 0: choose one (rewards and verifier fees of every round come from it)")
	case s.WhistleblowerBps == 0 || s.WhistleblowerBps >= 5000:
		return bad("whistleblower share %d bps not in (0, 5000): below half, so reporting oneself loses money", s.WhistleblowerBps)
	case c.Verifiers < 1 || c.Verifiers > 16:
		return bad("verifiers per contribution %d not in [1, 16]", c.Verifiers)
	case s.MinGasPrice == nil || s.MinGasPrice.Sign() <= 0:
		return bad("zero min gas price")
	case s.VerifierPenalty == nil || s.VerifierPenalty.Sign() < 0:
		return bad("negative or missing verifier penalty")
	case len(s.Bootstrap) > MaxBootstrap:
		return bad("%d bootstrap addresses, at most %d", len(s.Bootstrap), MaxBootstrap)
	}
	if need := mul(s.MinGasPrice, (uint64(p.MaxReveals)+1)*ledger.RevealGas); u(c.Bond).Cmp(need) < 0 {
		return bad("dispute bond %s below the solver's reveal gas (%d × %d gas at %s wei) = %s",
			FormatEther(u(c.Bond)), p.MaxReveals+1, ledger.RevealGas, s.MinGasPrice, FormatEther(need))
	}
	if mul(u(c.Slash), uint64(s.WhistleblowerBps)).Cmp(mul(u(c.Bond), 10_000)) < 0 {
		return bad("the whistleblower's share of a slash (%d bps of %s) is below the dispute bond %s",
			s.WhistleblowerBps, FormatEther(u(c.Slash)), FormatEther(u(c.Bond)))
	}
	if need := new(big.Int).Add(u(c.Slash), s.VerifierPenalty); u(c.Stake).Cmp(need) < 0 {
		return bad("stake %s below slash + verifier penalty = %s", FormatEther(u(c.Stake)), FormatEther(need))
	}
	fees := mul(u(c.VerifierFee), uint64(c.Verifiers)*uint64(p.MaxCommitsPerRound))
	if perRound := new(big.Int).Quo(s.Pool, u(uint64(s.NumRounds))); perRound.Cmp(fees) < 0 || s.Pool.Cmp(u(uint64(s.NumRounds))) < 0 {
		return bad("pool %s gives %s per round, below the verifier fees of a full round (%s × %d verifiers × %d commits = %s): pool at least %s",
			FormatEther(s.Pool), FormatEther(perRound), FormatEther(u(c.VerifierFee)), c.Verifiers, p.MaxCommitsPerRound,
			FormatEther(fees), FormatEther(mul(fees, uint64(s.NumRounds))))
	}
	return nil
}

// SetModelSize sets the config's model to a named size of model.Sizes ("tiny",
// "small"), with the tokenizer's vocabulary.
func (s *Spec) SetModelSize(name string) error {
	mc, ok := model.Sizes[name]
	if !ok {
		names := make([]string, 0, len(model.Sizes))
		for k := range model.Sizes {
			names = append(names, k)
		}
		slices.Sort(names)
		return fmt.Errorf("%w: unknown model size %q (want %s)", ErrBadSpec, name, strings.Join(names, ", "))
	}
	mc.Vocab = tasks.VocabSize()
	s.Config.Model = mc
	return nil
}
