// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Commitment is an auto generated low-level Go binding around an user-defined struct.
type Commitment struct {
	ContributionRoot [32]byte
	TraceRoot        [32]byte
	UpdateRoot       [32]byte
	UpdateSize       uint64
}

// Dispute is an auto generated low-level Go binding around an user-defined struct.
type Dispute struct {
	RunId          [32]byte
	Round          uint64
	Solver         common.Address
	Challenger     common.Address
	Bond           *big.Int
	Deadline       uint64
	RevealDeadline uint64
	Reveals        uint8
	State          uint8
	Outcome        uint8
	Pending        RevealRequest
}

// ElementProof is an auto generated low-level Go binding around an user-defined struct.
type ElementProof struct {
	Target         RecordProof
	Producers      [][]byte
	ProducerProofs []Inclusion
	Slot           uint8
	Element        uint64
	Output         TensorSlice
	Inputs         []TensorSlice
}

// Inclusion is an auto generated low-level Go binding around an user-defined struct.
type Inclusion struct {
	Index    uint32
	Count    uint32
	Siblings [][32]byte
}

// LedgerParams is an auto generated low-level Go binding around an user-defined struct.
type LedgerParams struct {
	Referee                  common.Address
	WithdrawDelay            uint64
	RevealWindow             uint64
	ResponseWindow           uint64
	WhistleblowerBps         uint16
	VerifiersPerContribution uint16
	MaxCommitsPerRound       uint16
	MaxReveals               uint8
}

// RecordProof is an auto generated low-level Go binding around an user-defined struct.
type RecordProof struct {
	Record  []byte
	InStep  Inclusion
	InTrace Inclusion
}

// RefereeJudgement is an auto generated low-level Go binding around an user-defined struct.
type RefereeJudgement struct {
	Verdict   uint8
	Step      uint32
	Index     uint32
	Kind      uint16
	Computed  uint32
	Committed uint32
}

// RevealRequest is an auto generated low-level Go binding around an user-defined struct.
type RevealRequest struct {
	Step      uint32
	Record    uint32
	WithChunk bool
	Slot      uint8
	Chunk     uint32
}

// RunConfig is an auto generated low-level Go binding around an user-defined struct.
type RunConfig struct {
	ConfigHash       [32]byte
	Task             string
	Start            uint64
	RoundDuration    uint32
	NumRounds        uint32
	DisputeWindow    uint32
	MinStake         *big.Int
	DisputeBond      *big.Int
	InitialModelRoot [32]byte
	Bootstrap        []string
}

// RunsRound is an auto generated low-level Go binding around an user-defined struct.
type RunsRound struct {
	Closed          bool
	Finalized       bool
	SlashedCount    uint32
	OpenDisputes    uint32
	ClosedAt        uint64
	Beacon          [32]byte
	NextModelRoot   [32]byte
	Bonus           *big.Int
	PerContribution *big.Int
	Unclaimed       *big.Int
	Contributors    []common.Address
}

// RunsRun is an auto generated low-level Go binding around an user-defined struct.
type RunsRun struct {
	Submitter        common.Address
	Start            uint64
	RoundDuration    uint32
	NumRounds        uint32
	DisputeWindow    uint32
	FinalizedRounds  uint32
	ConfigHash       [32]byte
	InitialModelRoot [32]byte
	MinStake         *big.Int
	DisputeBond      *big.Int
	RewardPerRound   *big.Int
	Pool             *big.Int
	Task             string
	Bootstrap        []string
}

// StakingPeer is an auto generated low-level Go binding around an user-defined struct.
type StakingPeer struct {
	Registered   bool
	OpenDisputes uint32
	UnlockAt     uint64
	LockedUntil  uint64
	Stake        *big.Int
	Unstaking    *big.Int
}

// TensorSlice is an auto generated low-level Go binding around an user-defined struct.
type TensorSlice struct {
	Shape      []uint32
	FirstChunk uint32
	Chunks     []byte
	Siblings   [][32]byte
}

// LedgerMetaData contains all meta data concerning the Ledger contract.
var LedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"open\",\"type\":\"uint32\"}],\"name\":\"DisputesPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"UnstakeExceedsStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTraceRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contributionRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"votes\",\"type\":\"uint32\"}],\"name\":\"ModelAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"eligible\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"attestModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"closeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contributionRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"}],\"internalType\":\"structCommitment\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer_\",\"type\":\"address\"}],\"name\":\"commitment\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contributionRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"}],\"internalType\":\"structCommitment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"internalType\":\"structRunConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"createRun\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"dispute\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"pending\",\"type\":\"tuple\"}],\"internalType\":\"structDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"finalizeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"modelRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"peer\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unstaking\",\"type\":\"uint128\"}],\"internalType\":\"structStaking.Peer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"reclaimPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"requestReveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"round\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"slashedCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"nextModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"bonus\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perContribution\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unclaimed\",\"type\":\"uint128\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"}],\"internalType\":\"structRuns.Round\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"run\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finalizedRounds\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"rewardPerRound\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"pool\",\"type\":\"uint128\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"internalType\":\"structRuns.Run\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"runCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer_\",\"type\":\"address\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumContributionStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Ledger",
	Bin: "0x608060405234801561000f575f5ffd5b506040516158f23803806158f283398101604081905261002e916102d6565b80516001600160a01b031661007a576040516387a33b2760e01b815260206004820152600c60248201526b7a65726f207265666572656560a01b60448201526064015b60405180910390fd5b612710816080015161ffff1611156100d5576040516387a33b2760e01b815260206004820152601e60248201527f77686973746c65626c6f7765722073686172652061626f7665203130302500006044820152606401610071565b8060c0015161ffff165f0361012d576040516387a33b2760e01b815260206004820152601660248201527f7a65726f20636f6d6d6974732070657220726f756e64000000000000000000006044820152606401610071565b60408101516001600160401b03161580610152575060608101516001600160401b0316155b156101a0576040516387a33b2760e01b815260206004820152601e60248201527f7a65726f2072657665616c206f7220726573706f6e73652077696e646f7700006044820152606401610071565b80515f805460208401516001600160a01b039093166001600160e01b031990911617600160a01b6001600160401b039384168102919091179091556040830151600180546060860151608087015160a088015160c089015160e0909901519588166001600160801b0319909416939093176801000000000000000092909716919091029590951763ffffffff60801b1916600160801b61ffff9687160261ffff60901b191617600160901b918616919091021762ffffff60a01b19169390941690910260ff60b01b191691909117600160b01b60ff909216919091021790556103a4565b80516001600160a01b038116811461029a575f5ffd5b919050565b80516001600160401b038116811461029a575f5ffd5b805161ffff8116811461029a575f5ffd5b805160ff8116811461029a575f5ffd5b5f6101008284031280156102e8575f5ffd5b5060405161010081016001600160401b038111828210171561031857634e487b7160e01b5f52604160045260245ffd5b60405261032483610284565b81526103326020840161029f565b60208201526103436040840161029f565b60408201526103546060840161029f565b6060820152610365608084016102b5565b608082015261037660a084016102b5565b60a082015261038760c084016102b5565b60c082015261039860e084016102c6565b60e08201529392505050565b615541806103b15f395ff3fe6080604052600436106101ba575f3560e01c806363189e90116100f2578063c3cf453c11610092578063eba3dd9011610062578063eba3dd90146106db578063ed8c4b5d1461073e578063ef6ac0f01461075d578063f04ed37914610789575f5ffd5b8063c3cf453c14610584578063cff0ab96146105a3578063d5d44d8014610688578063d8ae0237146106bc575f5ffd5b8063a28889e1116100cd578063a28889e11461051e578063a7def8ee14610532578063b05a28ca14610551578063bed9d86114610570575f5ffd5b806363189e90146104cb57806386d6282c146104de5780639196b7001461050a575f5ffd5b80632df113341161015d57806340167d7e1161013857806340167d7e1461041357806343c6a5481461043257806346bb1f231461048d5780634896358f146104ac575f5ffd5b80632df11334146103e45780633a4b66f1146103f75780633ccfd60b146103ff575f5ffd5b806311e01d671161019857806311e01d67146102415780631aa3a0081461026d5780631f7569dc1461027557806323095721146103c5575f5ffd5b806303c88daf146101be57806308148f7a146101f35780630f496ca314610214575b5f5ffd5b3480156101c9575f5ffd5b506101dd6101d8366004613f2d565b6107a8565b6040516101ea9190613f68565b60405180910390f35b3480156101fe575f5ffd5b5061021261020d366004613fb3565b610aea565b005b34801561021f575f5ffd5b5061023361022e366004613fca565b610bd1565b6040519081526020016101ea565b34801561024c575f5ffd5b5061026061025b366004613fca565b610c3b565b6040516101ea919061403b565b610212610db9565b348015610280575f5ffd5b5061034e61028f36600461411d565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160a01b03165f90815260026020908152604091829020825160c081018452815460ff81161515825263ffffffff610100820416938201939093526001600160401b03600160281b8404811694820194909452600160681b90920490921660608201526001909101546001600160801b038082166080840152600160801b9091041660a082015290565b6040516101ea91905f60c08201905082511515825263ffffffff60208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160801b0360808401511660808301526001600160801b0360a08401511660a083015292915050565b3480156103d0575f5ffd5b506102126103df366004613fb3565b610e34565b6102336103f2366004613f2d565b610f95565b610212611374565b34801561040a575f5ffd5b506102126113aa565b34801561041e575f5ffd5b5061021261042d36600461413d565b61142f565b34801561043d575f5ffd5b5061045161044c366004613f2d565b611649565b6040516101ea91908151815260208083015190820152604080830151908201526060918201516001600160401b03169181019190915260800190565b348015610498575f5ffd5b506102126104a7366004613fca565b6116e2565b3480156104b7575f5ffd5b506102126104c6366004613fca565b611864565b6102336104d9366004614172565b611a3b565b3480156104e9575f5ffd5b506104fd6104f8366004613fb3565b611fdb565b6040516101ea91906141ea565b348015610515575f5ffd5b50600454610233565b348015610529575f5ffd5b50600b54610233565b34801561053d575f5ffd5b5061021261054c366004614341565b6121f5565b34801561055c575f5ffd5b5061021261056b366004614374565b61255e565b34801561057b575f5ffd5b50610212612a2d565b34801561058f575f5ffd5b5061021261059e366004613fca565b612bc3565b3480156105ae575f5ffd5b5061067b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091525060408051610100810182525f546001600160a01b0381168252600160a01b908190046001600160401b03908116602084015260015480821694840194909452600160401b8404166060830152600160801b830461ffff9081166080840152600160901b8404811660a08401529083041660c0820152600160b01b90910460ff1660e082015290565b6040516101ea91906143e3565b348015610693575f5ffd5b506102336106a236600461411d565b6001600160a01b03165f9081526003602052604090205490565b3480156106c7575f5ffd5b506102126106d636600461448e565b612ee0565b3480156106e6575f5ffd5b506107316106f5366004613f2d565b5f9283526008602090815260408085206001600160401b039490941685529281528284206001600160a01b039290921684525290205460ff1690565b6040516101ea91906144cc565b348015610749575f5ffd5b50610212610758366004613fb3565b6130c7565b348015610768575f5ffd5b5061077c610777366004613fb3565b613205565b6040516101ea9190614567565b348015610794575f5ffd5b506102126107a33660046146a1565b6134b5565b60605f6107b585856136e9565b90505f5f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915290205460ff1660038111156107ff576107ff6141a9565b0361082c5784848460405163e5bb110f60e01b8152600401610823939291906146d6565b60405180910390fd5b60058101545f9061083f90600190614712565b6001600160401b0381111561085657610856614725565b60405190808252806020026020018201604052801561087f578160200160208202803683370190505b5090505f805b600584015481101561093857856001600160a01b03168460050182815481106108b0576108b0614739565b5f918252602090912001546001600160a01b031614610930578360050181815481106108de576108de614739565b5f918252602090912001546001600160a01b031683836108fd8161474d565b94508151811061090f5761090f614739565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101610885565b506001545f90600160901b900461ffff1682116109555781610964565b600154600160901b900461ffff165b9050806001600160401b0381111561097e5761097e614725565b6040519080825280602002602001820160405280156109a7578160200160208202803683370190505b5094505f5b81811015610ade575f6109bf8285614712565b60018701546040805160208101929092526001600160a01b038b169082015260608101849052608001604051602081830303815290604052805190602001205f1c610a0a9190614779565b610a14908361478c565b9050848181518110610a2857610a28614739565b6020026020010151858381518110610a4257610a42614739565b6020026020010151868481518110610a5c57610a5c614739565b60200260200101878481518110610a7557610a75614739565b6001600160a01b039384166020918202929092010152911690528451859083908110610aa357610aa3614739565b6020026020010151878381518110610abd57610abd614739565b6001600160a01b0390921660209283029190910190910152506001016109ac565b50505050509392505050565b5f610af48261373e565b6003810154909150600160c01b90046001600160401b031615610b73576003810154600160c01b90046001600160401b03164211610b63576003810154604051637917b3e760e01b815260048101849052600160c01b9091046001600160401b03166024820152604401610823565b610b6f828260056137c2565b5050565b6003810154600160801b90046001600160401b03164211610bc5576003810154604051637917b3e760e01b815260048101849052600160801b9091046001600160401b03166024820152604401610823565b610b6f82826006613a1b565b5f816001600160401b03165f03610bf657610beb83613abd565b600301549050610c35565b5f83815260066020526040812090610c0f60018561479f565b6001600160401b03166001600160401b031681526020019081526020015f206002015490505b92915050565b60408051610160810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201929092526101408101919091525f8381526006602090815260408083206001600160401b03808716855290835292819020815161016081018352815460ff8082161515835261010080830490911615158387015263ffffffff620100008304811684870152600160301b8304166060840152600160501b9091049095166080820152600182015460a0820152600282015460c082015260038201546001600160801b0380821660e0840152600160801b909104811695820195909552600482015490941661012085015260058101805483518186028101860190945280845291936101408601939290830182828015610da857602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610d8a575b505050505081525050905092915050565b335f908152600260205260409020805460ff1615610dec576040516345ed80e960e01b8152336004820152602401610823565b805460ff1916600117815560405133907f2d3734a8e47ac8316e500ac231c90a6e1848ca2285f40d07eaa52005e4b3a0e9905f90a23415610e3157610e318134613af5565b50565b5f610e3e33613b7b565b9050815f03610e6057604051631f2a200560e01b815260040160405180910390fd5b60018101545f90610e83906001600160801b03600160801b8204811691166147be565b6001600160801b0316905080831115610eb85760405162393c6360e01b81526004810184905260248101829052604401610823565b828260010160108282829054906101000a90046001600160801b0316610ede91906147dd565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505f5f0160149054906101000a90046001600160401b031642610f2491906147fc565b82546cffffffffffffffff00000000001916600160281b6001600160401b039283168102919091178085556040805187815292909104909216602082015233917f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c91015b60405180910390a2505050565b5f5f610fa085613abd565b905060015f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915290205460ff166003811115610feb57610feb6141a9565b1461100f5784848460405163e5bb110f60e01b8152600401610823939291906146d6565b5f61101b828787613bbf565b60018401549092505f915061103d90600160201b900463ffffffff16836147fc565b9050806001600160401b0316421061108257604051636a9d741560e01b8152600481018890526001600160401b03808816602483015282166044820152606401610823565b6004830154600160801b90046001600160801b03163410156110d557600483810154604051620155b560e01b81523492810192909252600160801b90046001600160801b03166024820152604401610823565b6001600160a01b03851633036110fe57604051632039fd0360e21b815260040160405180910390fd5b5f878152600d602090815260408083206001600160401b038a16845282528083206001600160a01b038916845290915290205480156111535760405163aa0d86cf60e01b815260048101829052602401610823565b600b5f81546111619061474d565b91829055505f818152600c60205260409020898155600180820180546001600160401b038c81166001600160e01b031990921691909117600160401b6001600160a01b038d16810291909117909255600284018054336001600160a01b03199091161790556003840180546001600160801b031916346001600160801b0316179055915493985091926111f792900416426147fc565b6003820180546001600160401b03928316600160801b0267ffffffffffffffff60801b1990911617905560048201805461ff0019166101001790555f8a8152600d60209081526040808320938c168084529382528083206001600160a01b038c16845282528083208a90558c835260068083528184209484529390915290208054600160301b900463ffffffff169161128f8361481b565b825463ffffffff91821661010093840a90810290830219909116179092556001600160a01b038a165f908152600260205260409020805491909104909116915060016112da8361481b565b825463ffffffff9182166101009390930a9283029190920219909116179055506003810154604080516001600160401b03808c1682523360208301523492820192909252600160801b9092041660608201526001600160a01b038816908a9088907fba02aadf9de4902658f8887aff5dcf39bdfba36fa8e91519672a7bbbc89023819060800160405180910390a450505050509392505050565b5f61137e33613b7b565b9050345f036113a057604051631f2a200560e01b815260040160405180910390fd5b610e318134613af5565b335f90815260036020526040812054908190036113da57604051630686827b60e51b815260040160405180910390fd5b335f8181526003602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59061141d9084815260200190565b60405180910390a2610e313382613c63565b5f61143a84846136e9565b90505f5f8581526008602090815260408083206001600160401b0388168452825280832033845290915290205460ff16600381111561147b5761147b6141a9565b0361149f5783833360405163f898973b60e01b8152600401610823939291906146d6565b5f848152600a602090815260408083206001600160401b0387168452825280832033845290915290205460ff16156114f057838333604051637a7245d160e11b8152600401610823939291906146d6565b5f848152600a602090815260408083206001600160401b0387168085529083528184203385528352818420805460ff191660011790558784526009835281842090845282528083208584529091528120805482906115539063ffffffff1661481b565b91906101000a81548163ffffffff021916908363ffffffff16021790559050336001600160a01b0316846001600160401b0316867f6a3a9f862a9c7db27a853ab6464d3b3b05295795eb95102f2fb15534b9ce02e986856040516115c792919091825263ffffffff16602082015260400190565b60405180910390a460028201541580156115f4575060058201546115f263ffffffff8316600261483f565b115b1561164257600282018390556040518381526001600160401b0385169086907f6d340170f418b3021af545c29252134cd71c5c4ebde2f8065f5cd7aa7fbe255d906020015b60405180910390a35b5050505050565b61167960405180608001604052805f81526020015f81526020015f81526020015f6001600160401b031681525090565b505f9283526007602090815260408085206001600160401b03948516865282528085206001600160a01b03939093168552918152928190208151608081018352815481526001820154948101949094526002810154918401919091526003015416606082015290565b5f6116ec83613abd565b90505f6116fa828585613bbf565b915050806001600160401b03164210156117415760405163d149900b60e01b8152600481018590526001600160401b03808516602483015282166044820152606401610823565b5f8481526006602090815260408083206001600160401b03871684529091529020805460ff16156117975760405163266d427b60e01b8152600481018690526001600160401b0385166024820152604401610823565b8054600171ffffffffffffffff000000000000000000ff19909116600160501b426001600160401b031602178117825544906117d39043614712565b604080516020810193909352904090820152606081018690526001600160401b038516608082015260a00160408051808303601f19018152828252805160209182012060018501819055600585015490845263ffffffff16908301526001600160401b0386169187917f84ccf2ebb653e5f7bb7fa4b73924292789b11f3c294cd40c2376e1512653729b9101611639565b5f8281526006602090815260408083206001600160401b038516845290915290208054610100900460ff166118be5760405163259c79e760e11b8152600481018490526001600160401b0383166024820152604401610823565b60015f8481526008602090815260408083206001600160401b0387168452825280832033845290915290205460ff1660038111156118fe576118fe6141a9565b1461192257828233604051637319a24360e01b8152600401610823939291906146d6565b5f8381526008602090815260408083206001600160401b038616845282528083203384529091528120805460ff19166003908117909155820154600483018054600160801b9092046001600160801b039081169384939091611986918591166147be565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550806001600160801b031660035f336001600160a01b03166001600160a01b031681526020019081526020015f205f8282546119e5919061478c565b90915550506040516001600160801b038216815233906001600160401b0385169086907f7c7873da51296ef7248de9ab21259ea338bee79cbd9e7fcbbf24f86a20d8cd2c9060200160405180910390a450505050565b5f611a4c60a0830160808401614872565b63ffffffff161580611a715750611a696080830160608401614872565b63ffffffff16155b15611abf57604051634ac7b07b60e01b815260206004820152601d60248201527f7a65726f20726f756e6473206f7220726f756e64206475726174696f6e0000006044820152606401610823565b8135611b0157604051634ac7b07b60e01b815260206004820152601060248201526f0f4cae4de40c6dedcccd2ce40d0c2e6d60831b6044820152606401610823565b611b1160e0830160c0840161488d565b6001600160801b03161580611b3d5750611b32610100830160e0840161488d565b6001600160801b0316155b15611b8057604051634ac7b07b60e01b81526020600482015260126024820152711e995c9bc81cdd185ad9481bdc88189bdb9960721b6044820152606401610823565b611b8d60208301836148b3565b15905080611baa5750610100611ba660208401846148b3565b9050115b15611beb57604051634ac7b07b60e01b815260206004820152601060248201526f0e8c2e6d640dcc2daca40d8cadccee8d60831b6044820152606401610823565b6020611bfb6101208401846148fc565b90501115611c4c57604051634ac7b07b60e01b815260206004820181905260248201527f6d6f7265207468616e20333220626f6f747374726170206164647265737365736044820152606401610823565b611c5c60a0830160808401614872565b63ffffffff16341015611cb257604051634ac7b07b60e01b815260206004820152601c60248201527f706f6f6c2062656c6f77206f6e65207765692070657220726f756e64000000006044820152606401610823565b5f611cc36060840160408501614941565b6001600160401b031615611ce657611ce16060840160408501614941565b611ce8565b425b9050463060045f8154611cfa9061474d565b9182905550604051611d2b939291906020019283526001600160a01b03919091166020830152604082015260600190565b60408051808303601f1901815291815281516020928301205f8181526005909352912080546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b6001600160401b03851602178155909250611d906080850160608601614872565b815463ffffffff91909116600160e01b026001600160e01b03909116178155611dbf60a0850160808601614872565b60018201805463ffffffff191663ffffffff92909216919091179055611deb60c0850160a08601614872565b60018201805463ffffffff92909216600160201b0267ffffffff0000000019909216919091179055833560028201556101008401356003820155611e3560e0850160c0860161488d565b6004820180546001600160801b0319166001600160801b0392909216919091179055611e68610100850160e0860161488d565b6004820180546001600160801b03928316600160801b029216919091179055611e9760a0850160808601614872565b611ea79063ffffffff163461495c565b346001600160801b03908116600160801b029116176005820155611ece60208501856148b3565b6006830191611ede9190836149f7565b505f5b611eef6101208601866148fc565b9050811015611f545760078201611f0a6101208701876148fc565b83818110611f1a57611f1a614739565b9050602002810190611f2c91906148b3565b82546001810184555f938452602090932090920191611f4b91836149f7565b50600101611ee1565b5033837ffc740ecf2329c555ee6c8f5107e1faacf4e2c137e6defe248bb8fc3a748b88098635611f8760208901896148b3565b87611f9860808c0160608d01614872565b611fa860a08d0160808e01614872565b34611fb76101208f018f6148fc565b604051611fcc99989796959493929190614b19565b60405180910390a35050919050565b61205a60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290529061010082019081526020015f81526040805160a0810182525f808252602082810182905292820181905260608201819052608082015291015290565b8115806120685750600b5482115b1561208957604051638f09a29b60e01b815260048101839052602401610823565b5f828152600c60209081526040918290208251610160810184528154815260018201546001600160401b03808216948301949094526001600160a01b03600160401b909104811694820194909452600282015490931660608401526003808201546001600160801b0381166080860152600160801b8104841660a0860152600160c01b900490921660c0840152600481015460ff80821660e0860152919261010080860193920490911690811115612143576121436141a9565b6003811115612154576121546141a9565b81526020016004820160029054906101000a900460ff16600681111561217c5761217c6141a9565b600681111561218d5761218d6141a9565b81526040805160a0810182526005939093015463ffffffff8082168552600160201b8204811660208681019190915260ff600160401b84048116151594870194909452600160481b83049093166060860152600160501b909104166080840152015292915050565b5f6121ff84613abd565b90505f5f61220e838787613bbf565b91509150816001600160401b03164210806122325750806001600160401b03164210155b15612272576040516379ba497f60e01b8152600481018790526001600160401b038087166024830152808416604483015282166064820152608401610823565b5f61227c33613b7b565b600485015460018201549192506001600160801b03908116916122a991600160801b8204811691166147be565b6001600160801b0316101561231e57600181015433906122db906001600160801b03600160801b8204811691166147be565b60048681015460405163936d426d60e01b81526001600160a01b03909416918401919091526001600160801b039182166024840152166044820152606401610823565b602085013561234057604051631f624f5b60e01b815260040160405180910390fd5b5f8781526008602090815260408083206001600160401b038a168452825280832033845290915281205460ff16600381111561237e5761237e6141a9565b146123a25786863360405163167560eb60e21b8152600401610823939291906146d6565b5f8781526006602090815260408083206001600160401b038a16845290915290206001546005820154600160a01b90910461ffff16116124075760405163a415390960e01b8152600481018990526001600160401b0388166024820152604401610823565b5f8881526007602090815260408083206001600160401b038b16845282528083203384529091529020869061243c8282614bcf565b50505f8881526008602090815260408083206001600160401b038b168452825280832033808552908352908320805460ff19166001908117909155600585018054808301825590855292842090920180546001600160a01b03191690911790558601546124b690600160201b900463ffffffff16856147fc565b83549091506001600160401b03600160681b909104811690821611156124fa57825467ffffffffffffffff60681b1916600160681b6001600160401b038316021783555b600582015433906001600160401b038a16908b907fc3bf21baa71cd9971d5201b52b23b4eea3a796ad2db728e97bc1274a8f249b239061253c90600190614712565b8b60405161254b929190614c19565b60405180910390a4505050505050505050565b5f6125688461373e565b6001810154909150600160401b90046001600160a01b031633146125a857604051638603ed2760e01b815260048101859052336024820152604401610823565b6003810154600160c01b90046001600160401b03165f036125df576040516321e0c07160e01b815260048101859052602401610823565b6003810154600160c01b90046001600160401b03164211156126325760038101546040516337851a4160e11b815260048101869052600160c01b9091046001600160401b03166024820152604401610823565b6040805160a081018252600583015463ffffffff808216808452600160201b83048216602085015260ff600160401b84048116151585870152600160481b8404166060850152600160501b909204166080830152909161269490860186614c6d565b6126a2906020810190614872565b63ffffffff161415806126e0575060208082015163ffffffff16906126c990860186614c6d565b6126d7906020810190614872565b63ffffffff1614155b156127295784604051631e22ae2560e11b8152600401610823918152604060208201819052600f908201526e3932b1b7b932103837b9b4ba34b7b760891b606082015260800190565b81545f9081526007602090815260408083206001808701546001600160401b03811686529184528285206001600160a01b03600160401b90930483168652909352818420909201549254908401519116901561288057608083015163ffffffff1661279a6040870160208801614872565b63ffffffff161415806127bd57506127b560408601866148b3565b905061010014155b156128055786604051631e22ae2560e11b8152600401610823918152604060208201819052600e908201526d31b43ab735903837b9b4ba34b7b760911b606082015260800190565b6060830151604051634f9c271960e11b81526001600160a01b03831691639f384e329161283b9186918b91908b90600401614e86565b602060405180830381865afa158015612856573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061287a9190614ec4565b506128ef565b60405163061a458360e21b81526001600160a01b03821690631869160c906128ae9085908a90600401614edb565b6040805180830381865afa1580156128c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128ec9190614ef3565b50505b6003840180546001600160c01b0316905560015461291d90600160401b90046001600160401b0316426147fc565b8460030160106101000a8154816001600160401b0302191690836001600160401b031602179055508260400151156129a3578251602084015188917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a90916129848a806148b3565b8a604051612996959493929190614f15565b60405180910390a2612a24565b6129d36040518060800160405280606081526020015f63ffffffff16815260200160608152602001606081525090565b8351602085015189917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a9091612a088b806148b3565b86604051612a1a959493929190614f8e565b60405180910390a2505b50505050505050565b5f612a3733613b7b565b6001810154909150600160801b90046001600160801b03165f819003612a7057604051630686827b60e51b815260040160405180910390fd5b81545f906001600160401b03600160681b82048116600160281b9092041611612aaa578254600160681b90046001600160401b0316612abd565b8254600160281b90046001600160401b03165b9050806001600160401b0316421015612af457604051631a28814f60e21b81526001600160401b0382166004820152602401610823565b8254610100900463ffffffff1615612b34578254604051630dea304560e41b815233600482015261010090910463ffffffff166024820152604401610823565b6001830180548391905f90612b539084906001600160801b03166147be565b82546101009290920a6001600160801b0381810219909316918316021790915560018501805490911690555060405182815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a2612bbe3383613c63565b505050565b5f612bcd83613abd565b90505f612bda84846136e9565b8054909150610100900460ff1615612c1757604051631dd6ffa960e31b8152600481018590526001600160401b0384166024820152604401610823565b5f612c23838686613bbf565b60018501549092505f9150612c4590600160201b900463ffffffff16836147fc565b9050806001600160401b0316421015612c8b5760405163ea37efb560e01b8152600481018790526001600160401b03808716602483015282166044820152606401610823565b8254600160301b900463ffffffff1615612cdf578254604051635a55b6f960e01b8152600481018890526001600160401b0387166024820152600160301b90910463ffffffff166044820152606401610823565b825461ff00191661010017835560018401805463ffffffff600160401b90910416906008612d0c8361481b565b82546101009290920a63ffffffff818102199093169183160217909155845460058601545f9350612d47926201000090920490911690614712565b90505f8115612e2657600385015460058701545f91612d72916001600160801b03918216911661478c565b9050612d7e838261495c565b9150612d8a838361483f565b612d949082614712565b6005880154612db6906001600160801b0380821691600160801b9004166147be565b612dc091906147dd565b6005880180546001600160801b03928316600160801b029216919091179055612de9838361483f565b6004870180546001600160801b039283166001600160801b0319909116179055600387018054848316600160801b02921691909117905550612e78565b60038501546005870180546001600160801b0392831692601091612e53918591600160801b9004166147dd565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505b6003850180546001600160801b03191690556040805163ffffffff84168152602081018390526001600160401b038916918a917f508a297512adb8fe6995837e7fbf61d2686ec89b254ee38c739d44cf448502b8910160405180910390a35050505050505050565b5f612eea8361373e565b60028101549091506001600160a01b03163314612f2357604051631a894b7d60e31b815260048101849052336024820152604401610823565b6003810154600160c01b90046001600160401b031615612f74576003810154604051633d3545d960e21b815260048101859052600160c01b9091046001600160401b03166024820152604401610823565b6003810154600160801b90046001600160401b0316421115612fc75760038101546040516337851a4160e11b815260048101859052600160801b9091046001600160401b03166024820152604401610823565b80545f9081526007602090815260408083206001808601546001600160401b03811686529184528285206001600160a01b03600160401b90930483168652909352818420909201548354915163ef0d692d60e01b8152909392919091169063ef0d692d9061303b9085908890600401615132565b60c060405180830381865afa158015613056573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061307a9190615299565b805190915060ff165f036130995761309485846001613a1b565b611642565b805161164290869085906130ae906001615337565b60ff1660068111156130c2576130c26141a9565b6137c2565b5f6130d182613abd565b80549091506001600160a01b031633146131075760405163352eb98160e21b815260048101839052336024820152604401610823565b6001810154600160401b810463ffffffff90811691161461315e576001810154604051637a8f9c4960e01b81526004810184905263ffffffff600160401b8304811660248301529091166044820152606401610823565b6005810154600160801b90046001600160801b03165f81900361319457604051630686827b60e51b815260040160405180910390fd5b6005820180546001600160801b03169055335f90815260036020526040812080548392906131c390849061478c565b9091555050604051818152339084907f1a46a81d353013071c6fd7a58064edd308aa1eab547ae9a6fba4bd451daa0567906020015b60405180910390a3505050565b604080516101c0810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201839052610140820183905261016082019290925261018081018290526101a081019190915261328082613abd565b604080516101c08101825282546001600160a01b03811682526001600160401b03600160a01b820416602083015263ffffffff600160e01b90910481169282019290925260018301548083166060830152600160201b810483166080830152600160401b900490911660a0820152600282015460c0820152600382015460e082015260048201546001600160801b03808216610100840152600160801b918290048116610120840152600584015480821661014085015291909104166101608201526006820180549192916101808401919061335b9061496f565b80601f01602080910402602001604051908101604052809291908181526020018280546133879061496f565b80156133d25780601f106133a9576101008083540402835291602001916133d2565b820191905f5260205f20905b8154815290600101906020018083116133b557829003601f168201915b5050505050815260200160078201805480602002602001604051908101604052809291908181526020015f905b828210156134a7578382905f5260205f2001805461341c9061496f565b80601f01602080910402602001604051908101604052809291908181526020018280546134489061496f565b80156134935780601f1061346a57610100808354040283529160200191613493565b820191905f5260205f20905b81548152906001019060200180831161347657829003601f168201915b5050505050815260200190600101906133ff565b505050915250909392505050565b5f6134bf8361373e565b60028101549091506001600160a01b031633146134f857604051631a894b7d60e31b815260048101849052336024820152604401610823565b6003810154600160c01b90046001600160401b031615613549576003810154604051633d3545d960e21b815260048101859052600160c01b9091046001600160401b03166024820152604401610823565b6003810154600160801b90046001600160401b031642111561359c5760038101546040516337851a4160e11b815260048101859052600160801b9091046001600160401b03166024820152604401610823565b600154600482015460ff600160b01b90920482169116106135e657600154604051632c0e790760e01b815260048101859052600160b01b90910460ff166024820152604401610823565b60048101805460ff16905f6135fa83615350565b91906101000a81548160ff021916908360ff1602179055505081816005018181613624919061537e565b505060015461363c906001600160401b0316426147fc565b6003820180546001600160c01b0316600160c01b6001600160401b039384168102919091179182905560015461368193600160401b90910481169291909104166147fc565b60038201805467ffffffffffffffff60801b1916600160801b6001600160401b0393841602179081905560405185927f8313574bb9acc058b0b594b9f622d45b9b96e46c6e49e3ac086e92eef9f9b66e92610f88928792600160c01b90920490911690615457565b5f8281526006602090815260408083206001600160401b03851684529091529020805460ff16610c355760405163e4965f8160e01b8152600481018490526001600160401b0383166024820152604401610823565b5f81158061374d5750600b5482115b1561376e57604051638f09a29b60e01b815260048101839052602401610823565b505f818152600c6020526040902060016004820154610100900460ff16600381111561379c5761379c6141a9565b146137bd576040516303dc1ed360e31b815260048101839052602401610823565b919050565b6137ce82600383613ce5565b600182015482545f90815260056020526040812060040154909161380c91600160401b9091046001600160a01b0316906001600160801b0316613e3b565b6001549091505f906127109061382d90600160801b900461ffff168461483f565b613837919061495c565b60038501549091506138539082906001600160801b031661478c565b60028501546001600160a01b03165f908152600360205260408120805490919061387e90849061478c565b909155505083545f90815260066020908152604080832060018801546001600160401b0316845290915290206138b48284614712565b6003820180545f906138d09084906001600160801b03166147dd565b82546001600160801b039182166101009390930a928302919092021990911617905550805463ffffffff620100009091041681600261390e8361481b565b825463ffffffff9182166101009390930a92830291909202199091161790555084545f9081526008602090815260408083206001890180546001600160401b0380821687529285528386206001600160a01b03600160401b928390048116885290865295849020805460ff191660021790558a5491548451938116845294830189905290949304909216917f198815f20828d78c5fd17a32c27127dbb174ed7e149a39bdbcaa7049aad5f6ed910160405180910390a360028501546040516001600160a01b039091169087907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c9390613a0b908890889088906154e2565b60405180910390a3505050505050565b613a2782600283613ce5565b6003828101546001840154600160401b90046001600160a01b03165f9081526020929092526040822080546001600160801b03909216929091613a6b90849061478c565b90915550506001820154604051600160401b9091046001600160a01b03169084907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93906131f89085905f9081906154e2565b5f81815260056020526040902080546001600160a01b03166137bd57604051630a76b95160e11b815260048101839052602401610823565b6001820180548291905f90613b149084906001600160801b03166147dd565b82546101009290920a6001600160801b038181021990931691831602179091556001840154604080518581529190921660208201523392507f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90910160405180910390a25050565b6001600160a01b0381165f908152600260205260409020805460ff166137bd5760405163bfc6c33760e01b81526001600160a01b0383166004820152602401610823565b60018301545f90819063ffffffff166001600160401b03841610613c0857604051630491b53560e51b8152600481018590526001600160401b0384166024820152604401610823565b8454613c2190600160e01b900463ffffffff1684615501565b8554613c3d9190600160a01b90046001600160401b03166147fc565b8554909250613c5990600160e01b900463ffffffff16836147fc565b9050935093915050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114613cac576040519150601f19603f3d011682016040523d82523d5f602084013e613cb1565b606091505b5050905080612bbe57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610823565b60048301805483919061ff001916610100836003811115613d0857613d086141a9565b021790555060048301805482919062ff0000191662010000836006811115613d3257613d326141a9565b02179055506003830180546001600160c01b0316905582545f908152600d602090815260408083206001870180546001600160401b038082168752928552838620600160401b9091046001600160a01b031686528452828520859055875485526006808552838620915490921685529092529091208054600160301b900463ffffffff1691613dc083615523565b825463ffffffff91821661010093840a90810290830219909116179092556001868101546001600160a01b03600160401b909104165f908152600260205260409020805492909204909216925090613e1783615523565b91906101000a81548163ffffffff021916908363ffffffff16021790555050505050565b6001600160a01b0382165f90815260026020526040812060018101546001600160801b03168310613e795760018101546001600160801b0316613e7b565b825b60018201805491935083915f90613e9c9084906001600160801b03166147be565b82546101009290920a6001600160801b038181021990931691831602179091556001830154808216600160801b90910490911611159050613ef1576001810180546001600160801b0316600160801b81021790555b5092915050565b6001600160401b0381168114610e31575f5ffd5b80356137bd81613ef8565b80356001600160a01b03811681146137bd575f5ffd5b5f5f5f60608486031215613f3f575f5ffd5b833592506020840135613f5181613ef8565b9150613f5f60408501613f17565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015613fa85783516001600160a01b0316835260209384019390920191600101613f81565b509095945050505050565b5f60208284031215613fc3575f5ffd5b5035919050565b5f5f60408385031215613fdb575f5ffd5b823591506020830135613fed81613ef8565b809150509250929050565b5f8151808452602084019350602083015f5b828110156140315781516001600160a01b031686526020958601959091019060010161400a565b5093949350505050565b6020815261404e60208201835115159052565b5f6020830151614062604084018215159052565b50604083015163ffffffff8116606084015250606083015163ffffffff811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c083015160e083015260e08301516140cb6101008401826001600160801b03169052565b506101008301516001600160801b038116610120840152506101208301516001600160801b0381166101408401525061014083015161016080840152614115610180840182613ff8565b949350505050565b5f6020828403121561412d575f5ffd5b61413682613f17565b9392505050565b5f5f5f6060848603121561414f575f5ffd5b83359250602084013561416181613ef8565b929592945050506040919091013590565b5f60208284031215614182575f5ffd5b81356001600160401b03811115614197575f5ffd5b82016101408185031215614136575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b60048110610e3157610e316141a9565b6141d6816141bd565b9052565b600781106141d6576141d66141a9565b815181526020808301516101e083019161420e908401826001600160401b03169052565b50604083015161422960408401826001600160a01b03169052565b50606083015161424460608401826001600160a01b03169052565b50608083015161425f60808401826001600160801b03169052565b5060a083015161427a60a08401826001600160401b03169052565b5060c083015161429560c08401826001600160401b03169052565b5060e08301516142aa60e084018260ff169052565b506101008301516142bf6101008401826141cd565b506101208301516142d46101208401826141da565b50610140830151613ef161014084018263ffffffff815116825263ffffffff602082015116602083015260408101511515604083015260ff606082015116606083015263ffffffff60808201511660808301525050565b5f6080828403121561433b575f5ffd5b50919050565b5f5f5f60c08486031215614353575f5ffd5b83359250602084013561436581613ef8565b9150613f5f856040860161432b565b5f5f5f60608486031215614386575f5ffd5b8335925060208401356001600160401b038111156143a2575f5ffd5b8401606081870312156143b3575f5ffd5b915060408401356001600160401b038111156143cd575f5ffd5b6143d98682870161432b565b9150509250925092565b5f6101008201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b036040840151166040830152606083015161443760608401826001600160401b03169052565b50608083015161444d608084018261ffff169052565b5060a083015161446360a084018261ffff169052565b5060c083015161447960c084018261ffff169052565b5060e0830151613ef160e084018260ff169052565b5f5f6040838503121561449f575f5ffd5b8235915060208301356001600160401b038111156144bb575f5ffd5b830160e08186031215613fed575f5ffd5b602081016144d9836141bd565b91905290565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561455b57601f198584030188526145458383516144df565b6020988901989093509190910190600101614529565b50909695505050505050565b602081526145816020820183516001600160a01b03169052565b5f602083015161459c60408401826001600160401b03169052565b50604083015163ffffffff8116606084015250606083015163ffffffff8116608084015250608083015163ffffffff811660a08401525060a083015163ffffffff811660c08401525060c083015160e083015260e08301516101008301526101008301516146166101208401826001600160801b03169052565b506101208301516001600160801b038116610140840152506101408301516001600160801b038116610160840152506101608301516001600160801b038116610180840152506101808301516101c06101a08401526146796101e08401826144df565b90506101a0840151601f19848303016101c0850152614698828261450d565b95945050505050565b5f5f82840360c08112156146b3575f5ffd5b8335925060a0601f19820112156146c8575f5ffd5b506020830190509250929050565b9283526001600160401b039190911660208301526001600160a01b0316604082015260600190565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c3557610c356146fe565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f6001820161475e5761475e6146fe565b5060010190565b634e487b7160e01b5f52601260045260245ffd5b5f8261478757614787614765565b500690565b80820180821115610c3557610c356146fe565b6001600160401b038281168282160390811115610c3557610c356146fe565b6001600160801b038281168282160390811115610c3557610c356146fe565b6001600160801b038181168382160190811115610c3557610c356146fe565b6001600160401b038181168382160190811115610c3557610c356146fe565b5f63ffffffff821663ffffffff8103614836576148366146fe565b60010192915050565b8082028115828204841417610c3557610c356146fe565b63ffffffff81168114610e31575f5ffd5b80356137bd81614856565b5f60208284031215614882575f5ffd5b813561413681614856565b5f6020828403121561489d575f5ffd5b81356001600160801b0381168114614136575f5ffd5b5f5f8335601e198436030181126148c8575f5ffd5b8301803591506001600160401b038211156148e1575f5ffd5b6020019150368190038213156148f5575f5ffd5b9250929050565b5f5f8335601e19843603018112614911575f5ffd5b8301803591506001600160401b0382111561492a575f5ffd5b6020019150600581901b36038213156148f5575f5ffd5b5f60208284031215614951575f5ffd5b813561413681613ef8565b5f8261496a5761496a614765565b500490565b600181811c9082168061498357607f821691505b60208210810361433b57634e487b7160e01b5f52602260045260245ffd5b601f821115612bbe5782821115612bbe57805f5260205f20601f840160051c60208510156149cc57505f5b90810190601f840160051c035f5b818110156149ef575f838201556001016149da565b505050505050565b6001600160401b03831115614a0e57614a0e614725565b614a2283614a1c835461496f565b836149a1565b5f601f841160018114614a53575f8515614a3c5750838201355b5f19600387901b1c1916600186901b178355611642565b5f83815260208120601f198716915b82811015614a825786850135825560209485019460019092019101614a62565b5086821015614a9e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e19843603018112614aed575f5ffd5b83016020810192503590506001600160401b03811115614b0b575f5ffd5b8036038213156148f5575f5ffd5b89815260e060208201525f614b3260e083018a8c614ab0565b6001600160401b038916604084015263ffffffff8816606084015263ffffffff871660808401528560a084015282810360c08401528084825260208201905060208560051b830101865f5b87811015614bbb57848303601f19018452614b98828a614ad8565b614ba3858284614ab0565b60209687019690955093909301925050600101614b7d565b50909e9d5050505050505050505050505050565b813581556020820135600182015560408201356002820155600381016060830135614bf981613ef8565b815467ffffffffffffffff19166001600160401b03919091161790555050565b63ffffffff83168152813560208083019190915282013560408083019190915282013560608083019190915260a0820190830135614c5681613ef8565b6001600160401b0381166080840152509392505050565b5f8235605e19833603018112614c81575f5ffd5b9190910192915050565b5f8235605e19833603018112614c9f575f5ffd5b90910192915050565b5f5f8335601e19843603018112614cbd575f5ffd5b83016020810192503590506001600160401b03811115614cdb575f5ffd5b8060051b36038213156148f5575f5ffd5b8183525f6001600160fb1b03831115614d03575f5ffd5b8260051b80836020870137939093016020019392505050565b5f8135614d2881614856565b63ffffffff1683526020820135614d3e81614856565b63ffffffff166020840152614d566040830183614ca8565b60606040860152614698606086018284614cec565b5f614d768283614ad8565b60608552614d88606086018284614ab0565b915050614d986020840184614c8b565b8482036020860152614daa8282614d1c565b915050614dba6040840184614c8b565b84820360408601526146988282614d1c565b5f60808301614ddb8384614ca8565b6080865291829052905f9060a086015b81831015614e19578335614dfe81614856565b63ffffffff1681526020938401936001939093019201614deb565b614e2560208701614867565b63ffffffff811660208901529350614e406040870187614ad8565b945092508681036040880152614e57818585614ab0565b9350505050614e696060840184614ca8565b8583036060870152614e7c838284614cec565b9695505050505050565b848152608060208201525f614e9e6080830186614d6b565b60ff851660408401528281036060840152614eb98185614dcc565b979650505050505050565b5f60208284031215614ed4575f5ffd5b5051919050565b828152604060208201525f6141156040830184614d6b565b5f5f60408385031215614f04575f5ffd5b505080516020909101519092909150565b63ffffffff8616815263ffffffff85166020820152608060408201525f614f40608083018587614ab0565b8281036060840152614f528185614dcc565b98975050505050505050565b5f8151808452602084019350602083015f5b82811015614031578151865260209586019590910190600101614f70565b63ffffffff8616815263ffffffff85166020820152608060408201525f614fb9608083018587614ab0565b82810360608401528351608080835281519083018190526020909101905f9060a08401905b808310156150075763ffffffff8451168252602082019150602084019350600183019250614fde565b5060208701519250615021602085018463ffffffff169052565b60408701519250838103604085015261503a81846144df565b92505050606085015182820360608401526150558282614f5e565b9a9950505050505050505050565b5f8383855260208501945060208460051b820101835f5b8681101561455b57838303601f1901885261509e836150998489614c8b565b614d1c565b602098890198909350919091019060010161507a565b60ff81168114610e31575f5ffd5b80356137bd816150b4565b5f8235607e19833603018112614c9f575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561455b57838303601f1901885261511c8361511784896150cd565b614dcc565b60209889019890935091909101906001016150f8565b828152604060208201525f6151478384614c8b565b60e0604084015261515c610120840182614d6b565b905061516b6020850185614ca8565b848303603f19016060860152808352602080840190600583901b850101835f5b848110156151c957868303601f190184526151a68287614ad8565b6151b1858284614ab0565b6020968701969095509390930192505060010161518b565b50506151d86040890189614ca8565b888303603f190160808a0152955093506151f3818686615063565b945050505050615205606085016150c2565b60ff1660a084015261521960808501613f0c565b6001600160401b031660c084015261523460a08501856150cd565b838203603f190160e085015261524a8282614dcc565b91505061525a60c0850185614ca8565b848303603f1901610100860152614eb98382846150e1565b80516137bd816150b4565b80516137bd81614856565b805161ffff811681146137bd575f5ffd5b5f60c08284031280156152aa575f5ffd5b5060405160c081016001600160401b03811182821017156152cd576152cd614725565b6040526152d983615272565b81526152e76020840161527d565b60208201526152f86040840161527d565b604082015261530960608401615288565b606082015261531a6080840161527d565b608082015261532b60a0840161527d565b60a08201529392505050565b60ff8181168382160190811115610c3557610c356146fe565b5f60ff821660ff8103614836576148366146fe565b5f8135610c3581614856565b8015158114610e31575f5ffd5b813561538981614856565b8154602084013561539981614856565b67ffffffff000000008160201b1663ffffffff84166001600160401b031984161717845550505060408201356153ce81615371565b815468ff0000000000000000191690151560401b68ff0000000000000000161781555f60608301356153ff816150b4565b825469ff000000000000000000191660489190911b69ff0000000000000000001617825550610b6f61543360808401615365565b82805463ffffffff60501b191660509290921b63ffffffff60501b16919091179055565b60c08101833561546681614856565b63ffffffff168252602084013561547c81614856565b63ffffffff166020830152604084013561549581615371565b1515604083015260608401356154aa816150b4565b60ff16606083015260808401356154c081614856565b63ffffffff1660808301526001600160401b039290921660a090910152919050565b606081016154f082866141da565b602082019390935260400152919050565b6001600160401b038181168382160290811690818114613ef157613ef16146fe565b5f63ffffffff821680615538576155386146fe565b5f19019291505056",
}

// Ledger is an auto generated Go binding around an Ethereum contract.
type Ledger struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Ledger) GetABI() abi.ABI {
	return c.abi
}

// NewLedger creates a new instance of Ledger.
func NewLedger() *Ledger {
	parsed, err := LedgerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Ledger{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Ledger) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8) p) returns()
func (ledger *Ledger) PackConstructor(p LedgerParams) []byte {
	enc, err := ledger.abi.Pack("", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttestModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40167d7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestModel(bytes32 runId, uint64 round, bytes32 modelRoot) returns()
func (ledger *Ledger) PackAttestModel(runId [32]byte, round uint64, modelRoot [32]byte) []byte {
	enc, err := ledger.abi.Pack("attestModel", runId, round, modelRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40167d7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestModel(bytes32 runId, uint64 round, bytes32 modelRoot) returns()
func (ledger *Ledger) TryPackAttestModel(runId [32]byte, round uint64, modelRoot [32]byte) ([]byte, error) {
	return ledger.abi.Pack("attestModel", runId, round, modelRoot)
}

// PackClaimReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4896358f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimReward(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) PackClaimReward(runId [32]byte, round uint64) []byte {
	enc, err := ledger.abi.Pack("claimReward", runId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4896358f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimReward(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) TryPackClaimReward(runId [32]byte, round uint64) ([]byte, error) {
	return ledger.abi.Pack("claimReward", runId, round)
}

// PackCloseRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46bb1f23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) PackCloseRound(runId [32]byte, round uint64) []byte {
	enc, err := ledger.abi.Pack("closeRound", runId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46bb1f23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) TryPackCloseRound(runId [32]byte, round uint64) ([]byte, error) {
	return ledger.abi.Pack("closeRound", runId, round)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7def8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 runId, uint64 round, (bytes32,bytes32,bytes32,uint64) c) returns()
func (ledger *Ledger) PackCommit(runId [32]byte, round uint64, c Commitment) []byte {
	enc, err := ledger.abi.Pack("commit", runId, round, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7def8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 runId, uint64 round, (bytes32,bytes32,bytes32,uint64) c) returns()
func (ledger *Ledger) TryPackCommit(runId [32]byte, round uint64, c Commitment) ([]byte, error) {
	return ledger.abi.Pack("commit", runId, round, c)
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c6a548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer_) view returns((bytes32,bytes32,bytes32,uint64))
func (ledger *Ledger) PackCommitment(runId [32]byte, r uint64, peer common.Address) []byte {
	enc, err := ledger.abi.Pack("commitment", runId, r, peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c6a548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer_) view returns((bytes32,bytes32,bytes32,uint64))
func (ledger *Ledger) TryPackCommitment(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("commitment", runId, r, peer)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43c6a548.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer_) view returns((bytes32,bytes32,bytes32,uint64))
func (ledger *Ledger) UnpackCommitment(data []byte) (Commitment, error) {
	out, err := ledger.abi.Unpack("commitment", data)
	if err != nil {
		return *new(Commitment), err
	}
	out0 := *abi.ConvertType(out[0], new(Commitment)).(*Commitment)
	return out0, nil
}

// PackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63189e90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createRun((bytes32,string,uint64,uint32,uint32,uint32,uint128,uint128,bytes32,string[]) c) payable returns(bytes32 runId)
func (ledger *Ledger) PackCreateRun(c RunConfig) []byte {
	enc, err := ledger.abi.Pack("createRun", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63189e90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createRun((bytes32,string,uint64,uint32,uint32,uint32,uint128,uint128,bytes32,string[]) c) payable returns(bytes32 runId)
func (ledger *Ledger) TryPackCreateRun(c RunConfig) ([]byte, error) {
	return ledger.abi.Pack("createRun", c)
}

// UnpackCreateRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63189e90.
//
// Solidity: function createRun((bytes32,string,uint64,uint32,uint32,uint32,uint128,uint128,bytes32,string[]) c) payable returns(bytes32 runId)
func (ledger *Ledger) UnpackCreateRun(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("createRun", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address a) view returns(uint256)
func (ledger *Ledger) PackCredit(a common.Address) []byte {
	enc, err := ledger.abi.Pack("credit", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address a) view returns(uint256)
func (ledger *Ledger) TryPackCredit(a common.Address) ([]byte, error) {
	return ledger.abi.Pack("credit", a)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address a) view returns(uint256)
func (ledger *Ledger) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint128,uint64,uint64,uint8,uint8,uint8,(uint32,uint32,bool,uint8,uint32)))
func (ledger *Ledger) PackDispute(id *big.Int) []byte {
	enc, err := ledger.abi.Pack("dispute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint128,uint64,uint64,uint8,uint8,uint8,(uint32,uint32,bool,uint8,uint32)))
func (ledger *Ledger) TryPackDispute(id *big.Int) ([]byte, error) {
	return ledger.abi.Pack("dispute", id)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d6282c.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint128,uint64,uint64,uint8,uint8,uint8,(uint32,uint32,bool,uint8,uint32)))
func (ledger *Ledger) UnpackDispute(data []byte) (Dispute, error) {
	out, err := ledger.abi.Unpack("dispute", data)
	if err != nil {
		return *new(Dispute), err
	}
	out0 := *abi.ConvertType(out[0], new(Dispute)).(*Dispute)
	return out0, nil
}

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (ledger *Ledger) PackDisputeCount() []byte {
	enc, err := ledger.abi.Pack("disputeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeCount() view returns(uint256)
func (ledger *Ledger) TryPackDisputeCount() ([]byte, error) {
	return ledger.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (ledger *Ledger) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizeRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cf453c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) PackFinalizeRound(runId [32]byte, round uint64) []byte {
	enc, err := ledger.abi.Pack("finalizeRound", runId, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cf453c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeRound(bytes32 runId, uint64 round) returns()
func (ledger *Ledger) TryPackFinalizeRound(runId [32]byte, round uint64) ([]byte, error) {
	return ledger.abi.Pack("finalizeRound", runId, round)
}

// PackModelRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f496ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelRoot(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) PackModelRoot(runId [32]byte, r uint64) []byte {
	enc, err := ledger.abi.Pack("modelRoot", runId, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f496ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelRoot(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) TryPackModelRoot(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("modelRoot", runId, r)
}

// UnpackModelRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f496ca3.
//
// Solidity: function modelRoot(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) UnpackModelRoot(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("modelRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2df11334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver) payable returns(uint256 id)
func (ledger *Ledger) PackOpenDispute(runId [32]byte, round uint64, solver common.Address) []byte {
	enc, err := ledger.abi.Pack("openDispute", runId, round, solver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2df11334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver) payable returns(uint256 id)
func (ledger *Ledger) TryPackOpenDispute(runId [32]byte, round uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("openDispute", runId, round, solver)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2df11334.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver) payable returns(uint256 id)
func (ledger *Ledger) UnpackOpenDispute(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("openDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8))
func (ledger *Ledger) PackParams() []byte {
	enc, err := ledger.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8))
func (ledger *Ledger) TryPackParams() ([]byte, error) {
	return ledger.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((address,uint64,uint64,uint64,uint16,uint16,uint16,uint8))
func (ledger *Ledger) UnpackParams(data []byte) (LedgerParams, error) {
	out, err := ledger.abi.Unpack("params", data)
	if err != nil {
		return *new(LedgerParams), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerParams)).(*LedgerParams)
	return out0, nil
}

// PackPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7569dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peer(address a) view returns((bool,uint32,uint64,uint64,uint128,uint128))
func (ledger *Ledger) PackPeer(a common.Address) []byte {
	enc, err := ledger.abi.Pack("peer", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f7569dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peer(address a) view returns((bool,uint32,uint64,uint64,uint128,uint128))
func (ledger *Ledger) TryPackPeer(a common.Address) ([]byte, error) {
	return ledger.abi.Pack("peer", a)
}

// UnpackPeer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f7569dc.
//
// Solidity: function peer(address a) view returns((bool,uint32,uint64,uint64,uint128,uint128))
func (ledger *Ledger) UnpackPeer(data []byte) (StakingPeer, error) {
	out, err := ledger.abi.Unpack("peer", data)
	if err != nil {
		return *new(StakingPeer), err
	}
	out0 := *abi.ConvertType(out[0], new(StakingPeer)).(*StakingPeer)
	return out0, nil
}

// PackReclaimPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8c4b5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimPool(bytes32 runId) returns()
func (ledger *Ledger) PackReclaimPool(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("reclaimPool", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8c4b5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimPool(bytes32 runId) returns()
func (ledger *Ledger) TryPackReclaimPool(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("reclaimPool", runId)
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register() payable returns()
func (ledger *Ledger) PackRegister() []byte {
	enc, err := ledger.abi.Pack("register")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register() payable returns()
func (ledger *Ledger) TryPackRegister() ([]byte, error) {
	return ledger.abi.Pack("register")
}

// PackRequestReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf04ed379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestReveal(uint256 id, (uint32,uint32,bool,uint8,uint32) req) returns()
func (ledger *Ledger) PackRequestReveal(id *big.Int, req RevealRequest) []byte {
	enc, err := ledger.abi.Pack("requestReveal", id, req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf04ed379.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestReveal(uint256 id, (uint32,uint32,bool,uint8,uint32) req) returns()
func (ledger *Ledger) TryPackRequestReveal(id *big.Int, req RevealRequest) ([]byte, error) {
	return ledger.abi.Pack("requestReveal", id, req)
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (ledger *Ledger) PackRequestUnstake(amount *big.Int) []byte {
	enc, err := ledger.abi.Pack("requestUnstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (ledger *Ledger) TryPackRequestUnstake(amount *big.Int) ([]byte, error) {
	return ledger.abi.Pack("requestUnstake", amount)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8ae0237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 id, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) proof) returns()
func (ledger *Ledger) PackResolve(id *big.Int, proof ElementProof) []byte {
	enc, err := ledger.abi.Pack("resolve", id, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8ae0237.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 id, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) proof) returns()
func (ledger *Ledger) TryPackResolve(id *big.Int, proof ElementProof) ([]byte, error) {
	return ledger.abi.Pack("resolve", id, proof)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb05a28ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],uint32,bytes,bytes32[]) chunk) returns()
func (ledger *Ledger) PackReveal(id *big.Int, rec RecordProof, chunk TensorSlice) []byte {
	enc, err := ledger.abi.Pack("reveal", id, rec, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb05a28ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],uint32,bytes,bytes32[]) chunk) returns()
func (ledger *Ledger) TryPackReveal(id *big.Int, rec RecordProof, chunk TensorSlice) ([]byte, error) {
	return ledger.abi.Pack("reveal", id, rec, chunk)
}

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e01d67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((bool,bool,uint32,uint32,uint64,bytes32,bytes32,uint128,uint128,uint128,address[]))
func (ledger *Ledger) PackRound(runId [32]byte, r uint64) []byte {
	enc, err := ledger.abi.Pack("round", runId, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e01d67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((bool,bool,uint32,uint32,uint64,bytes32,bytes32,uint128,uint128,uint128,address[]))
func (ledger *Ledger) TryPackRound(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("round", runId, r)
}

// UnpackRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11e01d67.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((bool,bool,uint32,uint32,uint64,bytes32,bytes32,uint128,uint128,uint128,address[]))
func (ledger *Ledger) UnpackRound(data []byte) (RunsRound, error) {
	out, err := ledger.abi.Unpack("round", data)
	if err != nil {
		return *new(RunsRound), err
	}
	out0 := *abi.ConvertType(out[0], new(RunsRound)).(*RunsRound)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef6ac0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run(bytes32 runId) view returns((address,uint64,uint32,uint32,uint32,uint32,bytes32,bytes32,uint128,uint128,uint128,uint128,string,string[]))
func (ledger *Ledger) PackRun(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("run", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef6ac0f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run(bytes32 runId) view returns((address,uint64,uint32,uint32,uint32,uint32,bytes32,bytes32,uint128,uint128,uint128,uint128,string,string[]))
func (ledger *Ledger) TryPackRun(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("run", runId)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef6ac0f0.
//
// Solidity: function run(bytes32 runId) view returns((address,uint64,uint32,uint32,uint32,uint32,bytes32,bytes32,uint128,uint128,uint128,uint128,string,string[]))
func (ledger *Ledger) UnpackRun(data []byte) (RunsRun, error) {
	out, err := ledger.abi.Unpack("run", data)
	if err != nil {
		return *new(RunsRun), err
	}
	out0 := *abi.ConvertType(out[0], new(RunsRun)).(*RunsRun)
	return out0, nil
}

// PackRunCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9196b700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runCount() view returns(uint256)
func (ledger *Ledger) PackRunCount() []byte {
	enc, err := ledger.abi.Pack("runCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9196b700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runCount() view returns(uint256)
func (ledger *Ledger) TryPackRunCount() ([]byte, error) {
	return ledger.abi.Pack("runCount")
}

// UnpackRunCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9196b700.
//
// Solidity: function runCount() view returns(uint256)
func (ledger *Ledger) UnpackRunCount(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("runCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() payable returns()
func (ledger *Ledger) PackStake() []byte {
	enc, err := ledger.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() payable returns()
func (ledger *Ledger) TryPackStake() ([]byte, error) {
	return ledger.abi.Pack("stake")
}

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba3dd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer_) view returns(uint8)
func (ledger *Ledger) PackStatus(runId [32]byte, r uint64, peer common.Address) []byte {
	enc, err := ledger.abi.Pack("status", runId, r, peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba3dd90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer_) view returns(uint8)
func (ledger *Ledger) TryPackStatus(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("status", runId, r, peer)
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeba3dd90.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer_) view returns(uint8)
func (ledger *Ledger) UnpackStatus(data []byte) (uint8, error) {
	out, err := ledger.abi.Unpack("status", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (ledger *Ledger) PackTimeout(id *big.Int) []byte {
	enc, err := ledger.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 id) returns()
func (ledger *Ledger) TryPackTimeout(id *big.Int) ([]byte, error) {
	return ledger.abi.Pack("timeout", id)
}

// PackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c88daf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[] out)
func (ledger *Ledger) PackVerifiers(runId [32]byte, r uint64, solver common.Address) []byte {
	enc, err := ledger.abi.Pack("verifiers", runId, r, solver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c88daf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[] out)
func (ledger *Ledger) TryPackVerifiers(runId [32]byte, r uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("verifiers", runId, r, solver)
}

// UnpackVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03c88daf.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[] out)
func (ledger *Ledger) UnpackVerifiers(data []byte) ([]common.Address, error) {
	out, err := ledger.abi.Unpack("verifiers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (ledger *Ledger) PackWithdraw() []byte {
	enc, err := ledger.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (ledger *Ledger) TryPackWithdraw() ([]byte, error) {
	return ledger.abi.Pack("withdraw")
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake() returns()
func (ledger *Ledger) PackWithdrawStake() []byte {
	enc, err := ledger.abi.Pack("withdrawStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake() returns()
func (ledger *Ledger) TryPackWithdrawStake() ([]byte, error) {
	return ledger.abi.Pack("withdrawStake")
}

// LedgerCommitted represents a Committed event raised by the Ledger contract.
type LedgerCommitted struct {
	RunId      [32]byte
	Round      uint64
	Peer       common.Address
	Position   uint32
	Commitment Commitment
	Raw        *types.Log // Blockchain specific contextual infos
}

const LedgerCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (LedgerCommitted) ContractEventName() string {
	return LedgerCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, (bytes32,bytes32,bytes32,uint64) commitment)
func (ledger *Ledger) UnpackCommittedEvent(log *types.Log) (*LedgerCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerCommitted)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerDisputeOpened represents a DisputeOpened event raised by the Ledger contract.
type LedgerDisputeOpened struct {
	Id         *big.Int
	RunId      [32]byte
	Solver     common.Address
	Round      uint64
	Challenger common.Address
	Bond       *big.Int
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const LedgerDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (LedgerDisputeOpened) ContractEventName() string {
	return LedgerDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed id, bytes32 indexed runId, address indexed solver, uint64 round, address challenger, uint256 bond, uint64 deadline)
func (ledger *Ledger) UnpackDisputeOpenedEvent(log *types.Log) (*LedgerDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDisputeOpened)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerDisputeResolved represents a DisputeResolved event raised by the Ledger contract.
type LedgerDisputeResolved struct {
	Id                  *big.Int
	Winner              common.Address
	Outcome             uint8
	Slashed             *big.Int
	WhistleblowerReward *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const LedgerDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (LedgerDisputeResolved) ContractEventName() string {
	return LedgerDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed id, address indexed winner, uint8 outcome, uint256 slashed, uint256 whistleblowerReward)
func (ledger *Ledger) UnpackDisputeResolvedEvent(log *types.Log) (*LedgerDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerDisputeResolved)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerModelAgreed represents a ModelAgreed event raised by the Ledger contract.
type LedgerModelAgreed struct {
	RunId     [32]byte
	Round     uint64
	ModelRoot [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerModelAgreedEventName = "ModelAgreed"

// ContractEventName returns the user-defined event name.
func (LedgerModelAgreed) ContractEventName() string {
	return LedgerModelAgreedEventName
}

// UnpackModelAgreedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelAgreed(bytes32 indexed runId, uint64 indexed round, bytes32 modelRoot)
func (ledger *Ledger) UnpackModelAgreedEvent(log *types.Log) (*LedgerModelAgreed, error) {
	event := "ModelAgreed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerModelAgreed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerModelAttested represents a ModelAttested event raised by the Ledger contract.
type LedgerModelAttested struct {
	RunId     [32]byte
	Round     uint64
	Peer      common.Address
	ModelRoot [32]byte
	Votes     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerModelAttestedEventName = "ModelAttested"

// ContractEventName returns the user-defined event name.
func (LedgerModelAttested) ContractEventName() string {
	return LedgerModelAttestedEventName
}

// UnpackModelAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelAttested(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint32 votes)
func (ledger *Ledger) UnpackModelAttestedEvent(log *types.Log) (*LedgerModelAttested, error) {
	event := "ModelAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerModelAttested)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerPoolReclaimed represents a PoolReclaimed event raised by the Ledger contract.
type LedgerPoolReclaimed struct {
	RunId     [32]byte
	Submitter common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerPoolReclaimedEventName = "PoolReclaimed"

// ContractEventName returns the user-defined event name.
func (LedgerPoolReclaimed) ContractEventName() string {
	return LedgerPoolReclaimedEventName
}

// UnpackPoolReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolReclaimed(bytes32 indexed runId, address indexed submitter, uint256 amount)
func (ledger *Ledger) UnpackPoolReclaimedEvent(log *types.Log) (*LedgerPoolReclaimed, error) {
	event := "PoolReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerPoolReclaimed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRegistered represents a Registered event raised by the Ledger contract.
type LedgerRegistered struct {
	Peer common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const LedgerRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (LedgerRegistered) ContractEventName() string {
	return LedgerRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(address indexed peer)
func (ledger *Ledger) UnpackRegisteredEvent(log *types.Log) (*LedgerRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRegistered)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRevealRequested represents a RevealRequested event raised by the Ledger contract.
type LedgerRevealRequested struct {
	Id             *big.Int
	Request        RevealRequest
	RevealDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const LedgerRevealRequestedEventName = "RevealRequested"

// ContractEventName returns the user-defined event name.
func (LedgerRevealRequested) ContractEventName() string {
	return LedgerRevealRequestedEventName
}

// UnpackRevealRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealRequested(uint256 indexed id, (uint32,uint32,bool,uint8,uint32) request, uint64 revealDeadline)
func (ledger *Ledger) UnpackRevealRequestedEvent(log *types.Log) (*LedgerRevealRequested, error) {
	event := "RevealRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRevealRequested)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRevealed represents a Revealed event raised by the Ledger contract.
type LedgerRevealed struct {
	Id          *big.Int
	Step        uint32
	Record      uint32
	RecordBytes []byte
	Chunk       TensorSlice
	Raw         *types.Log // Blockchain specific contextual infos
}

const LedgerRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (LedgerRevealed) ContractEventName() string {
	return LedgerRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed id, uint32 step, uint32 record, bytes recordBytes, (uint32[],uint32,bytes,bytes32[]) chunk)
func (ledger *Ledger) UnpackRevealedEvent(log *types.Log) (*LedgerRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRevealed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRewardClaimed represents a RewardClaimed event raised by the Ledger contract.
type LedgerRewardClaimed struct {
	RunId  [32]byte
	Round  uint64
	Peer   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (LedgerRewardClaimed) ContractEventName() string {
	return LedgerRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint256 amount)
func (ledger *Ledger) UnpackRewardClaimedEvent(log *types.Log) (*LedgerRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRewardClaimed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRoundClosed represents a RoundClosed event raised by the Ledger contract.
type LedgerRoundClosed struct {
	RunId         [32]byte
	Round         uint64
	Beacon        [32]byte
	Contributions uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const LedgerRoundClosedEventName = "RoundClosed"

// ContractEventName returns the user-defined event name.
func (LedgerRoundClosed) ContractEventName() string {
	return LedgerRoundClosedEventName
}

// UnpackRoundClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundClosed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon, uint32 contributions)
func (ledger *Ledger) UnpackRoundClosedEvent(log *types.Log) (*LedgerRoundClosed, error) {
	event := "RoundClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRoundClosed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRoundFinalized represents a RoundFinalized event raised by the Ledger contract.
type LedgerRoundFinalized struct {
	RunId           [32]byte
	Round           uint64
	Eligible        uint32
	PerContribution *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LedgerRoundFinalizedEventName = "RoundFinalized"

// ContractEventName returns the user-defined event name.
func (LedgerRoundFinalized) ContractEventName() string {
	return LedgerRoundFinalizedEventName
}

// UnpackRoundFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 eligible, uint256 perContribution)
func (ledger *Ledger) UnpackRoundFinalizedEvent(log *types.Log) (*LedgerRoundFinalized, error) {
	event := "RoundFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRoundFinalized)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerRunCreated represents a RunCreated event raised by the Ledger contract.
type LedgerRunCreated struct {
	RunId         [32]byte
	Submitter     common.Address
	ConfigHash    [32]byte
	Task          string
	Start         uint64
	RoundDuration uint32
	NumRounds     uint32
	Pool          *big.Int
	Bootstrap     []string
	Raw           *types.Log // Blockchain specific contextual infos
}

const LedgerRunCreatedEventName = "RunCreated"

// ContractEventName returns the user-defined event name.
func (LedgerRunCreated) ContractEventName() string {
	return LedgerRunCreatedEventName
}

// UnpackRunCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, bytes32 configHash, string task, uint64 start, uint32 roundDuration, uint32 numRounds, uint256 pool, string[] bootstrap)
func (ledger *Ledger) UnpackRunCreatedEvent(log *types.Log) (*LedgerRunCreated, error) {
	event := "RunCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerRunCreated)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerSlashed represents a Slashed event raised by the Ledger contract.
type LedgerSlashed struct {
	Peer   common.Address
	RunId  [32]byte
	Round  uint64
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (LedgerSlashed) ContractEventName() string {
	return LedgerSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed peer, bytes32 indexed runId, uint64 round, uint256 amount)
func (ledger *Ledger) UnpackSlashedEvent(log *types.Log) (*LedgerSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerSlashed)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerStakeWithdrawn represents a StakeWithdrawn event raised by the Ledger contract.
type LedgerStakeWithdrawn struct {
	Peer   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (LedgerStakeWithdrawn) ContractEventName() string {
	return LedgerStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed peer, uint256 amount)
func (ledger *Ledger) UnpackStakeWithdrawnEvent(log *types.Log) (*LedgerStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerStaked represents a Staked event raised by the Ledger contract.
type LedgerStaked struct {
	Peer   common.Address
	Amount *big.Int
	Total  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (LedgerStaked) ContractEventName() string {
	return LedgerStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed peer, uint256 amount, uint256 total)
func (ledger *Ledger) UnpackStakedEvent(log *types.Log) (*LedgerStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStaked)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerUnstakeRequested represents a UnstakeRequested event raised by the Ledger contract.
type LedgerUnstakeRequested struct {
	Peer     common.Address
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (LedgerUnstakeRequested) ContractEventName() string {
	return LedgerUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed peer, uint256 amount, uint64 unlockAt)
func (ledger *Ledger) UnpackUnstakeRequestedEvent(log *types.Log) (*LedgerUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerUnstakeRequested)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LedgerWithdrawn represents a Withdrawn event raised by the Ledger contract.
type LedgerWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LedgerWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (LedgerWithdrawn) ContractEventName() string {
	return LedgerWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (ledger *Ledger) UnpackWithdrawnEvent(log *types.Log) (*LedgerWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerWithdrawn)
	if len(log.Data) > 0 {
		if err := ledger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ledger.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ledger *Ledger) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return ledger.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadRunConfig"].ID.Bytes()[:4]) {
		return ledger.UnpackBadRunConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return ledger.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return ledger.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeActive"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputesPending"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputesPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return ledger.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoContribution"].ID.Bytes()[:4]) {
		return ledger.UnpackNoContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoRevealPending"].ID.Bytes()[:4]) {
		return ledger.UnpackNoRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoReward"].ID.Bytes()[:4]) {
		return ledger.UnpackNoRewardError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return ledger.UnpackNoSuchRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotAContributor"].ID.Bytes()[:4]) {
		return ledger.UnpackNotAContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotChallenger"].ID.Bytes()[:4]) {
		return ledger.UnpackNotChallengerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return ledger.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return ledger.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return ledger.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotTimedOut"].ID.Bytes()[:4]) {
		return ledger.UnpackNotTimedOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return ledger.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["PeerInDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackPeerInDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RevealMismatch"].ID.Bytes()[:4]) {
		return ledger.UnpackRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RevealPending"].ID.Bytes()[:4]) {
		return ledger.UnpackRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundAlreadyClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundFull"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotFinalized"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundStillOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["RunNotOver"].ID.Bytes()[:4]) {
		return ledger.UnpackRunNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["SelfDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackSelfDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return ledger.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["TooManyReveals"].ID.Bytes()[:4]) {
		return ledger.UnpackTooManyRevealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return ledger.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return ledger.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnknownRun"].ID.Bytes()[:4]) {
		return ledger.UnpackUnknownRunError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["UnstakeExceedsStake"].ID.Bytes()[:4]) {
		return ledger.UnpackUnstakeExceedsStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroTraceRoot"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroTraceRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LedgerAlreadyAttested represents a AlreadyAttested error raised by the Ledger contract.
type LedgerAlreadyAttested struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func LedgerAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0xf4e48ba2b259ad70b094661e7f5b1925742260cb7d9b6b62d21424676c4f816a")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackAlreadyAttestedError(raw []byte) (*LedgerAlreadyAttested, error) {
	out := new(LedgerAlreadyAttested)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAlreadyCommitted represents a AlreadyCommitted error raised by the Ledger contract.
type LedgerAlreadyCommitted struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func LedgerAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x59d583ac0ff8d1e34cad23af8fd67cf2f3dfe9f6bb87c3823853d3f4f879ee53")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackAlreadyCommittedError(raw []byte) (*LedgerAlreadyCommitted, error) {
	out := new(LedgerAlreadyCommitted)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAlreadyFinalized represents a AlreadyFinalized error raised by the Ledger contract.
type LedgerAlreadyFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func LedgerAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xeeb7fd481754188fd4b0f694e1dba2d1ad0239ff81bb8b37d86d100c9289e387")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackAlreadyFinalizedError(raw []byte) (*LedgerAlreadyFinalized, error) {
	out := new(LedgerAlreadyFinalized)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerAlreadyRegistered represents a AlreadyRegistered error raised by the Ledger contract.
type LedgerAlreadyRegistered struct {
	Peer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address peer)
func LedgerAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address peer)
func (ledger *Ledger) UnpackAlreadyRegisteredError(raw []byte) (*LedgerAlreadyRegistered, error) {
	out := new(LedgerAlreadyRegistered)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBadParams represents a BadParams error raised by the Ledger contract.
type LedgerBadParams struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams(string why)
func LedgerBadParamsErrorID() common.Hash {
	return common.HexToHash("0x87a33b27684f297cea1e18e1d41fcf399c8e0dbc38274d5e02b504924765634d")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams(string why)
func (ledger *Ledger) UnpackBadParamsError(raw []byte) (*LedgerBadParams, error) {
	out := new(LedgerBadParams)
	if err := ledger.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBadRunConfig represents a BadRunConfig error raised by the Ledger contract.
type LedgerBadRunConfig struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRunConfig(string why)
func LedgerBadRunConfigErrorID() common.Hash {
	return common.HexToHash("0x4ac7b07b986f270f0c3b16ed67dd68a718fe4d31ff7970ed3708c05dd8d00c3b")
}

// UnpackBadRunConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRunConfig(string why)
func (ledger *Ledger) UnpackBadRunConfigError(raw []byte) (*LedgerBadRunConfig, error) {
	out := new(LedgerBadRunConfig)
	if err := ledger.abi.UnpackIntoInterface(out, "BadRunConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBondTooLow represents a BondTooLow error raised by the Ledger contract.
type LedgerBondTooLow struct {
	Sent *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func LedgerBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func (ledger *Ledger) UnpackBondTooLowError(raw []byte) (*LedgerBondTooLow, error) {
	out := new(LedgerBondTooLow)
	if err := ledger.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDeadlinePassed represents a DeadlinePassed error raised by the Ledger contract.
type LedgerDeadlinePassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func LedgerDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func (ledger *Ledger) UnpackDeadlinePassedError(raw []byte) (*LedgerDeadlinePassed, error) {
	out := new(LedgerDeadlinePassed)
	if err := ledger.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeActive represents a DisputeActive error raised by the Ledger contract.
type LedgerDisputeActive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeActive(uint256 id)
func LedgerDisputeActiveErrorID() common.Hash {
	return common.HexToHash("0xaa0d86cfe754ad2d69c96f100e5acd143c7a2ea3167b0cff2ff930fa66c84db1")
}

// UnpackDisputeActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeActive(uint256 id)
func (ledger *Ledger) UnpackDisputeActiveError(raw []byte) (*LedgerDisputeActive, error) {
	out := new(LedgerDisputeActive)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeNotOpen represents a DisputeNotOpen error raised by the Ledger contract.
type LedgerDisputeNotOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint256 id)
func LedgerDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1ee0f698949ab12290cb1c72c7adca47c570455aeea3dff53006bee2f1d80bfc")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint256 id)
func (ledger *Ledger) UnpackDisputeNotOpenError(raw []byte) (*LedgerDisputeNotOpen, error) {
	out := new(LedgerDisputeNotOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeWindowClosed represents a DisputeWindowClosed error raised by the Ledger contract.
type LedgerDisputeWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func LedgerDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x6a9d741548c6aa89f9a6ede252c07ed0b3664e692e2914a13157c3b741fa02a4")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (ledger *Ledger) UnpackDisputeWindowClosedError(raw []byte) (*LedgerDisputeWindowClosed, error) {
	out := new(LedgerDisputeWindowClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputeWindowOpen represents a DisputeWindowOpen error raised by the Ledger contract.
type LedgerDisputeWindowOpen struct {
	RunId [32]byte
	Round uint64
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(bytes32 runId, uint64 round, uint64 until)
func LedgerDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xea37efb567f65bc203fb4894fc27583afa5f7c1454b85edb580a6ee2f40a131d")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(bytes32 runId, uint64 round, uint64 until)
func (ledger *Ledger) UnpackDisputeWindowOpenError(raw []byte) (*LedgerDisputeWindowOpen, error) {
	out := new(LedgerDisputeWindowOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerDisputesPending represents a DisputesPending error raised by the Ledger contract.
type LedgerDisputesPending struct {
	RunId [32]byte
	Round uint64
	Open  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputesPending(bytes32 runId, uint64 round, uint32 open)
func LedgerDisputesPendingErrorID() common.Hash {
	return common.HexToHash("0x5a55b6f9e35b2b2f3cef5a9f562b5ed0312b8f5d2a2b8290571e5d4273cfb3b5")
}

// UnpackDisputesPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputesPending(bytes32 runId, uint64 round, uint32 open)
func (ledger *Ledger) UnpackDisputesPendingError(raw []byte) (*LedgerDisputesPending, error) {
	out := new(LedgerDisputesPending)
	if err := ledger.abi.UnpackIntoInterface(out, "DisputesPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerInsufficientStake represents a InsufficientStake error raised by the Ledger contract.
type LedgerInsufficientStake struct {
	Peer common.Address
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func LedgerInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x936d426dd74f230ad5a4425fb8e2282c39c20abb35ad8a2da02a9b2239d6c390")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func (ledger *Ledger) UnpackInsufficientStakeError(raw []byte) (*LedgerInsufficientStake, error) {
	out := new(LedgerInsufficientStake)
	if err := ledger.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoContribution represents a NoContribution error raised by the Ledger contract.
type LedgerNoContribution struct {
	RunId  [32]byte
	Round  uint64
	Solver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func LedgerNoContributionErrorID() common.Hash {
	return common.HexToHash("0xe5bb110f35de396c9b4207f9774e0e98520ed74d42e26b6ebc69f90b8a301b65")
}

// UnpackNoContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func (ledger *Ledger) UnpackNoContributionError(raw []byte) (*LedgerNoContribution, error) {
	out := new(LedgerNoContribution)
	if err := ledger.abi.UnpackIntoInterface(out, "NoContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoRevealPending represents a NoRevealPending error raised by the Ledger contract.
type LedgerNoRevealPending struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRevealPending(uint256 id)
func LedgerNoRevealPendingErrorID() common.Hash {
	return common.HexToHash("0x21e0c0719485a76f74ac3c19907768d4b593ef94231b62c6beb8d24ba3d5e466")
}

// UnpackNoRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRevealPending(uint256 id)
func (ledger *Ledger) UnpackNoRevealPendingError(raw []byte) (*LedgerNoRevealPending, error) {
	out := new(LedgerNoRevealPending)
	if err := ledger.abi.UnpackIntoInterface(out, "NoRevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoReward represents a NoReward error raised by the Ledger contract.
type LedgerNoReward struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func LedgerNoRewardErrorID() common.Hash {
	return common.HexToHash("0x7319a2437bdcb2938b8b88b6a2baa525669164ac12c8f8c7a1f1fd88b5a6ec87")
}

// UnpackNoRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackNoRewardError(raw []byte) (*LedgerNoReward, error) {
	out := new(LedgerNoReward)
	if err := ledger.abi.UnpackIntoInterface(out, "NoReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoSuchRound represents a NoSuchRound error raised by the Ledger contract.
type LedgerNoSuchRound struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func LedgerNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0x9236a6a00c73948dac09b21a60968bb6a9a318d4bf3928f0a0b968259e32fa1f")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackNoSuchRoundError(raw []byte) (*LedgerNoSuchRound, error) {
	out := new(LedgerNoSuchRound)
	if err := ledger.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotAContributor represents a NotAContributor error raised by the Ledger contract.
type LedgerNotAContributor struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContributor(bytes32 runId, uint64 round, address peer)
func LedgerNotAContributorErrorID() common.Hash {
	return common.HexToHash("0xf898973b1adfb47c36aed687b240bd9a3c179110331b1fb1f8a226b7a274c80f")
}

// UnpackNotAContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContributor(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackNotAContributorError(raw []byte) (*LedgerNotAContributor, error) {
	out := new(LedgerNotAContributor)
	if err := ledger.abi.UnpackIntoInterface(out, "NotAContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotChallenger represents a NotChallenger error raised by the Ledger contract.
type LedgerNotChallenger struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func LedgerNotChallengerErrorID() common.Hash {
	return common.HexToHash("0xd44a5be8af706718e51cc0b1427e43a145bdd93bac22497676b0bedd8904d560")
}

// UnpackNotChallengerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func (ledger *Ledger) UnpackNotChallengerError(raw []byte) (*LedgerNotChallenger, error) {
	out := new(LedgerNotChallenger)
	if err := ledger.abi.UnpackIntoInterface(out, "NotChallenger", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotRegistered represents a NotRegistered error raised by the Ledger contract.
type LedgerNotRegistered struct {
	Peer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address peer)
func LedgerNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address peer)
func (ledger *Ledger) UnpackNotRegisteredError(raw []byte) (*LedgerNotRegistered, error) {
	out := new(LedgerNotRegistered)
	if err := ledger.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotSolver represents a NotSolver error raised by the Ledger contract.
type LedgerNotSolver struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver(uint256 id, address caller)
func LedgerNotSolverErrorID() common.Hash {
	return common.HexToHash("0x8603ed272c1b8dbeb2572c87e5a720714aeb1f99e2f31eb04d9a81ee6afa720b")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver(uint256 id, address caller)
func (ledger *Ledger) UnpackNotSolverError(raw []byte) (*LedgerNotSolver, error) {
	out := new(LedgerNotSolver)
	if err := ledger.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotSubmitter represents a NotSubmitter error raised by the Ledger contract.
type LedgerNotSubmitter struct {
	RunId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func LedgerNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xd4bae604ba29943732a92ed5619757033da146d65b3d97f62235dde9c30398ae")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func (ledger *Ledger) UnpackNotSubmitterError(raw []byte) (*LedgerNotSubmitter, error) {
	out := new(LedgerNotSubmitter)
	if err := ledger.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotTimedOut represents a NotTimedOut error raised by the Ledger contract.
type LedgerNotTimedOut struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func LedgerNotTimedOutErrorID() common.Hash {
	return common.HexToHash("0x7917b3e75c48f1dec69dc4a3e4afc1ea21e11b42f7d23e22395f7ced56b719d3")
}

// UnpackNotTimedOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func (ledger *Ledger) UnpackNotTimedOutError(raw []byte) (*LedgerNotTimedOut, error) {
	out := new(LedgerNotTimedOut)
	if err := ledger.abi.UnpackIntoInterface(out, "NotTimedOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNothingToWithdraw represents a NothingToWithdraw error raised by the Ledger contract.
type LedgerNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func LedgerNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (ledger *Ledger) UnpackNothingToWithdrawError(raw []byte) (*LedgerNothingToWithdraw, error) {
	out := new(LedgerNothingToWithdraw)
	if err := ledger.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerPeerInDispute represents a PeerInDispute error raised by the Ledger contract.
type LedgerPeerInDispute struct {
	Peer         common.Address
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func LedgerPeerInDisputeErrorID() common.Hash {
	return common.HexToHash("0xdea30450e665134413df0da4e35e7f7f16c1415276ac5f7b8a1073fd36da809a")
}

// UnpackPeerInDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func (ledger *Ledger) UnpackPeerInDisputeError(raw []byte) (*LedgerPeerInDispute, error) {
	out := new(LedgerPeerInDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "PeerInDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRevealMismatch represents a RevealMismatch error raised by the Ledger contract.
type LedgerRevealMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func LedgerRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0x3c455c4a7cb7c84ee6f84fc529027d890ee51ba58775c5ba933d01fbf803b2de")
}

// UnpackRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func (ledger *Ledger) UnpackRevealMismatchError(raw []byte) (*LedgerRevealMismatch, error) {
	out := new(LedgerRevealMismatch)
	if err := ledger.abi.UnpackIntoInterface(out, "RevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRevealPending represents a RevealPending error raised by the Ledger contract.
type LedgerRevealPending struct {
	Id             *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func LedgerRevealPendingErrorID() common.Hash {
	return common.HexToHash("0xf4d51764ffba050db3faad58353b5ec67db87271fc8fbcb29839cef4b8fa4b60")
}

// UnpackRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func (ledger *Ledger) UnpackRevealPendingError(raw []byte) (*LedgerRevealPending, error) {
	out := new(LedgerRevealPending)
	if err := ledger.abi.UnpackIntoInterface(out, "RevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundAlreadyClosed represents a RoundAlreadyClosed error raised by the Ledger contract.
type LedgerRoundAlreadyClosed struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func LedgerRoundAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0x266d427bfaee01b56214debc82c162a8fe9494c54fd551ac458722e560196f86")
}

// UnpackRoundAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundAlreadyClosedError(raw []byte) (*LedgerRoundAlreadyClosed, error) {
	out := new(LedgerRoundAlreadyClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundAlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundFull represents a RoundFull error raised by the Ledger contract.
type LedgerRoundFull struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func LedgerRoundFullErrorID() common.Hash {
	return common.HexToHash("0xa4153909b5c10de63328a4ab423ba91ee5f77a78ea9fac9530e6b180e5665af9")
}

// UnpackRoundFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundFullError(raw []byte) (*LedgerRoundFull, error) {
	out := new(LedgerRoundFull)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundNotClosed represents a RoundNotClosed error raised by the Ledger contract.
type LedgerRoundNotClosed struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotClosed(bytes32 runId, uint64 round)
func LedgerRoundNotClosedErrorID() common.Hash {
	return common.HexToHash("0xe4965f81318acdab519e049bd21cdaf6b4940306a48bf1561a5ed9480f481f3f")
}

// UnpackRoundNotClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotClosed(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundNotClosedError(raw []byte) (*LedgerRoundNotClosed, error) {
	out := new(LedgerRoundNotClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundNotFinalized represents a RoundNotFinalized error raised by the Ledger contract.
type LedgerRoundNotFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func LedgerRoundNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x4b38f3ce12a89598b8f6413a63ee32f18519dbbeaf1d702aafddfeeb975e349b")
}

// UnpackRoundNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackRoundNotFinalizedError(raw []byte) (*LedgerRoundNotFinalized, error) {
	out := new(LedgerRoundNotFinalized)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundNotOpen represents a RoundNotOpen error raised by the Ledger contract.
type LedgerRoundNotOpen struct {
	RunId    [32]byte
	Round    uint64
	OpensAt  uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func LedgerRoundNotOpenErrorID() common.Hash {
	return common.HexToHash("0x79ba497fa095bbe12e226bb7e16315bfc96b9e9650911ddfe09fb73fe5c9a69a")
}

// UnpackRoundNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func (ledger *Ledger) UnpackRoundNotOpenError(raw []byte) (*LedgerRoundNotOpen, error) {
	out := new(LedgerRoundNotOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRoundStillOpen represents a RoundStillOpen error raised by the Ledger contract.
type LedgerRoundStillOpen struct {
	RunId    [32]byte
	Round    uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func LedgerRoundStillOpenErrorID() common.Hash {
	return common.HexToHash("0xd149900bdedb763a55195b2ca0572929235cec627033e1f6df46eb8cf72f09b5")
}

// UnpackRoundStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func (ledger *Ledger) UnpackRoundStillOpenError(raw []byte) (*LedgerRoundStillOpen, error) {
	out := new(LedgerRoundStillOpen)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerRunNotOver represents a RunNotOver error raised by the Ledger contract.
type LedgerRunNotOver struct {
	RunId     [32]byte
	Finalized uint32
	Rounds    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func LedgerRunNotOverErrorID() common.Hash {
	return common.HexToHash("0x7a8f9c4911836b55ae3ab6be377f5111f88a42a113ac4f556ac5cb7858c4a802")
}

// UnpackRunNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func (ledger *Ledger) UnpackRunNotOverError(raw []byte) (*LedgerRunNotOver, error) {
	out := new(LedgerRunNotOver)
	if err := ledger.abi.UnpackIntoInterface(out, "RunNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerSelfDispute represents a SelfDispute error raised by the Ledger contract.
type LedgerSelfDispute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfDispute()
func LedgerSelfDisputeErrorID() common.Hash {
	return common.HexToHash("0x80e7f40ce496c2e57235f964ae4d163c339d8914735f3713218239bd206beabe")
}

// UnpackSelfDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfDispute()
func (ledger *Ledger) UnpackSelfDisputeError(raw []byte) (*LedgerSelfDispute, error) {
	out := new(LedgerSelfDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "SelfDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStakeLocked represents a StakeLocked error raised by the Ledger contract.
type LedgerStakeLocked struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 until)
func LedgerStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 until)
func (ledger *Ledger) UnpackStakeLockedError(raw []byte) (*LedgerStakeLocked, error) {
	out := new(LedgerStakeLocked)
	if err := ledger.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerTooManyReveals represents a TooManyReveals error raised by the Ledger contract.
type LedgerTooManyReveals struct {
	Id  *big.Int
	Max uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func LedgerTooManyRevealsErrorID() common.Hash {
	return common.HexToHash("0x2c0e790708275f31842cdb7775c3e29e43b2fbdb0d33d92556cb09402e192562")
}

// UnpackTooManyRevealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func (ledger *Ledger) UnpackTooManyRevealsError(raw []byte) (*LedgerTooManyReveals, error) {
	out := new(LedgerTooManyReveals)
	if err := ledger.abi.UnpackIntoInterface(out, "TooManyReveals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerTransferFailed represents a TransferFailed error raised by the Ledger contract.
type LedgerTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func LedgerTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (ledger *Ledger) UnpackTransferFailedError(raw []byte) (*LedgerTransferFailed, error) {
	out := new(LedgerTransferFailed)
	if err := ledger.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnknownDispute represents a UnknownDispute error raised by the Ledger contract.
type LedgerUnknownDispute struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint256 id)
func LedgerUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x8f09a29b08337b4e66a42a0bbd8bc395cb2fa24f8b538de30a025d7769f25cf4")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint256 id)
func (ledger *Ledger) UnpackUnknownDisputeError(raw []byte) (*LedgerUnknownDispute, error) {
	out := new(LedgerUnknownDispute)
	if err := ledger.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnknownRun represents a UnknownRun error raised by the Ledger contract.
type LedgerUnknownRun struct {
	RunId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRun(bytes32 runId)
func LedgerUnknownRunErrorID() common.Hash {
	return common.HexToHash("0x14ed72a27c3d0d046b7c27161f68d5b2ccc14d22e9b96f4d8fc7ca59a9254890")
}

// UnpackUnknownRunError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRun(bytes32 runId)
func (ledger *Ledger) UnpackUnknownRunError(raw []byte) (*LedgerUnknownRun, error) {
	out := new(LedgerUnknownRun)
	if err := ledger.abi.UnpackIntoInterface(out, "UnknownRun", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerUnstakeExceedsStake represents a UnstakeExceedsStake error raised by the Ledger contract.
type LedgerUnstakeExceedsStake struct {
	Amount    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnstakeExceedsStake(uint256 amount, uint256 available)
func LedgerUnstakeExceedsStakeErrorID() common.Hash {
	return common.HexToHash("0x00393c6320e89a6736fa0cf2221409e530268be361d9d01d0b7bf40f131d2434")
}

// UnpackUnstakeExceedsStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnstakeExceedsStake(uint256 amount, uint256 available)
func (ledger *Ledger) UnpackUnstakeExceedsStakeError(raw []byte) (*LedgerUnstakeExceedsStake, error) {
	out := new(LedgerUnstakeExceedsStake)
	if err := ledger.abi.UnpackIntoInterface(out, "UnstakeExceedsStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerZeroAmount represents a ZeroAmount error raised by the Ledger contract.
type LedgerZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LedgerZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (ledger *Ledger) UnpackZeroAmountError(raw []byte) (*LedgerZeroAmount, error) {
	out := new(LedgerZeroAmount)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerZeroTraceRoot represents a ZeroTraceRoot error raised by the Ledger contract.
type LedgerZeroTraceRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTraceRoot()
func LedgerZeroTraceRootErrorID() common.Hash {
	return common.HexToHash("0x1f624f5bbfa829e40f4072304f9b06f7ea7d6e72ac3af9273e23d7a9fef52494")
}

// UnpackZeroTraceRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTraceRoot()
func (ledger *Ledger) UnpackZeroTraceRootError(raw []byte) (*LedgerZeroTraceRoot, error) {
	out := new(LedgerZeroTraceRoot)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroTraceRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeMetaData contains all meta data concerning the Referee contract.
var RefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"BadInclusion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"producers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slices\",\"type\":\"uint256\"}],\"name\":\"InputCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"}],\"name\":\"NoSuchElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"input\",\"type\":\"uint256\"}],\"name\":\"ProducerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RowTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SOLVER_RIGHT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_ELEMENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_GRAPH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_SHAPE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"checkChunk\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"checkRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"judge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"computed\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committed\",\"type\":\"uint32\"}],\"internalType\":\"structReferee.Judgement\",\"name\":\"j\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Referee",
	Bin: "0x6080604052348015600e575f5ffd5b506154658061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80639f384e32116100585780639f384e32146100cc578063e45e88f3146100ed578063ef0d692d146100f5578063fe754eb914610172575f5ffd5b80631869160c1461007e578063211aada5146100ab5780636b4a3f33146100c5575b5f5ffd5b61009161008c366004615092565b61017a565b604080519283526020830191909152015b60405180910390f35b6100b3600281565b60405160ff90911681526020016100a2565b6100b35f81565b6100df6100da3660046150e5565b6101fd565b6040519081526020016100a2565b6100b3600181565b610108610103366004615165565b610287565b6040516100a291905f60c08201905060ff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015261ffff606084015116606083015263ffffffff608084015116608083015263ffffffff60a08401511660a083015292915050565b6100b3600381565b5f8061018e61018984806151ae565b6106ab565b91506101ab600960f91b836101a660208701876151f0565b6106e4565b90505f6101c4601360f81b836101a660408801886151f0565b90508481146101f557604051637c532e3160e01b815260048101829052602481018690526044015b60405180910390fd5b509250929050565b5f610208858561017a565b5090505f61021e61021986806151ae565b6108d6565b90508060800151518460ff161061025357604051630b5c91c160e11b815260ff851660048201525f60248201526044016101ec565b61027d8382608001518660ff16815181106102705761027061520e565b6020026020010151610d52565b5050949350505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101829052906102c68461008c85806151f0565b91505f90506102e26102d885806151f0565b61021990806151ae565b90506102ee84806151f0565b6102fc9060408101906151f0565b61030a906020810190615222565b63ffffffff16602084015261031f84806151f0565b61032d9060208101906151f0565b61033b906020810190615222565b63ffffffff16604084015260208101805161ffff1660608501525161035f90610f85565b6103885760208101516040516315b2ed9960e01b815261ffff90911660048201526024016101ec565b6060810151518061039c6020870187615245565b90501415806103b95750806103b46040870187615245565b905014155b806103d25750806103cd60c0870187615245565b905014155b1561043357806103e56020870187615245565b90506103f46040880188615245565b905061040360c0890189615245565b604051631f98140760e11b81526004810195909552602485019390935250604483015260648201526084016101ec565b61043d85806151f0565b61044b9060208101906151f0565b610459906020810190615222565b63ffffffff16825f015163ffffffff1614158061047e575061047c8286856110ad565b155b1561048f57505060028252506106a5565b5f5b818110156104fb576104f26104a960c0880188615245565b838181106104b9576104b961520e565b90506020028101906104cb919061528a565b846060015183815181106104e1576104e161520e565b602002602001015160800151610d52565b50600101610491565b5060808083015151906105139087016060880161529e565b60ff16106105685761052b608086016060870161529e565b61053b60a08701608088016152b7565b604051630b5c91c160e11b815260ff90921660048301526001600160401b031660248201526044016101ec565b5f6105a261057960a088018861528a565b6080808601519061058f908a0160608b0161529e565b60ff16815181106102705761027061520e565b9050806105b560a08801608089016152b7565b6001600160401b0316106105e3576105d3608087016060880161529e565b61053b60a08801608089016152b7565b5f80610621856105f660c08b018b615245565b61060360a08d018d61528a565b61061360a08e0160808f016152b7565b6001600160401b031661139c565b915091508061063a57505060038552506106a592505050565b63ffffffff8216608088015261067461065660a08a018a61528a565b61066660a08b0160808c016152b7565b6001600160401b031661162b565b63ffffffff90811660a08901819052608089015190911614610697576001610699565b5f5b60ff1687525050505050505b92915050565b6040515f906106c690600160fc1b90859085906020016152dd565b60405160208183030381529060405280519060200120905092915050565b5f6106f56040830160208401615222565b63ffffffff16158061072e57506107126040830160208401615222565b63ffffffff166107256020840184615222565b63ffffffff1610155b8061076457506107526107476040840160208501615222565b63ffffffff166117b6565b61075f6040840184615245565b905014155b156107c4576107766020830183615222565b6107866040840160208501615222565b6107936040850185615245565b6040516314982b8b60e21b815263ffffffff94851660048201529390921660248401525060448201526064016101ec565b825f6107d36020850185615222565b63ffffffff1690505f5b6107ea6040860186615245565b905081101561087157600182821c161561083557610830601160f81b6108136040880188615245565b848181106108235761082361520e565b90506020020135856117d9565b610867565b610867601160f81b8461084b6040890189615245565b8581811061085b5761085b61520e565b905060200201356117d9565b92506001016107dd565b50856108836040860160208701615222565b6040516001600160f81b031992909216602083015260e01b6001600160e01b03191660218201526025810183905260450160405160208183030381529060405280519060200120925050505b9392505050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f600983101561093a57604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064016101ec565b600184845f8161094c5761094c61520e565b9050013560f81c60f81b60f81c60ff161461099457604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b60448201526064016101ec565b5060016109a484848360046117fa565b63ffffffff1682526109b7600482615314565b90506109c684848360026117fa565b61ffff1660208301526109da600282615314565b90505f6109ea85858460016117fa565b90506109f7600183615314565b9150806001600160401b03811115610a1157610a11615327565b604051908082528060200260200182016040528015610a3a578160200160208202803683370190505b5060408401525f5b81811015610a9757610a5786868560046117fa565b84604001518281518110610a6d57610a6d61520e565b63ffffffff90921660209283029190910190910152610a8d600484615314565b9250600101610a42565b50610aa585858460016117fa565b9050610ab2600183615314565b9150806001600160401b03811115610acc57610acc615327565b604051908082528060200260200182016040528015610b2357816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f19909201910181610aea5790505b5060608401525f5b81811015610c53575f84606001518281518110610b4a57610b4a61520e565b60200260200101519050610b6187878660016117fa565b60ff168152610b71600185615314565b815190945060ff165f03610bc857610b8c87878660046117fa565b63ffffffff166020820152610bae8787610ba7876004615314565b60016117fa565b60ff166040820152610bc1600585615314565b9350610c2b565b805160ff16600103610bf157610be187878660206117fa565b6060820152610bc1602085615314565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b60448201526064016101ec565b610c3887878660206117fa565b6080820152610c48602085615314565b935050600101610b2b565b50610c6185858460016117fa565b9050610c6e600183615314565b9150806001600160401b03811115610c8857610c88615327565b604051908082528060200260200182016040528015610cb1578160200160208202803683370190505b5060808401525f5b81811015610d0857610cce86868560206117fa565b6080850151805183908110610ce557610ce561520e565b602002602001018181525050602083610cfe9190615314565b9250600101610cb9565b50818414610d4a57604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b60448201526064016101ec565b505092915050565b5f610d65610d608480615245565b611858565b90505f60406001610d768285615314565b610d80919061533b565b610d8a9190615362565b90505f610100610d9d60408701876151ae565b610da8929150615362565b9050801580610dd05750610100610dc260408701876151ae565b610dcd929150615375565b15155b15610e32576040516351a6cb4960e01b815260206004820152602b60248201527f6368756e6b73206e6f74206120706f736974697665206d756c7469706c65206f60448201526a662032353620627974657360a81b60648201526084016101ec565b8181610e446040880160208901615222565b63ffffffff16610e549190615314565b1115610ea3576040516351a6cb4960e01b815260206004820152601d60248201527f6368756e6b2072616e6765206265796f6e64207468652074656e736f7200000060448201526064016101ec565b8181610eb56040880160208901615222565b63ffffffff16610ec59190615314565b148015610edb5750610ed8604084615375565b15155b15610f2d57610f2d610ef060408701876151ae565b610efb604087615375565b610f06906004615388565b610100610f1460018761533b565b610f1e9190615388565b610f289190615314565b6118ef565b5f610f39868484611986565b90505f610f4f610f498880615245565b84611d77565b9050858114610f7b57604051637c532e3160e01b815260048101829052602481018790526044016101ec565b5050505092915050565b5f61ffff821660011480610f9d575061ffff82166002145b80610fbd5750600361ffff831610801590610fbd5750600861ffff831611155b80610fcc575061ffff8216600f145b80610fdb575061ffff82166012145b80610fea575061ffff8216601c145b80610ff9575061ffff8216601f145b80611008575061ffff82166020145b80611017575061ffff82166021145b80611026575061ffff82166025145b80611035575061ffff82166026145b80611044575061ffff82166029145b80611053575061ffff8216600c145b80611062575061ffff8216601a145b80611071575061ffff8216601d145b80611080575061ffff8216601e145b8061108f575061ffff82166023145b8061109e575061ffff82166024145b806106a557506106a582611e3e565b5f805b84606001515181101561139157846060015181815181106110d3576110d361520e565b60200260200101515f015160ff165f0361138957845f015163ffffffff16856060015182815181106111075761110761520e565b60200260200101516020015163ffffffff1610611127575f9150506108cf565b366111356040860186615245565b838181106111455761114561520e565b905060200281019061115791906151f0565b90508560600151828151811061116f5761116f61520e565b60200260200101516020015163ffffffff16815f0160208101906111939190615222565b63ffffffff161415806111e957506111ab85806151f0565b6111b99060208101906151f0565b6111ca906040810190602001615222565b63ffffffff166111e06040830160208401615222565b63ffffffff1614155b1561120a57604051631ea94e8f60e01b8152600481018390526024016101ec565b5f61124b600960f91b61124561122360208a018a615245565b878181106112335761123361520e565b905060200281019061018991906151ae565b846106e4565b905084811461127757604051637c532e3160e01b815260048101829052602481018690526044016101ec565b5f6112aa6112886020890189615245565b868181106112985761129861520e565b905060200281019061021991906151ae565b90506112b96020840184615222565b63ffffffff16815f015163ffffffff16146112da575f9450505050506108cf565b806080015151886060015185815181106112f6576112f661520e565b60200260200101516040015160ff161015806113745750876060015184815181106113235761132361520e565b60200260200101516080015181608001518960600151868151811061134a5761134a61520e565b60200260200101516040015160ff16815181106113695761136961520e565b602002602001015114155b15611385575f9450505050506108cf565b5050505b6001016110b0565b506001949350505050565b60208501515f9081905f1961ffff8216016113c8576113be8888888888611eb5565b9250925050611621565b61ffff8116600814806113df575061ffff8116601c145b156113f1576113be8888888888612072565b60011961ffff82160161140b576113be8888888888612253565b60111961ffff821601611425576113be888888888861237e565b600e1961ffff82160161143f576113be888888888861246f565b60241961ffff82160161157057600386141580611499575061149787875f81811061146c5761146c61520e565b905060200281019061147e919061528a565b6114889080615245565b6114928880615245565b612625565b155b806114b757506114b58787600181811061146c5761146c61520e565b155b806114d557506114d38787600281811061146c5761146c61520e565b155b806114e4575060408801515115155b156114f5575f5f9250925050611621565b5f61152388885f81811061150b5761150b61520e565b905060200281019061151d919061528a565b8661162b565b9050637fffffff81165f0361154d576115488888600281811061150b5761150b61520e565b611563565b6115638888600181811061150b5761150b61520e565b6001935093505050611621565b61157981611e3e565b1561158b576113be88888888886126bc565b61ffff8116600714806115a2575061ffff81166029145b806115b1575061ffff81166021145b806115c0575061ffff8116601d145b806115cf575061ffff8116601e145b806115de575061ffff81166023145b806115ed575061ffff81166024145b806115fc575061ffff8116600c145b1561160e576113be88888888886127e4565b61161b88888888886129e4565b92509250505b9550959350505050565b5f80604061163e85820160208701615222565b63ffffffff1661164e9190615388565b90508083108061168a575061166660408501856151ae565b9050611672828561533b565b61167d906004615388565b611688906004615314565b115b156116d8576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c6963650000000000000060448201526064016101ec565b5f6116e3828561533b565b6116ee906004615388565b9050365f6116ff60408801886151ae565b909250905060188282611713866003615314565b8181106117225761172261520e565b919091013560f81c90911b90506010838361173e876002615314565b81811061174d5761174d61520e565b919091013560f81c90911b905060088484611769886001615314565b8181106117785761177861520e565b919091013560f81c90911b90508484878181106117975761179761520e565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f5b81816001901b10156117d4576117cd8161539f565b90506117b8565b919050565b5f6040518460f81c8153600181019390935250602182015260419020919050565b5f836118068385615314565b111561184157604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b60448201526064016101ec565b8285013560088302610100031c9050949350505050565b5f600482111561189a576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b60448201526064016101ec565b5060015f5b828110156118e8578383828181106118b9576118b961520e565b90506020020160208101906118ce9190615222565b6118de9063ffffffff1683615388565b915060010161189f565b5092915050565b805b828110156119805783838281811061190b5761190b61520e565b909101356001600160f81b031916159050611978576040516351a6cb4960e01b815260206004820152602660248201527f6e6f6e7a65726f2070616464696e6720616674657220746865206c61737420656044820152651b195b595b9d60d21b60648201526084016101ec565b6001016118f1565b50505050565b5f5f826001600160401b038111156119a0576119a0615327565b6040519080825280602002602001820160405280156119c9578160200160208202803683370190505b5090505f5b83811015611a1c576119f76119e660408801886151ae565b6119f261010085615388565b612c25565b828281518110611a0957611a0961520e565b60209081029190910101526001016119ce565b505f611a2e6040870160208801615222565b63ffffffff1690505f611a40866117b6565b90505f805b82811015611cfd575f6001865186611a5d9190615314565b611a67919061533b565b9050600185811c905f90611a7f90839085901c61533b565b611a8a906001615314565b6001600160401b03811115611aa157611aa1615327565b604051908082528060200260200182016040528015611aca578160200160208202803683370190505b5090505f87600116600103611b5c57611ae660608e018e615245565b90508610611b2a576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b60448201526064016101ec565b611b3760608e018e615245565b87611b418161539f565b9850818110611b5257611b5261520e565b9050602002013590505b5f846001165f03611bea57611b7460608f018f615245565b90508710611bb8576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b60448201526064016101ec565b611bc560608f018f615245565b88611bcf8161539f565b9950818110611be057611be061520e565b9050602002013590505b5f5b8351811015611ce7575f611c008287615314565b90505f8b611c0f836002615388565b10611c48578c8c611c21846002615388565b611c2b919061533b565b81518110611c3b57611c3b61520e565b6020026020010151611c4a565b845b90505f88611c59846002615388565b611c64906001615314565b11611ca8578d8d611c76856002615388565b611c81906001615314565b611c8b919061533b565b81518110611c9b57611c9b61520e565b6020026020010151611caa565b845b9050611cbb600160f81b83836117d9565b878581518110611ccd57611ccd61520e565b602002602001018181525050505050806001019050611bec565b509198509196505060019092019150611a459050565b50611d0b6060890189615245565b90508114611d50576040516351a6cb4960e01b8152602060048201526011602482015270746f6f206d616e79207369626c696e677360781b60448201526064016101ec565b835f81518110611d6257611d6261520e565b60200260200101519450505050509392505050565b60408051600160f91b60208201526001600160f81b031960f885901b1660218201528151600281830301815260229091019091525f90815b84811015611e0a5781868683818110611dca57611dca61520e565b9050602002016020810190611ddf9190615222565b604051602001611df09291906153ce565b60408051601f198184030181529190529150600101611daf565b508083604051602001611e1e9291906153f5565b604051602081830303815290604052805190602001209150509392505050565b5f61ffff821660091480611e56575061ffff8216600a145b80611e65575061ffff8216600b145b80611e74575061ffff82166013145b80611e83575061ffff82166017145b80611e92575061ffff82166018145b80611ea1575061ffff82166019145b806106a5575061ffff8216601b1492915050565b5f80600285141580611ecb575060408701515115155b15611eda57505f905080611621565b5f5f5f5f611f4d8a8a5f818110611ef357611ef361520e565b9050602002810190611f05919061528a565b611f0f9080615245565b8c8c6001818110611f2257611f2261520e565b9050602002810190611f34919061528a565b611f3e9080615245565b611f488d80615245565b612c44565b935093509350935083611f69575f5f9550955050505050611621565b611000821115611f8f5760405163f2d2a97360e01b8152600481018390526024016101ec565b5f611f9a8285615388565b611fa49089615362565b90505f8385611fb3858c615362565b611fbd9190615375565b611fc78785615388565b611fd19190615314565b611fdb9190615388565b90505f84611fe9858c615375565b611ff38686615388565b611ffd9190615314565b6120079190615388565b905061205d8d8d5f81811061201e5761201e61520e565b9050602002810190612030919061528a565b838f8f60018181106120445761204461520e565b9050602002810190612056919061528a565b8489612eed565b9e60019e509c50505050505050505050505050565b5f80600285141580612088575060408701515115155b806120cb57506120c986865f8181106120a3576120a361520e565b90506020028101906120b5919061528a565b6120bf9080615245565b6114928780615245565b155b156120da57505f905080611621565b5f61211187875f8181106120f0576120f061520e565b9050602002810190612102919061528a565b61210c9080615245565b612fae565b9050868660018181106121265761212661520e565b9050602002810190612138919061528a565b6121429080615245565b905060011415806121ac575080878760018181106121625761216261520e565b9050602002810190612174919061528a565b61217e9080615245565b5f81811061218e5761218e61520e565b90506020020160208101906121a39190615222565b63ffffffff1614155b806121b5575080155b156121c6575f5f9250925050611621565b5f6121dc88885f81811061150b5761150b61520e565b90505f612216898960018181106121f5576121f561520e565b9050602002810190612207919061528a565b6122118589615375565b61162b565b60208b015190915061ffff16600814612238576122338282612ffb565b612242565b6122428282613100565b9a60019a5098505050505050505050565b5f80600185141580612269575060408701515115155b1561227857505f905080611621565b5f5f5f6122bb89895f8181106122905761229061520e565b90506020028101906122a2919061528a565b6122ac9080615245565b6122b68a80615245565b6132a1565b925092509250826122d4575f5f94509450505050611621565b5f816122e08489615362565b6122ea9190615375565b826122f5858a615375565b6122ff9190615388565b838561230b8282615388565b612315908c615362565b61231f9190615388565b6123299190615388565b6123339190615314565b61233d9190615314565b905061236c8a8a5f8181106123545761235461520e565b9050602002810190612366919061528a565b8261162b565b9b60019b509950505050505050505050565b5f80600185141580612394575060408701515115155b806123dc57506123da86865f8181106123af576123af61520e565b90506020028101906123c1919061528a565b6123cb9080615245565b6123d58780615245565b6134ca565b155b156123eb57505f905080611621565b5f61240187875f8181106120f0576120f061520e565b90506110008111156124295760405163f2d2a97360e01b8152600481018290526024016101ec565b61246087875f81811061243e5761243e61520e565b9050602002810190612450919061528a565b61245a8387615388565b836135a8565b98600198509650505050505050565b5f806001851415806124875750866040015151600114155b806124a457506124a286865f8181106120a3576120a361520e565b155b156124b357505f905080611621565b365f87875f8181106124c7576124c761520e565b90506020028101906124d9919061528a565b6124e39080615245565b909250905060028110156124fe575f5f935093505050611621565b5f828261250c60028261533b565b81811061251b5761251b61520e565b90506020020160208101906125309190615222565b63ffffffff1690505f838361254660018261533b565b8181106125555761255561520e565b905060200201602081019061256a9190615222565b63ffffffff1690505f8261257e838a615362565b6125889190615375565b90505f612595838a615375565b90508c604001515f815181106125ad576125ad61520e565b602002602001015163ffffffff16826125c69190615314565b8111156125e4575063ff800000965060019550611621945050505050565b6126118c8c5f8181106125f9576125f961520e565b905060200281019061260b919061528a565b8a61162b565b9d60019d509b505050505050505050505050565b5f83821461263457505f6126b4565b5f5b848110156126ae578383828181106126505761265061520e565b90506020020160208101906126659190615222565b63ffffffff1686868381811061267d5761267d61520e565b90506020020160208101906126929190615222565b63ffffffff16146126a6575f9150506126b4565b600101612636565b50600190505b949350505050565b60208501515f90819061ffff8116601314806126dc575061ffff8116601b145b156126ee576113be888888888861363b565b6126fa888888886136ce565b61270a575f5f9250925050611621565b5f6127158680615245565b159050612766576127268680615245565b60016127328980615245565b61273d92915061533b565b81811061274c5761274c61520e565b90506020020160208101906127619190615222565b612769565b60015b63ffffffff169050805f03612785575f5f935093505050611621565b61278f82826137ce565b6127d482898988858e60400151516001146127aa575f6127c9565b8e604001515f815181106127c0576127c061520e565b60200260200101515b63ffffffff16613814565b9960019950975050505050505050565b60208501515f9081908161ffff82166007146128135761ffff821660211461280c575f612816565b6002612816565b60015b60ff16905060018714158061283057508089604001515114155b80612873575061287188885f81811061284b5761284b61520e565b905060200281019061285d919061528a565b6128679080615245565b6114928980615245565b155b15612885575f5f935093505050611621565b5f6128b389895f81811061289b5761289b61520e565b90506020028101906128ad919061528a565b8761162b565b905060061961ffff8416016128fd576128ef818b604001515f815181106128dc576128dc61520e565b602002602001015163ffffffff16612ffb565b600194509450505050611621565b60281961ffff841601612913576128ef81613ae0565b601c1961ffff841601612929576128ef81613bac565b601d1961ffff84160161293f576128ef81613d6d565b60221961ffff841601612955576128ef81613f3f565b60231961ffff84160161296b576128ef81613fb9565b600b1961ffff84160161298a576128ef8161298583613f3f565b612ffb565b6122426129ba828c604001515f815181106129a7576129a761520e565b602002602001015163ffffffff1661410f565b8b604001516001815181106129d1576129d161520e565b602002602001015163ffffffff16614165565b60208501515f90819061ffff8116600314801590612a07575061ffff8116600414155b8015612a18575061ffff8116600514155b8015612a29575061ffff8116600614155b8015612a3a575061ffff8116601f14155b8015612a4b575061ffff8116602014155b8015612a5c575061ffff8116602614155b8015612a6d575061ffff8116601a14155b15612a91576040516315b2ed9960e01b815261ffff821660048201526024016101ec565b600286141580612aa5575060408801515115155b80612ac25750612ac087875f81811061146c5761146c61520e565b155b80612ae05750612ade8787600181811061146c5761146c61520e565b155b15612af1575f5f9250925050611621565b5f612b0788885f81811061150b5761150b61520e565b90505f612b208989600181811061289b5761289b61520e565b905060021961ffff841601612b39576128ef8282613100565b60031961ffff841601612b50576128ef82826141b4565b60041961ffff841601612b67576128ef8282612ffb565b60051961ffff841601612b7e576128ef82826141c5565b601e1961ffff841601612b95576128ef828261410f565b601f1961ffff841601612bac576128ef8282614165565b60191961ffff841601612bfb575f612bc383613f3f565b9050612bec8261298583612985633f800000612be789612985633f8000008a6141b4565b613100565b60019550955050505050611621565b612c05828261430e565b612c0f575f612242565b50633f8000009960019950975050505050505050565b5f6040515f815361010083860160018301376101019020949350505050565b5f808080886002811080612c585750878114155b80612c635750858114155b15612c7a575f5f5f5f945094509450945050612ee0565b5f5b81612c88826002615314565b1015612d7557898982818110612ca057612ca061520e565b9050602002016020810190612cb59190615222565b63ffffffff168c8c83818110612ccd57612ccd61520e565b9050602002016020810190612ce29190615222565b63ffffffff16141580612d4d57508b8b82818110612d0257612d0261520e565b9050602002016020810190612d179190615222565b63ffffffff16888883818110612d2f57612d2f61520e565b9050602002016020810190612d449190615222565b63ffffffff1614155b15612d65575f5f5f5f95509550955095505050612ee0565b612d6e8161539f565b9050612c7c565b508a8a612d8360028461533b565b818110612d9257612d9261520e565b9050602002016020810190612da79190615222565b63ffffffff1693508a8a612dbc60018461533b565b818110612dcb57612dcb61520e565b9050602002016020810190612de09190615222565b63ffffffff1692508888612df560028461533b565b818110612e0457612e0461520e565b9050602002016020810190612e199190615222565b63ffffffff169150828989612e2f60018561533b565b818110612e3e57612e3e61520e565b9050602002016020810190612e539190615222565b63ffffffff16148015612e9b5750838787612e6f60028561533b565b818110612e7e57612e7e61520e565b9050602002016020810190612e939190615222565b63ffffffff16145b8015612edc5750818787612eb060018561533b565b818110612ebf57612ebf61520e565b9050602002016020810190612ed49190615222565b63ffffffff16145b9450505b9650965096509692505050565b5f5f612efa878785614357565b90505f612f08868686614357565b9050612f12615063565b5f5b85811015612f9757612f75828260071660088110612f3457612f3461520e565b6020020151612be7868481518110612f4e57612f4e61520e565b6020026020010151868581518110612f6857612f6861520e565b6020026020010151612ffb565b828260071660088110612f8a57612f8a61520e565b6020020152600101612f14565b50612fa1816144b5565b9998505050505050505050565b5f8115612feb578282612fc260018261533b565b818110612fd157612fd161520e565b9050602002016020810190612fe69190615222565b612fee565b60015b63ffffffff169392505050565b5f637fffffff838116908316838518638000000016637f8000008311806130255750637f80000082115b1561303957637fc0000093505050506106a5565b637f80000083148061304e5750637f80000082145b156130825782158061305e575081155b1561307257637fc0000093505050506106a5565b637f8000001792506106a5915050565b82158061308d575081155b1561309c5792506106a5915050565b627fffff8084169390831692601791821c911c5f8290036130c057600191506130c9565b62800000851794505b805f036130d8575060016130e1565b62800000841793505b6130f48361012c83850103868802614528565b98975050505050505050565b5f637fffffff838116908316637f800000821015806131235750637f8000008110155b1561319857637f80000082118061313d5750637f80000081115b1561315057637fc00000925050506106a5565b637f800000821480156131665750637f80000081145b156131875783851461317c57637fc0000061317e565b845b925050506106a5565b637f800000821461317c578361317e565b805f036131b65781156131ab578461317e565b5050508181166106a5565b815f036131c75783925050506106a5565b808210156131d457929392905b627fffff8083169290821691601791821c911c5f8290036131f85760019150613201565b62800000841793505b805f0361321057506001613219565b62800000831792505b600893841b939290921b918082036028811115613239576001935061325a565b801561325a5783811c935f196001831b01168015613258576001851794505b505b5f6380000000888a18165f03613273575084840161328d565b8486039050805f0361328d575f96505050505050506106a5565b612fa163800000008a16609e860383614528565b5f80808560028110806132b45750848114155b8061332b575087876132c760018461533b565b8181106132d6576132d661520e565b90506020020160208101906132eb9190615222565b63ffffffff1686866132fe60028561533b565b81811061330d5761330d61520e565b90506020020160208101906133229190615222565b63ffffffff1614155b806133a25750878761333e60028461533b565b81811061334d5761334d61520e565b90506020020160208101906133629190615222565b63ffffffff16868661337560018561533b565b8181106133845761338461520e565b90506020020160208101906133999190615222565b63ffffffff1614155b156133b6575f5f5f935093509350506134c0565b5f5b816133c4826002615314565b1015613449578686828181106133dc576133dc61520e565b90506020020160208101906133f19190615222565b63ffffffff168989838181106134095761340961520e565b905060200201602081019061341e9190615222565b63ffffffff1614613439575f5f5f94509450945050506134c0565b6134428161539f565b90506133b8565b506001888861345960028561533b565b8181106134685761346861520e565b905060200201602081019061347d9190615222565b898961348a60018661533b565b8181106134995761349961520e565b90506020020160208101906134ae9190615222565b91955063ffffffff9081169450169150505b9450945094915050565b5f600184116135165760018214801561350f575082825f8181106134f0576134f061520e565b90506020020160208101906135059190615222565b63ffffffff166001145b90506126b4565b61352160018561533b565b821461352e57505f6126b4565b5f5b828110156126ae5785858281811061354a5761354a61520e565b905060200201602081019061355f9190615222565b63ffffffff168484838181106135775761357761520e565b905060200201602081019061358c9190615222565b63ffffffff16146135a0575f9150506126b4565b600101613530565b5f5f6135b5858585614357565b90506135bf615063565b5f5b84811015613627576136058282600716600881106135e1576135e161520e565b60200201518483815181106135f8576135f861520e565b6020026020010151613100565b82826007166008811061361a5761361a61520e565b60200201526001016135c1565b50613631816144b5565b9695505050505050565b60208501515f90819061ffff16601b148061365757600261365a565b60035b60ff168614158061366f575060408801515115155b15613680575f5f9250925050611621565b5f61368d828989896145e6565b9050805f036136a3575f5f935093505050611621565b6136b18960200151826137ce565b6136be828989888561486c565b9350935050509550959350505050565b60208401515f908161ffff8216600914806136ed575061ffff8216600a145b806136fc575061ffff8216600b145b61370757600261370a565b60015b60ff1690505f61ffff8316600b1480613727575061ffff83166019145b613731575f613734565b60015b60ff169050858214158061374d57508088604001515114155b1561375d575f93505050506126b4565b5f5b828110156137bf576137a788888381811061377c5761377c61520e565b905060200281019061378e919061528a565b6137989080615245565b6137a28980615245565b61499a565b6137b7575f9450505050506126b4565b60010161375f565b50600198975050505050505050565b5f6137d883614a23565b90508082111561380f5760405163dda8a30360e01b815261ffff8416600482015260248101839052604481018290526064016101ec565b505050565b5f806138208486615375565b90505f61385a88885f8181106138385761383861520e565b905060200281019061384a919061528a565b613854848961533b565b87614357565b905061ffff891660091480613873575061ffff8916600a145b156138e3575f5f5f6138858486614a86565b9194509250905060081961ffff8d16016138af576138a381836141c5565b95505050505050613631565b6138a36138d58587815181106138c7576138c761520e565b6020026020010151856141b4565b6138de84613d6d565b6141b4565b600a1961ffff8a1601613920576139178183815181106139055761390561520e565b60200260200101516129858387614b37565b92505050613631565b5f613959898960018181106139375761393761520e565b9050602002810190613949919061528a565b613953858a61533b565b88614357565b905060161961ffff8b16016139b6576139ac82848151811061397d5761397d61520e565b602002602001015161298583868151811061399a5761399a61520e565b60200260200101516138de8587614b6c565b9350505050613631565b60171961ffff8b1601613a0e576139ac8184815181106139d8576139d861520e565b60200260200101516138de613a058587815181106139f8576139f861520e565b6020026020010151613bac565b61298585614bf9565b5f613a198387614b37565b90505f5b87811015613a6d57613a48848281518110613a3a57613a3a61520e565b602002602001015183612ffb565b848281518110613a5a57613a5a61520e565b6020908102919091010152600101613a1d565b505f613a8a613a7c8486614b6c565b613a858a614c69565b6141c5565b9050613ad082612985858881518110613aa557613aa561520e565b60200260200101516138de888a81518110613ac257613ac261520e565b602002602001015186612ffb565b9c9b505050505050505050505050565b5f637fffffff8216637f800000811115613b005750637fc0000092915050565b805f03613b0e575090919050565b6380000000831615613b265750637fc0000092915050565b637f8000008103613b38575090919050565b627fffff81169060171c5f819003613b5257506001613b5b565b62800000821791505b60951981016001811615613b745760019290921b915f19015b606483901b5f613b8382614ce9565b9050600181901b8180028314613b97576001175b6130f45f600160026063198801050383614528565b5f637f800000637fffffff83161115613bca5750637fc00000919050565b613bd86342b1721883614d62565b15613be85750637f800000919050565b613bf68263c2cff1b5614d62565b15613c0257505f919050565b5f613c2b613c21613c1785633fb8aa3b612ffb565b634b400000613100565b634b4000006141b4565b90505f613c51613c43856138de85633f318000612ffb565b6138de8463b95e8083612ffb565b90505f613c6f613c65836339500d01612ffb565b633ab60b61613100565b9050613c88613c7e8383612ffb565b633c088889613100565b9050613ca1613c978383612ffb565b633d2aaaab613100565b9050613cba613cb08383612ffb565b633e2aaaab613100565b9050613cd3613cc98383612ffb565b633f000000613100565b9050613cec613ce28383612ffb565b633f800000613100565b9050613cfb613ce28383612ffb565b90505f613d0784614daa565b9050607f811315613d3657613631613d2383612985607f614dfe565b612985613d31607f8561540d565b614dfe565b607d19811215613d6057613631613d5583612985613d3185604061542c565b612985603f19614dfe565b6136318261298583614dfe565b5f637f800000637fffffff83161115613d8b5750637fc00000919050565b637fffffff82165f03613da3575063ff800000919050565b6380000000821615613dba5750637fc00000919050565b637f8000008203613dc9575090565b5f62800000831015613deb57613de383634b800000612ffb565b925060171990505b613dfa607f601785901c61540d565b613e04908261542c565b9050627fffff8316633f80000017613e20633fb504f382614d62565b15613e4357613e3381633f000000612ffb565b9050613e4060018361542c565b91505b5f613e63613e5583633f8000006141b4565b613a8584633f800000613100565b90505f613e708283612ffb565b90505f613e8e613e8483633dba2e8c612ffb565b633de38e39613100565b9050613ea7613e9d8383612ffb565b633e124925613100565b9050613ec0613eb68383612ffb565b633e4ccccd613100565b9050613ed9613ecf8383612ffb565b633eaaaaab613100565b90505f613ee68485613100565b90505f613f0082612be7613efa8588612ffb565b86612ffb565b90505f613f0c88614c69565b9050613f31613f1f82633f318000612ffb565b612be784612be78563b95e8083612ffb565b9a9950505050505050505050565b5f637f800000637fffffff83161115613f5d5750637fc00000919050565b6380000000821615801590613f775750637fffffff821615155b15613f9a575f613f8683613bac565b90506108cf81613a85633f80000084613100565b6106a5633f800000613a85633f800000612be763800000008718613bac565b5f637f800000637fffffff83161115613fd75750637fc00000919050565b637fffffff82165f819003613fed575090919050565b613ffb81633ecccccd614d62565b156140af575f61400b8485612ffb565b90505f61402961401f83633b6b69e8612ffb565b633c11371b6141b4565b90506140426140388383612ffb565b633cb327a4613100565b905061405b6140518383612ffb565b633d5d0dd16141b4565b905061407461406a8383612ffb565b633e088889613100565b905061408d6140838383612ffb565b633eaaaaab6141b4565b90506140a685612be76140a08886612ffb565b84612ffb565b95945050505050565b633f8000006140c2826341100000614d62565b156140ef576140ec633f8000006138de6340000000613a85613ce26140e78889613100565b613bac565b90505b638000000084165f0361410257806126b4565b6380000000189392505050565b5f637f800000637fffffff841611806141315750637f800000637fffffff8316115b156141415750637fc000006106a5565b61414a82614e14565b61415384614e14565b1361415e57816108cf565b5090919050565b5f637f800000637fffffff841611806141875750637f800000637fffffff8316115b156141975750637fc000006106a5565b6141a082614e14565b6141a984614e14565b1261415e57816108cf565b5f6108cf8363800000008418613100565b5f637fffffff838116908316838518638000000016637f8000008311806141ef5750637f80000082115b1561420357637fc0000093505050506106a5565b637f800000830361423557637f800000821461422557637f800000811761422b565b637fc000005b93505050506106a5565b637f800000820361424a5792506106a5915050565b815f0361426357821561422557637f800000811761422b565b825f036142745792506106a5915050565b627fffff8084169390831692601791821c911c5f82900361429857600191506142a1565b62800000851794505b805f036142b0575060016142b9565b62800000841793505b604085901b5f8582816142ce576142ce61534e565b049050600181901b8683816142e5576142e561534e565b06156142ef576001175b6142ff8660418688030383614528565b9b9a5050505050505050505050565b5f637f800000637fffffff841611806143305750637f800000637fffffff8316115b1561433c57505f6106a5565b61434582614e14565b61434e84614e14565b13159392505050565b60605f604061436b86820160208801615222565b63ffffffff1661437b9190615388565b9050808410806143b7575061439360408601866151ae565b9050836143a0838761533b565b6143aa9190615314565b6143b5906004615388565b115b156143fd576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b60448201526064016101ec565b826001600160401b0381111561441557614415615327565b60405190808252806020026020018201604052801561443e578160200160208202803683370190505b509150365f61445060408801886151ae565b915091506004838703028201602085015f5b878110156144a8576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b17179050806020830284015250600181019050614462565b5050505050509392505050565b80515f9081906144cd908460045b6020020151613100565b90505f6144e384600160200201518560056144c3565b90505f6144f985600260200201518660066144c3565b90505f61450f86600360200201518760076144c3565b905061363161451e8584613100565b612be78584613100565b5f5f61453383614e38565b90506017198482010160941981121561454b57506094195b5f85821361455f575080850384901b6145b3565b85820360a0811115614573575f91506145b1565b85811c91505f19600180831b820188169183011b808211806145a2575080821480156145a25750836001166001145b156145ae576001840193505b50505b505b6095820160171b8101637f80000081106145d957637f80000088179450505050506108cf565b9096179695505050505050565b5f365f85855f8181106145fb576145fb61520e565b905060200281019061460d919061528a565b6146179080615245565b91509150365f878760018181106146305761463061520e565b9050602002810190614642919061528a565b61464c9080615245565b909250905060028314158061468c57508383600181811061466f5761466f61520e565b90506020020160208101906146849190615222565b63ffffffff16155b80614698575060018114155b806146fb575083835f8181106146b0576146b061520e565b90506020020160208101906146c59190615222565b63ffffffff1682825f8181106146dd576146dd61520e565b90506020020160208101906146f29190615222565b63ffffffff1614155b1561470c575f9450505050506126b4565b88156147a55761472661471f8780615245565b868661499a565b158061478f575083835f81811061473f5761473f61520e565b90506020020160208101906147549190615222565b63ffffffff1661478c898960028181106147705761477061520e565b9050602002810190614782919061528a565b610d609080615245565b14155b156147a0575f9450505050506126b4565b614831565b6147af8680615245565b90506001141580614820575083835f8181106147cd576147cd61520e565b90506020020160208101906147e29190615222565b63ffffffff166147f28780615245565b5f8181106148025761480261520e565b90506020020160208101906148179190615222565b63ffffffff1614155b15614831575f9450505050506126b4565b838360018181106148445761484461520e565b90506020020160208101906148599190615222565b63ffffffff169998505050505050505050565b5f5f5f8761487a5784614884565b6148848486615362565b90505f5f6148bf6148b98a8a60018181106148a1576148a161520e565b90506020028101906148b3919061528a565b8561162b565b87614ed7565b91509150816148d6575f5f94509450505050611621565b5f61490e8a8a5f8181106148ec576148ec61520e565b90506020028101906148fe919061528a565b6149088987615388565b89614357565b90508a614958575f5f6149218385614a86565b509150915061494761493282613d6d565b6138de8587815181106138c7576138c761520e565b600197509750505050505050611621565b61236c81614966898b615375565b846149958e8e600281811061497d5761497d61520e565b905060200281019061498f919061528a565b8961162b565b614fc0565b5f8382146149a957505f6126b4565b5f5b848110156126ae578383828181106149c5576149c561520e565b90506020020160208101906149da9190615222565b63ffffffff168686838181106149f2576149f261520e565b9050602002016020810190614a079190615222565b63ffffffff1614614a1b575f9150506126b4565b6001016149ab565b5f61ffff821660091480614a3b575061ffff8216600a145b80614a4a575061ffff82166013145b80614a59575061ffff8216601b145b15614a675750610100919050565b60181961ffff831601614a7d5750610400919050565b50611000919050565b5f5f5f614a9285615001565b9250614a9c615063565b85515f5b81811015614b22575f614acf6140e78a8481518110614ac157614ac161520e565b6020026020010151896141b4565b9050614af4848360071660088110614ae957614ae961520e565b602002015182613100565b848360071660088110614b0957614b0961520e565b6020020152878203614b19578094505b50600101614aa0565b50614b2c826144b5565b935050509250925092565b5f5f614b50614b468586614b6c565b613a858651614c69565b90506126b4633f800000613a85614b678487613100565b613ae0565b5f614b75615063565b83515f5b81811015614bef57614bcd838260071660088110614b9957614b9961520e565b6020020151612be7888481518110614bb357614bb361520e565b6020026020010151888581518110612f6857612f6861520e565b838260071660088110614be257614be261520e565b6020020152600101614b79565b506140a6826144b5565b5f614c02615063565b82515f5b81811015614c5f57614c3d838260071660088110614c2657614c2661520e565b60200201518683815181106135f8576135f861520e565b838260071660088110614c5257614c5261520e565b6020020152600101614c06565b506126b4826144b5565b5f815f03614c7857505f919050565b5f8281811215614c955763800000009150614c928461544b565b90505b5f5b614ca2816001615314565b82901c15614cba57614cb38161539f565b9050614c97565b614cc581601761533b565b82901b627fffff166017614cda83607f615314565b901b8417179350505050919050565b5f815f03614cf857505f919050565b6002614d0383614e38565b60010181614d1357614d1361534e565b046001901b90505f6001828481614d2c57614d2c61534e565b048301901c90505b81811015614d5c578091506001828481614d5057614d5061534e565b048301901c9050614d34565b50919050565b5f637f800000637fffffff84161180614d845750637f800000637fffffff8316115b15614d9057505f6106a5565b614d9982614e14565b614da284614e14565b129392505050565b5f637fffffff8216808203614dc157505f92915050565b601781901c62800000627fffff831617614ddc82609661533b565b81901c93506380000000851615614df6576140a68461544b565b505050919050565b5f6017614e0c83607f61542c565b901b92915050565b5f637fffffff8216638000000083168203614e2f57806108cf565b6108cf8161544b565b5f608082901c15614e4b57608091821c91015b604082901c15614e5d57604091821c91015b602082901c15614e6f57602091821c91015b601082901c15614e8157601091821c91015b600882901c15614e9357600891821c91015b600482901c15614ea557600491821c91015b600282901c15614eb757600291821c91015b600182901c15614ec957600191821c91015b81156117d457600101919050565b5f80637fffffff8416808203614ef45760015f9250925050614fb9565b63800000008516151580614f0c5750637f8000008110155b15614f1d575f5f9250925050614fb9565b601781901c607f811080614f315750609e81115b15614f43575f5f935093505050614fb9565b62800000627fffff8316175f60968310614f6c57614f6260968461533b565b82901b9050614fae565b6001614f7984609661533b565b6001901b614f87919061533b565b821615614f9d575f5f9550955050505050614fb9565b614fa883609661533b565b82901c90505b868110955093505050505b9250929050565b5f5f5f614fcd8787614a86565b92509250505f614fdd82846141c5565b9050858703614ff757614ff481633f8000006141b4565b90505b6130f48186612ffb565b5f815f815181106150145761501461520e565b6020908102919091010151825190915060015b8181101561505c57615052838583815181106150455761504561520e565b602002602001015161410f565b9250600101615027565b5050919050565b6040518061010001604052806008906020820280368337509192915050565b5f60608284031215614d5c575f5ffd5b5f5f604083850312156150a3575f5ffd5b8235915060208301356001600160401b038111156150bf575f5ffd5b6150cb85828601615082565b9150509250929050565b803560ff811681146117d4575f5ffd5b5f5f5f5f608085870312156150f8575f5ffd5b8435935060208501356001600160401b03811115615114575f5ffd5b61512087828801615082565b93505061512f604086016150d5565b915060608501356001600160401b03811115615149575f5ffd5b85016080818803121561515a575f5ffd5b939692955090935050565b5f5f60408385031215615176575f5ffd5b8235915060208301356001600160401b03811115615192575f5ffd5b830160e081860312156151a3575f5ffd5b809150509250929050565b5f5f8335601e198436030181126151c3575f5ffd5b8301803591506001600160401b038211156151dc575f5ffd5b602001915036819003821315614fb9575f5ffd5b5f8235605e19833603018112615204575f5ffd5b9190910192915050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215615232575f5ffd5b813563ffffffff811681146108cf575f5ffd5b5f5f8335601e1984360301811261525a575f5ffd5b8301803591506001600160401b03821115615273575f5ffd5b6020019150600581901b3603821315614fb9575f5ffd5b5f8235607e19833603018112615204575f5ffd5b5f602082840312156152ae575f5ffd5b6108cf826150d5565b5f602082840312156152c7575f5ffd5b81356001600160401b03811681146108cf575f5ffd5b6001600160f81b031984168152818360018301375f910160010190815292915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106a5576106a5615300565b634e487b7160e01b5f52604160045260245ffd5b818103818111156106a5576106a5615300565b634e487b7160e01b5f52601260045260245ffd5b5f826153705761537061534e565b500490565b5f826153835761538361534e565b500690565b80820281158282048414176106a5576106a5615300565b5f600182016153b0576153b0615300565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f6153d982856153b7565b60e09390931b6001600160e01b03191683525050600401919050565b5f61540082856153b7565b9283525050602001919050565b8181035f8312801583831316838312821617156118e8576118e8615300565b8082018281125f831280158216821582161715610d4a57610d4a615300565b5f600160ff1b820161545f5761545f615300565b505f039056",
}

// Referee is an auto generated Go binding around an Ethereum contract.
type Referee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Referee) GetABI() abi.ABI {
	return c.abi
}

// NewReferee creates a new instance of Referee.
func NewReferee() *Referee {
	parsed, err := RefereeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Referee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Referee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackSOLVERRIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b4a3f33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SOLVER_RIGHT() view returns(uint8)
func (referee *Referee) PackSOLVERRIGHT() []byte {
	enc, err := referee.abi.Pack("SOLVER_RIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSOLVERRIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b4a3f33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SOLVER_RIGHT() view returns(uint8)
func (referee *Referee) TryPackSOLVERRIGHT() ([]byte, error) {
	return referee.abi.Pack("SOLVER_RIGHT")
}

// UnpackSOLVERRIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b4a3f33.
//
// Solidity: function SOLVER_RIGHT() view returns(uint8)
func (referee *Referee) UnpackSOLVERRIGHT(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("SOLVER_RIGHT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGELEMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe45e88f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_ELEMENT() view returns(uint8)
func (referee *Referee) PackWRONGELEMENT() []byte {
	enc, err := referee.abi.Pack("WRONG_ELEMENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGELEMENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe45e88f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_ELEMENT() view returns(uint8)
func (referee *Referee) TryPackWRONGELEMENT() ([]byte, error) {
	return referee.abi.Pack("WRONG_ELEMENT")
}

// UnpackWRONGELEMENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe45e88f3.
//
// Solidity: function WRONG_ELEMENT() view returns(uint8)
func (referee *Referee) UnpackWRONGELEMENT(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("WRONG_ELEMENT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGGRAPH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x211aada5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_GRAPH() view returns(uint8)
func (referee *Referee) PackWRONGGRAPH() []byte {
	enc, err := referee.abi.Pack("WRONG_GRAPH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGGRAPH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x211aada5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_GRAPH() view returns(uint8)
func (referee *Referee) TryPackWRONGGRAPH() ([]byte, error) {
	return referee.abi.Pack("WRONG_GRAPH")
}

// UnpackWRONGGRAPH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x211aada5.
//
// Solidity: function WRONG_GRAPH() view returns(uint8)
func (referee *Referee) UnpackWRONGGRAPH(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("WRONG_GRAPH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGSHAPE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe754eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (referee *Referee) PackWRONGSHAPE() []byte {
	enc, err := referee.abi.Pack("WRONG_SHAPE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGSHAPE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe754eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (referee *Referee) TryPackWRONGSHAPE() ([]byte, error) {
	return referee.abi.Pack("WRONG_SHAPE")
}

// UnpackWRONGSHAPE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe754eb9.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (referee *Referee) UnpackWRONGSHAPE(data []byte) (uint8, error) {
	out, err := referee.abi.Unpack("WRONG_SHAPE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCheckChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f384e32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkChunk(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p, uint8 slot, (uint32[],uint32,bytes,bytes32[]) s) pure returns(bytes32 recordHash)
func (referee *Referee) PackCheckChunk(traceRoot [32]byte, p RecordProof, slot uint8, s TensorSlice) []byte {
	enc, err := referee.abi.Pack("checkChunk", traceRoot, p, slot, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f384e32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkChunk(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p, uint8 slot, (uint32[],uint32,bytes,bytes32[]) s) pure returns(bytes32 recordHash)
func (referee *Referee) TryPackCheckChunk(traceRoot [32]byte, p RecordProof, slot uint8, s TensorSlice) ([]byte, error) {
	return referee.abi.Pack("checkChunk", traceRoot, p, slot, s)
}

// UnpackCheckChunk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f384e32.
//
// Solidity: function checkChunk(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p, uint8 slot, (uint32[],uint32,bytes,bytes32[]) s) pure returns(bytes32 recordHash)
func (referee *Referee) UnpackCheckChunk(data []byte) ([32]byte, error) {
	out, err := referee.abi.Unpack("checkChunk", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheckRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1869160c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkRecord(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p) pure returns(bytes32 recordHash, bytes32 stepRoot)
func (referee *Referee) PackCheckRecord(traceRoot [32]byte, p RecordProof) []byte {
	enc, err := referee.abi.Pack("checkRecord", traceRoot, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1869160c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkRecord(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p) pure returns(bytes32 recordHash, bytes32 stepRoot)
func (referee *Referee) TryPackCheckRecord(traceRoot [32]byte, p RecordProof) ([]byte, error) {
	return referee.abi.Pack("checkRecord", traceRoot, p)
}

// CheckRecordOutput serves as a container for the return parameters of contract
// method CheckRecord.
type CheckRecordOutput struct {
	RecordHash [32]byte
	StepRoot   [32]byte
}

// UnpackCheckRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1869160c.
//
// Solidity: function checkRecord(bytes32 traceRoot, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) p) pure returns(bytes32 recordHash, bytes32 stepRoot)
func (referee *Referee) UnpackCheckRecord(data []byte) (CheckRecordOutput, error) {
	out, err := referee.abi.Unpack("checkRecord", data)
	outstruct := new(CheckRecordOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RecordHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.StepRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0d692d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) PackJudge(traceRoot [32]byte, p ElementProof) []byte {
	enc, err := referee.abi.Pack("judge", traceRoot, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0d692d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) TryPackJudge(traceRoot [32]byte, p ElementProof) ([]byte, error) {
	return referee.abi.Pack("judge", traceRoot, p)
}

// UnpackJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef0d692d.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) UnpackJudge(data []byte) (RefereeJudgement, error) {
	out, err := referee.abi.Unpack("judge", data)
	if err != nil {
		return *new(RefereeJudgement), err
	}
	out0 := *abi.ConvertType(out[0], new(RefereeJudgement)).(*RefereeJudgement)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (referee *Referee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], referee.abi.Errors["BadInclusion"].ID.Bytes()[:4]) {
		return referee.UnpackBadInclusionError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return referee.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return referee.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["InputCountMismatch"].ID.Bytes()[:4]) {
		return referee.UnpackInputCountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["NoSuchElement"].ID.Bytes()[:4]) {
		return referee.UnpackNoSuchElementError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["ProducerMismatch"].ID.Bytes()[:4]) {
		return referee.UnpackProducerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["RootMismatch"].ID.Bytes()[:4]) {
		return referee.UnpackRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return referee.UnpackRowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["RowTooLong"].ID.Bytes()[:4]) {
		return referee.UnpackRowTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], referee.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return referee.UnpackUnsupportedKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RefereeBadInclusion represents a BadInclusion error raised by the Referee contract.
type RefereeBadInclusion struct {
	Index    uint32
	Count    uint32
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func RefereeBadInclusionErrorID() common.Hash {
	return common.HexToHash("0x5260ae2c8fa9a39553ec25ab07fad74c127b6c32586ea2372e8e7827e0837ec1")
}

// UnpackBadInclusionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func (referee *Referee) UnpackBadInclusionError(raw []byte) (*RefereeBadInclusion, error) {
	out := new(RefereeBadInclusion)
	if err := referee.abi.UnpackIntoInterface(out, "BadInclusion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeBadRecord represents a BadRecord error raised by the Referee contract.
type RefereeBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func RefereeBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (referee *Referee) UnpackBadRecordError(raw []byte) (*RefereeBadRecord, error) {
	out := new(RefereeBadRecord)
	if err := referee.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeBadSlice represents a BadSlice error raised by the Referee contract.
type RefereeBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func RefereeBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (referee *Referee) UnpackBadSliceError(raw []byte) (*RefereeBadSlice, error) {
	out := new(RefereeBadSlice)
	if err := referee.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeInputCountMismatch represents a InputCountMismatch error raised by the Referee contract.
type RefereeInputCountMismatch struct {
	Inputs    *big.Int
	Producers *big.Int
	Proofs    *big.Int
	Slices    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputCountMismatch(uint256 inputs, uint256 producers, uint256 proofs, uint256 slices)
func RefereeInputCountMismatchErrorID() common.Hash {
	return common.HexToHash("0x3f30280e27f821d05f8e7256e86ace91d30c29fa6e622edbf3c2a1ba62b5019e")
}

// UnpackInputCountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputCountMismatch(uint256 inputs, uint256 producers, uint256 proofs, uint256 slices)
func (referee *Referee) UnpackInputCountMismatchError(raw []byte) (*RefereeInputCountMismatch, error) {
	out := new(RefereeInputCountMismatch)
	if err := referee.abi.UnpackIntoInterface(out, "InputCountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeNoSuchElement represents a NoSuchElement error raised by the Referee contract.
type RefereeNoSuchElement struct {
	Slot    uint8
	Element uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchElement(uint8 slot, uint64 element)
func RefereeNoSuchElementErrorID() common.Hash {
	return common.HexToHash("0x16b923821b84572e2fdb3c010558bbee4ec8021cad85abf179da2866cdd3917a")
}

// UnpackNoSuchElementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchElement(uint8 slot, uint64 element)
func (referee *Referee) UnpackNoSuchElementError(raw []byte) (*RefereeNoSuchElement, error) {
	out := new(RefereeNoSuchElement)
	if err := referee.abi.UnpackIntoInterface(out, "NoSuchElement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeProducerMismatch represents a ProducerMismatch error raised by the Referee contract.
type RefereeProducerMismatch struct {
	Input *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProducerMismatch(uint256 input)
func RefereeProducerMismatchErrorID() common.Hash {
	return common.HexToHash("0x1ea94e8f9851aaddf6d9999c15e146c5ba38a7767b28aba7eb69ef7667587e9a")
}

// UnpackProducerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProducerMismatch(uint256 input)
func (referee *Referee) UnpackProducerMismatchError(raw []byte) (*RefereeProducerMismatch, error) {
	out := new(RefereeProducerMismatch)
	if err := referee.abi.UnpackIntoInterface(out, "ProducerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeRootMismatch represents a RootMismatch error raised by the Referee contract.
type RefereeRootMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func RefereeRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x7c532e315ae44175632b08431616cac0c7d7f63f348512c4dea8994607e49783")
}

// UnpackRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func (referee *Referee) UnpackRootMismatchError(raw []byte) (*RefereeRootMismatch, error) {
	out := new(RefereeRootMismatch)
	if err := referee.abi.UnpackIntoInterface(out, "RootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeRowLimitExceeded represents a RowLimitExceeded error raised by the Referee contract.
type RefereeRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func RefereeRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (referee *Referee) UnpackRowLimitExceededError(raw []byte) (*RefereeRowLimitExceeded, error) {
	out := new(RefereeRowLimitExceeded)
	if err := referee.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeRowTooLong represents a RowTooLong error raised by the Referee contract.
type RefereeRowTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowTooLong(uint256 length)
func RefereeRowTooLongErrorID() common.Hash {
	return common.HexToHash("0xf2d2a9735ca3430c3ac4034251047c25dc483af900b403cbbfe7546c45bad8e4")
}

// UnpackRowTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowTooLong(uint256 length)
func (referee *Referee) UnpackRowTooLongError(raw []byte) (*RefereeRowTooLong, error) {
	out := new(RefereeRowTooLong)
	if err := referee.abi.UnpackIntoInterface(out, "RowTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeUnsupportedKind represents a UnsupportedKind error raised by the Referee contract.
type RefereeUnsupportedKind struct {
	Kind uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint16 kind)
func RefereeUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x15b2ed99bed104d264921e63bcb2ae2675924ea64bc8cf7df07ec59a6372c50c")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint16 kind)
func (referee *Referee) UnpackUnsupportedKindError(raw []byte) (*RefereeUnsupportedKind, error) {
	out := new(RefereeUnsupportedKind)
	if err := referee.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftFloatHarnessMetaData contains all meta data concerning the SoftFloatHarness contract.
var SoftFloatHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"}],\"name\":\"UnknownOp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OP_ADD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_DIV\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_EQ\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_EXP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LOG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_LT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MAX\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MIN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_MUL\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SIGMOID\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SQRT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_SUB\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OP_TANH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"op\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"pairs\",\"type\":\"bytes\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"out\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "SoftFloatHarness",
	Bin: "0x6080604052348015600e575f5ffd5b5061149b8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80637435384311610093578063cc1afbaf11610063578063cc1afbaf14610162578063f09541601461016a578063f287537814610172578063f6cfb18814610192575f5ffd5b806374353843146101425780637dd6e57f1461014a57806390c2b10e14610152578063c915efce1461015a575f5ffd5b80632602c01e116100ce5780632602c01e14610123578063280735dc1461012a57806339f22cb514610132578063418de6ed1461013a575f5ffd5b80630548a9e7146100f457806316bcf3af146101135780631754035e1461011b575b5f5ffd5b6100fc600181565b60405160ff90911681526020015b60405180910390f35b6100fc600781565b6100fc600681565b6100fc5f81565b6100fc600a81565b6100fc600b81565b6100fc600581565b6100fc600c81565b6100fc600281565b6100fc600881565b6100fc600481565b6100fc600d81565b6100fc600981565b6101856101803660046112c3565b61019a565b60405161010a9190611348565b6100fc600381565b60606101a7600883611391565b156101cd57604051631b69790160e01b8152600481018390526024015b60405180910390fd5b600d60ff851611156101f75760405163014daead60e41b815260ff851660048201526024016101c4565b5f6102036008846113b8565b90506102108160046113cb565b67ffffffffffffffff811115610228576102286113e2565b6040519080825280601f01601f191660200182016040528015610252576020820181803683370190505b509150835f5b828110156102b0576008810282013560c081901c9060e01c63ffffffff82165f6102838b84846102ba565b90506004850260208901016001600160e01b038151168260e01b1781525050505050806001019050610258565b5050509392505050565b5f60ff84166102d4576102cd8383610401565b90506103fa565b5f1960ff8516016102e9576102cd83836105b1565b60011960ff8516016102ff576102cd83836105c2565b60021960ff851601610315576102cd83836106c7565b60031960ff85160161032a576102cd83610810565b60041960ff8516016103575761034083836108dc565b61034a575f61034d565b60015b60ff1690506103fa565b60051960ff85160161036d576103408383610924565b60061960ff85160161038357610340838361096d565b60071960ff851601610399576102cd83836109b5565b60081960ff8516016103af576102cd8383610a0b565b60091960ff8516016103c4576102cd83610a5a565b600a1960ff8516016103d9576102cd83610c2f565b600b1960ff8516016103ee576102cd83610e0b565b6103f783610f64565b90505b9392505050565b5f637fffffff838116908316637f800000821015806104245750637f8000008110155b1561049957637f80000082118061043e5750637f80000081115b1561045157637fc00000925050506105ab565b637f800000821480156104675750637f80000081145b156104885783851461047d57637fc0000061047f565b845b925050506105ab565b637f800000821461047d578361047f565b805f036104b75781156104ac578461047f565b5050508181166105ab565b815f036104c85783925050506105ab565b808210156104d557929392905b627fffff8083169290821691601791821c911c5f8290036104f95760019150610502565b62800000841793505b805f036105115750600161051a565b62800000831792505b600893841b939290921b91808203602881111561053a576001935061055b565b801561055b5783811c935f196001831b01168015610559576001851794505b505b5f6380000000888a18165f03610574575084840161058e565b8486039050805f0361058e575f96505050505050506105ab565b6105a263800000008a16609e860383610fde565b96505050505050505b92915050565b5f6103fa8363800000008418610401565b5f637fffffff838116908316838518638000000016637f8000008311806105ec5750637f80000082115b1561060057637fc0000093505050506105ab565b637f8000008314806106155750637f80000082145b1561064957821580610625575081155b1561063957637fc0000093505050506105ab565b637f8000001792506105ab915050565b821580610654575081155b156106635792506105ab915050565b627fffff8084169390831692601791821c911c5f8290036106875760019150610690565b62800000851794505b805f0361069f575060016106a8565b62800000841793505b6106bb8361012c83850103868802610fde565b98975050505050505050565b5f637fffffff838116908316838518638000000016637f8000008311806106f15750637f80000082115b1561070557637fc0000093505050506105ab565b637f800000830361073757637f800000821461072757637f800000811761072d565b637fc000005b93505050506105ab565b637f800000820361074c5792506105ab915050565b815f0361076557821561072757637f800000811761072d565b825f036107765792506105ab915050565b627fffff8084169390831692601791821c911c5f82900361079a57600191506107a3565b62800000851794505b805f036107b2575060016107bb565b62800000841793505b604085901b5f8582816107d0576107d061137d565b049050600181901b8683816107e7576107e761137d565b06156107f1576001175b6108018660418688030383610fde565b9b9a5050505050505050505050565b5f637fffffff8216637f8000008111156108305750637fc0000092915050565b805f0361083e575090919050565b63800000008316156108565750637fc0000092915050565b637f8000008103610868575090919050565b627fffff81169060171c5f8190036108825750600161088b565b62800000821791505b609519810160018116156108a45760019290921b915f19015b606483901b5f6108b38261109c565b9050600181901b81800283146108c7576001175b6106bb5f600160026063198801050383610fde565b5f637f800000637fffffff841611806108fe5750637f800000637fffffff8316115b1561090a57505f6105ab565b61091382611115565b61091c84611115565b129392505050565b5f637f800000637fffffff841611806109465750637f800000637fffffff8316115b1561095257505f6105ab565b61095b82611115565b61096484611115565b13159392505050565b5f637f800000637fffffff8416118061098f5750637f800000637fffffff8316115b1561099b57505f6105ab565b6109a482611115565b6109ad84611115565b149392505050565b5f637f800000637fffffff841611806109d75750637f800000637fffffff8316115b156109e75750637fc000006105ab565b6109f082611115565b6109f984611115565b12610a0457816103fa565b5090919050565b5f637f800000637fffffff84161180610a2d5750637f800000637fffffff8316115b15610a3d5750637fc000006105ab565b610a4682611115565b610a4f84611115565b13610a0457816103fa565b5f637f800000637fffffff83161115610a785750637fc00000919050565b610a866342b17218836108dc565b15610a965750637f800000919050565b610aa48263c2cff1b56108dc565b15610ab057505f919050565b5f610ad9610acf610ac585633fb8aa3b6105c2565b634b400000610401565b634b4000006105b1565b90505f610b04610af685610af185633f3180006105c2565b6105b1565b610af18463b95e80836105c2565b90505f610b22610b18836339500d016105c2565b633ab60b61610401565b9050610b3b610b3183836105c2565b633c088889610401565b9050610b54610b4a83836105c2565b633d2aaaab610401565b9050610b6d610b6383836105c2565b633e2aaaab610401565b9050610b86610b7c83836105c2565b633f000000610401565b9050610b9f610b9583836105c2565b633f800000610401565b9050610bae610b9583836105c2565b90505f610bba84611139565b9050607f811315610bf857610bee610bdb83610bd6607f61118d565b6105c2565b610bd6610be9607f856113f6565b61118d565b9695505050505050565b607d19811215610c2257610bee610c1783610bd6610be985604061141c565b610bd6603f1961118d565b610bee82610bd68361118d565b5f637f800000637fffffff83161115610c4d5750637fc00000919050565b637fffffff82165f03610c65575063ff800000919050565b6380000000821615610c7c5750637fc00000919050565b637f8000008203610c8b575090565b5f62800000831015610cad57610ca583634b8000006105c2565b925060171990505b610cbc607f601785901c6113f6565b610cc6908261141c565b9050627fffff8316633f80000017610ce2633fb504f3826108dc565b15610d0557610cf581633f0000006105c2565b9050610d0260018361141c565b91505b5f610d2a610d1783633f8000006105b1565b610d2584633f800000610401565b6106c7565b90505f610d3782836105c2565b90505f610d55610d4b83633dba2e8c6105c2565b633de38e39610401565b9050610d6e610d6483836105c2565b633e124925610401565b9050610d87610d7d83836105c2565b633e4ccccd610401565b9050610da0610d9683836105c2565b633eaaaaab610401565b90505f610dad8485610401565b90505f610dcc82610dc7610dc185886105c2565b866105c2565b610401565b90505f610dd8886111a3565b9050610dfd610deb82633f3180006105c2565b610dc784610dc78563b95e80836105c2565b9a9950505050505050505050565b5f637f800000637fffffff83161115610e295750637fc00000919050565b637fffffff82165f819003610e3f575090919050565b610e4d81633ecccccd6108dc565b15610f01575f610e5d84856105c2565b90505f610e7b610e7183633b6b69e86105c2565b633c11371b6105b1565b9050610e94610e8a83836105c2565b633cb327a4610401565b9050610ead610ea383836105c2565b633d5d0dd16105b1565b9050610ec6610ebc83836105c2565b633e088889610401565b9050610edf610ed583836105c2565b633eaaaaab6105b1565b9050610ef885610dc7610ef288866105c2565b846105c2565b95945050505050565b633f800000610f148263411000006108dc565b15610f4157610f3e633f800000610af16340000000610d25610b95610f398889610401565b610a5a565b90505b638000000084165f03610f545780610f5c565b638000000081185b949350505050565b5f637f800000637fffffff83161115610f825750637fc00000919050565b6380000000821615801590610f9c5750637fffffff821615155b15610fbf575f610fab83610a5a565b90506103fa81610d25633f80000084610401565b6105ab633f800000610d25633f800000610dc763800000008718610a5a565b5f5f610fe983611223565b90506017198482010160941981121561100157506094195b5f858213611015575080850384901b611069565b85820360a0811115611029575f9150611067565b85811c91505f19600180831b820188169183011b80821180611058575080821480156110585750836001166001145b15611064576001840193505b50505b505b6095820160171b8101637f800000811061108f57637f80000088179450505050506103fa565b9096179695505050505050565b5f815f036110ab57505f919050565b60026110b683611223565b600101816110c6576110c661137d565b046001901b90505f60018284816110df576110df61137d565b048301901c90505b8181101561110f5780915060018284816111035761110361137d565b048301901c90506110e7565b50919050565b5f637fffffff821663800000008316820361113057806103fa565b6103fa81611443565b5f637fffffff821680820361115057505f92915050565b601781901c62800000627fffff83161761116b82609661145d565b81901c9350638000000085161561118557610ef884611443565b505050919050565b5f601761119b83607f61141c565b901b92915050565b5f815f036111b257505f919050565b5f82818112156111cf57638000000091506111cc84611443565b90505b5f5b6111dc816001611470565b82901c156111f4576111ed81611483565b90506111d1565b6111ff81601761145d565b82901b627fffff16601761121483607f611470565b901b8417179350505050919050565b5f608082901c1561123657608091821c91015b604082901c1561124857604091821c91015b602082901c1561125a57602091821c91015b601082901c1561126c57601091821c91015b600882901c1561127e57600891821c91015b600482901c1561129057600491821c91015b600282901c156112a257600291821c91015b600182901c156112b457600191821c91015b81156112be576001015b919050565b5f5f5f604084860312156112d5575f5ffd5b833560ff811681146112e5575f5ffd5b9250602084013567ffffffffffffffff811115611300575f5ffd5b8401601f81018613611310575f5ffd5b803567ffffffffffffffff811115611326575f5ffd5b866020828401011115611337575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601260045260245ffd5b5f8261139f5761139f61137d565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f826113c6576113c661137d565b500490565b80820281158282048414176105ab576105ab6113a4565b634e487b7160e01b5f52604160045260245ffd5b8181035f831280158383131683831282161715611415576114156113a4565b5092915050565b8082018281125f83128015821682158216171561143b5761143b6113a4565b505092915050565b5f600160ff1b8201611457576114576113a4565b505f0390565b818103818111156105ab576105ab6113a4565b808201808211156105ab576105ab6113a4565b5f60018201611494576114946113a4565b506001019056",
}

// SoftFloatHarness is an auto generated Go binding around an Ethereum contract.
type SoftFloatHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SoftFloatHarness) GetABI() abi.ABI {
	return c.abi
}

// NewSoftFloatHarness creates a new instance of SoftFloatHarness.
func NewSoftFloatHarness() *SoftFloatHarness {
	parsed, err := SoftFloatHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SoftFloatHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SoftFloatHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOPADD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2602c01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_ADD() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPADD() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_ADD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPADD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2602c01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_ADD() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPADD() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_ADD")
}

// UnpackOPADD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2602c01e.
//
// Solidity: function OP_ADD() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPADD(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_ADD", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPDIV is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6cfb188.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_DIV() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPDIV() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_DIV")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPDIV is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6cfb188.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_DIV() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPDIV() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_DIV")
}

// UnpackOPDIV is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6cfb188.
//
// Solidity: function OP_DIV() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPDIV(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_DIV", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPEQ is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16bcf3af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_EQ() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPEQ() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_EQ")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPEQ is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16bcf3af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_EQ() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPEQ() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_EQ")
}

// UnpackOPEQ is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16bcf3af.
//
// Solidity: function OP_EQ() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPEQ(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_EQ", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPEXP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x280735dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_EXP() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPEXP() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_EXP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPEXP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x280735dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_EXP() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPEXP() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_EXP")
}

// UnpackOPEXP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x280735dc.
//
// Solidity: function OP_EXP() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPEXP(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_EXP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1754035e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_LE() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPLE() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_LE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1754035e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_LE() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPLE() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_LE")
}

// UnpackOPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1754035e.
//
// Solidity: function OP_LE() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPLE(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_LE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPLOG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39f22cb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_LOG() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPLOG() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_LOG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPLOG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39f22cb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_LOG() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPLOG() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_LOG")
}

// UnpackOPLOG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39f22cb5.
//
// Solidity: function OP_LOG() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPLOG(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_LOG", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPLT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418de6ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_LT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPLT() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_LT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPLT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418de6ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_LT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPLT() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_LT")
}

// UnpackOPLT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x418de6ed.
//
// Solidity: function OP_LT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPLT(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_LT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPMAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0954160.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_MAX() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPMAX() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_MAX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPMAX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0954160.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_MAX() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPMAX() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_MAX")
}

// UnpackOPMAX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0954160.
//
// Solidity: function OP_MAX() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPMAX(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_MAX", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c2b10e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_MIN() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPMIN() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_MIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPMIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c2b10e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_MIN() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPMIN() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_MIN")
}

// UnpackOPMIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90c2b10e.
//
// Solidity: function OP_MIN() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPMIN(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_MIN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPMUL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dd6e57f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_MUL() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPMUL() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_MUL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPMUL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dd6e57f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_MUL() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPMUL() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_MUL")
}

// UnpackOPMUL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dd6e57f.
//
// Solidity: function OP_MUL() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPMUL(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_MUL", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPSIGMOID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1afbaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SIGMOID() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPSIGMOID() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_SIGMOID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSIGMOID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1afbaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SIGMOID() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPSIGMOID() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_SIGMOID")
}

// UnpackOPSIGMOID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc1afbaf.
//
// Solidity: function OP_SIGMOID() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPSIGMOID(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_SIGMOID", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPSQRT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc915efce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SQRT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPSQRT() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_SQRT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSQRT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc915efce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SQRT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPSQRT() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_SQRT")
}

// UnpackOPSQRT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc915efce.
//
// Solidity: function OP_SQRT() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPSQRT(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_SQRT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPSUB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0548a9e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_SUB() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPSUB() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_SUB")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPSUB is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0548a9e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_SUB() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPSUB() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_SUB")
}

// UnpackOPSUB is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0548a9e7.
//
// Solidity: function OP_SUB() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPSUB(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_SUB", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOPTANH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74353843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OP_TANH() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) PackOPTANH() []byte {
	enc, err := softFloatHarness.abi.Pack("OP_TANH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPTANH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74353843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OP_TANH() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) TryPackOPTANH() ([]byte, error) {
	return softFloatHarness.abi.Pack("OP_TANH")
}

// UnpackOPTANH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74353843.
//
// Solidity: function OP_TANH() view returns(uint8)
func (softFloatHarness *SoftFloatHarness) UnpackOPTANH(data []byte) (uint8, error) {
	out, err := softFloatHarness.abi.Unpack("OP_TANH", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2875378.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run(uint8 op, bytes pairs) pure returns(bytes out)
func (softFloatHarness *SoftFloatHarness) PackRun(op uint8, pairs []byte) []byte {
	enc, err := softFloatHarness.abi.Pack("run", op, pairs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2875378.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run(uint8 op, bytes pairs) pure returns(bytes out)
func (softFloatHarness *SoftFloatHarness) TryPackRun(op uint8, pairs []byte) ([]byte, error) {
	return softFloatHarness.abi.Pack("run", op, pairs)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2875378.
//
// Solidity: function run(uint8 op, bytes pairs) pure returns(bytes out)
func (softFloatHarness *SoftFloatHarness) UnpackRun(data []byte) ([]byte, error) {
	out, err := softFloatHarness.abi.Unpack("run", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (softFloatHarness *SoftFloatHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], softFloatHarness.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return softFloatHarness.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], softFloatHarness.abi.Errors["UnknownOp"].ID.Bytes()[:4]) {
		return softFloatHarness.UnpackUnknownOpError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SoftFloatHarnessBadLength represents a BadLength error raised by the SoftFloatHarness contract.
type SoftFloatHarnessBadLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 length)
func SoftFloatHarnessBadLengthErrorID() common.Hash {
	return common.HexToHash("0x1b6979012f947c08ee4d65f5a78b14e83bb235e34788f4e52e494dba87c60026")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 length)
func (softFloatHarness *SoftFloatHarness) UnpackBadLengthError(raw []byte) (*SoftFloatHarnessBadLength, error) {
	out := new(SoftFloatHarnessBadLength)
	if err := softFloatHarness.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SoftFloatHarnessUnknownOp represents a UnknownOp error raised by the SoftFloatHarness contract.
type SoftFloatHarnessUnknownOp struct {
	Op uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOp(uint8 op)
func SoftFloatHarnessUnknownOpErrorID() common.Hash {
	return common.HexToHash("0x14daead0bd3a379aa48ec8d30bcf6a748a8e60be73f0dba01d159c0268ed8898")
}

// UnpackUnknownOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOp(uint8 op)
func (softFloatHarness *SoftFloatHarness) UnpackUnknownOpError(raw []byte) (*SoftFloatHarnessUnknownOp, error) {
	out := new(SoftFloatHarnessUnknownOp)
	if err := softFloatHarness.abi.UnpackIntoInterface(out, "UnknownOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}
