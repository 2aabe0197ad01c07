package ledger

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Params are the Ledger's deployment parameters (the Referee address is
// filled in by Deploy).
type Params = bindings.LedgerParams

// DefaultParams returns the parameters Apiary deploys with: ten-minute
// reveal and response windows, at most 256 contributions per round and four
// forced reveals per dispute. The economic parameters are per run
// (DefaultRunConfig).
func DefaultParams() Params {
	return Params{
		RevealWindow:       600,
		ResponseWindow:     600,
		MaxCommitsPerRound: 256,
		MaxReveals:         4,
	}
}

// Deploy deploys the Referee's program delegates (IndexReferee,
// ReduceReferee), the Referee, the RewardJudge, the Verdicts module, the
// Disputes module and then the Ledger with p from key's account, waiting for each to be mined (afterSend, if not nil, runs after each send:
// the simulated backend's Commit). It refuses a chain without the Cancun EVM
// (CheckEVM).
func Deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, p Params, afterSend func()) (Addresses, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Addresses{}, fmt.Errorf("ledger: deploy: chain id: %w", err)
	}
	if err := CheckEVM(ctx, backend); err != nil {
		return Addresses{}, evmError("", chainID, err)
	}
	deploy := func(name string, code string, input []byte) (common.Address, error) {
		opts := bind.NewKeyedTransactor(key, chainID)
		opts.Context = ctx
		_, tx, err := bind.DeployContract(opts, common.FromHex(code), backend, input)
		if err != nil {
			return common.Address{}, fmt.Errorf("ledger: deploy %s: %w", name, decodeRevert(err))
		}
		if afterSend != nil {
			afterSend()
		}
		addr, err := bind.WaitDeployed(ctx, backend, tx.Hash())
		if err != nil {
			return common.Address{}, fmt.Errorf("ledger: deploy %s (tx %s): %w", name, tx.Hash(), err)
		}
		return addr, nil
	}
	var a Addresses
	// The Referee delegates the programs of some kinds to two contracts of
	// their own (it would exceed the code size limit otherwise).
	index, err := deploy("IndexReferee", bindings.IndexRefereeMetaData.Bin, nil)
	if err != nil {
		return Addresses{}, err
	}
	reduce, err := deploy("ReduceReferee", bindings.ReduceRefereeMetaData.Bin, nil)
	if err != nil {
		return Addresses{}, err
	}
	if a.Referee, err = deploy("Referee", bindings.RefereeMetaData.Bin, bindings.NewReferee().PackConstructor(index, reduce)); err != nil {
		return Addresses{}, err
	}
	p.Referee = a.Referee
	// The Verdicts module consults the RewardJudge in convictReward, and the
	// Disputes module forwards the verdict calls to the Verdicts module (one
	// contract would exceed the code size limit).
	if a.RewardJudge, err = deploy("RewardJudge", bindings.RewardJudgeMetaData.Bin, nil); err != nil {
		return Addresses{}, err
	}
	verdicts, err := deploy("Verdicts", bindings.VerdictsMetaData.Bin, bindings.NewVerdicts().PackConstructor(a.RewardJudge))
	if err != nil {
		return Addresses{}, err
	}
	disputes, err := deploy("Disputes", bindings.DisputesMetaData.Bin, bindings.NewDisputes().PackConstructor(verdicts))
	if err != nil {
		return Addresses{}, err
	}
	if a.Ledger, err = deploy("Ledger", bindings.LedgerMetaData.Bin, bindings.NewLedger().PackConstructor(p, disputes)); err != nil {
		return Addresses{}, err
	}
	return a, nil
}

// Ether returns n ether in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
