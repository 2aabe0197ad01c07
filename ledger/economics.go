package ledger

import "math/big"

// Default schedule and economics of a run (docs/LEDGER.md, "Economics",
// gives the reasons). With DefaultParams' ten-minute reveal and response
// windows and four reveals, a full dispute takes 6,000 s.
const (
	DefaultRoundDuration    = 3600 // seconds between round starts
	DefaultCommitWindow     = 600  // commits in [T_r, T_r+600)
	DefaultVerifyWindow     = 300  // assigned verifiers attest in the 5 minutes after C_r
	DefaultDisputeWindow    = 600  // disputes open in the 10 minutes after C_r
	DefaultDisputeDuration  = 6000 // (maxReveals+1)·(revealWindow+responseWindow)
	DefaultVerifiers        = 2    // verifiers per contribution
	DefaultWhistleblowerBps = 4000 // 40% of a slash to the winning challenger
)

// DefaultRunConfig returns a run config with the default schedule and
// economics; the caller fills in the roots, task, rounds and start. F_r =
// C_r + 6,600 s fits in D = 2 rounds of 3,600 s. Stake 1.1 ether covers a
// 1-ether slash and a 0.1-ether verifier penalty; the 0.01-ether bond covers
// the solver's five reveals (RevealGas each) up to 6.6 gwei (minGasPrice 1
// gwei); the 0.4-ether whistleblower share pays a 13.3M-gas resolution up to
// 30 gwei. A verifier earns 0.001 ether per attestation, so a full round of
// 256 contributions needs a reward of at least 0.512 ether per round.
func DefaultRunConfig() RunConfig {
	return RunConfig{
		NumRounds:                10,
		RoundDuration:            DefaultRoundDuration,
		CommitWindow:             DefaultCommitWindow,
		VerifyWindow:             DefaultVerifyWindow,
		DisputeWindow:            DefaultDisputeWindow,
		DisputeDuration:          DefaultDisputeDuration,
		FinalityLag:              DefaultFinalityLag,
		VerifiersPerContribution: DefaultVerifiers,
		WhistleblowerBps:         DefaultWhistleblowerBps,
		MinStake:                 milliEther(1100),
		SlashAmount:              Ether(1),
		DisputeBond:              milliEther(10),
		MinGasPrice:              big.NewInt(1e9),
		VerifierFee:              milliEther(1),
		VerifierPenalty:          milliEther(100),
	}
}

func milliEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }
