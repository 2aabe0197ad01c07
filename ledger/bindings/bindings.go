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
	Base       [32]byte
	BatchRoot  [32]byte
	TraceRoot  [32]byte
	UpdateRoot [32]byte
	UpdateBlob [32]byte
	UpdateSize uint64
	Nsteps     uint32
}

// Contribution is an auto generated low-level Go binding around an user-defined struct.
type Contribution struct {
	Status        uint8
	Duplicate     bool
	RewardClaimed bool
	FeeClaimed    bool
	Attestations  uint16
	Verified      uint16
	Position      uint32
}

// Dispute is an auto generated low-level Go binding around an user-defined struct.
type Dispute struct {
	RunId          [32]byte
	Round          uint64
	Solver         common.Address
	Challenger     common.Address
	Deadline       uint64
	Nrecords       uint32
	Bond           *big.Int
	RevealDeadline uint64
	Step           uint32
	Reveals        uint8
	State          uint8
	Outcome        uint8
	StepRoot       [32]byte
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
	Referee            common.Address
	RevealWindow       uint64
	ResponseWindow     uint64
	MaxCommitsPerRound uint16
	MaxReveals         uint8
}

// LedgerStorageRound is an auto generated low-level Go binding around an user-defined struct.
type LedgerStorageRound struct {
	SeedBlock       uint64
	Finalized       bool
	OpenDisputes    uint32
	Attestations    uint32
	FinalCount      uint32
	Beacon          [32]byte
	Bonus           *big.Int
	PerContribution *big.Int
	Unclaimed       *big.Int
	FinalStake      *big.Int
	AgreedRoot      [32]byte
	Leader          [32]byte
	LeaderWeight    *big.Int
	Contributors    []common.Address
}

// LedgerStorageRun is an auto generated low-level Go binding around an user-defined struct.
type LedgerStorageRun struct {
	Submitter       common.Address
	FinalizedRounds uint32
	RewardPerRound  *big.Int
	Pool            *big.Int
	Cfg             RunConfig
}

// Member is an auto generated low-level Go binding around an user-defined struct.
type Member struct {
	Stake        *big.Int
	LockedUntil  uint64
	OpenDisputes uint32
}

// NamedProof is an auto generated low-level Go binding around an user-defined struct.
type NamedProof struct {
	NameHash [32]byte
	Root     [32]byte
	InSet    Inclusion
}

// PayloadView is an auto generated low-level Go binding around an user-defined struct.
type PayloadView struct {
	Run     [32]byte
	Round   uint64
	Author  common.Address
	Group   *big.Int
	Problem uint64
	Starts  []*big.Int
	Lens    []*big.Int
	Rewards []*big.Int
}

// ProgramsHarnessCase is an auto generated low-level Go binding around an user-defined struct.
type ProgramsHarnessCase struct {
	Kind     uint16
	Attrs    []uint32
	Outputs  uint8
	Ins      []TensorSlice
	OutShape []uint32
	Slot     uint8
	Elems    []uint64
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
	Record    uint32
	WithChunk bool
	Slot      uint8
	Chunk     uint32
}

// RewardConfig is an auto generated low-level Go binding around an user-defined struct.
type RewardConfig struct {
	Family        uint8
	Level         *big.Int
	Seed          uint64
	G             *big.Int
	L             *big.Int
	MaxNew        *big.Int
	PartialWeight *big.Int
}

// RunConfig is an auto generated low-level Go binding around an user-defined struct.
type RunConfig struct {
	ConfigHash               [32]byte
	SkeletonRoot             [32]byte
	InitialModelRoot         [32]byte
	OutputsRoot              [32]byte
	Task                     string
	Start                    uint64
	RoundDuration            uint32
	NumRounds                uint32
	CommitWindow             uint32
	VerifyWindow             uint32
	DisputeWindow            uint32
	DisputeDuration          uint32
	FinalityLag              uint8
	VerifiersPerContribution uint16
	WhistleblowerBps         uint16
	MinStake                 *big.Int
	SlashAmount              *big.Int
	DisputeBond              *big.Int
	MinGasPrice              *big.Int
	VerifierFee              *big.Int
	VerifierPenalty          *big.Int
}

// ShapeProof is an auto generated low-level Go binding around an user-defined struct.
type ShapeProof struct {
	Shape    []uint32
	DataRoot [32]byte
}

// StepContext is an auto generated low-level Go binding around an user-defined struct.
type StepContext struct {
	Run        [32]byte
	Round      uint64
	Step       uint32
	Nsteps     uint32
	ConfigHash [32]byte
	BatchRoot  [32]byte
}

// StepOutputs is an auto generated low-level Go binding around an user-defined struct.
type StepOutputs struct {
	Steps     [][32]byte
	GradNames [][32]byte
	GradRoots [][32]byte
}

// TensorSlice is an auto generated low-level Go binding around an user-defined struct.
type TensorSlice struct {
	Shape      []uint32
	FirstChunk uint32
	Chunks     []byte
	Siblings   [][32]byte
}

// UpdateProof is an auto generated low-level Go binding around an user-defined struct.
type UpdateProof struct {
	Param       uint32
	Element     uint64
	StepOutputs [][32]byte
	Grads       []NamedProof
	GradSlices  []TensorSlice
	Update      NamedProof
	UpdateSlice TensorSlice
}

// DisputesMetaData contains all meta data concerning the Disputes contract.
var DisputesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verdicts\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"BeaconNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"BeaconPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"name\":\"NoSuchStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAVoter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"RoundNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepNotPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"StepOutputsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"VerdictMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VerifyWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"}],\"name\":\"BeaconFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ContributionAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Joined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Left\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"ModelVoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structRunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"steps\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"gradNames\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"gradRoots\",\"type\":\"bytes32[]\"}],\"name\":\"StepOutputsPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StepPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VerifierPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"dispute\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"pending\",\"type\":\"tuple\"}],\"internalType\":\"structDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"steps\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"gradNames\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"gradRoots\",\"type\":\"bytes32[]\"}],\"internalType\":\"structStepOutputs\",\"name\":\"outs\",\"type\":\"tuple\"}],\"name\":\"postStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"requestReveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verdictsModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Disputes",
	Bin: "0x60c060405230608052348015610013575f5ffd5b506040516137563803806137568339810160408190526100329161009e565b6001600160a01b03811661008d576040516387a33b2760e01b815260206004820152601460248201527f7a65726f207665726469637473206d6f64756c65000000000000000000000000604482015260640160405180910390fd5b6001600160a01b031660a0526100cb565b5f602082840312156100ae575f5ffd5b81516001600160a01b03811681146100c4575f5ffd5b9392505050565b60805160a0516136346101225f395f818160df01526101fc01525f8181609b0152818161028201528181610486015281816106ea01528181610bdb015281816110430152818161150e015261214501526136345ff3fe608060405260043610610085575f3560e01c80639a2313b0116100585780639a2313b014610197578063a28889e1146101b8578063b05a28ca146101cc578063d7654c49146101eb578063d8ae02371461023657610085565b806308148f7a146101055780631bfb22fc146101245780631d2b527f1461014357806386d6282c14610162575b348015610090575f5ffd5b506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036100da57604051634e66b6bb60e11b815260040160405180910390fd5b6101037f0000000000000000000000000000000000000000000000000000000000000000610255565b005b348015610110575f5ffd5b5061010361011f3660046126c9565b610278565b34801561012f575f5ffd5b5061010361013e366004612715565b61047c565b34801561014e575f5ffd5b5061010361015d366004612783565b6106e0565b34801561016d575f5ffd5b5061018161017c3660046126c9565b610981565b60405161018e91906127e6565b60405180910390f35b6101aa6101a5366004612974565b610bd0565b60405190815260200161018e565b3480156101c3575f5ffd5b506003546101aa565b3480156101d7575f5ffd5b506101036101e63660046129cd565b611039565b3480156101f6575f5ffd5b5061021e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161018e565b348015610241575f5ffd5b50610103610250366004612a38565b611504565b365f5f375f5f365f845af43d5f5f3e80801561026f573d5ff35b3d5ffd5b505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036102c157604051634e66b6bb60e11b815260040160405180910390fd5b5f6102cb82611688565b9050600281545f90815260086020908152604080832060018601546001600160401b0381168552908352818420600160401b9091046001600160a01b0316845290915290205460ff166002811115610325576103256127ae565b0361033857610334828261170e565b5050565b60048101545f036103a6576002810154600160a01b90046001600160401b0316421161039a576002810154604051637917b3e760e01b815260048101849052600160a01b9091046001600160401b031660248201526044015b60405180910390fd5b610334828260076117a1565b6003810154600160801b90046001600160401b03161561041e576003810154600160801b90046001600160401b03164211610412576003810154604051637917b3e760e01b815260048101849052600160801b9091046001600160401b03166024820152604401610391565b610334828260056117a1565b6002810154600160a01b90046001600160401b03164211610470576002810154604051637917b3e760e01b815260048101849052600160a01b9091046001600160401b03166024820152604401610391565b61033482826006611bef565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036104c557604051634e66b6bb60e11b815260040160405180910390fd5b5f6104cf85611688565b6001810154909150600160401b90046001600160a01b0316331461050f57604051638603ed2760e01b815260048101869052336024820152604401610391565b60048101541561053557604051630bb6846b60e01b815260048101869052602401610391565b6002810154600160a01b90046001600160401b03164211156105885760028101546040516337851a4160e11b815260048101879052600160a01b9091046001600160401b03166024820152604401610391565b831580610599575063ffffffff8316155b156105b75760405163b263ae7360e01b815260040160405180910390fd5b6105c2858284611d34565b600481018490556002810180546001600160e01b0316600160e01b63ffffffff8616021790556001546105fe906001600160401b031642612a95565b60028201805467ffffffffffffffff60a01b1916600160a01b6001600160401b03938416810291909117918290556040805188815263ffffffff88166020820152919092049092169082015285907fdf2a2ef75a8cbbb874f215aa865505eab615593dc829f95bb5432d69e82b7d6b9060600160405180910390a2847f201e7fc5157d2413e20576e974db8028cdf63b7405df685bbe53911cf7fc84476106a58480612ab4565b6106b26020870187612ab4565b6106bf6040890189612ab4565b6040516106d196959493929190612b30565b60405180910390a25050505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361072957604051634e66b6bb60e11b815260040160405180910390fd5b5f61073383612064565b60028101549091506001600160a01b0316331461076c57604051631a894b7d60e31b815260048101849052336024820152604401610391565b6003810154600160801b90046001600160401b0316156107bd576003810154604051633d3545d960e21b815260048101859052600160801b9091046001600160401b03166024820152604401610391565b6002810154600160a01b90046001600160401b03164211156108105760028101546040516337851a4160e11b815260048101859052600160a01b9091046001600160401b03166024820152604401610391565b6001546003820154600160501b90910460ff908116600160e01b909204161061086257600154604051632c0e790760e01b815260048101859052600160501b90910460ff166024820152604401610391565b600381018054600160e01b900460ff1690601c61087e83612b78565b91906101000a81548160ff021916908360ff16021790555050818160050181816108a89190612bb1565b50505f546108c690600160a01b90046001600160401b031642612a95565b60038201805467ffffffffffffffff60801b1916600160801b6001600160401b039384168102919091179182905560015461090993908116929190910416612a95565b60028201805467ffffffffffffffff60a01b1916600160a01b6001600160401b0393841602179055600382015460405185927f82c1175198e6b656d90f97be8ce77ce0bd17d77a2e19d7fff0d35eae7e81e69692610974928792600160801b90920490911690612c50565b60405180910390a2505050565b610a12604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290529061014082019081526020015f81525f602080830182905260408051608081018252838152918201839052818101839052606082019290925291015290565b811580610a20575060035482115b15610a4157604051638f09a29b60e01b815260048101839052602401610391565b5f828152600d602090815260409182902082516101c0810184528154815260018201546001600160401b03808216948301949094526001600160a01b03600160401b90910481169482019490945260028201549384166060820152600160a01b84048316608082015263ffffffff600160e01b94859004811660a083015260038301546001600160801b03811660c0840152600160801b810490941660e0830152600160c01b84041661010082015260ff9383048416610120820152929091610140840191600160e81b909104166004811115610b2057610b206127ae565b6004811115610b3157610b316127ae565b815260200160038201601e9054906101000a900460ff16600c811115610b5957610b596127ae565b600c811115610b6a57610b6a6127ae565b815260048201546020808301919091526040805160808101825260059094015463ffffffff808216865260ff6401000000008304811615159487019490945265010000000000820490931685830152600160301b90049091166060840152015292915050565b5f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610c1a57604051634e66b6bb60e11b815260040160405180910390fd5b5f610c2486612098565b905060015f8781526008602090815260408083206001600160401b038a16845282528083206001600160a01b038916845290915290205460ff166002811115610c6f57610c6f6127ae565b14610cae5760405163e5bb110f60e01b8152600481018790526001600160401b03861660248201526001600160a01b0385166044820152606401610391565b5f610cba8288886120d0565b9050806001600160401b03164210610cff57604051636a9d741560e01b8152600481018890526001600160401b03808816602483015282166044820152606401610391565b6009820154600160801b90046001600160801b0316341015610d50576009820154604051620155b560e01b8152346004820152600160801b9091046001600160801b03166024820152604401610391565b6001600160a01b0385163303610d7957604051632039fd0360e21b815260040160405180910390fd5b5f8781526007602090815260408083206001600160401b038a16845282528083206001600160a01b038916845290915290206005015463ffffffff600160401b90910481169085168111610df0576040516309e1f6cf60e01b815263ffffffff808716600483015282166024820152604401610391565b60035f8154610dfe90612cc2565b91829055505f818152600d602052604081208a81556001810180546001600160401b038c81166001600160e01b031990921691909117600160401b6001600160a01b038d160217909155600282018054336001600160a01b03199091161790556003820180547fffffffff00000000ffffffffffffffff0000000000000000000000000000000016600160c01b63ffffffff8c16026fffffffffffffffffffffffffffffffff191617346001600160801b0316179055915492965091610ecd91600160a01b9091041642612a95565b6002820180546001600160401b03928316600160a01b0267ffffffffffffffff60a01b1990911617905560038201805460ff60e81b1916600160e81b1790555f8a8152600660209081526040808320938c168352929052208054600160481b900463ffffffff16906009610f4083612cda565b82546101009290920a63ffffffff8181021990931691831602179091555f8b81526005602090815260408083206001600160a01b038d16845290915290208054600160c01b900490911691506018610f9783612cda565b82546101009290920a63ffffffff8181021990931691831602179091556002830154604080516001600160401b038d81168252938b1660208201523391810191909152346060820152600160a01b90910490911660808201526001600160a01b03891691508a9087907fa5e985919d5ba6189db321ad0cebcab35655dd56b7fc56a0c1d8d1f9bccc5fe69060a00160405180910390a450505050949350505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361108257604051634e66b6bb60e11b815260040160405180910390fd5b5f61108c84611688565b6001810154909150600160401b90046001600160a01b031633146110cc57604051638603ed2760e01b815260048101859052336024820152604401610391565b6003810154600160801b90046001600160401b03165f03611103576040516321e0c07160e01b815260048101859052602401610391565b6003810154600160801b90046001600160401b03164211156111565760038101546040516337851a4160e11b815260048101869052600160801b9091046001600160401b03166024820152604401610391565b60408051608081018252600583015463ffffffff80821680845260ff64010000000084048116151560208087019190915265010000000000850490911695850195909552600160301b90920416606083015290916111b690860186612cf5565b6111c4906020810190612d13565b63ffffffff16146112135784604051631e22ae2560e11b8152600401610391918152604060208201819052600f908201526e3932b1b7b932103837b9b4ba34b7b760891b606082015260800190565b5f6112218360040154612101565b5f5460208401519192506001600160a01b0316901561133b57606083015163ffffffff166112556040870160208801612d13565b63ffffffff1614158061127857506112706040860186612d35565b905061010014155b156112c05786604051631e22ae2560e11b8152600401610391918152604060208201819052600e908201526d31b43ab735903837b9b4ba34b7b760911b606082015260800190565b6040808401519051634f9c271960e11b81526001600160a01b03831691639f384e32916112f69186918b91908b90600401612fb4565b602060405180830381865afa158015611311573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113359190612ff2565b506113aa565b60405163061a458360e21b81526001600160a01b03821690631869160c906113699085908a90600401613009565b6040805180830381865afa158015611383573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113a79190613021565b50505b60038401805467ffffffffffffffff60801b191690556001546113d6906001600160401b031642612a95565b8460020160146101000a8154816001600160401b0302191690836001600160401b0316021790555082602001511561146b576003840154835188917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a9091600160c01b90910463ffffffff169061144c8a80612d35565b8a60405161145e959493929190613043565b60405180910390a26114fb565b61149b6040518060800160405280606081526020015f63ffffffff16815260200160608152602001606081525090565b6003850154845189917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a9091600160c01b90910463ffffffff16906114df8b80612d35565b866040516114f19594939291906130f4565b60405180910390a2505b50505050505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361154d57604051634e66b6bb60e11b815260040160405180910390fd5b5f61155983600161213a565b5f8054600483015492935090916001600160a01b039091169063ef0d692d9061158190612101565b856040518363ffffffff1660e01b815260040161159f92919061328b565b60c060405180830381865afa1580156115ba573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115de9190613406565b805190915060ff165f036115fd576115f884836001611bef565b611682565b6003815f015160ff16116116395780516115f890859084906116209060016134b0565b60ff16600c811115611634576116346127ae565b6117a1565b6040516387a33b2760e01b815260206004820152601e60248201527f7665726469637420756e6b6e6f776e20746f2074686973204c656467657200006044820152606401610391565b50505050565b5f811580611697575060035482115b156116b857604051638f09a29b60e01b815260048101839052602401610391565b505f818152600d6020526040902060016003820154600160e81b900460ff1660048111156116e8576116e86127ae565b14611709576040516303dc1ed360e31b815260048101839052602401610391565b919050565b61171b8160046008612283565b600381015460028201546001600160a01b03165f908152600e6020526040812080546001600160801b03909316929091906117579084906134c9565b90915550506040515f9083907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c939061179590600890859081906134dc565b60405180910390a35050565b815460018301545f8281526008602090815260408083206001600160401b038516808552908352818420600160401b9095046001600160a01b031684529390915290206002815460ff1660028111156117fc576117fc6127ae565b036118135761180b868661170e565b505050505050565b61181f85600386612283565b8054600260ff199091161781555f8381526004602052604081206001870154600982015491929161186c918791600160401b9091046001600160a01b0316906001600160801b03166123bb565b60088301549091505f906127109061188f906301000000900461ffff16846134fb565b6118999190613512565b60038901549091506118b59082906001600160801b03166134c9565b60028901546001600160a01b03165f908152600e6020526040812080549091906118e09084906134c9565b90915550505f8681526006602090815260408083206001600160401b03891684529091528120906119118385613531565b5f898152600a602090815260408083206001600160401b038c168452825280832060018f0154600160401b90046001600160a01b0316845290915281209192505b8154811015611aaf575f8a81526008602090815260408083206001600160401b038d1684529091528120835490919084908490811061199357611993613544565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805461ffff600160301b909104169060066119d083613558565b91906101000a81548161ffff021916908361ffff160217905550505f611a2c8b848481548110611a0257611a02613544565b5f91825260209091200154600b8b01546001600160a01b03909116906001600160801b03166123bb565b9050611a3881856134c9565b93508a838381548110611a4d57611a4d613544565b5f9182526020918290200154604080516001600160401b038f1681529283018590526001600160a01b03909116917f101f13f606b3793b8b4effe0fd4bc4c67ce5930a9a719bc9e24853074386ff6e910160405180910390a350600101611952565b50805483548490600d90611ad1908490600160681b900463ffffffff16613574565b92506101000a81548163ffffffff021916908363ffffffff16021790555081836002015f8282829054906101000a90046001600160801b0316611b149190613590565b82546001600160801b039182166101009390930a92830291909202199091161790555060018b0154604080516001600160401b038b168152602081018890528b926001600160a01b03600160401b90910416917f198815f20828d78c5fd17a32c27127dbb174ed7e149a39bdbcaa7049aad5f6ed910160405180910390a360028b01546040516001600160a01b03909116908d907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c9390611bd9908e908a908a906134dc565b60405180910390a3505050505050505050505050565b600282545f90815260086020908152604080832060018701546001600160401b0381168552908352818420600160401b9091046001600160a01b0316845290915290205460ff166002811115611c4757611c476127ae565b03611c5657610273838361170e565b611c6282600283612283565b600382015482545f90815260066020908152604080832060018701546001600160401b03168452909152812060020180546001600160801b0393841693919291611cae91859116613590565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160010160089054906101000a90046001600160a01b03166001600160a01b0316837f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93835f5f604051611d27939291906134dc565b60405180910390a3505050565b81545f90815260076020908152604080832060018601546001600160401b03811685529083528184206001600160a01b03600160401b928390041685529092529091206005810154909163ffffffff910416611d908380612ab4565b905014611dd557836040516242343960e51b8152600401610391918152604060208201819052600a90820152691cdd195c0818dbdd5b9d60b21b606082015260800190565b6002810154611e22601360f81b611dec8580612ab4565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061244a92505050565b14611e6557836040516242343960e51b8152600401610391918152604060208201819052600a90820152691d1c9858d9481c9bdbdd60b21b606082015260800190565b5f611e736020840184612ab4565b915050801580611e91575080611e8c6040850185612ab4565b905014155b15611ed857846040516242343960e51b8152600401610391918152604060208201819052600e908201526d19dc98591a595b9d0818dbdd5b9d60921b606082015260800190565b5f816001600160401b03811115611ef157611ef16133cb565b604051908082528060200260200182016040528015611f1a578160200160208202803683370190505b5090505f5b82811015611fda57600560fa1b611f396020870187612ab4565b83818110611f4957611f49613544565b90506020020135868060400190611f609190612ab4565b84818110611f7057611f70613544565b6040516001600160f81b0319909516602086810191909152602186019490945292909202013560418301525060610160405160208183030381529060405280519060200120828281518110611fc757611fc7613544565b6020908102919091010152600101611f1f565b50611fe58480612ab4565b6003870154600160c01b900463ffffffff1681811061200657612006613544565b9050602002013561201b601560f81b8361244a565b1461180b57856040516242343960e51b81526004016103919181526040602082018190526010908201526f1cdd195c081bdd5d1c1d5d081c9bdbdd60821b606082015260800190565b5f61206e82611688565b60048101549091505f0361170957604051630d89fa7960e21b815260048101839052602401610391565b5f81815260046020526040902080546001600160a01b031661170957604051630a76b95160e11b815260048101839052602401610391565b60078301545f90600160c01b900463ffffffff166120ef85858561262d565b6120f99190612a95565b949350505050565b6040515f9061211d90601360f81b9060019085906020016135af565b604051602081830303815290604052805190602001209050919050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361218457604051634e66b6bb60e11b815260040160405180910390fd5b816121975761219283611688565b6121a0565b6121a083612064565b60028101549091506001600160a01b031633146121d957604051631a894b7d60e31b815260048101849052336024820152604401610391565b6003810154600160801b90046001600160401b03161561222a576003810154604051633d3545d960e21b815260048101859052600160801b9091046001600160401b03166024820152604401610391565b6002810154600160a01b90046001600160401b031642111561227d5760028101546040516337851a4160e11b815260048101859052600160a01b9091046001600160401b03166024820152604401610391565b92915050565b60038301805483919060ff60e81b1916600160e81b8360048111156122aa576122aa6127ae565b021790555060038301805482919060ff60f01b1916600160f01b83600c8111156122d6576122d66127ae565b021790555060038301805467ffffffffffffffff60801b1916905582545f90815260066020908152604080832060018701546001600160401b0316845290915290208054600160481b900463ffffffff16906009612333836135de565b82546101009290920a63ffffffff81810219909316918316021790915584545f9081526005602090815260408083206001890154600160401b90046001600160a01b0316845290915290208054600160c01b900490911691506018612397836135de565b91906101000a81548163ffffffff021916908363ffffffff16021790555050505050565b5f8381526005602090815260408083206001600160a01b0386168452909152812080546001600160801b031683106123fd5780546001600160801b03166123ff565b825b8154909250829082905f9061241e9084906001600160801b03166135f3565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550509392505050565b5f60015b825181101561245f5760011b61244e565b5f816001600160401b03811115612478576124786133cb565b6040519080825280602002602001820160405280156124a1578160200160208202803683370190505b5090505f5b84518110156124ee578481815181106124c1576124c1613544565b60200260200101518282815181106124db576124db613544565b60209081029190910101526001016124a6565b505b60018211156125de575f5b612506600284613512565b8110156125d157601160f81b8261251e8360026134fb565b8151811061252e5761252e613544565b60200260200101518383600261254491906134fb565b61254f9060016134c9565b8151811061255f5761255f613544565b6020026020010151604051602001612596939291906001600160f81b03199390931683526001830191909152602182015260410190565b604051602081830303815290604052805190602001208282815181106125be576125be613544565b60209081029190910101526001016124fb565b50600182901c91506124f0565b848451825f815181106125f3576125f3613544565b602002602001015160405160200161260d939291906135af565b604051602081830303815290604052805190602001209250505092915050565b60078301545f90600160801b900463ffffffff166120ef85858560078301545f90600160601b900463ffffffff166001600160401b0383161061269557604051630491b53560e51b8152600481018490526001600160401b0383166024820152604401610391565b60078401546126b190600160401b900463ffffffff1683613612565b60078501546120f991906001600160401b0316612a95565b5f602082840312156126d9575f5ffd5b5035919050565b63ffffffff811681146126f1575f5ffd5b50565b8035611709816126e0565b5f6060828403121561270f575f5ffd5b50919050565b5f5f5f5f60808587031215612728575f5ffd5b84359350602085013592506040850135612741816126e0565b915060608501356001600160401b0381111561275b575f5ffd5b612767878288016126ff565b91505092959194509250565b5f6080828403121561270f575f5ffd5b5f5f60a08385031215612794575f5ffd5b823591506127a58460208501612773565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b600581106127d2576127d26127ae565b9052565b600d81106127d2576127d26127ae565b8151815260208083015161022083019161280a908401826001600160401b03169052565b50604083015161282560408401826001600160a01b03169052565b50606083015161284060608401826001600160a01b03169052565b50608083015161285b60808401826001600160401b03169052565b5060a083015161287360a084018263ffffffff169052565b5060c083015161288e60c08401826001600160801b03169052565b5060e08301516128a960e08401826001600160401b03169052565b506101008301516128c361010084018263ffffffff169052565b506101208301516128da61012084018260ff169052565b506101408301516128ef6101408401826127c2565b506101608301516129046101608401826127d6565b506101808301516101808301526101a08301516129576101a084018263ffffffff815116825260208101511515602083015260ff604082015116604083015263ffffffff60608201511660608301525050565b5092915050565b80356001600160401b0381168114611709575f5ffd5b5f5f5f5f60808587031215612987575f5ffd5b843593506129976020860161295e565b925060408501356001600160a01b03811681146129b2575f5ffd5b915060608501356129c2816126e0565b939692955090935050565b5f5f5f606084860312156129df575f5ffd5b8335925060208401356001600160401b038111156129fb575f5ffd5b612a07868287016126ff565b92505060408401356001600160401b03811115612a22575f5ffd5b612a2e86828701612773565b9150509250925092565b5f5f60408385031215612a49575f5ffd5b8235915060208301356001600160401b03811115612a65575f5ffd5b830160e08186031215612a76575f5ffd5b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561227d5761227d612a81565b5f5f8335601e19843603018112612ac9575f5ffd5b8301803591506001600160401b03821115612ae2575f5ffd5b6020019150600581901b3603821315612af9575f5ffd5b9250929050565b8183525f6001600160fb1b03831115612b17575f5ffd5b8260051b80836020870137939093016020019392505050565b606081525f612b4360608301888a612b00565b8281036020840152612b56818789612b00565b90508281036040840152612b6b818587612b00565b9998505050505050505050565b5f60ff821660ff8103612b8d57612b8d612a81565b60010192915050565b80151581146126f1575f5ffd5b60ff811681146126f1575f5ffd5b8135612bbc816126e0565b81546020840135612bcc81612b96565b6040850135612bda81612ba3565b65ff00000000008160281b1663ffffffff851665ffffffffffff1985161764ff0000000084151560201b1617178555505050505f6060830135612c1c816126e0565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016179091555050565b803561170981612ba3565b60a081018335612c5f816126e0565b63ffffffff1682526020840135612c7581612b96565b151560208301526040840135612c8a81612ba3565b60ff1660408301526060840135612ca0816126e0565b63ffffffff1660608301526001600160401b0392909216608090910152919050565b5f60018201612cd357612cd3612a81565b5060010190565b5f63ffffffff821663ffffffff8103612b8d57612b8d612a81565b5f8235605e19833603018112612d09575f5ffd5b9190910192915050565b5f60208284031215612d23575f5ffd5b8135612d2e816126e0565b9392505050565b5f5f8335601e19843603018112612d4a575f5ffd5b8301803591506001600160401b03821115612d63575f5ffd5b602001915036819003821315612af9575f5ffd5b5f5f8335601e19843603018112612d8c575f5ffd5b83016020810192503590506001600160401b03811115612daa575f5ffd5b803603821315612af9575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8235605e19833603018112612df4575f5ffd5b90910192915050565b5f5f8335601e19843603018112612e12575f5ffd5b83016020810192503590506001600160401b03811115612e30575f5ffd5b8060051b3603821315612af9575f5ffd5b5f8135612e4d816126e0565b63ffffffff1683526020820135612e63816126e0565b63ffffffff166020840152612e7b6040830183612dfd565b60606040860152612e90606086018284612b00565b95945050505050565b5f612ea48283612d77565b60608552612eb6606086018284612db8565b915050612ec66020840184612de0565b8482036020860152612ed88282612e41565b915050612ee86040840184612de0565b8482036040860152612e908282612e41565b5f60808301612f098384612dfd565b6080865291829052905f9060a086015b81831015612f47578335612f2c816126e0565b63ffffffff1681526020938401936001939093019201612f19565b612f53602087016126f4565b63ffffffff811660208901529350612f6e6040870187612d77565b945092508681036040880152612f85818585612db8565b9350505050612f976060840184612dfd565b8583036060870152612faa838284612b00565b9695505050505050565b848152608060208201525f612fcc6080830186612e99565b60ff851660408401528281036060840152612fe78185612efa565b979650505050505050565b5f60208284031215613002575f5ffd5b5051919050565b828152604060208201525f6120f96040830184612e99565b5f5f60408385031215613032575f5ffd5b505080516020909101519092909150565b63ffffffff8616815263ffffffff85166020820152608060408201525f61306e608083018587612db8565b82810360608401526130808185612efa565b98975050505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b828110156130ea5781518652602095860195909101906001016130cc565b5093949350505050565b63ffffffff8616815263ffffffff85166020820152608060408201525f61311f608083018587612db8565b82810360608401528351608080835281519083018190526020909101905f9060a08401905b8083101561316d5763ffffffff8451168252602082019150602084019350600183019250613144565b5060208701519250613187602085018463ffffffff169052565b6040870151925083810360408501526131a0818461308c565b92505050606085015182820360608401526131bb82826130ba565b9a9950505050505050505050565b5f8383855260208501945060208460051b820101835f5b8681101561321a57838303601f19018852613204836131ff8489612de0565b612e41565b60209889019890935091909101906001016131e0565b50909695505050505050565b5f8235607e19833603018112612df4575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561321a57838303601f19018852613275836132708489613226565b612efa565b6020988901989093509190910190600101613251565b828152604060208201525f6132a08384612de0565b60e060408401526132b5610120840182612e99565b90506132c46020850185612dfd565b848303603f19016060860152808352602080840190600583901b850101835f5b8481101561332257868303601f190184526132ff8287612d77565b61330a858284612db8565b602096870196909550939093019250506001016132e4565b50506133316040890189612dfd565b888303603f190160808a01529550935061334c8186866131c9565b94505050505061335e60608501612c45565b60ff1660a08401526133726080850161295e565b6001600160401b031660c084015261338d60a0850185613226565b838203603f190160e08501526133a38282612efa565b9150506133b360c0850185612dfd565b848303603f1901610100860152612fe783828461323a565b634e487b7160e01b5f52604160045260245ffd5b805161170981612ba3565b8051611709816126e0565b805161ffff81168114611709575f5ffd5b5f60c0828403128015613417575f5ffd5b5060405160c081016001600160401b038111828210171561344657634e487b7160e01b5f52604160045260245ffd5b604052613452836133df565b8152613460602084016133ea565b6020820152613471604084016133ea565b6040820152613482606084016133f5565b6060820152613493608084016133ea565b60808201526134a460a084016133ea565b60a08201529392505050565b60ff818116838216019081111561227d5761227d612a81565b8082018082111561227d5761227d612a81565b606081016134ea82866127d6565b602082019390935260400152919050565b808202811582820484141761227d5761227d612a81565b5f8261352c57634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561227d5761227d612a81565b634e487b7160e01b5f52603260045260245ffd5b5f61ffff82168061356b5761356b612a81565b5f190192915050565b63ffffffff828116828216039081111561227d5761227d612a81565b6001600160801b03818116838216019081111561227d5761227d612a81565b6001600160f81b031993909316835260e09190911b6001600160e01b0319166001830152600582015260250190565b5f63ffffffff82168061356b5761356b612a81565b6001600160801b03828116828216039081111561227d5761227d612a81565b6001600160401b03818116838216029081169081811461295757612957612a8156",
}

// Disputes is an auto generated Go binding around an Ethereum contract.
type Disputes struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Disputes) GetABI() abi.ABI {
	return c.abi
}

// NewDisputes creates a new instance of Disputes.
func NewDisputes() *Disputes {
	parsed, err := DisputesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Disputes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Disputes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verdicts) returns()
func (disputes *Disputes) PackConstructor(verdicts common.Address) []byte {
	enc, err := disputes.abi.Pack("", verdicts)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint64,uint32,uint128,uint64,uint32,uint8,uint8,uint8,bytes32,(uint32,bool,uint8,uint32)))
func (disputes *Disputes) PackDispute(id *big.Int) []byte {
	enc, err := disputes.abi.Pack("dispute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint64,uint32,uint128,uint64,uint32,uint8,uint8,uint8,bytes32,(uint32,bool,uint8,uint32)))
func (disputes *Disputes) TryPackDispute(id *big.Int) ([]byte, error) {
	return disputes.abi.Pack("dispute", id)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d6282c.
//
// Solidity: function dispute(uint256 id) view returns((bytes32,uint64,address,address,uint64,uint32,uint128,uint64,uint32,uint8,uint8,uint8,bytes32,(uint32,bool,uint8,uint32)))
func (disputes *Disputes) UnpackDispute(data []byte) (Dispute, error) {
	out, err := disputes.abi.Unpack("dispute", data)
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
func (disputes *Disputes) PackDisputeCount() []byte {
	enc, err := disputes.abi.Pack("disputeCount")
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
func (disputes *Disputes) TryPackDisputeCount() ([]byte, error) {
	return disputes.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (disputes *Disputes) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a2313b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver, uint32 step) payable returns(uint256 id)
func (disputes *Disputes) PackOpenDispute(runId [32]byte, round uint64, solver common.Address, step uint32) []byte {
	enc, err := disputes.abi.Pack("openDispute", runId, round, solver, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a2313b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver, uint32 step) payable returns(uint256 id)
func (disputes *Disputes) TryPackOpenDispute(runId [32]byte, round uint64, solver common.Address, step uint32) ([]byte, error) {
	return disputes.abi.Pack("openDispute", runId, round, solver, step)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a2313b0.
//
// Solidity: function openDispute(bytes32 runId, uint64 round, address solver, uint32 step) payable returns(uint256 id)
func (disputes *Disputes) UnpackOpenDispute(data []byte) (*big.Int, error) {
	out, err := disputes.abi.Unpack("openDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPostStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfb22fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postStep(uint256 id, bytes32 stepRoot, uint32 nrecords, (bytes32[],bytes32[],bytes32[]) outs) returns()
func (disputes *Disputes) PackPostStep(id *big.Int, stepRoot [32]byte, nrecords uint32, outs StepOutputs) []byte {
	enc, err := disputes.abi.Pack("postStep", id, stepRoot, nrecords, outs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfb22fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postStep(uint256 id, bytes32 stepRoot, uint32 nrecords, (bytes32[],bytes32[],bytes32[]) outs) returns()
func (disputes *Disputes) TryPackPostStep(id *big.Int, stepRoot [32]byte, nrecords uint32, outs StepOutputs) ([]byte, error) {
	return disputes.abi.Pack("postStep", id, stepRoot, nrecords, outs)
}

// PackRequestReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2b527f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestReveal(uint256 id, (uint32,bool,uint8,uint32) req) returns()
func (disputes *Disputes) PackRequestReveal(id *big.Int, req RevealRequest) []byte {
	enc, err := disputes.abi.Pack("requestReveal", id, req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d2b527f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestReveal(uint256 id, (uint32,bool,uint8,uint32) req) returns()
func (disputes *Disputes) TryPackRequestReveal(id *big.Int, req RevealRequest) ([]byte, error) {
	return disputes.abi.Pack("requestReveal", id, req)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8ae0237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 id, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) proof) returns()
func (disputes *Disputes) PackResolve(id *big.Int, proof ElementProof) []byte {
	enc, err := disputes.abi.Pack("resolve", id, proof)
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
func (disputes *Disputes) TryPackResolve(id *big.Int, proof ElementProof) ([]byte, error) {
	return disputes.abi.Pack("resolve", id, proof)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb05a28ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],uint32,bytes,bytes32[]) chunk) returns()
func (disputes *Disputes) PackReveal(id *big.Int, rec RecordProof, chunk TensorSlice) []byte {
	enc, err := disputes.abi.Pack("reveal", id, rec, chunk)
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
func (disputes *Disputes) TryPackReveal(id *big.Int, rec RecordProof, chunk TensorSlice) ([]byte, error) {
	return disputes.abi.Pack("reveal", id, rec, chunk)
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (disputes *Disputes) PackTimeout(id *big.Int) []byte {
	enc, err := disputes.abi.Pack("timeout", id)
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
func (disputes *Disputes) TryPackTimeout(id *big.Int) ([]byte, error) {
	return disputes.abi.Pack("timeout", id)
}

// PackVerdictsModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7654c49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdictsModule() view returns(address)
func (disputes *Disputes) PackVerdictsModule() []byte {
	enc, err := disputes.abi.Pack("verdictsModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdictsModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7654c49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdictsModule() view returns(address)
func (disputes *Disputes) TryPackVerdictsModule() ([]byte, error) {
	return disputes.abi.Pack("verdictsModule")
}

// UnpackVerdictsModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7654c49.
//
// Solidity: function verdictsModule() view returns(address)
func (disputes *Disputes) UnpackVerdictsModule(data []byte) (common.Address, error) {
	out, err := disputes.abi.Unpack("verdictsModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DisputesBeaconFixed represents a BeaconFixed event raised by the Disputes contract.
type DisputesBeaconFixed struct {
	RunId  [32]byte
	Round  uint64
	Beacon [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputesBeaconFixedEventName = "BeaconFixed"

// ContractEventName returns the user-defined event name.
func (DisputesBeaconFixed) ContractEventName() string {
	return DisputesBeaconFixedEventName
}

// UnpackBeaconFixedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeaconFixed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon)
func (disputes *Disputes) UnpackBeaconFixedEvent(log *types.Log) (*DisputesBeaconFixed, error) {
	event := "BeaconFixed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesBeaconFixed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesCommitted represents a Committed event raised by the Disputes contract.
type DisputesCommitted struct {
	RunId      [32]byte
	Round      uint64
	Peer       common.Address
	Position   uint32
	Duplicate  bool
	Commitment Commitment
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputesCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (DisputesCommitted) ContractEventName() string {
	return DisputesCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, bool duplicate, (bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32) commitment)
func (disputes *Disputes) UnpackCommittedEvent(log *types.Log) (*DisputesCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesCommitted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesContributionAttested represents a ContributionAttested event raised by the Disputes contract.
type DisputesContributionAttested struct {
	RunId    [32]byte
	Round    uint64
	Solver   common.Address
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputesContributionAttestedEventName = "ContributionAttested"

// ContractEventName returns the user-defined event name.
func (DisputesContributionAttested) ContractEventName() string {
	return DisputesContributionAttestedEventName
}

// UnpackContributionAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionAttested(bytes32 indexed runId, uint64 indexed round, address indexed solver, address verifier)
func (disputes *Disputes) UnpackContributionAttestedEvent(log *types.Log) (*DisputesContributionAttested, error) {
	event := "ContributionAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesContributionAttested)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesDisputeOpened represents a DisputeOpened event raised by the Disputes contract.
type DisputesDisputeOpened struct {
	Id         *big.Int
	RunId      [32]byte
	Solver     common.Address
	Round      uint64
	Step       uint32
	Challenger common.Address
	Bond       *big.Int
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputesDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (DisputesDisputeOpened) ContractEventName() string {
	return DisputesDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed id, bytes32 indexed runId, address indexed solver, uint64 round, uint32 step, address challenger, uint256 bond, uint64 deadline)
func (disputes *Disputes) UnpackDisputeOpenedEvent(log *types.Log) (*DisputesDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesDisputeOpened)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesDisputeResolved represents a DisputeResolved event raised by the Disputes contract.
type DisputesDisputeResolved struct {
	Id                  *big.Int
	Winner              common.Address
	Outcome             uint8
	Slashed             *big.Int
	WhistleblowerReward *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const DisputesDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (DisputesDisputeResolved) ContractEventName() string {
	return DisputesDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed id, address indexed winner, uint8 outcome, uint256 slashed, uint256 whistleblowerReward)
func (disputes *Disputes) UnpackDisputeResolvedEvent(log *types.Log) (*DisputesDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesDisputeResolved)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesJoined represents a Joined event raised by the Disputes contract.
type DisputesJoined struct {
	RunId [32]byte
	Peer  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DisputesJoinedEventName = "Joined"

// ContractEventName returns the user-defined event name.
func (DisputesJoined) ContractEventName() string {
	return DisputesJoinedEventName
}

// UnpackJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Joined(bytes32 indexed runId, address indexed peer, uint256 stake)
func (disputes *Disputes) UnpackJoinedEvent(log *types.Log) (*DisputesJoined, error) {
	event := "Joined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesJoined)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesLeft represents a Left event raised by the Disputes contract.
type DisputesLeft struct {
	RunId [32]byte
	Peer  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DisputesLeftEventName = "Left"

// ContractEventName returns the user-defined event name.
func (DisputesLeft) ContractEventName() string {
	return DisputesLeftEventName
}

// UnpackLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Left(bytes32 indexed runId, address indexed peer, uint256 stake)
func (disputes *Disputes) UnpackLeftEvent(log *types.Log) (*DisputesLeft, error) {
	event := "Left"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesLeft)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesModelAgreed represents a ModelAgreed event raised by the Disputes contract.
type DisputesModelAgreed struct {
	RunId     [32]byte
	Round     uint64
	ModelRoot [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesModelAgreedEventName = "ModelAgreed"

// ContractEventName returns the user-defined event name.
func (DisputesModelAgreed) ContractEventName() string {
	return DisputesModelAgreedEventName
}

// UnpackModelAgreedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelAgreed(bytes32 indexed runId, uint64 indexed round, bytes32 modelRoot)
func (disputes *Disputes) UnpackModelAgreedEvent(log *types.Log) (*DisputesModelAgreed, error) {
	event := "ModelAgreed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesModelAgreed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesModelVoted represents a ModelVoted event raised by the Disputes contract.
type DisputesModelVoted struct {
	RunId     [32]byte
	Round     uint64
	Peer      common.Address
	ModelRoot [32]byte
	Weight    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesModelVotedEventName = "ModelVoted"

// ContractEventName returns the user-defined event name.
func (DisputesModelVoted) ContractEventName() string {
	return DisputesModelVotedEventName
}

// UnpackModelVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelVoted(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint256 weight)
func (disputes *Disputes) UnpackModelVotedEvent(log *types.Log) (*DisputesModelVoted, error) {
	event := "ModelVoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesModelVoted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesPoolReclaimed represents a PoolReclaimed event raised by the Disputes contract.
type DisputesPoolReclaimed struct {
	RunId     [32]byte
	Submitter common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesPoolReclaimedEventName = "PoolReclaimed"

// ContractEventName returns the user-defined event name.
func (DisputesPoolReclaimed) ContractEventName() string {
	return DisputesPoolReclaimedEventName
}

// UnpackPoolReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolReclaimed(bytes32 indexed runId, address indexed submitter, uint256 amount)
func (disputes *Disputes) UnpackPoolReclaimedEvent(log *types.Log) (*DisputesPoolReclaimed, error) {
	event := "PoolReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesPoolReclaimed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesRevealRequested represents a RevealRequested event raised by the Disputes contract.
type DisputesRevealRequested struct {
	Id             *big.Int
	Request        RevealRequest
	RevealDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisputesRevealRequestedEventName = "RevealRequested"

// ContractEventName returns the user-defined event name.
func (DisputesRevealRequested) ContractEventName() string {
	return DisputesRevealRequestedEventName
}

// UnpackRevealRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealRequested(uint256 indexed id, (uint32,bool,uint8,uint32) request, uint64 revealDeadline)
func (disputes *Disputes) UnpackRevealRequestedEvent(log *types.Log) (*DisputesRevealRequested, error) {
	event := "RevealRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesRevealRequested)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesRevealed represents a Revealed event raised by the Disputes contract.
type DisputesRevealed struct {
	Id          *big.Int
	Step        uint32
	Record      uint32
	RecordBytes []byte
	Chunk       TensorSlice
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputesRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (DisputesRevealed) ContractEventName() string {
	return DisputesRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed id, uint32 step, uint32 record, bytes recordBytes, (uint32[],uint32,bytes,bytes32[]) chunk)
func (disputes *Disputes) UnpackRevealedEvent(log *types.Log) (*DisputesRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesRevealed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesRewardClaimed represents a RewardClaimed event raised by the Disputes contract.
type DisputesRewardClaimed struct {
	RunId  [32]byte
	Round  uint64
	Peer   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputesRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (DisputesRewardClaimed) ContractEventName() string {
	return DisputesRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint256 amount)
func (disputes *Disputes) UnpackRewardClaimedEvent(log *types.Log) (*DisputesRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesRewardClaimed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesRoundClosed represents a RoundClosed event raised by the Disputes contract.
type DisputesRoundClosed struct {
	RunId         [32]byte
	Round         uint64
	SeedBlock     uint64
	Contributions uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisputesRoundClosedEventName = "RoundClosed"

// ContractEventName returns the user-defined event name.
func (DisputesRoundClosed) ContractEventName() string {
	return DisputesRoundClosedEventName
}

// UnpackRoundClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundClosed(bytes32 indexed runId, uint64 indexed round, uint64 seedBlock, uint32 contributions)
func (disputes *Disputes) UnpackRoundClosedEvent(log *types.Log) (*DisputesRoundClosed, error) {
	event := "RoundClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesRoundClosed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesRoundFinalized represents a RoundFinalized event raised by the Disputes contract.
type DisputesRoundFinalized struct {
	RunId           [32]byte
	Round           uint64
	FinalCount      uint32
	PerContribution *big.Int
	Fees            *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DisputesRoundFinalizedEventName = "RoundFinalized"

// ContractEventName returns the user-defined event name.
func (DisputesRoundFinalized) ContractEventName() string {
	return DisputesRoundFinalizedEventName
}

// UnpackRoundFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 finalCount, uint256 perContribution, uint256 fees)
func (disputes *Disputes) UnpackRoundFinalizedEvent(log *types.Log) (*DisputesRoundFinalized, error) {
	event := "RoundFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesRoundFinalized)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesRunCreated represents a RunCreated event raised by the Disputes contract.
type DisputesRunCreated struct {
	RunId     [32]byte
	Submitter common.Address
	Config    RunConfig
	Pool      *big.Int
	Bootstrap []string
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesRunCreatedEventName = "RunCreated"

// ContractEventName returns the user-defined event name.
func (DisputesRunCreated) ContractEventName() string {
	return DisputesRunCreatedEventName
}

// UnpackRunCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, (bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) config, uint256 pool, string[] bootstrap)
func (disputes *Disputes) UnpackRunCreatedEvent(log *types.Log) (*DisputesRunCreated, error) {
	event := "RunCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesRunCreated)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesSlashed represents a Slashed event raised by the Disputes contract.
type DisputesSlashed struct {
	Peer   common.Address
	RunId  [32]byte
	Round  uint64
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputesSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (DisputesSlashed) ContractEventName() string {
	return DisputesSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed peer, bytes32 indexed runId, uint64 round, uint256 amount)
func (disputes *Disputes) UnpackSlashedEvent(log *types.Log) (*DisputesSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesSlashed)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesStepOutputsPosted represents a StepOutputsPosted event raised by the Disputes contract.
type DisputesStepOutputsPosted struct {
	Id        *big.Int
	Steps     [][32]byte
	GradNames [][32]byte
	GradRoots [][32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputesStepOutputsPostedEventName = "StepOutputsPosted"

// ContractEventName returns the user-defined event name.
func (DisputesStepOutputsPosted) ContractEventName() string {
	return DisputesStepOutputsPostedEventName
}

// UnpackStepOutputsPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepOutputsPosted(uint256 indexed id, bytes32[] steps, bytes32[] gradNames, bytes32[] gradRoots)
func (disputes *Disputes) UnpackStepOutputsPostedEvent(log *types.Log) (*DisputesStepOutputsPosted, error) {
	event := "StepOutputsPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesStepOutputsPosted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesStepPosted represents a StepPosted event raised by the Disputes contract.
type DisputesStepPosted struct {
	Id       *big.Int
	StepRoot [32]byte
	Nrecords uint32
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputesStepPostedEventName = "StepPosted"

// ContractEventName returns the user-defined event name.
func (DisputesStepPosted) ContractEventName() string {
	return DisputesStepPostedEventName
}

// UnpackStepPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepPosted(uint256 indexed id, bytes32 stepRoot, uint32 nrecords, uint64 deadline)
func (disputes *Disputes) UnpackStepPostedEvent(log *types.Log) (*DisputesStepPosted, error) {
	event := "StepPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesStepPosted)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesVerifierPenalized represents a VerifierPenalized event raised by the Disputes contract.
type DisputesVerifierPenalized struct {
	Verifier common.Address
	RunId    [32]byte
	Round    uint64
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputesVerifierPenalizedEventName = "VerifierPenalized"

// ContractEventName returns the user-defined event name.
func (DisputesVerifierPenalized) ContractEventName() string {
	return DisputesVerifierPenalizedEventName
}

// UnpackVerifierPenalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierPenalized(address indexed verifier, bytes32 indexed runId, uint64 round, uint256 amount)
func (disputes *Disputes) UnpackVerifierPenalizedEvent(log *types.Log) (*DisputesVerifierPenalized, error) {
	event := "VerifierPenalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesVerifierPenalized)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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

// DisputesWithdrawn represents a Withdrawn event raised by the Disputes contract.
type DisputesWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputesWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DisputesWithdrawn) ContractEventName() string {
	return DisputesWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (disputes *Disputes) UnpackWithdrawnEvent(log *types.Log) (*DisputesWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputes.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputesWithdrawn)
	if len(log.Data) > 0 {
		if err := disputes.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputes.abi.Events[event].Inputs {
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
func (disputes *Disputes) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["AlreadyJoined"].ID.Bytes()[:4]) {
		return disputes.UnpackAlreadyJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return disputes.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BadRunConfig"].ID.Bytes()[:4]) {
		return disputes.UnpackBadRunConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BeaconNotReady"].ID.Bytes()[:4]) {
		return disputes.UnpackBeaconNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BeaconPending"].ID.Bytes()[:4]) {
		return disputes.UnpackBeaconPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return disputes.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return disputes.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return disputes.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return disputes.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return disputes.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoContribution"].ID.Bytes()[:4]) {
		return disputes.UnpackNoContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoRevealPending"].ID.Bytes()[:4]) {
		return disputes.UnpackNoRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoReward"].ID.Bytes()[:4]) {
		return disputes.UnpackNoRewardError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return disputes.UnpackNoSuchRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoSuchStep"].ID.Bytes()[:4]) {
		return disputes.UnpackNoSuchStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NoVote"].ID.Bytes()[:4]) {
		return disputes.UnpackNoVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotAVoter"].ID.Bytes()[:4]) {
		return disputes.UnpackNotAVoterError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotAssigned"].ID.Bytes()[:4]) {
		return disputes.UnpackNotAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotChallenger"].ID.Bytes()[:4]) {
		return disputes.UnpackNotChallengerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotDelegated"].ID.Bytes()[:4]) {
		return disputes.UnpackNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotJoined"].ID.Bytes()[:4]) {
		return disputes.UnpackNotJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return disputes.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return disputes.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NotTimedOut"].ID.Bytes()[:4]) {
		return disputes.UnpackNotTimedOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return disputes.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["PeerInDispute"].ID.Bytes()[:4]) {
		return disputes.UnpackPeerInDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RevealMismatch"].ID.Bytes()[:4]) {
		return disputes.UnpackRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RevealPending"].ID.Bytes()[:4]) {
		return disputes.UnpackRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RoundAlreadyClosed"].ID.Bytes()[:4]) {
		return disputes.UnpackRoundAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RoundFull"].ID.Bytes()[:4]) {
		return disputes.UnpackRoundFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RoundNotFinal"].ID.Bytes()[:4]) {
		return disputes.UnpackRoundNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RoundNotFinalized"].ID.Bytes()[:4]) {
		return disputes.UnpackRoundNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RoundNotOpen"].ID.Bytes()[:4]) {
		return disputes.UnpackRoundNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RoundStillOpen"].ID.Bytes()[:4]) {
		return disputes.UnpackRoundStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["RunNotOver"].ID.Bytes()[:4]) {
		return disputes.UnpackRunNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["SelfDispute"].ID.Bytes()[:4]) {
		return disputes.UnpackSelfDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return disputes.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["StepAlreadyPosted"].ID.Bytes()[:4]) {
		return disputes.UnpackStepAlreadyPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["StepNotPosted"].ID.Bytes()[:4]) {
		return disputes.UnpackStepNotPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["StepOutputsMismatch"].ID.Bytes()[:4]) {
		return disputes.UnpackStepOutputsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["TooManyReveals"].ID.Bytes()[:4]) {
		return disputes.UnpackTooManyRevealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return disputes.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return disputes.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["UnknownRun"].ID.Bytes()[:4]) {
		return disputes.UnpackUnknownRunError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["VerdictMismatch"].ID.Bytes()[:4]) {
		return disputes.UnpackVerdictMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["VerifyWindowClosed"].ID.Bytes()[:4]) {
		return disputes.UnpackVerifyWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["VotingClosed"].ID.Bytes()[:4]) {
		return disputes.UnpackVotingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["WrongBase"].ID.Bytes()[:4]) {
		return disputes.UnpackWrongBaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return disputes.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputes.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return disputes.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputesAlreadyAttested represents a AlreadyAttested error raised by the Disputes contract.
type DisputesAlreadyAttested struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func DisputesAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0xf4e48ba2b259ad70b094661e7f5b1925742260cb7d9b6b62d21424676c4f816a")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func (disputes *Disputes) UnpackAlreadyAttestedError(raw []byte) (*DisputesAlreadyAttested, error) {
	out := new(DisputesAlreadyAttested)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesAlreadyCommitted represents a AlreadyCommitted error raised by the Disputes contract.
type DisputesAlreadyCommitted struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func DisputesAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x59d583ac0ff8d1e34cad23af8fd67cf2f3dfe9f6bb87c3823853d3f4f879ee53")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func (disputes *Disputes) UnpackAlreadyCommittedError(raw []byte) (*DisputesAlreadyCommitted, error) {
	out := new(DisputesAlreadyCommitted)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesAlreadyFinalized represents a AlreadyFinalized error raised by the Disputes contract.
type DisputesAlreadyFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func DisputesAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xeeb7fd481754188fd4b0f694e1dba2d1ad0239ff81bb8b37d86d100c9289e387")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackAlreadyFinalizedError(raw []byte) (*DisputesAlreadyFinalized, error) {
	out := new(DisputesAlreadyFinalized)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesAlreadyJoined represents a AlreadyJoined error raised by the Disputes contract.
type DisputesAlreadyJoined struct {
	RunId [32]byte
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyJoined(bytes32 runId, address peer)
func DisputesAlreadyJoinedErrorID() common.Hash {
	return common.HexToHash("0x49261613b3b15654953e040e4c60e230669a15916bc53e196ab40cb5099b0ee4")
}

// UnpackAlreadyJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyJoined(bytes32 runId, address peer)
func (disputes *Disputes) UnpackAlreadyJoinedError(raw []byte) (*DisputesAlreadyJoined, error) {
	out := new(DisputesAlreadyJoined)
	if err := disputes.abi.UnpackIntoInterface(out, "AlreadyJoined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBadParams represents a BadParams error raised by the Disputes contract.
type DisputesBadParams struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams(string why)
func DisputesBadParamsErrorID() common.Hash {
	return common.HexToHash("0x87a33b27684f297cea1e18e1d41fcf399c8e0dbc38274d5e02b504924765634d")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams(string why)
func (disputes *Disputes) UnpackBadParamsError(raw []byte) (*DisputesBadParams, error) {
	out := new(DisputesBadParams)
	if err := disputes.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBadRunConfig represents a BadRunConfig error raised by the Disputes contract.
type DisputesBadRunConfig struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRunConfig(string why)
func DisputesBadRunConfigErrorID() common.Hash {
	return common.HexToHash("0x4ac7b07b986f270f0c3b16ed67dd68a718fe4d31ff7970ed3708c05dd8d00c3b")
}

// UnpackBadRunConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRunConfig(string why)
func (disputes *Disputes) UnpackBadRunConfigError(raw []byte) (*DisputesBadRunConfig, error) {
	out := new(DisputesBadRunConfig)
	if err := disputes.abi.UnpackIntoInterface(out, "BadRunConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBeaconNotReady represents a BeaconNotReady error raised by the Disputes contract.
type DisputesBeaconNotReady struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconNotReady(bytes32 runId, uint64 round)
func DisputesBeaconNotReadyErrorID() common.Hash {
	return common.HexToHash("0xc7015fc10be78e11ff0f8b07a10fbff26622f265a502925ac8d62404945358fc")
}

// UnpackBeaconNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconNotReady(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackBeaconNotReadyError(raw []byte) (*DisputesBeaconNotReady, error) {
	out := new(DisputesBeaconNotReady)
	if err := disputes.abi.UnpackIntoInterface(out, "BeaconNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBeaconPending represents a BeaconPending error raised by the Disputes contract.
type DisputesBeaconPending struct {
	RunId     [32]byte
	Round     uint64
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock)
func DisputesBeaconPendingErrorID() common.Hash {
	return common.HexToHash("0x4ae0f12d514d91ad65ae141f8c6cd8eeebbf01d5c8c8b5cb8f3d8a4e57011903")
}

// UnpackBeaconPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock)
func (disputes *Disputes) UnpackBeaconPendingError(raw []byte) (*DisputesBeaconPending, error) {
	out := new(DisputesBeaconPending)
	if err := disputes.abi.UnpackIntoInterface(out, "BeaconPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesBondTooLow represents a BondTooLow error raised by the Disputes contract.
type DisputesBondTooLow struct {
	Sent *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func DisputesBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func (disputes *Disputes) UnpackBondTooLowError(raw []byte) (*DisputesBondTooLow, error) {
	out := new(DisputesBondTooLow)
	if err := disputes.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesDeadlinePassed represents a DeadlinePassed error raised by the Disputes contract.
type DisputesDeadlinePassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func DisputesDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func (disputes *Disputes) UnpackDeadlinePassedError(raw []byte) (*DisputesDeadlinePassed, error) {
	out := new(DisputesDeadlinePassed)
	if err := disputes.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesDisputeNotOpen represents a DisputeNotOpen error raised by the Disputes contract.
type DisputesDisputeNotOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint256 id)
func DisputesDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1ee0f698949ab12290cb1c72c7adca47c570455aeea3dff53006bee2f1d80bfc")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint256 id)
func (disputes *Disputes) UnpackDisputeNotOpenError(raw []byte) (*DisputesDisputeNotOpen, error) {
	out := new(DisputesDisputeNotOpen)
	if err := disputes.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesDisputeWindowClosed represents a DisputeWindowClosed error raised by the Disputes contract.
type DisputesDisputeWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func DisputesDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x6a9d741548c6aa89f9a6ede252c07ed0b3664e692e2914a13157c3b741fa02a4")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (disputes *Disputes) UnpackDisputeWindowClosedError(raw []byte) (*DisputesDisputeWindowClosed, error) {
	out := new(DisputesDisputeWindowClosed)
	if err := disputes.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesInsufficientStake represents a InsufficientStake error raised by the Disputes contract.
type DisputesInsufficientStake struct {
	Peer common.Address
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func DisputesInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x936d426dd74f230ad5a4425fb8e2282c39c20abb35ad8a2da02a9b2239d6c390")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func (disputes *Disputes) UnpackInsufficientStakeError(raw []byte) (*DisputesInsufficientStake, error) {
	out := new(DisputesInsufficientStake)
	if err := disputes.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoContribution represents a NoContribution error raised by the Disputes contract.
type DisputesNoContribution struct {
	RunId  [32]byte
	Round  uint64
	Solver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func DisputesNoContributionErrorID() common.Hash {
	return common.HexToHash("0xe5bb110f35de396c9b4207f9774e0e98520ed74d42e26b6ebc69f90b8a301b65")
}

// UnpackNoContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func (disputes *Disputes) UnpackNoContributionError(raw []byte) (*DisputesNoContribution, error) {
	out := new(DisputesNoContribution)
	if err := disputes.abi.UnpackIntoInterface(out, "NoContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoRevealPending represents a NoRevealPending error raised by the Disputes contract.
type DisputesNoRevealPending struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRevealPending(uint256 id)
func DisputesNoRevealPendingErrorID() common.Hash {
	return common.HexToHash("0x21e0c0719485a76f74ac3c19907768d4b593ef94231b62c6beb8d24ba3d5e466")
}

// UnpackNoRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRevealPending(uint256 id)
func (disputes *Disputes) UnpackNoRevealPendingError(raw []byte) (*DisputesNoRevealPending, error) {
	out := new(DisputesNoRevealPending)
	if err := disputes.abi.UnpackIntoInterface(out, "NoRevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoReward represents a NoReward error raised by the Disputes contract.
type DisputesNoReward struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func DisputesNoRewardErrorID() common.Hash {
	return common.HexToHash("0x7319a2437bdcb2938b8b88b6a2baa525669164ac12c8f8c7a1f1fd88b5a6ec87")
}

// UnpackNoRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func (disputes *Disputes) UnpackNoRewardError(raw []byte) (*DisputesNoReward, error) {
	out := new(DisputesNoReward)
	if err := disputes.abi.UnpackIntoInterface(out, "NoReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoSuchRound represents a NoSuchRound error raised by the Disputes contract.
type DisputesNoSuchRound struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func DisputesNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0x9236a6a00c73948dac09b21a60968bb6a9a318d4bf3928f0a0b968259e32fa1f")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackNoSuchRoundError(raw []byte) (*DisputesNoSuchRound, error) {
	out := new(DisputesNoSuchRound)
	if err := disputes.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoSuchStep represents a NoSuchStep error raised by the Disputes contract.
type DisputesNoSuchStep struct {
	Step   uint32
	Nsteps uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchStep(uint32 step, uint32 nsteps)
func DisputesNoSuchStepErrorID() common.Hash {
	return common.HexToHash("0x09e1f6cf66925185a029ea58b06dd125ed14d252b4483994a6670231725e88d5")
}

// UnpackNoSuchStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchStep(uint32 step, uint32 nsteps)
func (disputes *Disputes) UnpackNoSuchStepError(raw []byte) (*DisputesNoSuchStep, error) {
	out := new(DisputesNoSuchStep)
	if err := disputes.abi.UnpackIntoInterface(out, "NoSuchStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNoVote represents a NoVote error raised by the Disputes contract.
type DisputesNoVote struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVote(bytes32 runId, uint64 round)
func DisputesNoVoteErrorID() common.Hash {
	return common.HexToHash("0xe885d360e7f0e2ef8d141a941af630dfa2f42812df9eeb39e17519bbf1472ba2")
}

// UnpackNoVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVote(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackNoVoteError(raw []byte) (*DisputesNoVote, error) {
	out := new(DisputesNoVote)
	if err := disputes.abi.UnpackIntoInterface(out, "NoVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotAVoter represents a NotAVoter error raised by the Disputes contract.
type DisputesNotAVoter struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAVoter(bytes32 runId, uint64 round, address peer)
func DisputesNotAVoterErrorID() common.Hash {
	return common.HexToHash("0x1e50ed1322ed65d1e7a3b299edcec2136d9a9ed8bed662a033b68943829363de")
}

// UnpackNotAVoterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAVoter(bytes32 runId, uint64 round, address peer)
func (disputes *Disputes) UnpackNotAVoterError(raw []byte) (*DisputesNotAVoter, error) {
	out := new(DisputesNotAVoter)
	if err := disputes.abi.UnpackIntoInterface(out, "NotAVoter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotAssigned represents a NotAssigned error raised by the Disputes contract.
type DisputesNotAssigned struct {
	RunId    [32]byte
	Round    uint64
	Solver   common.Address
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier)
func DisputesNotAssignedErrorID() common.Hash {
	return common.HexToHash("0x64b1e842ad25c1e38bd012b16e05df09bd0fa6f69bbf849c45fab412568fd524")
}

// UnpackNotAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier)
func (disputes *Disputes) UnpackNotAssignedError(raw []byte) (*DisputesNotAssigned, error) {
	out := new(DisputesNotAssigned)
	if err := disputes.abi.UnpackIntoInterface(out, "NotAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotChallenger represents a NotChallenger error raised by the Disputes contract.
type DisputesNotChallenger struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func DisputesNotChallengerErrorID() common.Hash {
	return common.HexToHash("0xd44a5be8af706718e51cc0b1427e43a145bdd93bac22497676b0bedd8904d560")
}

// UnpackNotChallengerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func (disputes *Disputes) UnpackNotChallengerError(raw []byte) (*DisputesNotChallenger, error) {
	out := new(DisputesNotChallenger)
	if err := disputes.abi.UnpackIntoInterface(out, "NotChallenger", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotDelegated represents a NotDelegated error raised by the Disputes contract.
type DisputesNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDelegated()
func DisputesNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x9ccd6d765a710fd680d347153286cdb7a60331f3ffa08d6d8f39a8f309e618f5")
}

// UnpackNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDelegated()
func (disputes *Disputes) UnpackNotDelegatedError(raw []byte) (*DisputesNotDelegated, error) {
	out := new(DisputesNotDelegated)
	if err := disputes.abi.UnpackIntoInterface(out, "NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotJoined represents a NotJoined error raised by the Disputes contract.
type DisputesNotJoined struct {
	RunId [32]byte
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJoined(bytes32 runId, address peer)
func DisputesNotJoinedErrorID() common.Hash {
	return common.HexToHash("0x594e48ef6de75fd5d768639ebbaacdee76d6f7068786b07a4413d8f162dec1df")
}

// UnpackNotJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJoined(bytes32 runId, address peer)
func (disputes *Disputes) UnpackNotJoinedError(raw []byte) (*DisputesNotJoined, error) {
	out := new(DisputesNotJoined)
	if err := disputes.abi.UnpackIntoInterface(out, "NotJoined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotSolver represents a NotSolver error raised by the Disputes contract.
type DisputesNotSolver struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver(uint256 id, address caller)
func DisputesNotSolverErrorID() common.Hash {
	return common.HexToHash("0x8603ed272c1b8dbeb2572c87e5a720714aeb1f99e2f31eb04d9a81ee6afa720b")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver(uint256 id, address caller)
func (disputes *Disputes) UnpackNotSolverError(raw []byte) (*DisputesNotSolver, error) {
	out := new(DisputesNotSolver)
	if err := disputes.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotSubmitter represents a NotSubmitter error raised by the Disputes contract.
type DisputesNotSubmitter struct {
	RunId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func DisputesNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xd4bae604ba29943732a92ed5619757033da146d65b3d97f62235dde9c30398ae")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func (disputes *Disputes) UnpackNotSubmitterError(raw []byte) (*DisputesNotSubmitter, error) {
	out := new(DisputesNotSubmitter)
	if err := disputes.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNotTimedOut represents a NotTimedOut error raised by the Disputes contract.
type DisputesNotTimedOut struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func DisputesNotTimedOutErrorID() common.Hash {
	return common.HexToHash("0x7917b3e75c48f1dec69dc4a3e4afc1ea21e11b42f7d23e22395f7ced56b719d3")
}

// UnpackNotTimedOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func (disputes *Disputes) UnpackNotTimedOutError(raw []byte) (*DisputesNotTimedOut, error) {
	out := new(DisputesNotTimedOut)
	if err := disputes.abi.UnpackIntoInterface(out, "NotTimedOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesNothingToWithdraw represents a NothingToWithdraw error raised by the Disputes contract.
type DisputesNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func DisputesNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (disputes *Disputes) UnpackNothingToWithdrawError(raw []byte) (*DisputesNothingToWithdraw, error) {
	out := new(DisputesNothingToWithdraw)
	if err := disputes.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesPeerInDispute represents a PeerInDispute error raised by the Disputes contract.
type DisputesPeerInDispute struct {
	Peer         common.Address
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func DisputesPeerInDisputeErrorID() common.Hash {
	return common.HexToHash("0xdea30450e665134413df0da4e35e7f7f16c1415276ac5f7b8a1073fd36da809a")
}

// UnpackPeerInDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func (disputes *Disputes) UnpackPeerInDisputeError(raw []byte) (*DisputesPeerInDispute, error) {
	out := new(DisputesPeerInDispute)
	if err := disputes.abi.UnpackIntoInterface(out, "PeerInDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRevealMismatch represents a RevealMismatch error raised by the Disputes contract.
type DisputesRevealMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func DisputesRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0x3c455c4a7cb7c84ee6f84fc529027d890ee51ba58775c5ba933d01fbf803b2de")
}

// UnpackRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func (disputes *Disputes) UnpackRevealMismatchError(raw []byte) (*DisputesRevealMismatch, error) {
	out := new(DisputesRevealMismatch)
	if err := disputes.abi.UnpackIntoInterface(out, "RevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRevealPending represents a RevealPending error raised by the Disputes contract.
type DisputesRevealPending struct {
	Id             *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func DisputesRevealPendingErrorID() common.Hash {
	return common.HexToHash("0xf4d51764ffba050db3faad58353b5ec67db87271fc8fbcb29839cef4b8fa4b60")
}

// UnpackRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func (disputes *Disputes) UnpackRevealPendingError(raw []byte) (*DisputesRevealPending, error) {
	out := new(DisputesRevealPending)
	if err := disputes.abi.UnpackIntoInterface(out, "RevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRoundAlreadyClosed represents a RoundAlreadyClosed error raised by the Disputes contract.
type DisputesRoundAlreadyClosed struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func DisputesRoundAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0x266d427bfaee01b56214debc82c162a8fe9494c54fd551ac458722e560196f86")
}

// UnpackRoundAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackRoundAlreadyClosedError(raw []byte) (*DisputesRoundAlreadyClosed, error) {
	out := new(DisputesRoundAlreadyClosed)
	if err := disputes.abi.UnpackIntoInterface(out, "RoundAlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRoundFull represents a RoundFull error raised by the Disputes contract.
type DisputesRoundFull struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func DisputesRoundFullErrorID() common.Hash {
	return common.HexToHash("0xa4153909b5c10de63328a4ab423ba91ee5f77a78ea9fac9530e6b180e5665af9")
}

// UnpackRoundFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackRoundFullError(raw []byte) (*DisputesRoundFull, error) {
	out := new(DisputesRoundFull)
	if err := disputes.abi.UnpackIntoInterface(out, "RoundFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRoundNotFinal represents a RoundNotFinal error raised by the Disputes contract.
type DisputesRoundNotFinal struct {
	RunId        [32]byte
	Round        uint64
	FinalAt      uint64
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes)
func DisputesRoundNotFinalErrorID() common.Hash {
	return common.HexToHash("0x7b1c0ad1b0c11dd392a9227c3fb178235e951fa3c83b6530095104acbfa1c8ea")
}

// UnpackRoundNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes)
func (disputes *Disputes) UnpackRoundNotFinalError(raw []byte) (*DisputesRoundNotFinal, error) {
	out := new(DisputesRoundNotFinal)
	if err := disputes.abi.UnpackIntoInterface(out, "RoundNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRoundNotFinalized represents a RoundNotFinalized error raised by the Disputes contract.
type DisputesRoundNotFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func DisputesRoundNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x4b38f3ce12a89598b8f6413a63ee32f18519dbbeaf1d702aafddfeeb975e349b")
}

// UnpackRoundNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func (disputes *Disputes) UnpackRoundNotFinalizedError(raw []byte) (*DisputesRoundNotFinalized, error) {
	out := new(DisputesRoundNotFinalized)
	if err := disputes.abi.UnpackIntoInterface(out, "RoundNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRoundNotOpen represents a RoundNotOpen error raised by the Disputes contract.
type DisputesRoundNotOpen struct {
	RunId    [32]byte
	Round    uint64
	OpensAt  uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func DisputesRoundNotOpenErrorID() common.Hash {
	return common.HexToHash("0x79ba497fa095bbe12e226bb7e16315bfc96b9e9650911ddfe09fb73fe5c9a69a")
}

// UnpackRoundNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func (disputes *Disputes) UnpackRoundNotOpenError(raw []byte) (*DisputesRoundNotOpen, error) {
	out := new(DisputesRoundNotOpen)
	if err := disputes.abi.UnpackIntoInterface(out, "RoundNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRoundStillOpen represents a RoundStillOpen error raised by the Disputes contract.
type DisputesRoundStillOpen struct {
	RunId    [32]byte
	Round    uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func DisputesRoundStillOpenErrorID() common.Hash {
	return common.HexToHash("0xd149900bdedb763a55195b2ca0572929235cec627033e1f6df46eb8cf72f09b5")
}

// UnpackRoundStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func (disputes *Disputes) UnpackRoundStillOpenError(raw []byte) (*DisputesRoundStillOpen, error) {
	out := new(DisputesRoundStillOpen)
	if err := disputes.abi.UnpackIntoInterface(out, "RoundStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesRunNotOver represents a RunNotOver error raised by the Disputes contract.
type DisputesRunNotOver struct {
	RunId     [32]byte
	Finalized uint32
	Rounds    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func DisputesRunNotOverErrorID() common.Hash {
	return common.HexToHash("0x7a8f9c4911836b55ae3ab6be377f5111f88a42a113ac4f556ac5cb7858c4a802")
}

// UnpackRunNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func (disputes *Disputes) UnpackRunNotOverError(raw []byte) (*DisputesRunNotOver, error) {
	out := new(DisputesRunNotOver)
	if err := disputes.abi.UnpackIntoInterface(out, "RunNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesSelfDispute represents a SelfDispute error raised by the Disputes contract.
type DisputesSelfDispute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfDispute()
func DisputesSelfDisputeErrorID() common.Hash {
	return common.HexToHash("0x80e7f40ce496c2e57235f964ae4d163c339d8914735f3713218239bd206beabe")
}

// UnpackSelfDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfDispute()
func (disputes *Disputes) UnpackSelfDisputeError(raw []byte) (*DisputesSelfDispute, error) {
	out := new(DisputesSelfDispute)
	if err := disputes.abi.UnpackIntoInterface(out, "SelfDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesStakeLocked represents a StakeLocked error raised by the Disputes contract.
type DisputesStakeLocked struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 until)
func DisputesStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 until)
func (disputes *Disputes) UnpackStakeLockedError(raw []byte) (*DisputesStakeLocked, error) {
	out := new(DisputesStakeLocked)
	if err := disputes.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesStepAlreadyPosted represents a StepAlreadyPosted error raised by the Disputes contract.
type DisputesStepAlreadyPosted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepAlreadyPosted(uint256 id)
func DisputesStepAlreadyPostedErrorID() common.Hash {
	return common.HexToHash("0x0bb6846b591019bd79d3041fa01f42bd9efb4fe0b34b88a30bec985a40e67514")
}

// UnpackStepAlreadyPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepAlreadyPosted(uint256 id)
func (disputes *Disputes) UnpackStepAlreadyPostedError(raw []byte) (*DisputesStepAlreadyPosted, error) {
	out := new(DisputesStepAlreadyPosted)
	if err := disputes.abi.UnpackIntoInterface(out, "StepAlreadyPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesStepNotPosted represents a StepNotPosted error raised by the Disputes contract.
type DisputesStepNotPosted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepNotPosted(uint256 id)
func DisputesStepNotPostedErrorID() common.Hash {
	return common.HexToHash("0x3627e9e4742560c26e6b643e16c609f40888ccd7924cb501b135da44867f8f88")
}

// UnpackStepNotPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepNotPosted(uint256 id)
func (disputes *Disputes) UnpackStepNotPostedError(raw []byte) (*DisputesStepNotPosted, error) {
	out := new(DisputesStepNotPosted)
	if err := disputes.abi.UnpackIntoInterface(out, "StepNotPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesStepOutputsMismatch represents a StepOutputsMismatch error raised by the Disputes contract.
type DisputesStepOutputsMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutputsMismatch(uint256 id, string why)
func DisputesStepOutputsMismatchErrorID() common.Hash {
	return common.HexToHash("0x084687202efffa749260038463576ffa1843ff7c6c21ee3341cab8efbd393f57")
}

// UnpackStepOutputsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutputsMismatch(uint256 id, string why)
func (disputes *Disputes) UnpackStepOutputsMismatchError(raw []byte) (*DisputesStepOutputsMismatch, error) {
	out := new(DisputesStepOutputsMismatch)
	if err := disputes.abi.UnpackIntoInterface(out, "StepOutputsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesTooManyReveals represents a TooManyReveals error raised by the Disputes contract.
type DisputesTooManyReveals struct {
	Id  *big.Int
	Max uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func DisputesTooManyRevealsErrorID() common.Hash {
	return common.HexToHash("0x2c0e790708275f31842cdb7775c3e29e43b2fbdb0d33d92556cb09402e192562")
}

// UnpackTooManyRevealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func (disputes *Disputes) UnpackTooManyRevealsError(raw []byte) (*DisputesTooManyReveals, error) {
	out := new(DisputesTooManyReveals)
	if err := disputes.abi.UnpackIntoInterface(out, "TooManyReveals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesTransferFailed represents a TransferFailed error raised by the Disputes contract.
type DisputesTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DisputesTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (disputes *Disputes) UnpackTransferFailedError(raw []byte) (*DisputesTransferFailed, error) {
	out := new(DisputesTransferFailed)
	if err := disputes.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesUnknownDispute represents a UnknownDispute error raised by the Disputes contract.
type DisputesUnknownDispute struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint256 id)
func DisputesUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x8f09a29b08337b4e66a42a0bbd8bc395cb2fa24f8b538de30a025d7769f25cf4")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint256 id)
func (disputes *Disputes) UnpackUnknownDisputeError(raw []byte) (*DisputesUnknownDispute, error) {
	out := new(DisputesUnknownDispute)
	if err := disputes.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesUnknownRun represents a UnknownRun error raised by the Disputes contract.
type DisputesUnknownRun struct {
	RunId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRun(bytes32 runId)
func DisputesUnknownRunErrorID() common.Hash {
	return common.HexToHash("0x14ed72a27c3d0d046b7c27161f68d5b2ccc14d22e9b96f4d8fc7ca59a9254890")
}

// UnpackUnknownRunError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRun(bytes32 runId)
func (disputes *Disputes) UnpackUnknownRunError(raw []byte) (*DisputesUnknownRun, error) {
	out := new(DisputesUnknownRun)
	if err := disputes.abi.UnpackIntoInterface(out, "UnknownRun", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesVerdictMismatch represents a VerdictMismatch error raised by the Disputes contract.
type DisputesVerdictMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerdictMismatch(uint256 id, string why)
func DisputesVerdictMismatchErrorID() common.Hash {
	return common.HexToHash("0x73612c7e43789aed59bd1c36213b8ab199c2f273c133216dda979edda4cf4d76")
}

// UnpackVerdictMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerdictMismatch(uint256 id, string why)
func (disputes *Disputes) UnpackVerdictMismatchError(raw []byte) (*DisputesVerdictMismatch, error) {
	out := new(DisputesVerdictMismatch)
	if err := disputes.abi.UnpackIntoInterface(out, "VerdictMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesVerifyWindowClosed represents a VerifyWindowClosed error raised by the Disputes contract.
type DisputesVerifyWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func DisputesVerifyWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4adc0c47dc5c4a48ac0efc3e37f3a4d36134a1c3ca970d3250c475fe05952fea")
}

// UnpackVerifyWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (disputes *Disputes) UnpackVerifyWindowClosedError(raw []byte) (*DisputesVerifyWindowClosed, error) {
	out := new(DisputesVerifyWindowClosed)
	if err := disputes.abi.UnpackIntoInterface(out, "VerifyWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesVotingClosed represents a VotingClosed error raised by the Disputes contract.
type DisputesVotingClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt)
func DisputesVotingClosedErrorID() common.Hash {
	return common.HexToHash("0xe00009f973c41d7c5388ecff32f0eae3553b10411335fe3ad5aa8b2009da71e3")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (disputes *Disputes) UnpackVotingClosedError(raw []byte) (*DisputesVotingClosed, error) {
	out := new(DisputesVotingClosed)
	if err := disputes.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesWrongBase represents a WrongBase error raised by the Disputes contract.
type DisputesWrongBase struct {
	Base      [32]byte
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBase(bytes32 base, bytes32 modelRoot)
func DisputesWrongBaseErrorID() common.Hash {
	return common.HexToHash("0xe64b95b76ccb93d5ef7dc225a7d1c8efd894afc5070d32caa65544541babb6d1")
}

// UnpackWrongBaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBase(bytes32 base, bytes32 modelRoot)
func (disputes *Disputes) UnpackWrongBaseError(raw []byte) (*DisputesWrongBase, error) {
	out := new(DisputesWrongBase)
	if err := disputes.abi.UnpackIntoInterface(out, "WrongBase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesZeroAmount represents a ZeroAmount error raised by the Disputes contract.
type DisputesZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func DisputesZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (disputes *Disputes) UnpackZeroAmountError(raw []byte) (*DisputesZeroAmount, error) {
	out := new(DisputesZeroAmount)
	if err := disputes.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputesZeroRoot represents a ZeroRoot error raised by the Disputes contract.
type DisputesZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func DisputesZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (disputes *Disputes) UnpackZeroRootError(raw []byte) (*DisputesZeroRoot, error) {
	out := new(DisputesZeroRoot)
	if err := disputes.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeMetaData contains all meta data concerning the IndexReferee contract.
var IndexRefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IMPOSSIBLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"compute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "IndexReferee",
	Bin: "0x6080604052348015600e575f5ffd5b506125528061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063e6f852e614610038578063ea1963b41461005d575b5f5ffd5b61004b610046366004612338565b610069565b60405190815260200160405180910390f35b61004b64010000000081565b5f806100876100788480612382565b61008290806123a0565b6100c6565b90505f5f6100a4836020015184604001518560800151518861054a565b91509150806100b8576401000000006100ba565b815b93505050505b92915050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f600983101561012f57604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064015b60405180910390fd5b600184845f81610141576101416123e3565b9050013560f81c60f81b60f81c60ff161461018957604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610126565b50600161019984848360046105ca565b63ffffffff1682526101ac60048261240b565b90506101bb84848360026105ca565b61ffff1660208301526101cf60028261240b565b90505f6101df85858460016105ca565b90506101ec60018361240b565b91508067ffffffffffffffff8111156102075761020761241e565b604051908082528060200260200182016040528015610230578160200160208202803683370190505b5060408401525f5b8181101561028d5761024d86868560046105ca565b84604001518281518110610263576102636123e3565b63ffffffff9092166020928302919091019091015261028360048461240b565b9250600101610238565b5061029b85858460016105ca565b90506102a860018361240b565b91508067ffffffffffffffff8111156102c3576102c361241e565b60405190808252806020026020018201604052801561031a57816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f199092019101816102e15790505b5060608401525f5b8181101561044a575f84606001518281518110610341576103416123e3565b6020026020010151905061035887878660016105ca565b60ff16815261036860018561240b565b815190945060ff165f036103bf5761038387878660046105ca565b63ffffffff1660208201526103a5878761039e87600461240b565b60016105ca565b60ff1660408201526103b860058561240b565b9350610422565b805160ff166001036103e8576103d887878660206105ca565b60608201526103b860208561240b565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610126565b61042f87878660206105ca565b608082015261043f60208561240b565b935050600101610322565b5061045885858460016105ca565b905061046560018361240b565b91508067ffffffffffffffff8111156104805761048061241e565b6040519080825280602002602001820160405280156104a9578160200160208202803683370190505b5060808401525f5b81811015610500576104c686868560206105ca565b60808501518051839081106104dd576104dd6123e3565b6020026020010181815250506020836104f6919061240b565b92506001016104b1565b5081841461054257604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610126565b505092915050565b5f5f61055586610628565b6105625761056286610690565b8360011461057457505f9050806105c1565b6105bc868661058660c0870187612432565b61059360a0890189612478565b61059d9080612432565b6105ad60a08b0160808c0161248c565b67ffffffffffffffff166106af565b915091505b94509492505050565b5f836105d6838561240b565b111561061157604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610126565b8285013560088302610100031c9050949350505050565b5f61ffff8216600d1480610640575061ffff8216600e145b8061064f575061ffff82166014145b8061065e575061ffff82166015145b8061066d575061ffff82166027145b8061067c575061ffff82166028145b806100c0575061ffff8216602a1492915050565b6040516315b2ed9960e01b815261ffff82166004820152602401610126565b5f80600d1961ffff8a16016106d5576106cc8888888888886107ed565b915091506107e1565b61ffff8916600d14806106ec575061ffff89166027145b806106fb575061ffff89166028145b1561070f576106cc89898989898989610957565b60131961ffff8a160161072a576106cc888888888888610a3d565b60141961ffff8a1601610745576106cc888888888888610e04565b6001861415806107555750875115155b8061079e57506107658585611027565b61079b88885f81811061077a5761077a6123e3565b905060200281019061078c9190612478565b6107969080612432565b611027565b14155b156107ad57505f9050806107e1565b6107da87875f8181106107c2576107c26123e3565b90506020028101906107d49190612478565b846110be565b6001915091505b97509795505050505050565b5f5f5f5f6107fe8a8a8a8a8a611249565b91509150805f03610816575f5f93509350505061094c565b61100082111561084b5760405163dda8a30360e01b8152600e6004820152602481018390526110006044820152606401610126565b5f5f5f6108b58c8c6001818110610864576108646123e3565b90506020028101906108769190612478565b86868d8d600181811061088b5761088b6123e3565b90506020020160208101906108a091906124b3565b6108b09063ffffffff168d6124ea565b611467565b925092509250826108d0575f5f96509650505050505061094c565b6040821115610905576040805163dda8a30360e01b8152600e6004820152602481018490526044810191909152606401610126565b6109408c8c83858c8f8f6001818110610920576109206123e3565b905060200201602081019061093591906124b3565b63ffffffff1661162c565b60019650965050505050505b965096945050505050565b5f80600286141580610981575061ffff8916602814610976575f610979565b60015b60ff16885114155b806109bd57508686600181811061099a5761099a6123e3565b90506020028101906109ac9190612478565b6109b69080612432565b9050600114155b156109cc57505f9050806107e1565b600c1961ffff8a16016109e6576106cc87878787876116a3565b60261961ffff8a1601610a00576106cc87878787876118f3565b610a2d885f81518110610a1557610a156123e3565b602002602001015163ffffffff168888888888611ad7565b9150915097509795505050505050565b5f80851580610a4e57508751600114155b80610a7b575084849050885f81518110610a6a57610a6a6123e3565b602002602001015163ffffffff1610155b15610a8a57505f90508061094c565b5f885f81518110610a9d57610a9d6123e3565b602090810291909101015163ffffffff1690505f805b88811015610bde57365f8b8b84818110610acf57610acf6123e3565b9050602002810190610ae19190612478565b610aeb9080612432565b9092509050888114610b07575f5f96509650505050505061094c565b5f5b89811015610b9757858114158015610b7957508a8a82818110610b2e57610b2e6123e3565b9050602002016020810190610b4391906124b3565b63ffffffff16838383818110610b5b57610b5b6123e3565b9050602002016020810190610b7091906124b3565b63ffffffff1614155b15610b8f575f5f9750975050505050505061094c565b600101610b09565b50818186818110610baa57610baa6123e3565b9050602002016020810190610bbf91906124b3565b610bcf9063ffffffff168561240b565b93505050806001019050610ab3565b50868683818110610bf157610bf16123e3565b9050602002016020810190610c0691906124b3565b63ffffffff168114610c1f575f5f93509350505061094c565b5f610c2b888885611d0f565b90505f610c3882846124fd565b610c4290886124ea565b90505f83610c50848a6124ea565b610c5a9190612514565b90505f5b8c8c82818110610c7057610c706123e3565b9050602002810190610c829190612478565b610c8c9080612432565b87818110610c9c57610c9c6123e3565b9050602002016020810190610cb191906124b3565b63ffffffff168210610d32578c8c82818110610ccf57610ccf6123e3565b9050602002810190610ce19190612478565b610ceb9080612432565b87818110610cfb57610cfb6123e3565b9050602002016020810190610d1091906124b3565b610d209063ffffffff1683612527565b9150610d2b8161253a565b9050610c5e565b5f8d8d83818110610d4557610d456123e3565b9050602002810190610d579190612478565b610d619080612432565b88818110610d7157610d716123e3565b9050602002016020810190610d8691906124b3565b63ffffffff169050610dee8e8e84818110610da357610da36123e3565b9050602002810190610db59190612478565b610dbf878d612514565b8786610dcb868a6124fd565b610dd5919061240b565b610ddf91906124fd565b610de9919061240b565b6110be565b9f60019f509d5050505050505050505050505050565b5f80600186141580610e1857508751600314155b15610e2757505f90508061094c565b365f88885f818110610e3b57610e3b6123e3565b9050602002810190610e4d9190612478565b610e579080612432565b915091505f8a5f81518110610e6e57610e6e6123e3565b602002602001015163ffffffff1690505f8b600181518110610e9257610e926123e3565b602002602001015163ffffffff1690505f8c600281518110610eb657610eb66123e3565b602002602001015163ffffffff1690508484905083101580610ed85750838914155b80610ee257508181105b80610f185750848484818110610efa57610efa6123e3565b9050602002016020810190610f0f91906124b3565b63ffffffff1681115b15610f2d575f5f96509650505050505061094c565b5f5b89811015610fc557838114610f7057858582818110610f5057610f506123e3565b9050602002016020810190610f6591906124b3565b63ffffffff16610f7a565b610f7a8383612527565b8b8b83818110610f8c57610f8c6123e3565b9050602002016020810190610fa191906124b3565b63ffffffff1614610fbd575f5f9750975050505050505061094c565b600101610f2f565b506109408c8c5f818110610fdb57610fdb6123e3565b9050602002810190610fed9190612478565b610de98c8c87878b8b8b818110611006576110066123e3565b905060200201602081019061101b91906124b3565b63ffffffff168f611d70565b5f6004821115611069576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610126565b5060015f5b828110156110b757838382818110611088576110886123e3565b905060200201602081019061109d91906124b3565b6110ad9063ffffffff16836124fd565b915060010161106e565b5092915050565b5f8060406110d1858201602087016124b3565b63ffffffff166110e191906124fd565b90508083108061111d57506110f960408501856123a0565b90506111058285612527565b6111109060046124fd565b61111b90600461240b565b115b1561116b576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610126565b5f6111768285612527565b6111819060046124fd565b9050365f61119260408801886123a0565b9092509050601882826111a686600361240b565b8181106111b5576111b56123e3565b919091013560f81c90911b9050601083836111d187600261240b565b8181106111e0576111e06123e3565b919091013560f81c90911b9050600884846111fc88600161240b565b81811061120b5761120b6123e3565b919091013560f81c90911b905084848781811061122a5761122a6123e3565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f80600285108061125c57508651600114155b1561126b57505f90508061145d565b365f87875f81811061127f5761127f6123e3565b90506020028101906112919190612478565b61129b9080612432565b91509150365f898960018181106112b4576112b46123e3565b90506020028101906112c69190612478565b6112d09080612432565b915091508a5f815181106112e6576112e66123e3565b602002602001015163ffffffff16945083839050600214158061130a575060018114155b8061136d575083835f818110611322576113226123e3565b905060200201602081019061133791906124b3565b63ffffffff1682825f81811061134f5761134f6123e3565b905060200201602081019061136491906124b3565b63ffffffff1614155b80611379575060028714155b806113b057508488885f818110611392576113926123e3565b90506020020160208101906113a791906124b3565b63ffffffff1614155b806114155750838360018181106113c9576113c96123e3565b90506020020160208101906113de91906124b3565b63ffffffff16888860018181106113f7576113f76123e3565b905060200201602081019061140c91906124b3565b63ffffffff1614155b15611429575f5f955095505050505061145d565b83835f81811061143b5761143b6123e3565b905060200201602081019061145091906124b3565b63ffffffff169550505050505b9550959350505050565b5f80606061147b60408801602089016124b3565b63ffffffff161515806114a557506114948660046124fd565b6114a160408901896123a0565b9050105b156114e3576040516351a6cb4960e01b815260206004820152600d60248201526c696473206e6f742077686f6c6560981b6044820152606401610126565b365f6114f260408a018a6123a0565b60408051818152610820810182529294509092509081602082016108008036833701905050935061159d565b5f5f637fffffff831661153357506001611596565b8260171c609e8111607f8210171561154b5750611596565b627fffff841662800000176096821080156115845782609603600180821b0383161561157a5750505050611596565b82901c945061158d565b81609684031b94505b50505083821090505b9250929050565b60019550602084015f5b8a81101561161d576004810285013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790506115e38b8261151e565b9150816115f4575f9950505061161d565b8a8103611613578489101561160c578260208a028501525b6001890198505b50506001016115a7565b50505050509450945094915050565b5f80805b85811015611697575f61167d8a8a85611649898b612514565b898d888151811061165c5761165c6123e3565b602002602001015161166e91906124fd565b611678919061240b565b611e2c565b909350905061168c8482611eff565b935050600101611630565b50509695505050505050565b5f5f365f88885f8181106116b9576116b96123e3565b90506020028101906116cb9190612478565b6116d59080612432565b90925090506002811415806116eb575060028614155b8061177b575088886001818110611704576117046123e3565b90506020028101906117169190612478565b6117209080612432565b5f818110611730576117306123e3565b905060200201602081019061174591906124b3565b63ffffffff1687875f81811061175d5761175d6123e3565b905060200201602081019061177291906124b3565b63ffffffff1614155b806117e0575081816001818110611794576117946123e3565b90506020020160208101906117a991906124b3565b63ffffffff16878760018181106117c2576117c26123e3565b90506020020160208101906117d791906124b3565b63ffffffff1614155b156117f2575f5f93509350505061145d565b5f82826001818110611806576118066123e3565b905060200201602081019061181b91906124b3565b63ffffffff1690505f5f61188c61185a8d8d600181811061183e5761183e6123e3565b90506020028101906118509190612478565b610de9868c6124ea565b86865f81811061186c5761186c6123e3565b905060200201602081019061188191906124b3565b63ffffffff166120ad565b91509150816118a5575f5f96509650505050505061145d565b6118e08c8c5f8181106118ba576118ba6123e3565b90506020028101906118cc9190612478565b6118d6858b612514565b610ddf86856124fd565b9c60019c509a5050505050505050505050565b5f5f365f88885f818110611909576119096123e3565b905060200281019061191b9190612478565b6119259080612432565b915091505f8989600181811061193d5761193d6123e3565b905060200281019061194f9190612478565b6119599080612432565b5f818110611969576119696123e3565b905060200201602081019061197e91906124b3565b63ffffffff1690506002821415806119c257508083835f8181106119a4576119a46123e3565b90506020020160208101906119b991906124b3565b63ffffffff1614155b806119ce575060018714155b80611a0557508088885f8181106119e7576119e76123e3565b90506020020160208101906119fc91906124b3565b63ffffffff1614155b15611a18575f5f9450945050505061145d565b5f5f611a5e611a4b8d8d6001818110611a3357611a336123e3565b9050602002810190611a459190612478565b8a6110be565b8686600181811061186c5761186c6123e3565b9150915081611a77575f5f96509650505050505061145d565b6118e08c8c5f818110611a8c57611a8c6123e3565b9050602002810190611a9e9190612478565b8287876001818110611ab257611ab26123e3565b9050602002016020810190611ac791906124b3565b610ddf9063ffffffff168c6124fd565b5f5f5f87876001818110611aed57611aed6123e3565b9050602002810190611aff9190612478565b611b099080612432565b5f818110611b1957611b196123e3565b9050602002016020810190611b2e91906124b3565b63ffffffff169050881580611b73575087875f818110611b5057611b506123e3565b9050602002810190611b629190612478565b611b6c9080612432565b9050600114155b80611bd657508088885f818110611b8c57611b8c6123e3565b9050602002810190611b9e9190612478565b611ba89080612432565b5f818110611bb857611bb86123e3565b9050602002016020810190611bcd91906124b3565b63ffffffff1614155b80611be2575060028514155b80611c1957508086865f818110611bfb57611bfb6123e3565b9050602002016020810190611c1091906124b3565b63ffffffff1614155b80611c5157508886866001818110611c3357611c336123e3565b9050602002016020810190611c4891906124b3565b63ffffffff1614155b15611c62575f5f925092505061094c565b5f5f611c9f611c998b8b6001818110611c7d57611c7d6123e3565b9050602002810190611c8f9190612478565b610de98e8a6124ea565b8c6120ad565b9150915081611cb6575f5f9450945050505061094c565b80611cc18c88612514565b14611ccc575f611cfd565b611cfd8a8a5f818110611ce157611ce16123e3565b9050602002810190611cf39190612478565b610de98d896124ea565b9b60019b509950505050505050505050565b60015f611d1c838361240b565b90505b83811015611d6857848482818110611d3957611d396123e3565b9050602002016020810190611d4e91906124b3565b611d5e9063ffffffff16836124fd565b9150600101611d1f565b509392505050565b5f5f611d7d888888611d0f565b90505f888888818110611d9257611d926123e3565b9050602002016020810190611da791906124b3565b63ffffffff1690505f611dba83836124fd565b611dc490866124ea565b90505f82611dd285886124ea565b611ddc9190612514565b9050611de88487612514565b84828a611df58b876124fd565b611dff919061240b565b611e09919061240b565b611e1391906124fd565b611e1d919061240b565b9b9a5050505050505050505050565b5f5f5b611e5b868686818110611e4457611e446123e3565b9050602002810190611e569190612478565b612192565b8310611ed1578315611e7757611e7284600161240b565b611e7a565b60025b9350848410611ecc576040516351a6cb4960e01b815260206004820152601d60248201527f647920656c656d656e74206f7574736964652074686520736c696365730000006044820152606401610126565b611e2f565b836105bc878787818110611ee757611ee76123e3565b9050602002810190611ef99190612478565b856110be565b5f637fffffff838116908316637f80000082101580611f225750637f8000008110155b15611f9757637f800000821180611f3c5750637f80000081115b15611f4f57637fc00000925050506100c0565b637f80000082148015611f655750637f80000081145b15611f8657838514611f7b57637fc00000611f7d565b845b925050506100c0565b637f8000008214611f7b5783611f7d565b805f03611fb5578115611faa5784611f7d565b5050508181166100c0565b815f03611fc65783925050506100c0565b80821015611fd357929392905b627fffff8083169290821691601791821c911c5f829003611ff75760019150612000565b62800000841793505b805f0361200f57506001612018565b62800000831792505b600893841b939290921b9180820360288111156120385760019350612059565b80156120595783811c935f196001831b01168015612057576001851794505b505b5f6380000000888a18165f03612072575084840161208c565b8486039050805f0361208c575f96505050505050506100c0565b6120a063800000008a16609e8603836121d8565b9998505050505050505050565b5f80637fffffff84168082036120ca5760015f9250925050611596565b638000000085161515806120e25750637f8000008110155b156120f3575f5f9250925050611596565b601781901c607f8110806121075750609e81115b15612119575f5f935093505050611596565b62800000627fffff8316175f6096831061214257612138609684612527565b82901b9050612184565b600161214f846096612527565b6001901b61215d9190612527565b821615612173575f5f9550955050505050611596565b61217e836096612527565b82901c90505b958610979596505050505050565b5f60046121a260408401846123a0565b6121ad9291506124ea565b60406121be848201602086016124b3565b63ffffffff166121ce91906124fd565b6100c0919061240b565b5f5f6121e383612298565b9050601719848201016094198112156121fb57506094195b5f85821361220f575080850384901b612263565b85820360a0811115612223575f9150612261565b85811c91505f19600180831b820188169183011b80821180612252575080821480156122525750836001166001145b1561225e576001840193505b50505b505b6095820160171b8101637f800000811061228957637f8000008817945050505050612291565b871793505050505b9392505050565b5f608082901c156122ab57608091821c91015b604082901c156122bd57604091821c91015b602082901c156122cf57602091821c91015b601082901c156122e157601091821c91015b600882901c156122f357600891821c91015b600482901c1561230557600491821c91015b600282901c1561231757600291821c91015b600182901c1561232957600191821c91015b8115612333576001015b919050565b5f5f60408385031215612349575f5ffd5b82359150602083013567ffffffffffffffff811115612366575f5ffd5b830160e08186031215612377575f5ffd5b809150509250929050565b5f8235605e19833603018112612396575f5ffd5b9190910192915050565b5f5f8335601e198436030181126123b5575f5ffd5b83018035915067ffffffffffffffff8211156123cf575f5ffd5b602001915036819003821315611596575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100c0576100c06123f7565b634e487b7160e01b5f52604160045260245ffd5b5f5f8335601e19843603018112612447575f5ffd5b83018035915067ffffffffffffffff821115612461575f5ffd5b6020019150600581901b3603821315611596575f5ffd5b5f8235607e19833603018112612396575f5ffd5b5f6020828403121561249c575f5ffd5b813567ffffffffffffffff81168114612291575f5ffd5b5f602082840312156124c3575f5ffd5b813563ffffffff81168114612291575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826124f8576124f86124d6565b500490565b80820281158282048414176100c0576100c06123f7565b5f82612522576125226124d6565b500690565b818103818111156100c0576100c06123f7565b5f6001820161254b5761254b6123f7565b506001019056",
}

// IndexReferee is an auto generated Go binding around an Ethereum contract.
type IndexReferee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IndexReferee) GetABI() abi.ABI {
	return c.abi
}

// NewIndexReferee creates a new instance of IndexReferee.
func NewIndexReferee() *IndexReferee {
	parsed, err := IndexRefereeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IndexReferee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IndexReferee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (indexReferee *IndexReferee) PackIMPOSSIBLE() []byte {
	enc, err := indexReferee.abi.Pack("IMPOSSIBLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (indexReferee *IndexReferee) TryPackIMPOSSIBLE() ([]byte, error) {
	return indexReferee.abi.Pack("IMPOSSIBLE")
}

// UnpackIMPOSSIBLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1963b4.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (indexReferee *IndexReferee) UnpackIMPOSSIBLE(data []byte) (*big.Int, error) {
	out, err := indexReferee.abi.Unpack("IMPOSSIBLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (indexReferee *IndexReferee) PackCompute(arg0 [32]byte, p ElementProof) []byte {
	enc, err := indexReferee.abi.Pack("compute", arg0, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (indexReferee *IndexReferee) TryPackCompute(arg0 [32]byte, p ElementProof) ([]byte, error) {
	return indexReferee.abi.Pack("compute", arg0, p)
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6f852e6.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (indexReferee *IndexReferee) UnpackCompute(data []byte) (*big.Int, error) {
	out, err := indexReferee.abi.Unpack("compute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (indexReferee *IndexReferee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return indexReferee.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return indexReferee.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return indexReferee.UnpackRowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], indexReferee.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return indexReferee.UnpackUnsupportedKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IndexRefereeBadRecord represents a BadRecord error raised by the IndexReferee contract.
type IndexRefereeBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func IndexRefereeBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (indexReferee *IndexReferee) UnpackBadRecordError(raw []byte) (*IndexRefereeBadRecord, error) {
	out := new(IndexRefereeBadRecord)
	if err := indexReferee.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeBadSlice represents a BadSlice error raised by the IndexReferee contract.
type IndexRefereeBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func IndexRefereeBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (indexReferee *IndexReferee) UnpackBadSliceError(raw []byte) (*IndexRefereeBadSlice, error) {
	out := new(IndexRefereeBadSlice)
	if err := indexReferee.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeRowLimitExceeded represents a RowLimitExceeded error raised by the IndexReferee contract.
type IndexRefereeRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func IndexRefereeRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (indexReferee *IndexReferee) UnpackRowLimitExceededError(raw []byte) (*IndexRefereeRowLimitExceeded, error) {
	out := new(IndexRefereeRowLimitExceeded)
	if err := indexReferee.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IndexRefereeUnsupportedKind represents a UnsupportedKind error raised by the IndexReferee contract.
type IndexRefereeUnsupportedKind struct {
	Kind uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint16 kind)
func IndexRefereeUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x15b2ed99bed104d264921e63bcb2ae2675924ea64bc8cf7df07ec59a6372c50c")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint16 kind)
func (indexReferee *IndexReferee) UnpackUnsupportedKindError(raw []byte) (*IndexRefereeUnsupportedKind, error) {
	out := new(IndexRefereeUnsupportedKind)
	if err := indexReferee.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerMetaData contains all meta data concerning the Ledger contract.
var LedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"disputes\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"BeaconNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"BeaconPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"name\":\"NoSuchStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAVoter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"RoundNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepNotPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"StepOutputsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"VerdictMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VerifyWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"}],\"name\":\"BeaconFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ContributionAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Joined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Left\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"ModelVoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structRunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"steps\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"gradNames\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"gradRoots\",\"type\":\"bytes32[]\"}],\"name\":\"StepOutputsPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StepPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VerifierPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"attestContribution\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"rnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"attestModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"beacon\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"closeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"internalType\":\"structCommitment\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"commitment\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"internalType\":\"structCommitment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"rewardClaimed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"feeClaimed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"attestations\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verified\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"}],\"internalType\":\"structContribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structRunConfig\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"createRun\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputesModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"finalSet\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"finalizeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"joinRun\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"leaveRun\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"member\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"internalType\":\"structMember\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"modelRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"reclaimPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"round\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestations\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"bonus\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perContribution\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unclaimed\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"finalStake\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"agreedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leader\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"leaderWeight\",\"type\":\"uint128\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"}],\"internalType\":\"structLedgerStorage.Round\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"run\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"finalizedRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"rewardPerRound\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"pool\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structRunConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"internalType\":\"structLedgerStorage.Run\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"runCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumContributionStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"votes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Ledger",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516151a33803806151a383398101604081905261002e91610258565b81516001600160a01b0316158061004c57506001600160a01b038116155b1561009f576040516387a33b2760e01b815260206004820152601f60248201527f7a65726f2072656665726565206f72206469737075746573206d6f64756c650060448201526064015b60405180910390fd5b816060015161ffff165f036100f7576040516387a33b2760e01b815260206004820152601660248201527f7a65726f20636f6d6d6974732070657220726f756e64000000000000000000006044820152606401610096565b60208201516001600160401b0316158061011c575060408201516001600160401b0316155b1561016a576040516387a33b2760e01b815260206004820152601e60248201527f7a65726f2072657665616c206f7220726573706f6e73652077696e646f7700006044820152606401610096565b81515f805460208501516001600160401b03908116600160a01b026001600160e01b03199092166001600160a01b039485161791909117909155604084015160018054606087015160809788015160ff166a01000000000000000000000260ff60501b1961ffff90921668010000000000000000026001600160501b03199093169490951693909317179190911691909117905516905261030f565b80516001600160a01b038116811461021c575f5ffd5b919050565b80516001600160401b038116811461021c575f5ffd5b805161ffff8116811461021c575f5ffd5b805160ff8116811461021c575f5ffd5b5f5f82840360c081121561026a575f5ffd5b60a0811215610277575f5ffd5b5060405160a081016001600160401b03811182821017156102a657634e487b7160e01b5f52604160045260245ffd5b6040526102b284610206565b81526102c060208501610221565b60208201526102d160408501610221565b60408201526102e260608501610237565b60608201526102f360808501610248565b6080820152915061030660a08401610206565b90509250929050565b608051614e7561032e5f395f81816101ad01526104af0152614e755ff3fe60806040526004361061019f575f3560e01c80637e7881a5116100eb578063c3cf453c11610089578063d5d44d8011610063578063d5d44d80146106fa578063eba3dd901461072e578063ed8c4b5d14610791578063ef6ac0f0146107b0576101a8565b8063c3cf453c146105c1578063cff0ab96146105e0578063d3b6ef6b146106db576101a8565b80639779a16a116100c55780639779a16a14610437578063a16c22261461047f578063a1839c031461049e578063a6c4a3f4146104e9576101a8565b80637e7881a5146103e55780639196b700146104045780639534903714610418576101a8565b806340167d7e116101585780634896358f116101325780634896358f1461037557806379171250146103945780637d4ae3f1146103b35780637e4f6ee6146103c6576101a8565b806340167d7e146102b457806343c6a548146102d357806346bb1f2314610356576101a8565b806303c88daf146101d35780630f496ca31461020857806311e01d6714610235578063252879931461026157806333e18aee146102745780633ccfd60b146102a0576101a8565b366101a8575f5ffd5b6101d17f00000000000000000000000000000000000000000000000000000000000000006107dc565b005b3480156101de575f5ffd5b506101f26101ed366004613d0c565b6107ff565b6040516101ff9190613d47565b60405180910390f35b348015610213575f5ffd5b50610227610222366004613d92565b6108f5565b6040519081526020016101ff565b348015610240575f5ffd5b5061025461024f366004613d92565b610913565b6040516101ff9190613e03565b61022761026f366004613f21565b610ac8565b34801561027f575f5ffd5b5061029361028e366004613d0c565b610d33565b6040516101ff9190613ff2565b3480156102ab575f5ffd5b506101d1610e3b565b3480156102bf575f5ffd5b506101d16102ce366004614062565b610ec3565b3480156102de575f5ffd5b506102f26102ed366004613d0c565b6112ce565b6040516101ff91905f60e08201905082518252602083015160208301526040830151604083015260608301516060830152608083015160808301526001600160401b0360a08401511660a083015263ffffffff60c08401511660c083015292915050565b348015610361575f5ffd5b506101d1610370366004613d92565b6113a7565b348015610380575f5ffd5b506101d161038f366004613d92565b611574565b34801561039f575f5ffd5b506101d16103ae366004614097565b6117ad565b6101d16103c13660046140de565b611c68565b3480156103d1575f5ffd5b506101d16103e03660046140de565b611d72565b3480156103f0575f5ffd5b506101f26103ff366004613d92565b611eb2565b34801561040f575f5ffd5b50600254610227565b348015610423575f5ffd5b50610227610432366004613d92565b611ed2565b348015610442575f5ffd5b50610227610451366004614062565b5f928352600b602090815260408085206001600160401b039490941685529281528284209184525290205490565b34801561048a575f5ffd5b506101d1610499366004613d0c565b611edd565b3480156104a9575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101ff565b3480156104f4575f5ffd5b506105876105033660046140f5565b604080516060810182525f8082526020820181905291810191909152505f9182526005602090815260408084206001600160a01b0393909316845291815291819020815160608101835290546001600160801b0381168252600160801b81046001600160401b031693820193909352600160c01b90920463ffffffff169082015290565b6040805182516001600160801b031681526020808401516001600160401b0316908201529181015163ffffffff16908201526060016101ff565b3480156105cc575f5ffd5b506101d16105db366004613d92565b612295565b3480156105eb575f5ffd5b506106796040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a0810182525f546001600160a01b0381168252600160a01b90046001600160401b03908116602083015260015490811692820192909252600160401b820461ffff166060820152600160501b90910460ff16608082015290565b6040516101ff91905f60a08201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b03604084015116604083015261ffff606084015116606083015260ff608084015116608083015292915050565b3480156106e6575f5ffd5b506101f26106f5366004613d0c565b612576565b348015610705575f5ffd5b5061022761071436600461411f565b6001600160a01b03165f908152600e602052604090205490565b348015610739575f5ffd5b50610784610748366004613d0c565b5f9283526008602090815260408085206001600160401b039490941685529281528284206001600160a01b039290921684525290205460ff1690565b6040516101ff9190614138565b34801561079c575f5ffd5b506101d16107ab3660046140de565b612603565b3480156107bb575f5ffd5b506107cf6107ca3660046140de565b61274b565b6040516101ff9190614174565b365f5f375f5f365f845af43d5f5f3e8080156107f6573d5ff35b3d5ffd5b505050565b60605f61080b85612a4a565b90505f6108188686612a87565b90505f8190036108525760405163c7015fc160e01b8152600481018790526001600160401b03861660248201526044015b60405180910390fd5b5f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915281205460ff16600281111561089957610899613fbe565b036108bd5785858560405163e5bb110f60e01b815260040161084993929190614366565b5f8681526006602090815260408083206001600160401b038916845290915290206108eb9083908684612b42565b9695505050505050565b5f6108ff83612a4a565b5061090a8383612def565b90505b92915050565b604080516101c0810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201839052610140820183905261016082018390526101808201929092526101a08101919091525f8381526006602081815260408084206001600160401b0380881686529083529381902081516101c0810183528154958616815260ff600160401b87041615158185015263ffffffff600160481b8704811682850152600160681b870481166060830152600160881b9096049095166080860152600181015460a086015260028101546001600160801b0380821660c0880152600160801b91829004811660e0880152600383015480821661010089015291909104811661012087015260048201546101408701526005820154610160870152938101549093166101808501526007830180548251818502810185019093528083526101a0860193830182828015610ab757602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610a99575b505050505081525050905092915050565b5f80610adc6101a08601610180870161439c565b60ff1615610afb57610af66101a08601610180870161439c565b610afe565b60025b60ff169050610b0d8582612ef4565b610b1685613385565b610b2360808601866143be565b15905080610b405750610100610b3c60808701876143be565b9050115b15610b8157604051634ac7b07b60e01b815260206004820152601060248201526f0e8c2e6d640dcc2daca40d8cadccee8d60831b6044820152606401610849565b6020831115610bd357604051634ac7b07b60e01b815260206004820181905260248201527f6d6f7265207468616e20333220626f6f747374726170206164647265737365736044820152606401610849565b463060025f8154610be39061441b565b9182905550604051610c14939291906020019283526001600160a01b03919091166020830152604082015260600190565b60408051601f1981840301815291815281516020928301205f8181526004909352912080546001600160a01b031916331781559092508560028201610c5982826145f7565b505060088101805460ff191660ff8416179055610c7c60c0870160a08801614918565b6001600160401b03165f03610caa5760078101805467ffffffffffffffff1916426001600160401b03161790555b610cbb610100870160e08801614933565b610ccb9063ffffffff1634614962565b6001600160801b03908116600160801b3492831602176001830155604051339185917fbd8a2f17770b156b793e75434f87583f91ece8734adf0b9c85f95a389f9d9d8591610d22916002870191908b908b90614ab4565b60405180910390a350509392505050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052878252600881528482206001600160401b038816835281528482206001600160a01b038716835290528390208351918201909352825491929091829060ff166002811115610dbc57610dbc613fbe565b6002811115610dcd57610dcd613fbe565b8152905460ff610100820481161515602084015262010000820481161515604084015263010000008204161515606083015261ffff640100000000820481166080840152600160301b82041660a083015263ffffffff600160401b9091041660c09091015290509392505050565b335f908152600e602052604081205490819003610e6b57604051630686827b60e51b815260040160405180910390fd5b335f818152600e602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610eae9084815260200190565b60405180910390a2610ec03382613878565b50565b5f610ecd84612a4a565b90505f829003610ef05760405163b263ae7360e01b815260040160405180910390fd5b600881015460ff166001600160401b038416811115610f34576040516307442e9b60e51b8152600481018690526001600160401b0385166024820152604401610849565b60078201545f90600160401b900463ffffffff16610f538488886138fa565b610f5d9190614bfd565b9050806001600160401b03164210610fa25760405163e00009f960e01b8152600481018790526001600160401b03808716602483015282166044820152606401610849565b5f610fad8387614c1c565b5f8881526006602090815260408083206001600160401b03851684529091529020805491925090600160401b900460ff1661100d5760405163259c79e760e11b8152600481018990526001600160401b0383166024820152604401610849565b5f8881526008602090815260408083206001600160401b03861684528252808320338452909152902061103f90613984565b61106257878733604051631e50ed1360e01b815260040161084993929190614366565b5f888152600c602090815260408083206001600160401b038b168452825280832033845290915290205460ff16156110b357878733604051637a7245d160e11b815260040161084993929190614366565b5f8881526005602090815260408083203384529091528120546001600160801b0316908190036110fc57888833604051631e50ed1360e01b815260040161084993929190614366565b5f898152600c602090815260408083206001600160401b038c168085529083528184203385528352818420805460ff191660011790558c8452600b835281842090845282528083208a8452909152812054611158908390614c3b565b5f8b8152600b602090815260408083206001600160401b038e168085529083528184208d855283529281902084905580518c815291820186905292935033928d917fb3008a79f20b34b65a1f76883fa4e1e75b532dfc42ad4ae07652bea6abe4961e910160405180910390a45f8a81526006602081815260408084206001600160401b038e168552909152909120908101546001600160801b031682118061121a575060068101546001600160801b03168214801561121a5750806005015489105b1561124457600581018990556006810180546001600160801b0319166001600160801b0384161790555b600481015415801561127357506003840154600160801b90046001600160801b0316611271836002614c4e565b115b156112c157600481018990556040518981526001600160401b038b16908c907f6d340170f418b3021af545c29252134cd71c5c4ebde2f8065f5cd7aa7fbe255d906020015b60405180910390a35b5050505050505050505050565b6113166040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f63ffffffff1681525090565b505f9283526007602090815260408085206001600160401b03948516865282528085206001600160a01b0393909316855291815292819020815160e0810183528154815260018201549481019490945260028101549184019190915260038101546060840152600481015460808401526005015490811660a0830152600160401b900463ffffffff1660c082015290565b5f6113b183612a4a565b90505f6113bf8285856139cb565b9050806001600160401b03164210156114055760405163d149900b60e01b8152600481018590526001600160401b03808516602483015282166044820152606401610849565b5f8481526006602090815260408083206001600160401b0387168452909152902060018101541561145b5760405163266d427b60e01b8152600481018690526001600160401b0385166024820152604401610849565b80546001600160401b0316801580159061147e5750806001600160401b03164311155b156114b657604051634ae0f12d60e01b8152600481018790526001600160401b03808716602483015282166044820152606401610849565b6001600160401b038116158015906114e257506114de6001600160401b038216610100614c3b565b4311155b156114fa576114f28686846139f4565b505050505050565b611505436001614bfd565b825467ffffffffffffffff19166001600160401b03918216908117845560078401546040805192835263ffffffff90911660208301529187169188917f1e69e6ff4b01590226815934c3e5d178ca1d6460944347730cadf6fffa137ed7910160405180910390a3505050505050565b5f8281526006602090815260408083206001600160401b038516845290915290208054600160401b900460ff166115d05760405163259c79e760e11b8152600481018490526001600160401b0383166024820152604401610849565b5f8381526008602090815260408083206001600160401b038616845282528083203384529091528120805490919062010000900460ff16158015611618575061161882613984565b156116445750805462ff000019166201000017815560028201546001600160801b03600160801b909104165b81546301000000900460ff1615801561166857508154600160301b900461ffff1615155b156116c457815463ff00000019166301000000178083555f868152600460205260409020600a01546116b79161ffff600160301b90910416906001600160801b03600160801b90910416614c4e565b6116c19082614c3b565b90505b805f036116ea57848433604051637319a24360e01b815260040161084993929190614366565b6003830180548291905f906117099084906001600160801b0316614c65565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080600e5f336001600160a01b03166001600160a01b031681526020019081526020015f205f82825461175f9190614c3b565b909155505060405181815233906001600160401b0386169087907f7c7873da51296ef7248de9ab21259ea338bee79cbd9e7fcbbf24f86a20d8cd2c9060200160405180910390a45050505050565b5f6117b784612a4a565b90505f6117c58286866138fa565b60078301549091505f906117e690600160801b900463ffffffff1683614bfd565b9050816001600160401b03164210806118085750806001600160401b03164210155b15611848576040516379ba497f60e01b8152600481018790526001600160401b038087166024830152808416604483015282166064820152608401610849565b5f8681526005602090815260408083203384529091529020600884015481546001600160801b03600160281b9092048216911610156118c3578054600885015460405163936d426d60e01b81523360048201526001600160801b039283166024820152600160281b9091049091166044820152606401610849565b843515806118d357506020850135155b806118e057506040850135155b806118ed57506060850135155b806118fa57506080850135155b80611918575061191060e0860160c08701614933565b63ffffffff16155b156119365760405163b263ae7360e01b815260040160405180910390fd5b5f6119418888612def565b90508015801590611953575085358114155b1561197b5760405163e64b95b760e01b81528635600482015260248101829052604401610849565b5f8881526008602090815260408083206001600160401b038b1684528252808320338452909152812090815460ff1660028111156119bb576119bb613fbe565b146119df5788883360405163167560eb60e21b815260040161084993929190614366565b5f8981526006602090815260408083206001600160401b038c16845290915290206001546007820154600160401b90910461ffff1611611a445760405163a415390960e01b8152600481018b90526001600160401b038a166024820152604401610849565b5f8a81526007602090815260408083206001600160401b038d168452825280832033845290915290208890611a798282614c84565b50508154600190839060ff1916828002179055506007810154825463ffffffff909116600160401b0263ffffffff60401b199091161782555f8a81526009602090815260408083206001600160401b038d16845282528083208b83013584529091529020546001600160a01b031680611b2d575f8b81526009602090815260408083206001600160401b038e16845282528083208c8301358452909152902080546001600160a01b03191633179055611b3b565b825461ff0019166101001783555b60078281018054600180820183555f928352602083209091018054336001600160a01b0319909116179055918a015460088b01549192600160401b90910463ffffffff1691611b8f9160ff90911690614bfd565b611b999190614d14565b611ba39089614bfd565b86549091506001600160401b03600160801b90910481169082161115611be757855467ffffffffffffffff60801b1916600160801b6001600160401b038316021786555b336001600160a01b03168b6001600160401b03168d7f95f70a21602bf9e77e77dc959a0514ae9b783bada3d11f898d22c525ff198144875f0160089054906101000a900463ffffffff16885f0160019054906101000a900460ff168f604051611c5293929190614d36565b60405180910390a4505050505050505050505050565b5f611c7282612a4a565b5f83815260056020908152604080832033845290915290208054919250906001600160801b031615611cc057604051634926161360e01b815260048101849052336024820152604401610849565b6008820154600160281b90046001600160801b0316341015611d1857600882015460405163936d426d60e01b8152336004820152346024820152600160281b9091046001600160801b03166044820152606401610849565b80546001600160801b031916346001600160801b038116919091178255604051908152339084907f91a4dbdcbc6d322357bda498e04d2259453ee2b85812554356e6ae0b5935f3bd906020015b60405180910390a3505050565b5f8181526005602090815260408083203384529091528120805490916001600160801b0390911690819003611dc35760405163594e48ef60e01b815260048101849052336024820152604401610849565b8154600160801b90046001600160401b0316421015611e09578154604051631a28814f60e21b8152600160801b9091046001600160401b03166004820152602401610849565b8154600160c01b900463ffffffff1615611e4d578154604051630dea304560e41b8152336004820152600160c01b90910463ffffffff166024820152604401610849565b81546001600160801b0319168255335f908152600e602052604081208054839290611e79908490614c3b565b9091555050604051818152339084907f155988c63500f3f140b71291b6875b1ad7ccf75574bcddc52838719c5c46b1a590602001611d65565b60605f611ec8611ec185612a4a565b8585613ad9565b8152949350505050565b5f61090a8383612a87565b5f611ee784612a4a565b60078101549091505f90600160a01b900463ffffffff16611f098387876139cb565b611f139190614bfd565b9050806001600160401b03164210611f5857604051634adc0c4760e01b8152600481018690526001600160401b03808616602483015282166044820152606401610849565b5f8581526006602090815260408083206001600160401b038816845290915281206001810154909103611f9057611f908686836139f4565b5f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915290206001815460ff166002811115611fda57611fda613fbe565b14611ffe5786868660405163e5bb110f60e01b815260040161084993929190614366565b5f61200f8584888660010154612b42565b90505f805b825181101561205c57336001600160a01b031683828151811061203957612039614dca565b60200260200101516001600160a01b03160361205457600191505b600101612014565b50806120a257604051633258f42160e11b8152600481018a90526001600160401b03891660248201526001600160a01b0388166044820152336064820152608401610849565b5f898152600a602090815260408083206001600160401b038c16845282528083206001600160a01b038b1684529091528120905b815481101561213b57336001600160a01b03168282815481106120fb576120fb614dca565b5f918252602090912001546001600160a01b031603612133578a8a33604051637a7245d160e11b815260040161084993929190614366565b6001016120d6565b5080546001810182555f828152602090200180546001600160a01b03191633179055835461ffff6401000000009091041684600461217883614dde565b82546101009290920a61ffff8181021990931691831602179091555f8c81526008602090815260408083206001600160401b038f168452825280832033845290915290208054600160301b9004909116915060066121d583614dde565b825461ffff9182166101009390930a928302919092021990911617905550845463ffffffff600160681b9091041685600d61220f83614dfe565b91906101000a81548163ffffffff021916908363ffffffff16021790555050876001600160a01b0316896001600160401b03168b7ff0fdc8356a83ab95374ba81b3e659475bf98d76189ffb1540b3ab21a5f7bd4c83360405161228191906001600160a01b0391909116815260200190565b60405180910390a450505050505050505050565b5f61229f83612a4a565b5f8481526006602090815260408083206001600160401b03871684529091529020805491925090600160401b900460ff161561230057604051631dd6ffa960e31b8152600481018590526001600160401b0384166024820152604401610849565b5f5f61230d848787613ad9565b90925090505f805b828110156123815760055f8981526020019081526020015f205f85838151811061234157612341614dca565b6020908102919091018101516001600160a01b031682528101919091526040015f2054612377906001600160801b031683614c3b565b9150600101612315565b50835463ffffffff808416600160881b0274ffffffff0000000000000000ff00000000000000001990921691909117600160401b1785556003850180546001600160801b03808516600160801b0291161790558554600160a01b9004168560146123ea83614dfe565b825463ffffffff9182166101009390930a928302919092021990911617905550600284015460018601545f9161242c916001600160801b039182169116614c3b565b8554600a8801549192505f9161245f91600160681b900463ffffffff1690600160801b90046001600160801b0316614c4e565b90505f841561248257846124738385614e19565b61247d9190614962565b612484565b5f5b90505f6124918683614c4e565b61249b9084614c3b565b60018a0154909150819085906124c4906001600160801b0380821691600160801b900416614c65565b6001600160801b03166124d79190614c3b565b6124e19190614e19565b60018a0180546001600160801b03908116600160801b93821684021790915560038a0180546001600160801b0319908116858416179091559084169091021660028901556040805163ffffffff88168152602081018490529081018490526001600160401b038b16908c907f82f337224413f3fd60fad066837019175e896d4a110503eff8d6b9811361dbbb906060016112b8565b5f838152600a602090815260408083206001600160401b038616845282528083206001600160a01b03851684528252918290208054835181840281018401909452808452606093928301828280156125f557602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116125d7575b505050505090509392505050565b5f61260d82612a4a565b80549091506001600160a01b031633146126435760405163352eb98160e21b815260048101839052336024820152604401610849565b60078101548154600160a01b900463ffffffff908116600160601b90920416146126ad5780546007820154604051637a8f9c4960e01b815260048101859052600160a01b90920463ffffffff9081166024840152600160601b909104166044820152606401610849565b6001810154600160801b90046001600160801b03165f8190036126e357604051630686827b60e51b815260040160405180910390fd5b6001820180546001600160801b03169055335f908152600e602052604081208054839290612712908490614c3b565b9091555050604051818152339084907f1a46a81d353013071c6fd7a58064edd308aa1eab547ae9a6fba4bd451daa056790602001611d65565b61281c6040805160a080820183525f8083526020808401829052838501829052606080850183905285516102a08101875283815291820183905294810182905280850182905260808181019590955291820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e082018190526102008201819052610220820181905261024082018190526102608201819052610280820152909182015290565b61282582612a4a565b6040805160a08101825282546001600160a01b0381168252600160a01b900463ffffffff1660208083019190915260018401546001600160801b0380821684860152600160801b9091041660608084019190915283516102a0810185526002860180548252600387015493820193909352600486015494810194909452600585015490840152600684018054929493608080870194919392908401916128ca90614447565b80601f01602080910402602001604051908101604052809291908181526020018280546128f690614447565b80156129415780601f1061291857610100808354040283529160200191612941565b820191905f5260205f20905b81548152906001019060200180831161292457829003601f168201915b505050918352505060058201546001600160401b038116602083015263ffffffff600160401b820481166040840152600160601b820481166060840152600160801b80830482166080850152600160a01b8304821660a0850152600160c01b8304821660c0850152600160e01b9092041660e0830152600683015460ff81166101008085019190915261ffff908204811661012085015263010000008204166101408401526001600160801b03600160281b9091048116610160840152600784015480821661018085015282900481166101a084015260088401548082166101c08501529190910481166101e08301526009909201549091166102009091015290525092915050565b5f81815260046020526040902080546001600160a01b0316612a8257604051630a76b95160e11b815260048101839052602401610849565b919050565b5f8281526006602090815260408083206001600160401b03851684529091528120600181015415612abd5760010154905061090d565b80546001600160401b0316801580612ad55750804311155b80612aea5750612ae781610100614c3b565b43115b15612afa57505f915061090d9050565b60408051824060208201529081018690526001600160c01b031960c086901b166060820152606801604051602081830303815290604052805190602001209250505092915050565b60078301546060905f906001600160401b03811115612b6357612b63614433565b604051908082528060200260200182016040528015612b8c578160200160208202803683370190505b5090505f805b6007870154811015612c4557856001600160a01b0316876007018281548110612bbd57612bbd614dca565b5f918252602090912001546001600160a01b031614612c3d57866007018181548110612beb57612beb614dca565b5f918252602090912001546001600160a01b03168383612c0a8161441b565b945081518110612c1c57612c1c614dca565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101612b92565b5060088701545f90610100900461ffff168211612c625781612c71565b6008880154610100900461ffff165b9050806001600160401b03811115612c8b57612c8b614433565b604051908082528060200260200182016040528015612cb4578160200160208202803683370190505b5093505f5b81811015612de3575f612ccc8285614e19565b6040805160208082018b90526001600160a01b038c168284015260608083018790528351808403909101815260809092019092528051910120612d0f9190614e2c565b612d199083614c3b565b9050848181518110612d2d57612d2d614dca565b6020026020010151858381518110612d4757612d47614dca565b6020026020010151868481518110612d6157612d61614dca565b60200260200101878481518110612d7a57612d7a614dca565b6001600160a01b039384166020918202929092010152911690528451859083908110612da857612da8614dca565b6020026020010151868381518110612dc257612dc2614dca565b6001600160a01b039092166020928302919091019091015250600101612cb9565b50505050949350505050565b5f828152600460205260408120600881015460ff165b6001600160401b03841615612ee8575f612e20600186614c1c565b9050816001600160401b0316816001600160401b031610612ee1575f8681526006602090815260408083206001600160401b03851684529091529020600481015415612e755760040154935061090d92505050565b6007840154612e9a90600160401b900463ffffffff166001600160401b038816614c4e565b6007850154612eb291906001600160401b0316614c3b565b421015612ec657505f935061090d92505050565b600581015415612edf5760050154935061090d92505050565b505b9350612e05565b50600401549392505050565b612f05610100830160e08401614933565b63ffffffff161580612f2a5750612f2260e0830160c08401614933565b63ffffffff16155b15612f7857604051634ac7b07b60e01b815260206004820152601d60248201527f7a65726f20726f756e6473206f7220726f756e64206475726174696f6e0000006044820152606401610849565b81351580612f8857506020820135155b80612f9557506040820135155b80612fa257506060820135155b15612fdc57604051634ac7b07b60e01b81526020600482015260096024820152681e995c9bc81c9bdbdd60ba1b6044820152606401610849565b612fee61012083016101008401614933565b63ffffffff161580613015575061300d61014083016101208401614933565b63ffffffff16155b80613035575061302d61016083016101408401614933565b63ffffffff16155b80613055575061304d61018083016101608401614933565b63ffffffff16155b1561309157604051634ac7b07b60e01b815260206004820152600b60248201526a7a65726f2077696e646f7760a81b6044820152606401610849565b6130a160e0830160c08401614933565b63ffffffff166130b961012084016101008501614933565b63ffffffff16111561311857604051634ac7b07b60e01b815260206004820152602160248201527f636f6d6d69742077696e646f77206c6f6e676572207468616e206120726f756e6044820152601960fa1b6064820152608401610849565b61312a61016083016101408401614933565b63ffffffff1661314261014084016101208501614933565b63ffffffff1611156131a857604051634ac7b07b60e01b815260206004820152602860248201527f7665726966792077696e646f77206c6f6e676572207468616e20646973707574604482015267652077696e646f7760c01b6064820152608401610849565b6131b860e0830160c08401614933565b6131c89063ffffffff1682614c4e565b6131da61018084016101608501614933565b63ffffffff166131f261016085016101408601614933565b63ffffffff1661320a61012086016101008701614933565b63ffffffff1661321a9190614c3b565b6132249190614c3b565b111561328157604051634ac7b07b60e01b815260206004820152602560248201527f726f756e64206e6f742066696e616c206265666f726520726f756e6420722b4460448201526420656e647360d81b6064820152608401610849565b6040805160a0810182525f546001600160a01b0381168252600160a01b90046001600160401b0390811660208301819052600154918216938301849052600160401b820461ffff166060840152600160501b90910460ff16608083015290916132e991614bfd565b6001600160401b0316816080015160ff1660016133069190614c3b565b6133109190614c4e565b61332261018085016101608601614933565b63ffffffff1610156107fa57604051634ac7b07b60e01b815260206004820152602560248201527f64697370757465206475726174696f6e2062656c6f7720612066756c6c206469604482015264737075746560d81b6064820152608401610849565b6133976101e082016101c08301614e3f565b61ffff1615806133be57506113886133b76101e083016101c08401614e3f565b61ffff1610155b1561341857604051634ac7b07b60e01b815260206004820152602360248201527f77686973746c65626c6f776572207368617265206e6f7420696e2028302c203560448201526230252960e81b6064820152608401610849565b61342a6101c082016101a08301614e3f565b61ffff16158061344f575060106134496101c083016101a08401614e3f565b61ffff16115b156134af57604051634ac7b07b60e01b815260206004820152602960248201527f7665726966696572732070657220636f6e747269627574696f6e206e6f7420696044820152686e205b312c2031365d60b81b6064820152608401610849565b6134c161026082016102408301614e5a565b6001600160801b03165f0361350e57604051634ac7b07b60e01b81526020600482015260126024820152717a65726f206d696e2067617320707269636560701b6044820152606401610849565b61352061026082016102408301614e5a565b600180546001600160801b039290921691620493e09161354a91600160501b900460ff1690614c3b565b6135549190614c4e565b61355e9190614c4e565b61357061024083016102208401614e5a565b6001600160801b031610156135d357604051634ac7b07b60e01b815260206004820152602260248201527f626f6e642062656c6f772074686520736f6c76657227732072657665616c2067604482015261617360f01b6064820152608401610849565b6135e561024082016102208301614e5a565b6135fa906001600160801b0316612710614c4e565b61360c6101e083016101c08401614e3f565b61ffff1661362261022084016102008501614e5a565b6001600160801b03166136359190614c4e565b101561368f57604051634ac7b07b60e01b815260206004820152602260248201527f77686973746c65626c6f7765722073686172652062656c6f772074686520626f6044820152611b9960f21b6064820152608401610849565b6136a16102a082016102808301614e5a565b6001600160801b03166136bc61022083016102008401614e5a565b6001600160801b03166136cf9190614c3b565b6136e161020083016101e08401614e5a565b6001600160801b0316101561373957604051634ac7b07b60e01b815260206004820152601b60248201527f7374616b652062656c6f7720736c617368202b2070656e616c747900000000006044820152606401610849565b61374a610100820160e08301614933565b63ffffffff163410156137a057604051634ac7b07b60e01b815260206004820152601c60248201527f706f6f6c2062656c6f77206f6e65207765692070657220726f756e64000000006044820152606401610849565b6001545f90600160401b900461ffff166137c26101c084016101a08501614e3f565b61ffff166137d861028085016102608601614e5a565b6001600160801b03166137eb9190614c4e565b6137f59190614c4e565b9050613808610100830160e08401614933565b6138189063ffffffff1634614962565b81111561387457604051634ac7b07b60e01b8152602060048201526024808201527f766572696669657220666565732061626f76652074686520726f756e642072656044820152631dd85c9960e21b6064820152608401610849565b5050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f81146138c1576040519150601f19603f3d011682016040523d82523d5f602084013e6138c6565b606091505b50509050806107fa57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610849565b60078301545f90600160601b900463ffffffff166001600160401b0383161061394857604051630491b53560e51b8152600481018490526001600160401b0383166024820152604401610849565b600784015461396490600160401b900463ffffffff1683614d14565b600785015461397c91906001600160401b0316614bfd565b949350505050565b5f6001825460ff16600281111561399d5761399d613fbe565b1480156139b657508154640100000000900461ffff1615155b801561090d57505054610100900460ff161590565b60078301545f90600160801b900463ffffffff166139ea8585856138fa565b61397c9190614bfd565b80546001600160401b0316801580613a0c5750804311155b80613a215750613a1e81610100614c3b565b43115b15613a515760405163c7015fc160e01b8152600481018590526001600160401b0384166024820152604401610849565b60408051824060208201529081018590526001600160c01b031960c085901b16606082015260680160408051808303601f190181529082905280516020918201206001850181905582526001600160401b0385169186917fe5ad3f93522b364a71b4cbc908e8757624f99593221d836c706f9a4dea318274910160405180910390a350505050565b60605f5f613ae8868686613ca9565b5f8681526006602090815260408083206001600160401b03808a16855292529091209192508216421080613b2957508054600160481b900463ffffffff1615155b15613b76578054604051637b1c0ad160e01b8152600481018890526001600160401b03808816602483015284166044820152600160481b90910463ffffffff166064820152608401610849565b6007810180546001600160401b03811115613b9357613b93614433565b604051908082528060200260200182016040528015613bbc578160200160208202803683370190505b5094505f5b8154811015613c9d575f8881526008602090815260408083206001600160401b038b16845290915281208354613c2c9290859085908110613c0457613c04614dca565b5f9182526020808320909101546001600160a01b031683528201929092526040019020613984565b15613c9557818181548110613c4357613c43614dca565b5f918252602090912001546001600160a01b03168686613c628161441b565b975081518110613c7457613c74614dca565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101613bc1565b50505050935093915050565b60078301545f90600160e01b900463ffffffff166139ea85858560078301545f90600160c01b900463ffffffff166139ea8585856139cb565b6001600160401b0381168114610ec0575f5ffd5b80356001600160a01b0381168114612a82575f5ffd5b5f5f5f60608486031215613d1e575f5ffd5b833592506020840135613d3081613ce2565b9150613d3e60408501613cf6565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015613d875783516001600160a01b0316835260209384019390920191600101613d60565b509095945050505050565b5f5f60408385031215613da3575f5ffd5b823591506020830135613db581613ce2565b809150509250929050565b5f8151808452602084019350602083015f5b82811015613df95781516001600160a01b0316865260209586019590910190600101613dd2565b5093949350505050565b60208152613e1d6020820183516001600160401b03169052565b5f6020830151613e31604084018215159052565b50604083015163ffffffff8116606084015250606083015163ffffffff8116608084015250608083015163ffffffff811660a08401525060a083015160c083015260c0830151613e8c60e08401826001600160801b03169052565b5060e08301516001600160801b038116610100840152506101008301516001600160801b038116610120840152506101208301516001600160801b03811661014084015250610140830151610160830152610160830151610180830152610180830151613f056101a08401826001600160801b03169052565b506101a08301516101c08084015261397c6101e0840182613dc0565b5f5f5f60408486031215613f33575f5ffd5b83356001600160401b03811115613f48575f5ffd5b84016102a08187031215613f5a575f5ffd5b925060208401356001600160401b03811115613f74575f5ffd5b8401601f81018613613f84575f5ffd5b80356001600160401b03811115613f99575f5ffd5b8660208260051b8401011115613fad575f5ffd5b939660209190910195509293505050565b634e487b7160e01b5f52602160045260245ffd5b60038110613fee57634e487b7160e01b5f52602160045260245ffd5b9052565b5f60e082019050614004828451613fd2565b60208301511515602083015260408301511515604083015260608301511515606083015261ffff608084015116608083015261ffff60a08401511660a083015260c083015161405b60c084018263ffffffff169052565b5092915050565b5f5f5f60608486031215614074575f5ffd5b83359250602084013561408681613ce2565b929592945050506040919091013590565b5f5f5f8385036101208112156140ab575f5ffd5b8435935060208501356140bd81613ce2565b925060e0603f19820112156140d0575f5ffd5b506040840190509250925092565b5f602082840312156140ee575f5ffd5b5035919050565b5f5f60408385031215614106575f5ffd5b8235915061411660208401613cf6565b90509250929050565b5f6020828403121561412f575f5ffd5b61090a82613cf6565b6020810161090d8284613fd2565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b03825116602082015263ffffffff60208301511660408201526001600160801b0360408301511660608201526001600160801b0360608301511660808201525f608083015160a080840152805160c0840152602081015160e08401526040810151610100840152606081015161012084015260808101516102a061014085015261420c610360850182614146565b905060a08201516142296101608601826001600160401b03169052565b5060c082015163ffffffff81166101808601525060e082015163ffffffff81166101a08601525061010082015163ffffffff81166101c08601525061012082015163ffffffff81166101e08601525061014082015163ffffffff81166102008601525061016082015163ffffffff81166102208601525061018082015160ff8116610240860152506101a082015161ffff8116610260860152506101c082015161ffff8116610280860152506101e08201516001600160801b0381166102a0860152506102008201516001600160801b0381166102c0860152506102208201516001600160801b0381166102e0860152506102408201516001600160801b038116610300860152506102608201516001600160801b03811661032086015250610280820151915061397c6103408501836001600160801b03169052565b9283526001600160401b039190911660208301526001600160a01b0316604082015260600190565b60ff81168114610ec0575f5ffd5b5f602082840312156143ac575f5ffd5b81356143b78161438e565b9392505050565b5f5f8335601e198436030181126143d3575f5ffd5b8301803591506001600160401b038211156143ec575f5ffd5b602001915036819003821315614400575f5ffd5b9250929050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161442c5761442c614407565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061445b57607f821691505b60208210810361447957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107fa57828211156107fa57805f5260205f20601f840160051c60208510156144aa57505f5b90810190601f840160051c035f5b818110156114f2575f838201556001016144b8565b6001600160401b038311156144e4576144e4614433565b6144f8836144f28354614447565b8361447f565b5f601f841160018114614529575f85156145125750838201355b5f19600387901b1c1916600186901b178355614580565b5f83815260208120601f198716915b828110156145585786850135825560209485019460019092019101614538565b5086821015614574575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f813561090d81613ce2565b63ffffffff81168114610ec0575f5ffd5b5f813561090d81614593565b5f813561090d8161438e565b61ffff81168114610ec0575f5ffd5b5f813561090d816145bc565b6001600160801b0381168114610ec0575f5ffd5b5f813561090d816145d7565b8135815560208201356001820155604082013560028201556060820135600382015561462660808301836143be565b6146348183600486016144cd565b50506005810161466761464960a08501614587565b825467ffffffffffffffff19166001600160401b0391909116178255565b61469661467660c085016145a4565b825463ffffffff60401b191660409190911b63ffffffff60401b16178255565b6146c96146a560e085016145a4565b82805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055565b6146fd6146d961010085016145a4565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61473161470d61012085016145a4565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61476561474161014085016145a4565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61479961477561016085016145a4565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b50600681016147bf6147ae61018085016145b0565b825460ff191660ff91909116178255565b6147e76147cf6101a085016145cb565b825462ffff00191660089190911b62ffff0016178255565b6148136147f76101c085016145cb565b825464ffff000000191660189190911b64ffff00000016178255565b61485f6148236101e085016145eb565b825474ffffffffffffffffffffffffffffffff0000000000191660289190911b74ffffffffffffffffffffffffffffffff000000000016178255565b506007810161489161487461020085016145eb565b82546001600160801b0319166001600160801b0391909116178255565b6148c16148a161022085016145eb565b82546001600160801b031660809190911b6001600160801b031916178255565b50600881016148d661487461024085016145eb565b6148e66148a161026085016145eb565b506138746148f761028084016145eb565b600983016001600160801b0382166001600160801b03198254161781555050565b5f60208284031215614928575f5ffd5b81356143b781613ce2565b5f60208284031215614943575f5ffd5b81356143b781614593565b634e487b7160e01b5f52601260045260245ffd5b5f826149705761497061494e565b500490565b5f815461498181614447565b80855260018216801561499b57600181146149b7576149eb565b60ff1983166020870152602082151560051b87010193506149eb565b845f5260205f205f5b838110156149e25781546020828a0101526001820191506020810190506149c0565b87016020019450505b50505092915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f601e19863603015b87821015614aa757848403601f190189528235818112614a58575f5ffd5b87016020810190356001600160401b03811115614a73575f5ffd5b803603821315614a81575f5ffd5b614a8c8682846149f4565b95505050602083019250602089019850600182019150614a3a565b5091979650505050505050565b606081528454606082015260018501546080820152600285015460a0820152600385015460c08201526102a060e08201525f614af7610300830160048801614975565b60058701546001600160401b03811661010085015263ffffffff604082811c8216610120870152606083901c8216610140870152608083811c831661016088015260a084901c831661018088015260c084901c9092166101a087015260e09290921c6101c0860152600689015460ff81166101e087015261ffff600882811c8216610200890152601883901c9091166102208801526001600160801b0360289290921c821661024088015260078b0154808316610260890152831c6102808801528a01548082166102a088015290911c6102c08601526009890154166102e08501526020840187905283820390840152614bf2818587614a1c565b979650505050505050565b6001600160401b03818116838216019081111561090d5761090d614407565b6001600160401b03828116828216039081111561090d5761090d614407565b8082018082111561090d5761090d614407565b808202811582820484141761090d5761090d614407565b6001600160801b03828116828216039081111561090d5761090d614407565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a0840135614cc381613ce2565b825467ffffffffffffffff19166001600160401b0382161783559050505f60c0840135614cef81614593565b825463ffffffff60401b1916604082901b63ffffffff60401b16178355905080614580565b6001600160401b03818116838216029081169081811461405b5761405b614407565b63ffffffff84168152821515602080830191909152823560408084019190915290830135606080840191909152908301356080808401919091529083013560a0808401919091529083013560c0830152610120820190830135614d9881613ce2565b6001600160401b031660e083015260c0830135614db481614593565b63ffffffff811661010084015250949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f61ffff821661ffff8103614df557614df5614407565b60010192915050565b5f63ffffffff821663ffffffff8103614df557614df5614407565b8181038181111561090d5761090d614407565b5f82614e3a57614e3a61494e565b500690565b5f60208284031215614e4f575f5ffd5b81356143b7816145bc565b5f60208284031215614e6a575f5ffd5b81356143b7816145d756",
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
// Solidity: constructor((address,uint64,uint64,uint16,uint8) p, address disputes) returns()
func (ledger *Ledger) PackConstructor(p LedgerParams, disputes common.Address) []byte {
	enc, err := ledger.abi.Pack("", p, disputes)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttestContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16c2226.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestContribution(bytes32 runId, uint64 round, address solver) returns()
func (ledger *Ledger) PackAttestContribution(runId [32]byte, round uint64, solver common.Address) []byte {
	enc, err := ledger.abi.Pack("attestContribution", runId, round, solver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16c2226.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestContribution(bytes32 runId, uint64 round, address solver) returns()
func (ledger *Ledger) TryPackAttestContribution(runId [32]byte, round uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("attestContribution", runId, round, solver)
}

// PackAttestModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40167d7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestModel(bytes32 runId, uint64 rnd, bytes32 root) returns()
func (ledger *Ledger) PackAttestModel(runId [32]byte, rnd uint64, root [32]byte) []byte {
	enc, err := ledger.abi.Pack("attestModel", runId, rnd, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40167d7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestModel(bytes32 runId, uint64 rnd, bytes32 root) returns()
func (ledger *Ledger) TryPackAttestModel(runId [32]byte, rnd uint64, root [32]byte) ([]byte, error) {
	return ledger.abi.Pack("attestModel", runId, rnd, root)
}

// PackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3b6ef6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesters(bytes32 runId, uint64 r, address solver) view returns(address[])
func (ledger *Ledger) PackAttesters(runId [32]byte, r uint64, solver common.Address) []byte {
	enc, err := ledger.abi.Pack("attesters", runId, r, solver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3b6ef6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesters(bytes32 runId, uint64 r, address solver) view returns(address[])
func (ledger *Ledger) TryPackAttesters(runId [32]byte, r uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("attesters", runId, r, solver)
}

// UnpackAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3b6ef6b.
//
// Solidity: function attesters(bytes32 runId, uint64 r, address solver) view returns(address[])
func (ledger *Ledger) UnpackAttesters(data []byte) ([]common.Address, error) {
	out, err := ledger.abi.Unpack("attesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackBeacon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95349037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beacon(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) PackBeacon(runId [32]byte, r uint64) []byte {
	enc, err := ledger.abi.Pack("beacon", runId, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeacon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95349037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beacon(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) TryPackBeacon(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("beacon", runId, r)
}

// UnpackBeacon is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95349037.
//
// Solidity: function beacon(bytes32 runId, uint64 r) view returns(bytes32)
func (ledger *Ledger) UnpackBeacon(data []byte) ([32]byte, error) {
	out, err := ledger.abi.Unpack("beacon", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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
// the contract method with ID 0x79171250.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 runId, uint64 round, (bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32) c) returns()
func (ledger *Ledger) PackCommit(runId [32]byte, round uint64, c Commitment) []byte {
	enc, err := ledger.abi.Pack("commit", runId, round, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79171250.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 runId, uint64 round, (bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32) c) returns()
func (ledger *Ledger) TryPackCommit(runId [32]byte, round uint64, c Commitment) ([]byte, error) {
	return ledger.abi.Pack("commit", runId, round, c)
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c6a548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32))
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
// Solidity: function commitment(bytes32 runId, uint64 r, address peer) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32))
func (ledger *Ledger) TryPackCommitment(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("commitment", runId, r, peer)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43c6a548.
//
// Solidity: function commitment(bytes32 runId, uint64 r, address peer) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32))
func (ledger *Ledger) UnpackCommitment(data []byte) (Commitment, error) {
	out, err := ledger.abi.Unpack("commitment", data)
	if err != nil {
		return *new(Commitment), err
	}
	out0 := *abi.ConvertType(out[0], new(Commitment)).(*Commitment)
	return out0, nil
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33e18aee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(bytes32 runId, uint64 r, address peer) view returns((uint8,bool,bool,bool,uint16,uint16,uint32))
func (ledger *Ledger) PackContribution(runId [32]byte, r uint64, peer common.Address) []byte {
	enc, err := ledger.abi.Pack("contribution", runId, r, peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33e18aee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(bytes32 runId, uint64 r, address peer) view returns((uint8,bool,bool,bool,uint16,uint16,uint32))
func (ledger *Ledger) TryPackContribution(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("contribution", runId, r, peer)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33e18aee.
//
// Solidity: function contribution(bytes32 runId, uint64 r, address peer) view returns((uint8,bool,bool,bool,uint16,uint16,uint32))
func (ledger *Ledger) UnpackContribution(data []byte) (Contribution, error) {
	out, err := ledger.abi.Unpack("contribution", data)
	if err != nil {
		return *new(Contribution), err
	}
	out0 := *abi.ConvertType(out[0], new(Contribution)).(*Contribution)
	return out0, nil
}

// PackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25287993.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createRun((bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) c, string[] bootstrap) payable returns(bytes32 runId)
func (ledger *Ledger) PackCreateRun(c RunConfig, bootstrap []string) []byte {
	enc, err := ledger.abi.Pack("createRun", c, bootstrap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25287993.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createRun((bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) c, string[] bootstrap) payable returns(bytes32 runId)
func (ledger *Ledger) TryPackCreateRun(c RunConfig, bootstrap []string) ([]byte, error) {
	return ledger.abi.Pack("createRun", c, bootstrap)
}

// UnpackCreateRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25287993.
//
// Solidity: function createRun((bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) c, string[] bootstrap) payable returns(bytes32 runId)
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

// PackDisputesModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1839c03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputesModule() view returns(address)
func (ledger *Ledger) PackDisputesModule() []byte {
	enc, err := ledger.abi.Pack("disputesModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputesModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1839c03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputesModule() view returns(address)
func (ledger *Ledger) TryPackDisputesModule() ([]byte, error) {
	return ledger.abi.Pack("disputesModule")
}

// UnpackDisputesModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1839c03.
//
// Solidity: function disputesModule() view returns(address)
func (ledger *Ledger) UnpackDisputesModule(data []byte) (common.Address, error) {
	out, err := ledger.abi.Unpack("disputesModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e7881a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalSet(bytes32 runId, uint64 r) view returns(address[] out)
func (ledger *Ledger) PackFinalSet(runId [32]byte, r uint64) []byte {
	enc, err := ledger.abi.Pack("finalSet", runId, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e7881a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalSet(bytes32 runId, uint64 r) view returns(address[] out)
func (ledger *Ledger) TryPackFinalSet(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("finalSet", runId, r)
}

// UnpackFinalSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e7881a5.
//
// Solidity: function finalSet(bytes32 runId, uint64 r) view returns(address[] out)
func (ledger *Ledger) UnpackFinalSet(data []byte) ([]common.Address, error) {
	out, err := ledger.abi.Unpack("finalSet", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
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

// PackJoinRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d4ae3f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function joinRun(bytes32 runId) payable returns()
func (ledger *Ledger) PackJoinRun(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("joinRun", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoinRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d4ae3f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function joinRun(bytes32 runId) payable returns()
func (ledger *Ledger) TryPackJoinRun(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("joinRun", runId)
}

// PackLeaveRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e4f6ee6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leaveRun(bytes32 runId) returns()
func (ledger *Ledger) PackLeaveRun(runId [32]byte) []byte {
	enc, err := ledger.abi.Pack("leaveRun", runId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeaveRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e4f6ee6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leaveRun(bytes32 runId) returns()
func (ledger *Ledger) TryPackLeaveRun(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("leaveRun", runId)
}

// PackMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c4a3f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function member(bytes32 runId, address a) view returns((uint128,uint64,uint32))
func (ledger *Ledger) PackMember(runId [32]byte, a common.Address) []byte {
	enc, err := ledger.abi.Pack("member", runId, a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c4a3f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function member(bytes32 runId, address a) view returns((uint128,uint64,uint32))
func (ledger *Ledger) TryPackMember(runId [32]byte, a common.Address) ([]byte, error) {
	return ledger.abi.Pack("member", runId, a)
}

// UnpackMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6c4a3f4.
//
// Solidity: function member(bytes32 runId, address a) view returns((uint128,uint64,uint32))
func (ledger *Ledger) UnpackMember(data []byte) (Member, error) {
	out, err := ledger.abi.Unpack("member", data)
	if err != nil {
		return *new(Member), err
	}
	out0 := *abi.ConvertType(out[0], new(Member)).(*Member)
	return out0, nil
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

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((address,uint64,uint64,uint16,uint8))
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
// Solidity: function params() view returns((address,uint64,uint64,uint16,uint8))
func (ledger *Ledger) TryPackParams() ([]byte, error) {
	return ledger.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((address,uint64,uint64,uint16,uint8))
func (ledger *Ledger) UnpackParams(data []byte) (LedgerParams, error) {
	out, err := ledger.abi.Unpack("params", data)
	if err != nil {
		return *new(LedgerParams), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerParams)).(*LedgerParams)
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

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11e01d67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((uint64,bool,uint32,uint32,uint32,bytes32,uint128,uint128,uint128,uint128,bytes32,bytes32,uint128,address[]))
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
// Solidity: function round(bytes32 runId, uint64 r) view returns((uint64,bool,uint32,uint32,uint32,bytes32,uint128,uint128,uint128,uint128,bytes32,bytes32,uint128,address[]))
func (ledger *Ledger) TryPackRound(runId [32]byte, r uint64) ([]byte, error) {
	return ledger.abi.Pack("round", runId, r)
}

// UnpackRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11e01d67.
//
// Solidity: function round(bytes32 runId, uint64 r) view returns((uint64,bool,uint32,uint32,uint32,bytes32,uint128,uint128,uint128,uint128,bytes32,bytes32,uint128,address[]))
func (ledger *Ledger) UnpackRound(data []byte) (LedgerStorageRound, error) {
	out, err := ledger.abi.Unpack("round", data)
	if err != nil {
		return *new(LedgerStorageRound), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerStorageRound)).(*LedgerStorageRound)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef6ac0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run(bytes32 runId) view returns((address,uint32,uint128,uint128,(bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128)))
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
// Solidity: function run(bytes32 runId) view returns((address,uint32,uint128,uint128,(bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128)))
func (ledger *Ledger) TryPackRun(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("run", runId)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef6ac0f0.
//
// Solidity: function run(bytes32 runId) view returns((address,uint32,uint128,uint128,(bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128)))
func (ledger *Ledger) UnpackRun(data []byte) (LedgerStorageRun, error) {
	out, err := ledger.abi.Unpack("run", data)
	if err != nil {
		return *new(LedgerStorageRun), err
	}
	out0 := *abi.ConvertType(out[0], new(LedgerStorageRun)).(*LedgerStorageRun)
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

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba3dd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer) view returns(uint8)
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
// Solidity: function status(bytes32 runId, uint64 r, address peer) view returns(uint8)
func (ledger *Ledger) TryPackStatus(runId [32]byte, r uint64, peer common.Address) ([]byte, error) {
	return ledger.abi.Pack("status", runId, r, peer)
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeba3dd90.
//
// Solidity: function status(bytes32 runId, uint64 r, address peer) view returns(uint8)
func (ledger *Ledger) UnpackStatus(data []byte) (uint8, error) {
	out, err := ledger.abi.Unpack("status", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c88daf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[])
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
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[])
func (ledger *Ledger) TryPackVerifiers(runId [32]byte, r uint64, solver common.Address) ([]byte, error) {
	return ledger.abi.Pack("verifiers", runId, r, solver)
}

// UnpackVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03c88daf.
//
// Solidity: function verifiers(bytes32 runId, uint64 r, address solver) view returns(address[])
func (ledger *Ledger) UnpackVerifiers(data []byte) ([]common.Address, error) {
	out, err := ledger.abi.Unpack("verifiers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779a16a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votes(bytes32 runId, uint64 r, bytes32 root) view returns(uint256)
func (ledger *Ledger) PackVotes(runId [32]byte, r uint64, root [32]byte) []byte {
	enc, err := ledger.abi.Pack("votes", runId, r, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9779a16a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votes(bytes32 runId, uint64 r, bytes32 root) view returns(uint256)
func (ledger *Ledger) TryPackVotes(runId [32]byte, r uint64, root [32]byte) ([]byte, error) {
	return ledger.abi.Pack("votes", runId, r, root)
}

// UnpackVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9779a16a.
//
// Solidity: function votes(bytes32 runId, uint64 r, bytes32 root) view returns(uint256)
func (ledger *Ledger) UnpackVotes(data []byte) (*big.Int, error) {
	out, err := ledger.abi.Unpack("votes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// LedgerBeaconFixed represents a BeaconFixed event raised by the Ledger contract.
type LedgerBeaconFixed struct {
	RunId  [32]byte
	Round  uint64
	Beacon [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const LedgerBeaconFixedEventName = "BeaconFixed"

// ContractEventName returns the user-defined event name.
func (LedgerBeaconFixed) ContractEventName() string {
	return LedgerBeaconFixedEventName
}

// UnpackBeaconFixedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeaconFixed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon)
func (ledger *Ledger) UnpackBeaconFixedEvent(log *types.Log) (*LedgerBeaconFixed, error) {
	event := "BeaconFixed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerBeaconFixed)
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

// LedgerCommitted represents a Committed event raised by the Ledger contract.
type LedgerCommitted struct {
	RunId      [32]byte
	Round      uint64
	Peer       common.Address
	Position   uint32
	Duplicate  bool
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
// Solidity: event Committed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, bool duplicate, (bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32) commitment)
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

// LedgerContributionAttested represents a ContributionAttested event raised by the Ledger contract.
type LedgerContributionAttested struct {
	RunId    [32]byte
	Round    uint64
	Solver   common.Address
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerContributionAttestedEventName = "ContributionAttested"

// ContractEventName returns the user-defined event name.
func (LedgerContributionAttested) ContractEventName() string {
	return LedgerContributionAttestedEventName
}

// UnpackContributionAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionAttested(bytes32 indexed runId, uint64 indexed round, address indexed solver, address verifier)
func (ledger *Ledger) UnpackContributionAttestedEvent(log *types.Log) (*LedgerContributionAttested, error) {
	event := "ContributionAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerContributionAttested)
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
	Step       uint32
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
// Solidity: event DisputeOpened(uint256 indexed id, bytes32 indexed runId, address indexed solver, uint64 round, uint32 step, address challenger, uint256 bond, uint64 deadline)
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

// LedgerJoined represents a Joined event raised by the Ledger contract.
type LedgerJoined struct {
	RunId [32]byte
	Peer  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LedgerJoinedEventName = "Joined"

// ContractEventName returns the user-defined event name.
func (LedgerJoined) ContractEventName() string {
	return LedgerJoinedEventName
}

// UnpackJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Joined(bytes32 indexed runId, address indexed peer, uint256 stake)
func (ledger *Ledger) UnpackJoinedEvent(log *types.Log) (*LedgerJoined, error) {
	event := "Joined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerJoined)
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

// LedgerLeft represents a Left event raised by the Ledger contract.
type LedgerLeft struct {
	RunId [32]byte
	Peer  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const LedgerLeftEventName = "Left"

// ContractEventName returns the user-defined event name.
func (LedgerLeft) ContractEventName() string {
	return LedgerLeftEventName
}

// UnpackLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Left(bytes32 indexed runId, address indexed peer, uint256 stake)
func (ledger *Ledger) UnpackLeftEvent(log *types.Log) (*LedgerLeft, error) {
	event := "Left"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerLeft)
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

// LedgerModelVoted represents a ModelVoted event raised by the Ledger contract.
type LedgerModelVoted struct {
	RunId     [32]byte
	Round     uint64
	Peer      common.Address
	ModelRoot [32]byte
	Weight    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerModelVotedEventName = "ModelVoted"

// ContractEventName returns the user-defined event name.
func (LedgerModelVoted) ContractEventName() string {
	return LedgerModelVotedEventName
}

// UnpackModelVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelVoted(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint256 weight)
func (ledger *Ledger) UnpackModelVotedEvent(log *types.Log) (*LedgerModelVoted, error) {
	event := "ModelVoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerModelVoted)
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
// Solidity: event RevealRequested(uint256 indexed id, (uint32,bool,uint8,uint32) request, uint64 revealDeadline)
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
	SeedBlock     uint64
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
// Solidity: event RoundClosed(bytes32 indexed runId, uint64 indexed round, uint64 seedBlock, uint32 contributions)
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
	FinalCount      uint32
	PerContribution *big.Int
	Fees            *big.Int
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
// Solidity: event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 finalCount, uint256 perContribution, uint256 fees)
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
	RunId     [32]byte
	Submitter common.Address
	Config    RunConfig
	Pool      *big.Int
	Bootstrap []string
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerRunCreatedEventName = "RunCreated"

// ContractEventName returns the user-defined event name.
func (LedgerRunCreated) ContractEventName() string {
	return LedgerRunCreatedEventName
}

// UnpackRunCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, (bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) config, uint256 pool, string[] bootstrap)
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

// LedgerStepOutputsPosted represents a StepOutputsPosted event raised by the Ledger contract.
type LedgerStepOutputsPosted struct {
	Id        *big.Int
	Steps     [][32]byte
	GradNames [][32]byte
	GradRoots [][32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const LedgerStepOutputsPostedEventName = "StepOutputsPosted"

// ContractEventName returns the user-defined event name.
func (LedgerStepOutputsPosted) ContractEventName() string {
	return LedgerStepOutputsPostedEventName
}

// UnpackStepOutputsPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepOutputsPosted(uint256 indexed id, bytes32[] steps, bytes32[] gradNames, bytes32[] gradRoots)
func (ledger *Ledger) UnpackStepOutputsPostedEvent(log *types.Log) (*LedgerStepOutputsPosted, error) {
	event := "StepOutputsPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStepOutputsPosted)
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

// LedgerStepPosted represents a StepPosted event raised by the Ledger contract.
type LedgerStepPosted struct {
	Id       *big.Int
	StepRoot [32]byte
	Nrecords uint32
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerStepPostedEventName = "StepPosted"

// ContractEventName returns the user-defined event name.
func (LedgerStepPosted) ContractEventName() string {
	return LedgerStepPostedEventName
}

// UnpackStepPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepPosted(uint256 indexed id, bytes32 stepRoot, uint32 nrecords, uint64 deadline)
func (ledger *Ledger) UnpackStepPostedEvent(log *types.Log) (*LedgerStepPosted, error) {
	event := "StepPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerStepPosted)
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

// LedgerVerifierPenalized represents a VerifierPenalized event raised by the Ledger contract.
type LedgerVerifierPenalized struct {
	Verifier common.Address
	RunId    [32]byte
	Round    uint64
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LedgerVerifierPenalizedEventName = "VerifierPenalized"

// ContractEventName returns the user-defined event name.
func (LedgerVerifierPenalized) ContractEventName() string {
	return LedgerVerifierPenalizedEventName
}

// UnpackVerifierPenalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierPenalized(address indexed verifier, bytes32 indexed runId, uint64 round, uint256 amount)
func (ledger *Ledger) UnpackVerifierPenalizedEvent(log *types.Log) (*LedgerVerifierPenalized, error) {
	event := "VerifierPenalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ledger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LedgerVerifierPenalized)
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
	if bytes.Equal(raw[:4], ledger.abi.Errors["AlreadyJoined"].ID.Bytes()[:4]) {
		return ledger.UnpackAlreadyJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return ledger.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BadRunConfig"].ID.Bytes()[:4]) {
		return ledger.UnpackBadRunConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BeaconNotReady"].ID.Bytes()[:4]) {
		return ledger.UnpackBeaconNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BeaconPending"].ID.Bytes()[:4]) {
		return ledger.UnpackBeaconPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return ledger.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return ledger.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackDisputeWindowClosedError(raw[4:])
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
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoSuchStep"].ID.Bytes()[:4]) {
		return ledger.UnpackNoSuchStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NoVote"].ID.Bytes()[:4]) {
		return ledger.UnpackNoVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotAVoter"].ID.Bytes()[:4]) {
		return ledger.UnpackNotAVoterError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotAssigned"].ID.Bytes()[:4]) {
		return ledger.UnpackNotAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotChallenger"].ID.Bytes()[:4]) {
		return ledger.UnpackNotChallengerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotDelegated"].ID.Bytes()[:4]) {
		return ledger.UnpackNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["NotJoined"].ID.Bytes()[:4]) {
		return ledger.UnpackNotJoinedError(raw[4:])
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
	if bytes.Equal(raw[:4], ledger.abi.Errors["RoundNotFinal"].ID.Bytes()[:4]) {
		return ledger.UnpackRoundNotFinalError(raw[4:])
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
	if bytes.Equal(raw[:4], ledger.abi.Errors["StepAlreadyPosted"].ID.Bytes()[:4]) {
		return ledger.UnpackStepAlreadyPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StepNotPosted"].ID.Bytes()[:4]) {
		return ledger.UnpackStepNotPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["StepOutputsMismatch"].ID.Bytes()[:4]) {
		return ledger.UnpackStepOutputsMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], ledger.abi.Errors["VerdictMismatch"].ID.Bytes()[:4]) {
		return ledger.UnpackVerdictMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["VerifyWindowClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackVerifyWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["VotingClosed"].ID.Bytes()[:4]) {
		return ledger.UnpackVotingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["WrongBase"].ID.Bytes()[:4]) {
		return ledger.UnpackWrongBaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], ledger.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return ledger.UnpackZeroRootError(raw[4:])
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

// LedgerAlreadyJoined represents a AlreadyJoined error raised by the Ledger contract.
type LedgerAlreadyJoined struct {
	RunId [32]byte
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyJoined(bytes32 runId, address peer)
func LedgerAlreadyJoinedErrorID() common.Hash {
	return common.HexToHash("0x49261613b3b15654953e040e4c60e230669a15916bc53e196ab40cb5099b0ee4")
}

// UnpackAlreadyJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyJoined(bytes32 runId, address peer)
func (ledger *Ledger) UnpackAlreadyJoinedError(raw []byte) (*LedgerAlreadyJoined, error) {
	out := new(LedgerAlreadyJoined)
	if err := ledger.abi.UnpackIntoInterface(out, "AlreadyJoined", raw); err != nil {
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

// LedgerBeaconNotReady represents a BeaconNotReady error raised by the Ledger contract.
type LedgerBeaconNotReady struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconNotReady(bytes32 runId, uint64 round)
func LedgerBeaconNotReadyErrorID() common.Hash {
	return common.HexToHash("0xc7015fc10be78e11ff0f8b07a10fbff26622f265a502925ac8d62404945358fc")
}

// UnpackBeaconNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconNotReady(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackBeaconNotReadyError(raw []byte) (*LedgerBeaconNotReady, error) {
	out := new(LedgerBeaconNotReady)
	if err := ledger.abi.UnpackIntoInterface(out, "BeaconNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerBeaconPending represents a BeaconPending error raised by the Ledger contract.
type LedgerBeaconPending struct {
	RunId     [32]byte
	Round     uint64
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock)
func LedgerBeaconPendingErrorID() common.Hash {
	return common.HexToHash("0x4ae0f12d514d91ad65ae141f8c6cd8eeebbf01d5c8c8b5cb8f3d8a4e57011903")
}

// UnpackBeaconPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock)
func (ledger *Ledger) UnpackBeaconPendingError(raw []byte) (*LedgerBeaconPending, error) {
	out := new(LedgerBeaconPending)
	if err := ledger.abi.UnpackIntoInterface(out, "BeaconPending", raw); err != nil {
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

// LedgerNoSuchStep represents a NoSuchStep error raised by the Ledger contract.
type LedgerNoSuchStep struct {
	Step   uint32
	Nsteps uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchStep(uint32 step, uint32 nsteps)
func LedgerNoSuchStepErrorID() common.Hash {
	return common.HexToHash("0x09e1f6cf66925185a029ea58b06dd125ed14d252b4483994a6670231725e88d5")
}

// UnpackNoSuchStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchStep(uint32 step, uint32 nsteps)
func (ledger *Ledger) UnpackNoSuchStepError(raw []byte) (*LedgerNoSuchStep, error) {
	out := new(LedgerNoSuchStep)
	if err := ledger.abi.UnpackIntoInterface(out, "NoSuchStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNoVote represents a NoVote error raised by the Ledger contract.
type LedgerNoVote struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVote(bytes32 runId, uint64 round)
func LedgerNoVoteErrorID() common.Hash {
	return common.HexToHash("0xe885d360e7f0e2ef8d141a941af630dfa2f42812df9eeb39e17519bbf1472ba2")
}

// UnpackNoVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVote(bytes32 runId, uint64 round)
func (ledger *Ledger) UnpackNoVoteError(raw []byte) (*LedgerNoVote, error) {
	out := new(LedgerNoVote)
	if err := ledger.abi.UnpackIntoInterface(out, "NoVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotAVoter represents a NotAVoter error raised by the Ledger contract.
type LedgerNotAVoter struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAVoter(bytes32 runId, uint64 round, address peer)
func LedgerNotAVoterErrorID() common.Hash {
	return common.HexToHash("0x1e50ed1322ed65d1e7a3b299edcec2136d9a9ed8bed662a033b68943829363de")
}

// UnpackNotAVoterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAVoter(bytes32 runId, uint64 round, address peer)
func (ledger *Ledger) UnpackNotAVoterError(raw []byte) (*LedgerNotAVoter, error) {
	out := new(LedgerNotAVoter)
	if err := ledger.abi.UnpackIntoInterface(out, "NotAVoter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotAssigned represents a NotAssigned error raised by the Ledger contract.
type LedgerNotAssigned struct {
	RunId    [32]byte
	Round    uint64
	Solver   common.Address
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier)
func LedgerNotAssignedErrorID() common.Hash {
	return common.HexToHash("0x64b1e842ad25c1e38bd012b16e05df09bd0fa6f69bbf849c45fab412568fd524")
}

// UnpackNotAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier)
func (ledger *Ledger) UnpackNotAssignedError(raw []byte) (*LedgerNotAssigned, error) {
	out := new(LedgerNotAssigned)
	if err := ledger.abi.UnpackIntoInterface(out, "NotAssigned", raw); err != nil {
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

// LedgerNotDelegated represents a NotDelegated error raised by the Ledger contract.
type LedgerNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDelegated()
func LedgerNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x9ccd6d765a710fd680d347153286cdb7a60331f3ffa08d6d8f39a8f309e618f5")
}

// UnpackNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDelegated()
func (ledger *Ledger) UnpackNotDelegatedError(raw []byte) (*LedgerNotDelegated, error) {
	out := new(LedgerNotDelegated)
	if err := ledger.abi.UnpackIntoInterface(out, "NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerNotJoined represents a NotJoined error raised by the Ledger contract.
type LedgerNotJoined struct {
	RunId [32]byte
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJoined(bytes32 runId, address peer)
func LedgerNotJoinedErrorID() common.Hash {
	return common.HexToHash("0x594e48ef6de75fd5d768639ebbaacdee76d6f7068786b07a4413d8f162dec1df")
}

// UnpackNotJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJoined(bytes32 runId, address peer)
func (ledger *Ledger) UnpackNotJoinedError(raw []byte) (*LedgerNotJoined, error) {
	out := new(LedgerNotJoined)
	if err := ledger.abi.UnpackIntoInterface(out, "NotJoined", raw); err != nil {
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

// LedgerRoundNotFinal represents a RoundNotFinal error raised by the Ledger contract.
type LedgerRoundNotFinal struct {
	RunId        [32]byte
	Round        uint64
	FinalAt      uint64
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes)
func LedgerRoundNotFinalErrorID() common.Hash {
	return common.HexToHash("0x7b1c0ad1b0c11dd392a9227c3fb178235e951fa3c83b6530095104acbfa1c8ea")
}

// UnpackRoundNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes)
func (ledger *Ledger) UnpackRoundNotFinalError(raw []byte) (*LedgerRoundNotFinal, error) {
	out := new(LedgerRoundNotFinal)
	if err := ledger.abi.UnpackIntoInterface(out, "RoundNotFinal", raw); err != nil {
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

// LedgerStepAlreadyPosted represents a StepAlreadyPosted error raised by the Ledger contract.
type LedgerStepAlreadyPosted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepAlreadyPosted(uint256 id)
func LedgerStepAlreadyPostedErrorID() common.Hash {
	return common.HexToHash("0x0bb6846b591019bd79d3041fa01f42bd9efb4fe0b34b88a30bec985a40e67514")
}

// UnpackStepAlreadyPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepAlreadyPosted(uint256 id)
func (ledger *Ledger) UnpackStepAlreadyPostedError(raw []byte) (*LedgerStepAlreadyPosted, error) {
	out := new(LedgerStepAlreadyPosted)
	if err := ledger.abi.UnpackIntoInterface(out, "StepAlreadyPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStepNotPosted represents a StepNotPosted error raised by the Ledger contract.
type LedgerStepNotPosted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepNotPosted(uint256 id)
func LedgerStepNotPostedErrorID() common.Hash {
	return common.HexToHash("0x3627e9e4742560c26e6b643e16c609f40888ccd7924cb501b135da44867f8f88")
}

// UnpackStepNotPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepNotPosted(uint256 id)
func (ledger *Ledger) UnpackStepNotPostedError(raw []byte) (*LedgerStepNotPosted, error) {
	out := new(LedgerStepNotPosted)
	if err := ledger.abi.UnpackIntoInterface(out, "StepNotPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerStepOutputsMismatch represents a StepOutputsMismatch error raised by the Ledger contract.
type LedgerStepOutputsMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutputsMismatch(uint256 id, string why)
func LedgerStepOutputsMismatchErrorID() common.Hash {
	return common.HexToHash("0x084687202efffa749260038463576ffa1843ff7c6c21ee3341cab8efbd393f57")
}

// UnpackStepOutputsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutputsMismatch(uint256 id, string why)
func (ledger *Ledger) UnpackStepOutputsMismatchError(raw []byte) (*LedgerStepOutputsMismatch, error) {
	out := new(LedgerStepOutputsMismatch)
	if err := ledger.abi.UnpackIntoInterface(out, "StepOutputsMismatch", raw); err != nil {
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

// LedgerVerdictMismatch represents a VerdictMismatch error raised by the Ledger contract.
type LedgerVerdictMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerdictMismatch(uint256 id, string why)
func LedgerVerdictMismatchErrorID() common.Hash {
	return common.HexToHash("0x73612c7e43789aed59bd1c36213b8ab199c2f273c133216dda979edda4cf4d76")
}

// UnpackVerdictMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerdictMismatch(uint256 id, string why)
func (ledger *Ledger) UnpackVerdictMismatchError(raw []byte) (*LedgerVerdictMismatch, error) {
	out := new(LedgerVerdictMismatch)
	if err := ledger.abi.UnpackIntoInterface(out, "VerdictMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerVerifyWindowClosed represents a VerifyWindowClosed error raised by the Ledger contract.
type LedgerVerifyWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func LedgerVerifyWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4adc0c47dc5c4a48ac0efc3e37f3a4d36134a1c3ca970d3250c475fe05952fea")
}

// UnpackVerifyWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (ledger *Ledger) UnpackVerifyWindowClosedError(raw []byte) (*LedgerVerifyWindowClosed, error) {
	out := new(LedgerVerifyWindowClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "VerifyWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerVotingClosed represents a VotingClosed error raised by the Ledger contract.
type LedgerVotingClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt)
func LedgerVotingClosedErrorID() common.Hash {
	return common.HexToHash("0xe00009f973c41d7c5388ecff32f0eae3553b10411335fe3ad5aa8b2009da71e3")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (ledger *Ledger) UnpackVotingClosedError(raw []byte) (*LedgerVotingClosed, error) {
	out := new(LedgerVotingClosed)
	if err := ledger.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LedgerWrongBase represents a WrongBase error raised by the Ledger contract.
type LedgerWrongBase struct {
	Base      [32]byte
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBase(bytes32 base, bytes32 modelRoot)
func LedgerWrongBaseErrorID() common.Hash {
	return common.HexToHash("0xe64b95b76ccb93d5ef7dc225a7d1c8efd894afc5070d32caa65544541babb6d1")
}

// UnpackWrongBaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBase(bytes32 base, bytes32 modelRoot)
func (ledger *Ledger) UnpackWrongBaseError(raw []byte) (*LedgerWrongBase, error) {
	out := new(LedgerWrongBase)
	if err := ledger.abi.UnpackIntoInterface(out, "WrongBase", raw); err != nil {
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

// LedgerZeroRoot represents a ZeroRoot error raised by the Ledger contract.
type LedgerZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func LedgerZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (ledger *Ledger) UnpackZeroRootError(raw []byte) (*LedgerZeroRoot, error) {
	out := new(LedgerZeroRoot)
	if err := ledger.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramsHarnessMetaData contains all meta data concerning the ProgramsHarness contract.
var ProgramsHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IMPOSSIBLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint32[]\",\"name\":\"attrs\",\"type\":\"uint32[]\"},{\"internalType\":\"uint8\",\"name\":\"outputs\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"ins\",\"type\":\"tuple[]\"},{\"internalType\":\"uint32[]\",\"name\":\"outShape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64[]\",\"name\":\"elems\",\"type\":\"uint64[]\"}],\"internalType\":\"structProgramsHarness.Case[]\",\"name\":\"cs\",\"type\":\"tuple[]\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"uint256[][]\",\"name\":\"out\",\"type\":\"uint256[][]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ProgramsHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50612f728061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063e71b2a9014610038578063ea1963b414610061575b5f5ffd5b61004b610046366004612c4a565b61007b565b6040516100589190612cbb565b60405180910390f35b61006d64010000000081565b604051908152602001610058565b60608167ffffffffffffffff81111561009657610096612d47565b6040519080825280602002602001820160405280156100c957816020015b60608152602001906001900390816100b45790505b5090505f5b8281101561022a57368484838181106100e9576100e9612d5b565b90506020028101906100fb9190612d6f565b905061010a60c0820182612d8d565b905067ffffffffffffffff81111561012457610124612d47565b60405190808252806020026020018201604052801561014d578160200160208202803683370190505b5083838151811061016057610160612d5b565b60209081029190910101525f5b61017a60c0830183612d8d565b9050811015610220575f806101ca8461019660c0820182612d8d565b868181106101a6576101a6612d5b565b90506020020160208101906101bb9190612dd3565b67ffffffffffffffff16610231565b91509150806101de576401000000006101e0565b815b8686815181106101f2576101f2612d5b565b6020026020010151848151811061020b5761020b612d5b565b6020908102919091010152505060010161016d565b50506001016100ce565b5092915050565b5f806102486102436020860186612dfa565b610388565b156102e85761025d6060850160408601612e1b565b60ff1660011461027157505f905080610381565b6102df6102816020860186612dfa565b61028e6020870187612d8d565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506102cc925050506060880188612d8d565b6102d960808a018a612d8d565b896103f1565b91509150610381565b61037c6102f86020860186612dfa565b6103056020870187612d8d565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610346925050506060880160408901612e1b565b60ff166103566060890189612d8d565b61036360808b018b612d8d565b61037360c08d0160a08e01612e1b565b60ff168b61052f565b915091505b9250929050565b5f61ffff8216600d14806103a0575061ffff8216600e145b806103af575061ffff82166014145b806103be575061ffff82166015145b806103cd575061ffff82166027145b806103dc575061ffff82166028145b806103eb575061ffff8216602a145b92915050565b5f80600d1961ffff8a16016104175761040e8888888888886107a2565b91509150610523565b61ffff8916600d148061042e575061ffff89166027145b8061043d575061ffff89166028145b156104515761040e8989898989898961090c565b60131961ffff8a160161046c5761040e8888888888886109f2565b60141961ffff8a16016104875761040e888888888888610db9565b6001861415806104975750875115155b806104e057506104a78585610fdc565b6104dd88885f8181106104bc576104bc612d5b565b90506020028101906104ce9190612e3b565b6104d89080612d8d565b610fdc565b14155b156104ef57505f905080610523565b61051c87875f81811061050457610504612d5b565b90506020028101906105169190612e3b565b8461106c565b6001915091505b97509795505050505050565b5f8060151961ffff8c160161063e5788600314158061054f575060048714155b8061055c57508951600914155b1561056b57505f905080610794565b5f5b60048110156105c6576105ae89898381811061058b5761058b612d5b565b905060200281019061059d9190612e3b565b6105a79080612d8d565b89896111f7565b6105be575f5f9250925050610794565b60010161056d565b506105cf612c0d565b5f5b6004811015610626576106078a8a838181106105ef576105ef612d5b565b90506020028101906106019190612e3b565b8661106c565b82826004811061061957610619612d5b565b60200201526001016105d1565b506106328b828761128e565b60019250925050610794565b88600114158061064f575060018714155b8061065a5750895115155b1561066957505f905080610794565b6001851415806106a6575085855f81811061068657610686612d5b565b905060200201602081019061069b9190612e4f565b63ffffffff16600114155b156106b557505f905080610794565b5f6106cb89895f8181106104bc576104bc612d5b565b905061100081111561070a5760405163dda8a30360e01b815261ffff8d1660048201526024810182905261100060448201526064015b60405180910390fd5b61ffff8c16601114801561071c575080155b1561072d575f5f9250925050610794565b5f61076461075f8b8b5f81811061074657610746612d5b565b90506020028101906107589190612e3b565b5f856114a7565b611606565b905061ffff8d16601014610789576107848161077f84611683565b611703565b61078b565b805b60019350935050505b995099975050505050505050565b5f5f5f5f6107b38a8a8a8a8a61184c565b91509150805f036107cb575f5f935093505050610901565b6110008211156108005760405163dda8a30360e01b8152600e6004820152602481018390526110006044820152606401610701565b5f5f5f61086a8c8c600181811061081957610819612d5b565b905060200281019061082b9190612e3b565b86868d8d600181811061084057610840612d5b565b90506020020160208101906108559190612e4f565b6108659063ffffffff168d612e9a565b611a6a565b92509250925082610885575f5f965096505050505050610901565b60408211156108ba576040805163dda8a30360e01b8152600e6004820152602481018490526044810191909152606401610701565b6108f58c8c83858c8f8f60018181106108d5576108d5612d5b565b90506020020160208101906108ea9190612e4f565b63ffffffff16611c2d565b60019650965050505050505b965096945050505050565b5f80600286141580610936575061ffff891660281461092b575f61092e565b60015b60ff16885114155b8061097257508686600181811061094f5761094f612d5b565b90506020028101906109619190612e3b565b61096b9080612d8d565b9050600114155b1561098157505f905080610523565b600c1961ffff8a160161099b5761040e8787878787611ca4565b60261961ffff8a16016109b55761040e8787878787611ef4565b6109e2885f815181106109ca576109ca612d5b565b602002602001015163ffffffff1688888888886120d8565b9150915097509795505050505050565b5f80851580610a0357508751600114155b80610a30575084849050885f81518110610a1f57610a1f612d5b565b602002602001015163ffffffff1610155b15610a3f57505f905080610901565b5f885f81518110610a5257610a52612d5b565b602090810291909101015163ffffffff1690505f805b88811015610b9357365f8b8b84818110610a8457610a84612d5b565b9050602002810190610a969190612e3b565b610aa09080612d8d565b9092509050888114610abc575f5f965096505050505050610901565b5f5b89811015610b4c57858114158015610b2e57508a8a82818110610ae357610ae3612d5b565b9050602002016020810190610af89190612e4f565b63ffffffff16838383818110610b1057610b10612d5b565b9050602002016020810190610b259190612e4f565b63ffffffff1614155b15610b44575f5f97509750505050505050610901565b600101610abe565b50818186818110610b5f57610b5f612d5b565b9050602002016020810190610b749190612e4f565b610b849063ffffffff1685612ead565b93505050806001019050610a68565b50868683818110610ba657610ba6612d5b565b9050602002016020810190610bbb9190612e4f565b63ffffffff168114610bd4575f5f935093505050610901565b5f610be0888885612310565b90505f610bed8284612ec0565b610bf79088612e9a565b90505f83610c05848a612e9a565b610c0f9190612ed7565b90505f5b8c8c82818110610c2557610c25612d5b565b9050602002810190610c379190612e3b565b610c419080612d8d565b87818110610c5157610c51612d5b565b9050602002016020810190610c669190612e4f565b63ffffffff168210610ce7578c8c82818110610c8457610c84612d5b565b9050602002810190610c969190612e3b565b610ca09080612d8d565b87818110610cb057610cb0612d5b565b9050602002016020810190610cc59190612e4f565b610cd59063ffffffff1683612eea565b9150610ce081612efd565b9050610c13565b5f8d8d83818110610cfa57610cfa612d5b565b9050602002810190610d0c9190612e3b565b610d169080612d8d565b88818110610d2657610d26612d5b565b9050602002016020810190610d3b9190612e4f565b63ffffffff169050610da38e8e84818110610d5857610d58612d5b565b9050602002810190610d6a9190612e3b565b610d74878d612ed7565b8786610d80868a612ec0565b610d8a9190612ead565b610d949190612ec0565b610d9e9190612ead565b61106c565b9f60019f509d5050505050505050505050505050565b5f80600186141580610dcd57508751600314155b15610ddc57505f905080610901565b365f88885f818110610df057610df0612d5b565b9050602002810190610e029190612e3b565b610e0c9080612d8d565b915091505f8a5f81518110610e2357610e23612d5b565b602002602001015163ffffffff1690505f8b600181518110610e4757610e47612d5b565b602002602001015163ffffffff1690505f8c600281518110610e6b57610e6b612d5b565b602002602001015163ffffffff1690508484905083101580610e8d5750838914155b80610e9757508181105b80610ecd5750848484818110610eaf57610eaf612d5b565b9050602002016020810190610ec49190612e4f565b63ffffffff1681115b15610ee2575f5f965096505050505050610901565b5f5b89811015610f7a57838114610f2557858582818110610f0557610f05612d5b565b9050602002016020810190610f1a9190612e4f565b63ffffffff16610f2f565b610f2f8383612eea565b8b8b83818110610f4157610f41612d5b565b9050602002016020810190610f569190612e4f565b63ffffffff1614610f72575f5f97509750505050505050610901565b600101610ee4565b506108f58c8c5f818110610f9057610f90612d5b565b9050602002810190610fa29190612e3b565b610d9e8c8c87878b8b8b818110610fbb57610fbb612d5b565b9050602002016020810190610fd09190612e4f565b63ffffffff168f612371565b5f600482111561101e576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610701565b5060015f5b8281101561022a5783838281811061103d5761103d612d5b565b90506020020160208101906110529190612e4f565b6110629063ffffffff1683612ec0565b9150600101611023565b5f80604061107f85820160208701612e4f565b63ffffffff1661108f9190612ec0565b9050808310806110cb57506110a76040850185612f15565b90506110b38285612eea565b6110be906004612ec0565b6110c9906004612ead565b115b15611119576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610701565b5f6111248285612eea565b61112f906004612ec0565b9050365f6111406040880188612f15565b909250905060188282611154866003612ead565b81811061116357611163612d5b565b919091013560f81c90911b90506010838361117f876002612ead565b81811061118e5761118e612d5b565b919091013560f81c90911b9050600884846111aa886001612ead565b8181106111b9576111b9612d5b565b919091013560f81c90911b90508484878181106111d8576111d8612d5b565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f83821461120657505f611286565b5f5b848110156112805783838281811061122257611222612d5b565b90506020020160208101906112379190612e4f565b63ffffffff1686868381811061124f5761124f612d5b565b90506020020160208101906112649190612e4f565b63ffffffff1614611278575f915050611286565b600101611208565b50600190505b949350505050565b5f5f6113106112d4866001815181106112a9576112a9612d5b565b602002602001015163ffffffff16866002600481106112ca576112ca612d5b565b602002015161241e565b61130b876004815181106112ea576112ea612d5b565b602002602001015163ffffffff16876001600481106112ca576112ca612d5b565b612523565b9050826001036113215790506114a0565b5f61139e61135c8760028151811061133b5761133b612d5b565b602002602001015163ffffffff16876003600481106112ca576112ca612d5b565b61130b6113968960058151811061137557611375612d5b565b602002602001015163ffffffff16896001600481106112ca576112ca612d5b565b8860016112ca565b9050836002036113b15791506114a09050565b5f6114276113df84896006815181106113cc576113cc612d5b565b602002602001015163ffffffff1661241e565b61077f6114016113fc868c6007815181106113cc576113cc612d5b565b6126d1565b8a60038151811061141457611414612d5b565b602002602001015163ffffffff16612523565b905061149a865f6020020151611495895f8151811061144857611448612d5b565b602002602001015163ffffffff166114908561130b8d60088151811061147057611470612d5b565b602002602001015163ffffffff168d5f600481106112ca576112ca612d5b565b61241e565b61279d565b93505050505b9392505050565b60605f60406114bb86820160208801612e4f565b63ffffffff166114cb9190612ec0565b90508084108061150757506114e36040860186612f15565b9050836114f08387612eea565b6114fa9190612ead565b611505906004612ec0565b115b1561154d576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b6044820152606401610701565b8267ffffffffffffffff81111561156657611566612d47565b60405190808252806020026020018201604052801561158f578160200160208202803683370190505b509150365f6115a16040880188612f15565b915091506004838703028201602085015f5b878110156115f9576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060208302840152506001810190506115b3565b5050505050509392505050565b5f61160f612c2b565b82515f5b818110156116795761165783826007166008811061163357611633612d5b565b602002015186838151811061164a5761164a612d5b565b6020026020010151612523565b83826007166008811061166c5761166c612d5b565b6020020152600101611613565b50611286826127ae565b5f815f0361169257505f919050565b5f82818112156116af57638000000091506116ac84612f58565b90505b5f5b6116bc816001612ead565b82901c156116d4576116cd81612efd565b90506116b1565b6116df816017612eea565b82901b627fffff1660176116f483607f612ead565b901b8417179350505050919050565b5f637fffffff838116908316838518638000000016637f80000083118061172d5750637f80000082115b1561174157637fc0000093505050506103eb565b637f800000830361177357637f800000821461176357637f8000008117611769565b637fc000005b93505050506103eb565b637f80000082036117885792506103eb915050565b815f036117a157821561176357637f8000008117611769565b825f036117b25792506103eb915050565b627fffff8084169390831692601791821c911c5f8290036117d657600191506117df565b62800000851794505b805f036117ee575060016117f7565b62800000841793505b604085901b5f85828161180c5761180c612e72565b049050600181901b86838161182357611823612e72565b061561182d576001175b61183d866041868803038361282b565b9b9a5050505050505050505050565b5f80600285108061185f57508651600114155b1561186e57505f905080611a60565b365f87875f81811061188257611882612d5b565b90506020028101906118949190612e3b565b61189e9080612d8d565b91509150365f898960018181106118b7576118b7612d5b565b90506020028101906118c99190612e3b565b6118d39080612d8d565b915091508a5f815181106118e9576118e9612d5b565b602002602001015163ffffffff16945083839050600214158061190d575060018114155b80611970575083835f81811061192557611925612d5b565b905060200201602081019061193a9190612e4f565b63ffffffff1682825f81811061195257611952612d5b565b90506020020160208101906119679190612e4f565b63ffffffff1614155b8061197c575060028714155b806119b357508488885f81811061199557611995612d5b565b90506020020160208101906119aa9190612e4f565b63ffffffff1614155b80611a185750838360018181106119cc576119cc612d5b565b90506020020160208101906119e19190612e4f565b63ffffffff16888860018181106119fa576119fa612d5b565b9050602002016020810190611a0f9190612e4f565b63ffffffff1614155b15611a2c575f5f9550955050505050611a60565b83835f818110611a3e57611a3e612d5b565b9050602002016020810190611a539190612e4f565b63ffffffff169550505050505b9550959350505050565b5f806060611a7e6040880160208901612e4f565b63ffffffff16151580611aa85750611a97866004612ec0565b611aa46040890189612f15565b9050105b15611ae6576040516351a6cb4960e01b815260206004820152600d60248201526c696473206e6f742077686f6c6560981b6044820152606401610701565b365f611af560408a018a612f15565b604080518181526108208101825292945090925090816020820161080080368337019050509350611b9e565b5f5f637fffffff8316611b3657506001610381565b8260171c609e8111607f82101715611b4e5750610381565b627fffff84166280000017609682108015611b875782609603600180821b03831615611b7d5750505050610381565b82901c9450611b90565b81609684031b94505b509295948610949350505050565b60019550602084015f5b8a811015611c1e576004810285013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b17179050611be48b82611b21565b915081611bf5575f99505050611c1e565b8a8103611c145784891015611c0d578260208a028501525b6001890198505b5050600101611ba8565b50505050509450945094915050565b5f80805b85811015611c98575f611c7e8a8a85611c4a898b612ed7565b898d8881518110611c5d57611c5d612d5b565b6020026020010151611c6f9190612ec0565b611c799190612ead565b6128e9565b9093509050611c8d8482612523565b935050600101611c31565b50509695505050505050565b5f5f365f88885f818110611cba57611cba612d5b565b9050602002810190611ccc9190612e3b565b611cd69080612d8d565b9092509050600281141580611cec575060028614155b80611d7c575088886001818110611d0557611d05612d5b565b9050602002810190611d179190612e3b565b611d219080612d8d565b5f818110611d3157611d31612d5b565b9050602002016020810190611d469190612e4f565b63ffffffff1687875f818110611d5e57611d5e612d5b565b9050602002016020810190611d739190612e4f565b63ffffffff1614155b80611de1575081816001818110611d9557611d95612d5b565b9050602002016020810190611daa9190612e4f565b63ffffffff1687876001818110611dc357611dc3612d5b565b9050602002016020810190611dd89190612e4f565b63ffffffff1614155b15611df3575f5f935093505050611a60565b5f82826001818110611e0757611e07612d5b565b9050602002016020810190611e1c9190612e4f565b63ffffffff1690505f5f611e8d611e5b8d8d6001818110611e3f57611e3f612d5b565b9050602002810190611e519190612e3b565b610d9e868c612e9a565b86865f818110611e6d57611e6d612d5b565b9050602002016020810190611e829190612e4f565b63ffffffff166129c9565b9150915081611ea6575f5f965096505050505050611a60565b611ee18c8c5f818110611ebb57611ebb612d5b565b9050602002810190611ecd9190612e3b565b611ed7858b612ed7565b610d948685612ec0565b9c60019c509a5050505050505050505050565b5f5f365f88885f818110611f0a57611f0a612d5b565b9050602002810190611f1c9190612e3b565b611f269080612d8d565b915091505f89896001818110611f3e57611f3e612d5b565b9050602002810190611f509190612e3b565b611f5a9080612d8d565b5f818110611f6a57611f6a612d5b565b9050602002016020810190611f7f9190612e4f565b63ffffffff169050600282141580611fc357508083835f818110611fa557611fa5612d5b565b9050602002016020810190611fba9190612e4f565b63ffffffff1614155b80611fcf575060018714155b8061200657508088885f818110611fe857611fe8612d5b565b9050602002016020810190611ffd9190612e4f565b63ffffffff1614155b15612019575f5f94509450505050611a60565b5f5f61205f61204c8d8d600181811061203457612034612d5b565b90506020028101906120469190612e3b565b8a61106c565b86866001818110611e6d57611e6d612d5b565b9150915081612078575f5f965096505050505050611a60565b611ee18c8c5f81811061208d5761208d612d5b565b905060200281019061209f9190612e3b565b82878760018181106120b3576120b3612d5b565b90506020020160208101906120c89190612e4f565b610d949063ffffffff168c612ec0565b5f5f5f878760018181106120ee576120ee612d5b565b90506020028101906121009190612e3b565b61210a9080612d8d565b5f81811061211a5761211a612d5b565b905060200201602081019061212f9190612e4f565b63ffffffff169050881580612174575087875f81811061215157612151612d5b565b90506020028101906121639190612e3b565b61216d9080612d8d565b9050600114155b806121d757508088885f81811061218d5761218d612d5b565b905060200281019061219f9190612e3b565b6121a99080612d8d565b5f8181106121b9576121b9612d5b565b90506020020160208101906121ce9190612e4f565b63ffffffff1614155b806121e3575060028514155b8061221a57508086865f8181106121fc576121fc612d5b565b90506020020160208101906122119190612e4f565b63ffffffff1614155b806122525750888686600181811061223457612234612d5b565b90506020020160208101906122499190612e4f565b63ffffffff1614155b15612263575f5f9250925050610901565b5f5f6122a061229a8b8b600181811061227e5761227e612d5b565b90506020028101906122909190612e3b565b610d9e8e8a612e9a565b8c6129c9565b91509150816122b7575f5f94509450505050610901565b806122c28c88612ed7565b146122cd575f6122fe565b6122fe8a8a5f8181106122e2576122e2612d5b565b90506020028101906122f49190612e3b565b610d9e8d89612e9a565b9b60019b509950505050505050505050565b60015f61231d8383612ead565b90505b838110156123695784848281811061233a5761233a612d5b565b905060200201602081019061234f9190612e4f565b61235f9063ffffffff1683612ec0565b9150600101612320565b509392505050565b5f5f61237e888888612310565b90505f88888881811061239357612393612d5b565b90506020020160208101906123a89190612e4f565b63ffffffff1690505f6123bb8383612ec0565b6123c59086612e9a565b90505f826123d38588612e9a565b6123dd9190612ed7565b90506123e98487612ed7565b84828a6123f68b87612ec0565b6124009190612ead565b61240a9190612ead565b6124149190612ec0565b61183d9190612ead565b5f637fffffff838116908316838518638000000016637f8000008311806124485750637f80000082115b1561245c57637fc0000093505050506103eb565b637f8000008314806124715750637f80000082145b156124a557821580612481575081155b1561249557637fc0000093505050506103eb565b637f8000001792506103eb915050565b8215806124b0575081155b156124bf5792506103eb915050565b627fffff8084169390831692601791821c911c5f8290036124e357600191506124ec565b62800000851794505b805f036124fb57506001612504565b62800000841793505b6125178361012c8385010386880261282b565b98975050505050505050565b5f637fffffff838116908316637f800000821015806125465750637f8000008110155b156125bb57637f8000008211806125605750637f80000081115b1561257357637fc00000925050506103eb565b637f800000821480156125895750637f80000081145b156125aa5783851461259f57637fc000006125a1565b845b925050506103eb565b637f800000821461259f57836125a1565b805f036125d95781156125ce57846125a1565b5050508181166103eb565b815f036125ea5783925050506103eb565b808210156125f757929392905b627fffff8083169290821691601791821c911c5f82900361261b5760019150612624565b62800000841793505b805f036126335750600161263c565b62800000831792505b600893841b939290921b91808203602881111561265c576001935061267d565b801561267d5783811c935f196001831b0116801561267b576001851794505b505b5f6380000000888a18165f0361269657508484016126b0565b8486039050805f036126b0575f96505050505050506103eb565b6126c463800000008a16609e86038361282b565b9998505050505050505050565b5f637fffffff8216637f8000008111156126f15750637fc0000092915050565b805f036126ff575090919050565b63800000008316156127175750637fc0000092915050565b637f8000008103612729575090919050565b627fffff81169060171c5f8190036127435750600161274c565b62800000821791505b609519810160018116156127655760019290921b915f19015b606483901b5f61277482612aae565b9050600181901b8180028314612788576001175b6125175f60016002606319880105038361282b565b5f6114a08363800000008418612523565b80515f9081906127c6908460045b6020020151612523565b90505f6127dc84600160200201518560056127bc565b90505f6127f285600260200201518660066127bc565b90505f61280886600360200201518760076127bc565b90506128216128178584612523565b61130b8584612523565b9695505050505050565b5f5f61283683612b27565b90506017198482010160941981121561284e57506094195b5f858213612862575080850384901b6128b6565b85820360a0811115612876575f91506128b4565b85811c91505f19600180831b820188169183011b808211806128a5575080821480156128a55750836001166001145b156128b1576001840193505b50505b505b6095820160171b8101637f80000081106128dc57637f80000088179450505050506114a0565b9096179695505050505050565b5f5f5b61291886868681811061290157612901612d5b565b90506020028101906129139190612e3b565b612bc7565b831061298e5783156129345761292f846001612ead565b612937565b60025b9350848410612989576040516351a6cb4960e01b815260206004820152601d60248201527f647920656c656d656e74206f7574736964652074686520736c696365730000006044820152606401610701565b6128ec565b836129bc8787878181106129a4576129a4612d5b565b90506020028101906129b69190612e3b565b8561106c565b9150915094509492505050565b5f80637fffffff84168082036129e65760015f9250925050610381565b638000000085161515806129fe5750637f8000008110155b15612a0f575f5f9250925050610381565b601781901c607f811080612a235750609e81115b15612a35575f5f935093505050610381565b62800000627fffff8316175f60968310612a5e57612a54609684612eea565b82901b9050612aa0565b6001612a6b846096612eea565b6001901b612a799190612eea565b821615612a8f575f5f9550955050505050610381565b612a9a836096612eea565b82901c90505b958610979596505050505050565b5f815f03612abd57505f919050565b6002612ac883612b27565b60010181612ad857612ad8612e72565b046001901b90505f6001828481612af157612af1612e72565b048301901c90505b81811015612b21578091506001828481612b1557612b15612e72565b048301901c9050612af9565b50919050565b5f608082901c15612b3a57608091821c91015b604082901c15612b4c57604091821c91015b602082901c15612b5e57602091821c91015b601082901c15612b7057601091821c91015b600882901c15612b8257600891821c91015b600482901c15612b9457600491821c91015b600282901c15612ba657600291821c91015b600182901c15612bb857600191821c91015b8115612bc2576001015b919050565b5f6004612bd76040840184612f15565b612be2929150612e9a565b6040612bf384820160208601612e4f565b63ffffffff16612c039190612ec0565b6103eb9190612ead565b60405180608001604052806004906020820280368337509192915050565b6040518061010001604052806008906020820280368337509192915050565b5f5f60208385031215612c5b575f5ffd5b823567ffffffffffffffff811115612c71575f5ffd5b8301601f81018513612c81575f5ffd5b803567ffffffffffffffff811115612c97575f5ffd5b8560208260051b8401011115612cab575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015612d3b57868503603f19018452815180518087526020918201918701905f5b81811015612d22578351835260209384019390920191600101612d04565b5090965050506020938401939190910190600101612ce1565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f823560de19833603018112612d83575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612da2575f5ffd5b83018035915067ffffffffffffffff821115612dbc575f5ffd5b6020019150600581901b3603821315610381575f5ffd5b5f60208284031215612de3575f5ffd5b813567ffffffffffffffff811681146114a0575f5ffd5b5f60208284031215612e0a575f5ffd5b813561ffff811681146114a0575f5ffd5b5f60208284031215612e2b575f5ffd5b813560ff811681146114a0575f5ffd5b5f8235607e19833603018112612d83575f5ffd5b5f60208284031215612e5f575f5ffd5b813563ffffffff811681146114a0575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f82612ea857612ea8612e72565b500490565b808201808211156103eb576103eb612e86565b80820281158282048414176103eb576103eb612e86565b5f82612ee557612ee5612e72565b500690565b818103818111156103eb576103eb612e86565b5f60018201612f0e57612f0e612e86565b5060010190565b5f5f8335601e19843603018112612f2a575f5ffd5b83018035915067ffffffffffffffff821115612f44575f5ffd5b602001915036819003821315610381575f5ffd5b5f600160ff1b8201612f6c57612f6c612e86565b505f039056",
}

// ProgramsHarness is an auto generated Go binding around an Ethereum contract.
type ProgramsHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProgramsHarness) GetABI() abi.ABI {
	return c.abi
}

// NewProgramsHarness creates a new instance of ProgramsHarness.
func NewProgramsHarness() *ProgramsHarness {
	parsed, err := ProgramsHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProgramsHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProgramsHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (programsHarness *ProgramsHarness) PackIMPOSSIBLE() []byte {
	enc, err := programsHarness.abi.Pack("IMPOSSIBLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (programsHarness *ProgramsHarness) TryPackIMPOSSIBLE() ([]byte, error) {
	return programsHarness.abi.Pack("IMPOSSIBLE")
}

// UnpackIMPOSSIBLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1963b4.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (programsHarness *ProgramsHarness) UnpackIMPOSSIBLE(data []byte) (*big.Int, error) {
	out, err := programsHarness.abi.Unpack("IMPOSSIBLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe71b2a90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run((uint16,uint32[],uint8,(uint32[],uint32,bytes,bytes32[])[],uint32[],uint8,uint64[])[] cs) pure returns(uint256[][] out)
func (programsHarness *ProgramsHarness) PackRun(cs []ProgramsHarnessCase) []byte {
	enc, err := programsHarness.abi.Pack("run", cs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe71b2a90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run((uint16,uint32[],uint8,(uint32[],uint32,bytes,bytes32[])[],uint32[],uint8,uint64[])[] cs) pure returns(uint256[][] out)
func (programsHarness *ProgramsHarness) TryPackRun(cs []ProgramsHarnessCase) ([]byte, error) {
	return programsHarness.abi.Pack("run", cs)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe71b2a90.
//
// Solidity: function run((uint16,uint32[],uint8,(uint32[],uint32,bytes,bytes32[])[],uint32[],uint8,uint64[])[] cs) pure returns(uint256[][] out)
func (programsHarness *ProgramsHarness) UnpackRun(data []byte) ([][]*big.Int, error) {
	out, err := programsHarness.abi.Unpack("run", data)
	if err != nil {
		return *new([][]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([][]*big.Int)).(*[][]*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (programsHarness *ProgramsHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], programsHarness.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return programsHarness.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], programsHarness.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return programsHarness.UnpackRowLimitExceededError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProgramsHarnessBadSlice represents a BadSlice error raised by the ProgramsHarness contract.
type ProgramsHarnessBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func ProgramsHarnessBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (programsHarness *ProgramsHarness) UnpackBadSliceError(raw []byte) (*ProgramsHarnessBadSlice, error) {
	out := new(ProgramsHarnessBadSlice)
	if err := programsHarness.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProgramsHarnessRowLimitExceeded represents a RowLimitExceeded error raised by the ProgramsHarness contract.
type ProgramsHarnessRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func ProgramsHarnessRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (programsHarness *ProgramsHarness) UnpackRowLimitExceededError(raw []byte) (*ProgramsHarnessRowLimitExceeded, error) {
	out := new(ProgramsHarnessRowLimitExceeded)
	if err := programsHarness.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeMetaData contains all meta data concerning the ReduceReferee contract.
var ReduceRefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IMPOSSIBLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"compute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ReduceReferee",
	Bin: "0x6080604052348015600e575f5ffd5b506119d08061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063e6f852e614610038578063ea1963b41461005d575b5f5ffd5b61004b61004636600461179b565b610069565b60405190815260200160405180910390f35b61004b64010000000081565b5f8061008761007884806117e5565b6100829080611803565b6100c6565b90505f5f6100a4836020015184604001518560800151518861054a565b91509150806100b8576401000000006100ba565b815b93505050505b92915050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f600983101561012f57604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064015b60405180910390fd5b600184845f816101415761014161184d565b9050013560f81c60f81b60f81c60ff161461018957604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610126565b50600161019984848360046105cb565b63ffffffff1682526101ac600482611875565b90506101bb84848360026105cb565b61ffff1660208301526101cf600282611875565b90505f6101df85858460016105cb565b90506101ec600183611875565b91508067ffffffffffffffff81111561020757610207611888565b604051908082528060200260200182016040528015610230578160200160208202803683370190505b5060408401525f5b8181101561028d5761024d86868560046105cb565b846040015182815181106102635761026361184d565b63ffffffff90921660209283029190910190910152610283600484611875565b9250600101610238565b5061029b85858460016105cb565b90506102a8600183611875565b91508067ffffffffffffffff8111156102c3576102c3611888565b60405190808252806020026020018201604052801561031a57816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f199092019101816102e15790505b5060608401525f5b8181101561044a575f846060015182815181106103415761034161184d565b6020026020010151905061035887878660016105cb565b60ff168152610368600185611875565b815190945060ff165f036103bf5761038387878660046105cb565b63ffffffff1660208201526103a5878761039e876004611875565b60016105cb565b60ff1660408201526103b8600585611875565b9350610422565b805160ff166001036103e8576103d887878660206105cb565b60608201526103b8602085611875565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610126565b61042f87878660206105cb565b608082015261043f602085611875565b935050600101610322565b5061045885858460016105cb565b9050610465600183611875565b91508067ffffffffffffffff81111561048057610480611888565b6040519080825280602002602001820160405280156104a9578160200160208202803683370190505b5060808401525f5b81811015610500576104c686868560206105cb565b60808501518051839081106104dd576104dd61184d565b6020026020010181815250506020836104f69190611875565b92506001016104b1565b5081841461054257604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610126565b505092915050565b5f5f61055586610629565b6105625761056286610655565b6105be86868661057560c088018861189c565b61058260a08a018a6118e2565b61058c908061189c565b61059c60808c0160608d016118f6565b60ff166105af60a08d0160808e01611916565b67ffffffffffffffff16610674565b9150915094509492505050565b5f836105d78385611875565b111561061257604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610126565b8285013560088302610100031c9050949350505050565b5f61ffff821660101480610641575061ffff82166011145b806100c0575061ffff821660161492915050565b6040516315b2ed9960e01b815261ffff82166004820152602401610126565b5f8060151961ffff8c160161078357886003141580610694575060048714155b806106a157508951600914155b156106b057505f9050806108f5565b5f5b600481101561070b576106f38989838181106106d0576106d061184d565b90506020028101906106e291906118e2565b6106ec908061189c565b8989610903565b610703575f5f92509250506108f5565b6001016106b2565b5061071461175e565b5f5b600481101561076b5761074c8a8a838181106107345761073461184d565b905060200281019061074691906118e2565b8661099a565b82826004811061075e5761075e61184d565b6020020152600101610716565b506107778b8287610b25565b600192509250506108f5565b886001141580610794575060018714155b8061079f5750895115155b156107ae57505f9050806108f5565b6001851415806107eb575085855f8181106107cb576107cb61184d565b90506020020160208101906107e0919061193d565b63ffffffff16600114155b156107fa57505f9050806108f5565b5f61083189895f8181106108105761081061184d565b905060200281019061082291906118e2565b61082c908061189c565b610d3e565b905061100081111561086b5760405163dda8a30360e01b815261ffff8d166004820152602481018290526110006044820152606401610126565b61ffff8c16601114801561087d575080155b1561088e575f5f92509250506108f5565b5f6108c56108c08b8b5f8181106108a7576108a761184d565b90506020028101906108b991906118e2565b5f85610dd5565b610f34565b905061ffff8d166010146108ea576108e5816108e084610fb1565b611031565b6108ec565b805b60019350935050505b995099975050505050505050565b5f83821461091257505f610992565b5f5b8481101561098c5783838281811061092e5761092e61184d565b9050602002016020810190610943919061193d565b63ffffffff1686868381811061095b5761095b61184d565b9050602002016020810190610970919061193d565b63ffffffff1614610984575f915050610992565b600101610914565b50600190505b949350505050565b5f8060406109ad8582016020870161193d565b63ffffffff166109bd9190611960565b9050808310806109f957506109d56040850185611803565b90506109e18285611977565b6109ec906004611960565b6109f7906004611875565b115b15610a47576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610126565b5f610a528285611977565b610a5d906004611960565b9050365f610a6e6040880188611803565b909250905060188282610a82866003611875565b818110610a9157610a9161184d565b919091013560f81c90911b905060108383610aad876002611875565b818110610abc57610abc61184d565b919091013560f81c90911b905060088484610ad8886001611875565b818110610ae757610ae761184d565b919091013560f81c90911b9050848487818110610b0657610b0661184d565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f5f610ba7610b6b86600181518110610b4057610b4061184d565b602002602001015163ffffffff1686600260048110610b6157610b6161184d565b602002015161117a565b610ba287600481518110610b8157610b8161184d565b602002602001015163ffffffff1687600160048110610b6157610b6161184d565b61127f565b905082600103610bb8579050610d37565b5f610c35610bf387600281518110610bd257610bd261184d565b602002602001015163ffffffff1687600360048110610b6157610b6161184d565b610ba2610c2d89600581518110610c0c57610c0c61184d565b602002602001015163ffffffff1689600160048110610b6157610b6161184d565b886001610b61565b905083600203610c48579150610d379050565b5f610cbe610c768489600681518110610c6357610c6361184d565b602002602001015163ffffffff1661117a565b6108e0610c98610c93868c600781518110610c6357610c6361184d565b61142d565b8a600381518110610cab57610cab61184d565b602002602001015163ffffffff1661127f565b9050610d31865f6020020151610d2c895f81518110610cdf57610cdf61184d565b602002602001015163ffffffff16610d2785610ba28d600881518110610d0757610d0761184d565b602002602001015163ffffffff168d5f60048110610b6157610b6161184d565b61117a565b6114f9565b93505050505b9392505050565b5f6004821115610d80576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610126565b5060015f5b82811015610dce57838382818110610d9f57610d9f61184d565b9050602002016020810190610db4919061193d565b610dc49063ffffffff1683611960565b9150600101610d85565b5092915050565b60605f6040610de98682016020880161193d565b63ffffffff16610df99190611960565b905080841080610e355750610e116040860186611803565b905083610e1e8387611977565b610e289190611875565b610e33906004611960565b115b15610e7b576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b6044820152606401610126565b8267ffffffffffffffff811115610e9457610e94611888565b604051908082528060200260200182016040528015610ebd578160200160208202803683370190505b509150365f610ecf6040880188611803565b915091506004838703028201602085015f5b87811015610f27576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b17179050806020830284015250600181019050610ee1565b5050505050509392505050565b5f610f3d61177c565b82515f5b81811015610fa757610f85838260071660088110610f6157610f6161184d565b6020020151868381518110610f7857610f7861184d565b602002602001015161127f565b838260071660088110610f9a57610f9a61184d565b6020020152600101610f41565b506109928261150a565b5f815f03610fc057505f919050565b5f8281811215610fdd5763800000009150610fda8461198a565b90505b5f5b610fea816001611875565b82901c1561100257610ffb816119a4565b9050610fdf565b61100d816017611977565b82901b627fffff16601761102283607f611875565b901b8417179350505050919050565b5f637fffffff838116908316838518638000000016637f80000083118061105b5750637f80000082115b1561106f57637fc0000093505050506100c0565b637f80000083036110a157637f800000821461109157637f8000008117611097565b637fc000005b93505050506100c0565b637f80000082036110b65792506100c0915050565b815f036110cf57821561109157637f8000008117611097565b825f036110e05792506100c0915050565b627fffff8084169390831692601791821c911c5f829003611104576001915061110d565b62800000851794505b805f0361111c57506001611125565b62800000841793505b604085901b5f85828161113a5761113a6119bc565b049050600181901b868381611151576111516119bc565b061561115b576001175b61116b8660418688030383611587565b9b9a5050505050505050505050565b5f637fffffff838116908316838518638000000016637f8000008311806111a45750637f80000082115b156111b857637fc0000093505050506100c0565b637f8000008314806111cd5750637f80000082145b15611201578215806111dd575081155b156111f157637fc0000093505050506100c0565b637f8000001792506100c0915050565b82158061120c575081155b1561121b5792506100c0915050565b627fffff8084169390831692601791821c911c5f82900361123f5760019150611248565b62800000851794505b805f0361125757506001611260565b62800000841793505b6112738361012c83850103868802611587565b98975050505050505050565b5f637fffffff838116908316637f800000821015806112a25750637f8000008110155b1561131757637f8000008211806112bc5750637f80000081115b156112cf57637fc00000925050506100c0565b637f800000821480156112e55750637f80000081145b15611306578385146112fb57637fc000006112fd565b845b925050506100c0565b637f80000082146112fb57836112fd565b805f0361133557811561132a57846112fd565b5050508181166100c0565b815f036113465783925050506100c0565b8082101561135357929392905b627fffff8083169290821691601791821c911c5f8290036113775760019150611380565b62800000841793505b805f0361138f57506001611398565b62800000831792505b600893841b939290921b9180820360288111156113b857600193506113d9565b80156113d95783811c935f196001831b011680156113d7576001851794505b505b5f6380000000888a18165f036113f2575084840161140c565b8486039050805f0361140c575f96505050505050506100c0565b61142063800000008a16609e860383611587565b9998505050505050505050565b5f637fffffff8216637f80000081111561144d5750637fc0000092915050565b805f0361145b575090919050565b63800000008316156114735750637fc0000092915050565b637f8000008103611485575090919050565b627fffff81169060171c5f81900361149f575060016114a8565b62800000821791505b609519810160018116156114c15760019290921b915f19015b606483901b5f6114d082611645565b9050600181901b81800283146114e4576001175b6112735f600160026063198801050383611587565b5f610d37836380000000841861127f565b80515f908190611522908460045b602002015161127f565b90505f6115388460016020020151856005611518565b90505f61154e8560026020020151866006611518565b90505f6115648660036020020151876007611518565b905061157d611573858461127f565b610ba2858461127f565b9695505050505050565b5f5f611592836116be565b9050601719848201016094198112156115aa57506094195b5f8582136115be575080850384901b611612565b85820360a08111156115d2575f9150611610565b85811c91505f19600180831b820188169183011b80821180611601575080821480156116015750836001166001145b1561160d576001840193505b50505b505b6095820160171b8101637f800000811061163857637f8000008817945050505050610d37565b9096179695505050505050565b5f815f0361165457505f919050565b600261165f836116be565b6001018161166f5761166f6119bc565b046001901b90505f6001828481611688576116886119bc565b048301901c90505b818110156116b85780915060018284816116ac576116ac6119bc565b048301901c9050611690565b50919050565b5f608082901c156116d157608091821c91015b604082901c156116e357604091821c91015b602082901c156116f557602091821c91015b601082901c1561170757601091821c91015b600882901c1561171957600891821c91015b600482901c1561172b57600491821c91015b600282901c1561173d57600291821c91015b600182901c1561174f57600191821c91015b8115611759576001015b919050565b60405180608001604052806004906020820280368337509192915050565b6040518061010001604052806008906020820280368337509192915050565b5f5f604083850312156117ac575f5ffd5b82359150602083013567ffffffffffffffff8111156117c9575f5ffd5b830160e081860312156117da575f5ffd5b809150509250929050565b5f8235605e198336030181126117f9575f5ffd5b9190910192915050565b5f5f8335601e19843603018112611818575f5ffd5b83018035915067ffffffffffffffff821115611832575f5ffd5b602001915036819003821315611846575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100c0576100c0611861565b634e487b7160e01b5f52604160045260245ffd5b5f5f8335601e198436030181126118b1575f5ffd5b83018035915067ffffffffffffffff8211156118cb575f5ffd5b6020019150600581901b3603821315611846575f5ffd5b5f8235607e198336030181126117f9575f5ffd5b5f60208284031215611906575f5ffd5b813560ff81168114610d37575f5ffd5b5f60208284031215611926575f5ffd5b813567ffffffffffffffff81168114610d37575f5ffd5b5f6020828403121561194d575f5ffd5b813563ffffffff81168114610d37575f5ffd5b80820281158282048414176100c0576100c0611861565b818103818111156100c0576100c0611861565b5f600160ff1b820161199e5761199e611861565b505f0390565b5f600182016119b5576119b5611861565b5060010190565b634e487b7160e01b5f52601260045260245ffd",
}

// ReduceReferee is an auto generated Go binding around an Ethereum contract.
type ReduceReferee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReduceReferee) GetABI() abi.ABI {
	return c.abi
}

// NewReduceReferee creates a new instance of ReduceReferee.
func NewReduceReferee() *ReduceReferee {
	parsed, err := ReduceRefereeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReduceReferee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReduceReferee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (reduceReferee *ReduceReferee) PackIMPOSSIBLE() []byte {
	enc, err := reduceReferee.abi.Pack("IMPOSSIBLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIMPOSSIBLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea1963b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (reduceReferee *ReduceReferee) TryPackIMPOSSIBLE() ([]byte, error) {
	return reduceReferee.abi.Pack("IMPOSSIBLE")
}

// UnpackIMPOSSIBLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea1963b4.
//
// Solidity: function IMPOSSIBLE() view returns(uint256)
func (reduceReferee *ReduceReferee) UnpackIMPOSSIBLE(data []byte) (*big.Int, error) {
	out, err := reduceReferee.abi.Unpack("IMPOSSIBLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (reduceReferee *ReduceReferee) PackCompute(arg0 [32]byte, p ElementProof) []byte {
	enc, err := reduceReferee.abi.Pack("compute", arg0, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6f852e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (reduceReferee *ReduceReferee) TryPackCompute(arg0 [32]byte, p ElementProof) ([]byte, error) {
	return reduceReferee.abi.Pack("compute", arg0, p)
}

// UnpackCompute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6f852e6.
//
// Solidity: function compute(bytes32 , ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) pure returns(uint256)
func (reduceReferee *ReduceReferee) UnpackCompute(data []byte) (*big.Int, error) {
	out, err := reduceReferee.abi.Unpack("compute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reduceReferee *ReduceReferee) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["RowLimitExceeded"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackRowLimitExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], reduceReferee.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return reduceReferee.UnpackUnsupportedKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReduceRefereeBadRecord represents a BadRecord error raised by the ReduceReferee contract.
type ReduceRefereeBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func ReduceRefereeBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (reduceReferee *ReduceReferee) UnpackBadRecordError(raw []byte) (*ReduceRefereeBadRecord, error) {
	out := new(ReduceRefereeBadRecord)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeBadSlice represents a BadSlice error raised by the ReduceReferee contract.
type ReduceRefereeBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func ReduceRefereeBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (reduceReferee *ReduceReferee) UnpackBadSliceError(raw []byte) (*ReduceRefereeBadSlice, error) {
	out := new(ReduceRefereeBadSlice)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeRowLimitExceeded represents a RowLimitExceeded error raised by the ReduceReferee contract.
type ReduceRefereeRowLimitExceeded struct {
	Kind   uint16
	Length *big.Int
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func ReduceRefereeRowLimitExceededErrorID() common.Hash {
	return common.HexToHash("0xdda8a303a4315fe00008980e157a2c848cf7664ef5b4ab2ef5710c5169e14abf")
}

// UnpackRowLimitExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit)
func (reduceReferee *ReduceReferee) UnpackRowLimitExceededError(raw []byte) (*ReduceRefereeRowLimitExceeded, error) {
	out := new(ReduceRefereeRowLimitExceeded)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "RowLimitExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReduceRefereeUnsupportedKind represents a UnsupportedKind error raised by the ReduceReferee contract.
type ReduceRefereeUnsupportedKind struct {
	Kind uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint16 kind)
func ReduceRefereeUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x15b2ed99bed104d264921e63bcb2ae2675924ea64bc8cf7df07ec59a6372c50c")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint16 kind)
func (reduceReferee *ReduceReferee) UnpackUnsupportedKindError(raw []byte) (*ReduceRefereeUnsupportedKind, error) {
	out := new(ReduceRefereeUnsupportedKind)
	if err := reduceReferee.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RefereeMetaData contains all meta data concerning the Referee contract.
var RefereeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"index_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reduce_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"BadInclusion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"producers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slices\",\"type\":\"uint256\"}],\"name\":\"InputCountMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"}],\"name\":\"NoSuchElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"input\",\"type\":\"uint256\"}],\"name\":\"ProducerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"RowLimitExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RowTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SOLVER_RIGHT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_ELEMENT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_GRAPH\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_SHAPE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"checkChunk\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"checkRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"indexPrograms\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"judge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"kind\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"computed\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committed\",\"type\":\"uint32\"}],\"internalType\":\"structReferee.Judgement\",\"name\":\"j\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reducePrograms\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Referee",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161577938038061577983398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a0516156b96100c05f395f8181610147015261114f01525f818161010801526110fd01526156b95ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063a0cd98e411610063578063a0cd98e414610103578063c767736114610142578063e45e88f314610169578063ef0d692d14610171578063fe754eb9146101ee575f5ffd5b80631869160c14610094578063211aada5146100c15780636b4a3f33146100db5780639f384e32146100e2575b5f5ffd5b6100a76100a23660046152e6565b6101f6565b604080519283526020830191909152015b60405180910390f35b6100c9600281565b60405160ff90911681526020016100b8565b6100c95f81565b6100f56100f0366004615339565b610279565b6040519081526020016100b8565b61012a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b8565b61012a7f000000000000000000000000000000000000000000000000000000000000000081565b6100c9600181565b61018461017f3660046153b9565b610303565b6040516100b891905f60c08201905060ff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015261ffff606084015116606083015263ffffffff608084015116608083015263ffffffff60a08401511660a083015292915050565b6100c9600381565b5f8061020a6102058480615402565b6107b8565b9150610227600960f91b836102226020870187615444565b6107f1565b90505f610240601360f81b836102226040880188615444565b905084811461027157604051637c532e3160e01b815260048101829052602481018690526044015b60405180910390fd5b509250929050565b5f61028485856101f6565b5090505f61029a6102958680615402565b6109e3565b90508060800151518460ff16106102cf57604051630b5c91c160e11b815260ff851660048201525f6024820152604401610268565b6102f98382608001518660ff16815181106102ec576102ec615462565b6020026020010151610e5f565b5050949350505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905290610342846100a28580615444565b91505f905061035e6103548580615444565b6102959080615402565b905061036a8480615444565b610378906040810190615444565b610386906020810190615476565b63ffffffff16602084015261039b8480615444565b6103a9906020810190615444565b6103b7906020810190615476565b63ffffffff16604084015260208101805161ffff166060850152515f906103dd90611092565b90506001600160a01b03811615801561040057506103fe826020015161117a565b155b1561042a5760208201516040516315b2ed9960e01b815261ffff9091166004820152602401610268565b6060820151518061043e6020880188615499565b905014158061045b5750806104566040880188615499565b905014155b8061047357508061046f60c0880188615499565b9050105b8061049f57508061048760c0880188615499565b905011801561049f5750826020015161ffff16600e14155b1561050057806104b26020880188615499565b90506104c16040890189615499565b90506104d060c08a018a615499565b604051631f98140760e11b8152600481019590955260248501939093525060448301526064820152608401610268565b61050a8680615444565b610518906020810190615444565b610526906020810190615476565b63ffffffff16835f015163ffffffff1614158061054b57506105498387866112a2565b155b1561055e57505060028352506107b29050565b5f5b61056d60c0880188615499565b90508110156105e6576105dd61058660c0890189615499565b8381811061059657610596615462565b90506020028101906105a891906154de565b85606001518484106105ba575f6105bc565b835b815181106105cc576105cc615462565b602002602001015160800151610e5f565b50600101610560565b5060808084015151906105fe908801606089016154f2565b60ff16106106535761061660808701606088016154f2565b61062660a088016080890161550b565b604051630b5c91c160e11b815260ff90921660048301526001600160401b03166024820152604401610268565b5f61068d61066460a08901896154de565b6080808701519061067a908b0160608c016154f2565b60ff16815181106102ec576102ec615462565b9050806106a060a0890160808a0161550b565b6001600160401b0316106106ce576106be60808801606089016154f2565b61062660a0890160808a0161550b565b5f806001600160a01b038516156106ed576106e885611591565b61072c565b61072c866106fe60c08c018c615499565b61070b60a08e018e6154de565b8d608001602081019061071e919061550b565b6001600160401b03166115f0565b915091508061074657505060038652506107b29350505050565b63ffffffff8216608089015261078061076260a08b018b6154de565b61077260a08c0160808d0161550b565b6001600160401b031661187f565b63ffffffff90811660a08a0181905260808a0151909116146107a35760016107a5565b5f5b60ff168852505050505050505b92915050565b6040515f906107d390600160fc1b9085908590602001615531565b60405160208183030381529060405280519060200120905092915050565b5f6108026040830160208401615476565b63ffffffff16158061083b575061081f6040830160208401615476565b63ffffffff166108326020840184615476565b63ffffffff1610155b80610871575061085f6108546040840160208501615476565b63ffffffff16611a0a565b61086c6040840184615499565b905014155b156108d1576108836020830183615476565b6108936040840160208501615476565b6108a06040850185615499565b6040516314982b8b60e21b815263ffffffff9485166004820152939092166024840152506044820152606401610268565b825f6108e06020850185615476565b63ffffffff1690505f5b6108f76040860186615499565b905081101561097e57600182821c16156109425761093d601160f81b6109206040880188615499565b8481811061093057610930615462565b9050602002013585611a2d565b610974565b610974601160f81b846109586040890189615499565b8581811061096857610968615462565b90506020020135611a2d565b92506001016108ea565b50856109906040860160208701615476565b6040516001600160f81b031992909216602083015260e01b6001600160e01b03191660218201526025810183905260450160405160208183030381529060405280519060200120925050505b9392505050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f6009831015610a4757604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b6044820152606401610268565b600184845f81610a5957610a59615462565b9050013560f81c60f81b60f81c60ff1614610aa157604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610268565b506001610ab18484836004611a4e565b63ffffffff168252610ac4600482615568565b9050610ad38484836002611a4e565b61ffff166020830152610ae7600282615568565b90505f610af78585846001611a4e565b9050610b04600183615568565b9150806001600160401b03811115610b1e57610b1e61557b565b604051908082528060200260200182016040528015610b47578160200160208202803683370190505b5060408401525f5b81811015610ba457610b648686856004611a4e565b84604001518281518110610b7a57610b7a615462565b63ffffffff90921660209283029190910190910152610b9a600484615568565b9250600101610b4f565b50610bb28585846001611a4e565b9050610bbf600183615568565b9150806001600160401b03811115610bd957610bd961557b565b604051908082528060200260200182016040528015610c3057816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f19909201910181610bf75790505b5060608401525f5b81811015610d60575f84606001518281518110610c5757610c57615462565b60200260200101519050610c6e8787866001611a4e565b60ff168152610c7e600185615568565b815190945060ff165f03610cd557610c998787866004611a4e565b63ffffffff166020820152610cbb8787610cb4876004615568565b6001611a4e565b60ff166040820152610cce600585615568565b9350610d38565b805160ff16600103610cfe57610cee8787866020611a4e565b6060820152610cce602085615568565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610268565b610d458787866020611a4e565b6080820152610d55602085615568565b935050600101610c38565b50610d6e8585846001611a4e565b9050610d7b600183615568565b9150806001600160401b03811115610d9557610d9561557b565b604051908082528060200260200182016040528015610dbe578160200160208202803683370190505b5060808401525f5b81811015610e1557610ddb8686856020611a4e565b6080850151805183908110610df257610df2615462565b602002602001018181525050602083610e0b9190615568565b9250600101610dc6565b50818414610e5757604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610268565b505092915050565b5f610e72610e6d8480615499565b611aac565b90505f60406001610e838285615568565b610e8d919061558f565b610e9791906155b6565b90505f610100610eaa6040870187615402565b610eb59291506155b6565b9050801580610edd5750610100610ecf6040870187615402565b610eda9291506155c9565b15155b15610f3f576040516351a6cb4960e01b815260206004820152602b60248201527f6368756e6b73206e6f74206120706f736974697665206d756c7469706c65206f60448201526a662032353620627974657360a81b6064820152608401610268565b8181610f516040880160208901615476565b63ffffffff16610f619190615568565b1115610fb0576040516351a6cb4960e01b815260206004820152601d60248201527f6368756e6b2072616e6765206265796f6e64207468652074656e736f720000006044820152606401610268565b8181610fc26040880160208901615476565b63ffffffff16610fd29190615568565b148015610fe85750610fe56040846155c9565b15155b1561103a5761103a610ffd6040870187615402565b6110086040876155c9565b6110139060046155dc565b61010061102160018761558f565b61102b91906155dc565b6110359190615568565b611b43565b5f611046868484611bda565b90505f61105c6110568880615499565b84611fcb565b905085811461108857604051637c532e3160e01b81526004810182905260248101879052604401610268565b5050505092915050565b5f8161ffff16600d14806110aa57508161ffff16600e145b806110b957508161ffff166014145b806110c857508161ffff166015145b806110d757508161ffff166027145b806110e657508161ffff166028145b806110f557508161ffff16602a145b1561112157507f0000000000000000000000000000000000000000000000000000000000000000919050565b8161ffff166010148061113857508161ffff166011145b8061114757508161ffff166016145b1561117357507f0000000000000000000000000000000000000000000000000000000000000000919050565b505f919050565b5f61ffff821660011480611192575061ffff82166002145b806111b25750600361ffff8316108015906111b25750600861ffff831611155b806111c1575061ffff8216600f145b806111d0575061ffff82166012145b806111df575061ffff8216601c145b806111ee575061ffff8216601f145b806111fd575061ffff82166020145b8061120c575061ffff82166021145b8061121b575061ffff82166025145b8061122a575061ffff82166026145b80611239575061ffff82166029145b80611248575061ffff8216600c145b80611257575061ffff8216601a145b80611266575061ffff8216601d145b80611275575061ffff8216601e145b80611284575061ffff82166023145b80611293575061ffff82166024145b806107b257506107b282612092565b5f805b84606001515181101561158657846060015181815181106112c8576112c8615462565b60200260200101515f015160ff165f0361157e57845f015163ffffffff16856060015182815181106112fc576112fc615462565b60200260200101516020015163ffffffff161061131c575f9150506109dc565b3661132a6040860186615499565b8381811061133a5761133a615462565b905060200281019061134c9190615444565b90508560600151828151811061136457611364615462565b60200260200101516020015163ffffffff16815f0160208101906113889190615476565b63ffffffff161415806113de57506113a08580615444565b6113ae906020810190615444565b6113bf906040810190602001615476565b63ffffffff166113d56040830160208401615476565b63ffffffff1614155b156113ff57604051631ea94e8f60e01b815260048101839052602401610268565b5f611440600960f91b61143a61141860208a018a615499565b8781811061142857611428615462565b90506020028101906102059190615402565b846107f1565b905084811461146c57604051637c532e3160e01b81526004810182905260248101869052604401610268565b5f61149f61147d6020890189615499565b8681811061148d5761148d615462565b90506020028101906102959190615402565b90506114ae6020840184615476565b63ffffffff16815f015163ffffffff16146114cf575f9450505050506109dc565b806080015151886060015185815181106114eb576114eb615462565b60200260200101516040015160ff1610158061156957508760600151848151811061151857611518615462565b60200260200101516080015181608001518960600151868151811061153f5761153f615462565b60200260200101516040015160ff168151811061155e5761155e615462565b602002602001015114155b1561157a575f9450505050506109dc565b5050505b6001016112a5565b506001949350505050565b6040515f90819063737c297360e11b9036838237816001600160e01b038251161781525f5f3683885afa6115c7573d5f823e3d81fd5b60203d146115d3575f5ffd5b60205f823e5163ffffffff81169560209190911c15945092505050565b60208501515f9081905f1961ffff82160161161c576116128888888888612109565b9250925050611875565b61ffff811660081480611633575061ffff8116601c145b156116455761161288888888886122c6565b60011961ffff82160161165f5761161288888888886124a7565b60111961ffff8216016116795761161288888888886125d2565b600e1961ffff8216016116935761161288888888886126c3565b60241961ffff8216016117c4576003861415806116ed57506116eb87875f8181106116c0576116c0615462565b90506020028101906116d291906154de565b6116dc9080615499565b6116e68880615499565b612879565b155b8061170b5750611709878760018181106116c0576116c0615462565b155b806117295750611727878760028181106116c0576116c0615462565b155b80611738575060408801515115155b15611749575f5f9250925050611875565b5f61177788885f81811061175f5761175f615462565b905060200281019061177191906154de565b8661187f565b9050637fffffff81165f036117a15761179c8888600281811061175f5761175f615462565b6117b7565b6117b78888600181811061175f5761175f615462565b6001935093505050611875565b6117cd81612092565b156117df576116128888888888612910565b61ffff8116600714806117f6575061ffff81166029145b80611805575061ffff81166021145b80611814575061ffff8116601d145b80611823575061ffff8116601e145b80611832575061ffff81166023145b80611841575061ffff81166024145b80611850575061ffff8116600c145b15611862576116128888888888612a38565b61186f8888888888612c38565b92509250505b9550959350505050565b5f80604061189285820160208701615476565b63ffffffff166118a291906155dc565b9050808310806118de57506118ba6040850185615402565b90506118c6828561558f565b6118d19060046155dc565b6118dc906004615568565b115b1561192c576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610268565b5f611937828561558f565b6119429060046155dc565b9050365f6119536040880188615402565b909250905060188282611967866003615568565b81811061197657611976615462565b919091013560f81c90911b905060108383611992876002615568565b8181106119a1576119a1615462565b919091013560f81c90911b9050600884846119bd886001615568565b8181106119cc576119cc615462565b919091013560f81c90911b90508484878181106119eb576119eb615462565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f5b81816001901b1015611a2857611a21816155f3565b9050611a0c565b919050565b5f6040518460f81c8153600181019390935250602182015260419020919050565b5f83611a5a8385615568565b1115611a9557604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610268565b8285013560088302610100031c9050949350505050565b5f6004821115611aee576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610268565b5060015f5b82811015611b3c57838382818110611b0d57611b0d615462565b9050602002016020810190611b229190615476565b611b329063ffffffff16836155dc565b9150600101611af3565b5092915050565b805b82811015611bd457838382818110611b5f57611b5f615462565b909101356001600160f81b031916159050611bcc576040516351a6cb4960e01b815260206004820152602660248201527f6e6f6e7a65726f2070616464696e6720616674657220746865206c61737420656044820152651b195b595b9d60d21b6064820152608401610268565b600101611b45565b50505050565b5f5f826001600160401b03811115611bf457611bf461557b565b604051908082528060200260200182016040528015611c1d578160200160208202803683370190505b5090505f5b83811015611c7057611c4b611c3a6040880188615402565b611c46610100856155dc565b612e79565b828281518110611c5d57611c5d615462565b6020908102919091010152600101611c22565b505f611c826040870160208801615476565b63ffffffff1690505f611c9486611a0a565b90505f805b82811015611f51575f6001865186611cb19190615568565b611cbb919061558f565b9050600185811c905f90611cd390839085901c61558f565b611cde906001615568565b6001600160401b03811115611cf557611cf561557b565b604051908082528060200260200182016040528015611d1e578160200160208202803683370190505b5090505f87600116600103611db057611d3a60608e018e615499565b90508610611d7e576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b6044820152606401610268565b611d8b60608e018e615499565b87611d95816155f3565b9850818110611da657611da6615462565b9050602002013590505b5f846001165f03611e3e57611dc860608f018f615499565b90508710611e0c576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b6044820152606401610268565b611e1960608f018f615499565b88611e23816155f3565b9950818110611e3457611e34615462565b9050602002013590505b5f5b8351811015611f3b575f611e548287615568565b90505f8b611e638360026155dc565b10611e9c578c8c611e758460026155dc565b611e7f919061558f565b81518110611e8f57611e8f615462565b6020026020010151611e9e565b845b90505f88611ead8460026155dc565b611eb8906001615568565b11611efc578d8d611eca8560026155dc565b611ed5906001615568565b611edf919061558f565b81518110611eef57611eef615462565b6020026020010151611efe565b845b9050611f0f600160f81b8383611a2d565b878581518110611f2157611f21615462565b602002602001018181525050505050806001019050611e40565b509198509196505060019092019150611c999050565b50611f5f6060890189615499565b90508114611fa4576040516351a6cb4960e01b8152602060048201526011602482015270746f6f206d616e79207369626c696e677360781b6044820152606401610268565b835f81518110611fb657611fb6615462565b60200260200101519450505050509392505050565b60408051600160f91b60208201526001600160f81b031960f885901b1660218201528151600281830301815260229091019091525f90815b8481101561205e578186868381811061201e5761201e615462565b90506020020160208101906120339190615476565b604051602001612044929190615622565b60408051601f198184030181529190529150600101612003565b508083604051602001612072929190615649565b604051602081830303815290604052805190602001209150509392505050565b5f61ffff8216600914806120aa575061ffff8216600a145b806120b9575061ffff8216600b145b806120c8575061ffff82166013145b806120d7575061ffff82166017145b806120e6575061ffff82166018145b806120f5575061ffff82166019145b806107b2575061ffff8216601b1492915050565b5f8060028514158061211f575060408701515115155b1561212e57505f905080611875565b5f5f5f5f6121a18a8a5f81811061214757612147615462565b905060200281019061215991906154de565b6121639080615499565b8c8c600181811061217657612176615462565b905060200281019061218891906154de565b6121929080615499565b61219c8d80615499565b612e98565b9350935093509350836121bd575f5f9550955050505050611875565b6110008211156121e35760405163f2d2a97360e01b815260048101839052602401610268565b5f6121ee82856155dc565b6121f890896155b6565b90505f8385612207858c6155b6565b61221191906155c9565b61221b87856155dc565b6122259190615568565b61222f91906155dc565b90505f8461223d858c6155c9565b61224786866155dc565b6122519190615568565b61225b91906155dc565b90506122b18d8d5f81811061227257612272615462565b905060200281019061228491906154de565b838f8f600181811061229857612298615462565b90506020028101906122aa91906154de565b8489613141565b9e60019e509c50505050505050505050505050565b5f806002851415806122dc575060408701515115155b8061231f575061231d86865f8181106122f7576122f7615462565b905060200281019061230991906154de565b6123139080615499565b6116e68780615499565b155b1561232e57505f905080611875565b5f61236587875f81811061234457612344615462565b905060200281019061235691906154de565b6123609080615499565b613202565b90508686600181811061237a5761237a615462565b905060200281019061238c91906154de565b6123969080615499565b90506001141580612400575080878760018181106123b6576123b6615462565b90506020028101906123c891906154de565b6123d29080615499565b5f8181106123e2576123e2615462565b90506020020160208101906123f79190615476565b63ffffffff1614155b80612409575080155b1561241a575f5f9250925050611875565b5f61243088885f81811061175f5761175f615462565b90505f61246a8989600181811061244957612449615462565b905060200281019061245b91906154de565b61246585896155c9565b61187f565b60208b015190915061ffff1660081461248c57612487828261324f565b612496565b6124968282613354565b9a60019a5098505050505050505050565b5f806001851415806124bd575060408701515115155b156124cc57505f905080611875565b5f5f5f61250f89895f8181106124e4576124e4615462565b90506020028101906124f691906154de565b6125009080615499565b61250a8a80615499565b6134f5565b92509250925082612528575f5f94509450505050611875565b5f8161253484896155b6565b61253e91906155c9565b82612549858a6155c9565b61255391906155dc565b838561255f82826155dc565b612569908c6155b6565b61257391906155dc565b61257d91906155dc565b6125879190615568565b6125919190615568565b90506125c08a8a5f8181106125a8576125a8615462565b90506020028101906125ba91906154de565b8261187f565b9b60019b509950505050505050505050565b5f806001851415806125e8575060408701515115155b80612630575061262e86865f81811061260357612603615462565b905060200281019061261591906154de565b61261f9080615499565b6126298780615499565b61371e565b155b1561263f57505f905080611875565b5f61265587875f81811061234457612344615462565b905061100081111561267d5760405163f2d2a97360e01b815260048101829052602401610268565b6126b487875f81811061269257612692615462565b90506020028101906126a491906154de565b6126ae83876155dc565b836137fc565b98600198509650505050505050565b5f806001851415806126db5750866040015151600114155b806126f857506126f686865f8181106122f7576122f7615462565b155b1561270757505f905080611875565b365f87875f81811061271b5761271b615462565b905060200281019061272d91906154de565b6127379080615499565b90925090506002811015612752575f5f935093505050611875565b5f828261276060028261558f565b81811061276f5761276f615462565b90506020020160208101906127849190615476565b63ffffffff1690505f838361279a60018261558f565b8181106127a9576127a9615462565b90506020020160208101906127be9190615476565b63ffffffff1690505f826127d2838a6155b6565b6127dc91906155c9565b90505f6127e9838a6155c9565b90508c604001515f8151811061280157612801615462565b602002602001015163ffffffff168261281a9190615568565b811115612838575063ff800000965060019550611875945050505050565b6128658c8c5f81811061284d5761284d615462565b905060200281019061285f91906154de565b8a61187f565b9d60019d509b505050505050505050505050565b5f83821461288857505f612908565b5f5b84811015612902578383828181106128a4576128a4615462565b90506020020160208101906128b99190615476565b63ffffffff168686838181106128d1576128d1615462565b90506020020160208101906128e69190615476565b63ffffffff16146128fa575f915050612908565b60010161288a565b50600190505b949350505050565b60208501515f90819061ffff811660131480612930575061ffff8116601b145b1561294257611612888888888861388f565b61294e88888888613922565b61295e575f5f9250925050611875565b5f6129698680615499565b1590506129ba5761297a8680615499565b60016129868980615499565b61299192915061558f565b8181106129a0576129a0615462565b90506020020160208101906129b59190615476565b6129bd565b60015b63ffffffff169050805f036129d9575f5f935093505050611875565b6129e38282613a22565b612a2882898988858e60400151516001146129fe575f612a1d565b8e604001515f81518110612a1457612a14615462565b60200260200101515b63ffffffff16613a68565b9960019950975050505050505050565b60208501515f9081908161ffff8216600714612a675761ffff8216602114612a60575f612a6a565b6002612a6a565b60015b60ff169050600187141580612a8457508089604001515114155b80612ac75750612ac588885f818110612a9f57612a9f615462565b9050602002810190612ab191906154de565b612abb9080615499565b6116e68980615499565b155b15612ad9575f5f935093505050611875565b5f612b0789895f818110612aef57612aef615462565b9050602002810190612b0191906154de565b8761187f565b905060061961ffff841601612b5157612b43818b604001515f81518110612b3057612b30615462565b602002602001015163ffffffff1661324f565b600194509450505050611875565b60281961ffff841601612b6757612b4381613d34565b601c1961ffff841601612b7d57612b4381613e00565b601d1961ffff841601612b9357612b4381613fc1565b60221961ffff841601612ba957612b4381614193565b60231961ffff841601612bbf57612b438161420d565b600b1961ffff841601612bde57612b4381612bd983614193565b61324f565b612496612c0e828c604001515f81518110612bfb57612bfb615462565b602002602001015163ffffffff16614363565b8b60400151600181518110612c2557612c25615462565b602002602001015163ffffffff166143b9565b60208501515f90819061ffff8116600314801590612c5b575061ffff8116600414155b8015612c6c575061ffff8116600514155b8015612c7d575061ffff8116600614155b8015612c8e575061ffff8116601f14155b8015612c9f575061ffff8116602014155b8015612cb0575061ffff8116602614155b8015612cc1575061ffff8116601a14155b15612ce5576040516315b2ed9960e01b815261ffff82166004820152602401610268565b600286141580612cf9575060408801515115155b80612d165750612d1487875f8181106116c0576116c0615462565b155b80612d345750612d32878760018181106116c0576116c0615462565b155b15612d45575f5f9250925050611875565b5f612d5b88885f81811061175f5761175f615462565b90505f612d7489896001818110612aef57612aef615462565b905060021961ffff841601612d8d57612b438282613354565b60031961ffff841601612da457612b438282614408565b60041961ffff841601612dbb57612b43828261324f565b60051961ffff841601612dd257612b438282614419565b601e1961ffff841601612de957612b438282614363565b601f1961ffff841601612e0057612b4382826143b9565b60191961ffff841601612e4f575f612e1783614193565b9050612e4082612bd983612bd9633f800000612e3b89612bd9633f8000008a614408565b613354565b60019550955050505050611875565b612e598282614562565b612e63575f612496565b50633f8000009960019950975050505050505050565b5f6040515f815361010083860160018301376101019020949350505050565b5f808080886002811080612eac5750878114155b80612eb75750858114155b15612ece575f5f5f5f945094509450945050613134565b5f5b81612edc826002615568565b1015612fc957898982818110612ef457612ef4615462565b9050602002016020810190612f099190615476565b63ffffffff168c8c83818110612f2157612f21615462565b9050602002016020810190612f369190615476565b63ffffffff16141580612fa157508b8b82818110612f5657612f56615462565b9050602002016020810190612f6b9190615476565b63ffffffff16888883818110612f8357612f83615462565b9050602002016020810190612f989190615476565b63ffffffff1614155b15612fb9575f5f5f5f95509550955095505050613134565b612fc2816155f3565b9050612ed0565b508a8a612fd760028461558f565b818110612fe657612fe6615462565b9050602002016020810190612ffb9190615476565b63ffffffff1693508a8a61301060018461558f565b81811061301f5761301f615462565b90506020020160208101906130349190615476565b63ffffffff169250888861304960028461558f565b81811061305857613058615462565b905060200201602081019061306d9190615476565b63ffffffff16915082898961308360018561558f565b81811061309257613092615462565b90506020020160208101906130a79190615476565b63ffffffff161480156130ef57508387876130c360028561558f565b8181106130d2576130d2615462565b90506020020160208101906130e79190615476565b63ffffffff16145b8015613130575081878761310460018561558f565b81811061311357613113615462565b90506020020160208101906131289190615476565b63ffffffff16145b9450505b9650965096509692505050565b5f5f61314e8787856145ab565b90505f61315c8686866145ab565b90506131666152b7565b5f5b858110156131eb576131c982826007166008811061318857613188615462565b6020020151612e3b8684815181106131a2576131a2615462565b60200260200101518685815181106131bc576131bc615462565b602002602001015161324f565b8282600716600881106131de576131de615462565b6020020152600101613168565b506131f581614709565b9998505050505050505050565b5f811561323f57828261321660018261558f565b81811061322557613225615462565b905060200201602081019061323a9190615476565b613242565b60015b63ffffffff169392505050565b5f637fffffff838116908316838518638000000016637f8000008311806132795750637f80000082115b1561328d57637fc0000093505050506107b2565b637f8000008314806132a25750637f80000082145b156132d6578215806132b2575081155b156132c657637fc0000093505050506107b2565b637f8000001792506107b2915050565b8215806132e1575081155b156132f05792506107b2915050565b627fffff8084169390831692601791821c911c5f829003613314576001915061331d565b62800000851794505b805f0361332c57506001613335565b62800000841793505b6133488361012c8385010386880261477c565b98975050505050505050565b5f637fffffff838116908316637f800000821015806133775750637f8000008110155b156133ec57637f8000008211806133915750637f80000081115b156133a457637fc00000925050506107b2565b637f800000821480156133ba5750637f80000081145b156133db578385146133d057637fc000006133d2565b845b925050506107b2565b637f80000082146133d057836133d2565b805f0361340a5781156133ff57846133d2565b5050508181166107b2565b815f0361341b5783925050506107b2565b8082101561342857929392905b627fffff8083169290821691601791821c911c5f82900361344c5760019150613455565b62800000841793505b805f036134645750600161346d565b62800000831792505b600893841b939290921b91808203602881111561348d57600193506134ae565b80156134ae5783811c935f196001831b011680156134ac576001851794505b505b5f6380000000888a18165f036134c757508484016134e1565b8486039050805f036134e1575f96505050505050506107b2565b6131f563800000008a16609e86038361477c565b5f80808560028110806135085750848114155b8061357f5750878761351b60018461558f565b81811061352a5761352a615462565b905060200201602081019061353f9190615476565b63ffffffff16868661355260028561558f565b81811061356157613561615462565b90506020020160208101906135769190615476565b63ffffffff1614155b806135f65750878761359260028461558f565b8181106135a1576135a1615462565b90506020020160208101906135b69190615476565b63ffffffff1686866135c960018561558f565b8181106135d8576135d8615462565b90506020020160208101906135ed9190615476565b63ffffffff1614155b1561360a575f5f5f93509350935050613714565b5f5b81613618826002615568565b101561369d5786868281811061363057613630615462565b90506020020160208101906136459190615476565b63ffffffff1689898381811061365d5761365d615462565b90506020020160208101906136729190615476565b63ffffffff161461368d575f5f5f9450945094505050613714565b613696816155f3565b905061360c565b50600188886136ad60028561558f565b8181106136bc576136bc615462565b90506020020160208101906136d19190615476565b89896136de60018661558f565b8181106136ed576136ed615462565b90506020020160208101906137029190615476565b91955063ffffffff9081169450169150505b9450945094915050565b5f6001841161376a57600182148015613763575082825f81811061374457613744615462565b90506020020160208101906137599190615476565b63ffffffff166001145b9050612908565b61377560018561558f565b821461378257505f612908565b5f5b828110156129025785858281811061379e5761379e615462565b90506020020160208101906137b39190615476565b63ffffffff168484838181106137cb576137cb615462565b90506020020160208101906137e09190615476565b63ffffffff16146137f4575f915050612908565b600101613784565b5f5f6138098585856145ab565b90506138136152b7565b5f5b8481101561387b5761385982826007166008811061383557613835615462565b602002015184838151811061384c5761384c615462565b6020026020010151613354565b82826007166008811061386e5761386e615462565b6020020152600101613815565b5061388581614709565b9695505050505050565b60208501515f90819061ffff16601b14806138ab5760026138ae565b60035b60ff16861415806138c3575060408801515115155b156138d4575f5f9250925050611875565b5f6138e18289898961483a565b9050805f036138f7575f5f935093505050611875565b613905896020015182613a22565b6139128289898885614ac0565b9350935050509550959350505050565b60208401515f908161ffff821660091480613941575061ffff8216600a145b80613950575061ffff8216600b145b61395b57600261395e565b60015b60ff1690505f61ffff8316600b148061397b575061ffff83166019145b613985575f613988565b60015b60ff16905085821415806139a157508088604001515114155b156139b1575f9350505050612908565b5f5b82811015613a13576139fb8888838181106139d0576139d0615462565b90506020028101906139e291906154de565b6139ec9080615499565b6139f68980615499565b614bee565b613a0b575f945050505050612908565b6001016139b3565b50600198975050505050505050565b5f613a2c83614c77565b905080821115613a635760405163dda8a30360e01b815261ffff841660048201526024810183905260448101829052606401610268565b505050565b5f80613a7484866155c9565b90505f613aae88885f818110613a8c57613a8c615462565b9050602002810190613a9e91906154de565b613aa8848961558f565b876145ab565b905061ffff891660091480613ac7575061ffff8916600a145b15613b37575f5f5f613ad98486614cda565b9194509250905060081961ffff8d1601613b0357613af78183614419565b95505050505050613885565b613af7613b29858781518110613b1b57613b1b615462565b602002602001015185614408565b613b3284613fc1565b614408565b600a1961ffff8a1601613b7457613b6b818381518110613b5957613b59615462565b6020026020010151612bd98387614d8b565b92505050613885565b5f613bad89896001818110613b8b57613b8b615462565b9050602002810190613b9d91906154de565b613ba7858a61558f565b886145ab565b905060161961ffff8b1601613c0a57613c00828481518110613bd157613bd1615462565b6020026020010151612bd9838681518110613bee57613bee615462565b6020026020010151613b328587614dc0565b9350505050613885565b60171961ffff8b1601613c6257613c00818481518110613c2c57613c2c615462565b6020026020010151613b32613c59858781518110613c4c57613c4c615462565b6020026020010151613e00565b612bd985614e4d565b5f613c6d8387614d8b565b90505f5b87811015613cc157613c9c848281518110613c8e57613c8e615462565b60200260200101518361324f565b848281518110613cae57613cae615462565b6020908102919091010152600101613c71565b505f613cde613cd08486614dc0565b613cd98a614ebd565b614419565b9050613d2482612bd9858881518110613cf957613cf9615462565b6020026020010151613b32888a81518110613d1657613d16615462565b60200260200101518661324f565b9c9b505050505050505050505050565b5f637fffffff8216637f800000811115613d545750637fc0000092915050565b805f03613d62575090919050565b6380000000831615613d7a5750637fc0000092915050565b637f8000008103613d8c575090919050565b627fffff81169060171c5f819003613da657506001613daf565b62800000821791505b60951981016001811615613dc85760019290921b915f19015b606483901b5f613dd782614f3d565b9050600181901b8180028314613deb576001175b6133485f60016002606319880105038361477c565b5f637f800000637fffffff83161115613e1e5750637fc00000919050565b613e2c6342b1721883614fb6565b15613e3c5750637f800000919050565b613e4a8263c2cff1b5614fb6565b15613e5657505f919050565b5f613e7f613e75613e6b85633fb8aa3b61324f565b634b400000613354565b634b400000614408565b90505f613ea5613e9785613b3285633f31800061324f565b613b328463b95e808361324f565b90505f613ec3613eb9836339500d0161324f565b633ab60b61613354565b9050613edc613ed2838361324f565b633c088889613354565b9050613ef5613eeb838361324f565b633d2aaaab613354565b9050613f0e613f04838361324f565b633e2aaaab613354565b9050613f27613f1d838361324f565b633f000000613354565b9050613f40613f36838361324f565b633f800000613354565b9050613f4f613f36838361324f565b90505f613f5b84614ffe565b9050607f811315613f8a57613885613f7783612bd9607f615052565b612bd9613f85607f85615661565b615052565b607d19811215613fb457613885613fa983612bd9613f85856040615680565b612bd9603f19615052565b61388582612bd983615052565b5f637f800000637fffffff83161115613fdf5750637fc00000919050565b637fffffff82165f03613ff7575063ff800000919050565b638000000082161561400e5750637fc00000919050565b637f800000820361401d575090565b5f6280000083101561403f5761403783634b80000061324f565b925060171990505b61404e607f601785901c615661565b6140589082615680565b9050627fffff8316633f80000017614074633fb504f382614fb6565b156140975761408781633f00000061324f565b9050614094600183615680565b91505b5f6140b76140a983633f800000614408565b613cd984633f800000613354565b90505f6140c4828361324f565b90505f6140e26140d883633dba2e8c61324f565b633de38e39613354565b90506140fb6140f1838361324f565b633e124925613354565b905061411461410a838361324f565b633e4ccccd613354565b905061412d614123838361324f565b633eaaaaab613354565b90505f61413a8485613354565b90505f61415482612e3b61414e858861324f565b8661324f565b90505f61416088614ebd565b905061418561417382633f31800061324f565b612e3b84612e3b8563b95e808361324f565b9a9950505050505050505050565b5f637f800000637fffffff831611156141b15750637fc00000919050565b63800000008216158015906141cb5750637fffffff821615155b156141ee575f6141da83613e00565b90506109dc81613cd9633f80000084613354565b6107b2633f800000613cd9633f800000612e3b63800000008718613e00565b5f637f800000637fffffff8316111561422b5750637fc00000919050565b637fffffff82165f819003614241575090919050565b61424f81633ecccccd614fb6565b15614303575f61425f848561324f565b90505f61427d61427383633b6b69e861324f565b633c11371b614408565b905061429661428c838361324f565b633cb327a4613354565b90506142af6142a5838361324f565b633d5d0dd1614408565b90506142c86142be838361324f565b633e088889613354565b90506142e16142d7838361324f565b633eaaaaab614408565b90506142fa85612e3b6142f4888661324f565b8461324f565b95945050505050565b633f800000614316826341100000614fb6565b1561434357614340633f800000613b326340000000613cd9613f3661433b8889613354565b613e00565b90505b638000000084165f036143565780612908565b6380000000189392505050565b5f637f800000637fffffff841611806143855750637f800000637fffffff8316115b156143955750637fc000006107b2565b61439e82615068565b6143a784615068565b136143b257816109dc565b5090919050565b5f637f800000637fffffff841611806143db5750637f800000637fffffff8316115b156143eb5750637fc000006107b2565b6143f482615068565b6143fd84615068565b126143b257816109dc565b5f6109dc8363800000008418613354565b5f637fffffff838116908316838518638000000016637f8000008311806144435750637f80000082115b1561445757637fc0000093505050506107b2565b637f800000830361448957637f800000821461447957637f800000811761447f565b637fc000005b93505050506107b2565b637f800000820361449e5792506107b2915050565b815f036144b757821561447957637f800000811761447f565b825f036144c85792506107b2915050565b627fffff8084169390831692601791821c911c5f8290036144ec57600191506144f5565b62800000851794505b805f036145045750600161450d565b62800000841793505b604085901b5f858281614522576145226155a2565b049050600181901b868381614539576145396155a2565b0615614543576001175b614553866041868803038361477c565b9b9a5050505050505050505050565b5f637f800000637fffffff841611806145845750637f800000637fffffff8316115b1561459057505f6107b2565b61459982615068565b6145a284615068565b13159392505050565b60605f60406145bf86820160208801615476565b63ffffffff166145cf91906155dc565b90508084108061460b57506145e76040860186615402565b9050836145f4838761558f565b6145fe9190615568565b6146099060046155dc565b115b15614651576040516351a6cb4960e01b8152602060048201526015602482015274726f77206f7574736964652074686520736c69636560581b6044820152606401610268565b826001600160401b038111156146695761466961557b565b604051908082528060200260200182016040528015614692578160200160208202803683370190505b509150365f6146a46040880188615402565b915091506004838703028201602085015f5b878110156146fc576004810283013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060208302840152506001810190506146b6565b5050505050509392505050565b80515f908190614721908460045b6020020151613354565b90505f6147378460016020020151856005614717565b90505f61474d8560026020020151866006614717565b90505f6147638660036020020151876007614717565b90506138856147728584613354565b612e3b8584613354565b5f5f6147878361508c565b90506017198482010160941981121561479f57506094195b5f8582136147b3575080850384901b614807565b85820360a08111156147c7575f9150614805565b85811c91505f19600180831b820188169183011b808211806147f6575080821480156147f65750836001166001145b15614802576001840193505b50505b505b6095820160171b8101637f800000811061482d57637f80000088179450505050506109dc565b9096179695505050505050565b5f365f85855f81811061484f5761484f615462565b905060200281019061486191906154de565b61486b9080615499565b91509150365f8787600181811061488457614884615462565b905060200281019061489691906154de565b6148a09080615499565b90925090506002831415806148e05750838360018181106148c3576148c3615462565b90506020020160208101906148d89190615476565b63ffffffff16155b806148ec575060018114155b8061494f575083835f81811061490457614904615462565b90506020020160208101906149199190615476565b63ffffffff1682825f81811061493157614931615462565b90506020020160208101906149469190615476565b63ffffffff1614155b15614960575f945050505050612908565b88156149f95761497a6149738780615499565b8686614bee565b15806149e3575083835f81811061499357614993615462565b90506020020160208101906149a89190615476565b63ffffffff166149e0898960028181106149c4576149c4615462565b90506020028101906149d691906154de565b610e6d9080615499565b14155b156149f4575f945050505050612908565b614a85565b614a038680615499565b90506001141580614a74575083835f818110614a2157614a21615462565b9050602002016020810190614a369190615476565b63ffffffff16614a468780615499565b5f818110614a5657614a56615462565b9050602002016020810190614a6b9190615476565b63ffffffff1614155b15614a85575f945050505050612908565b83836001818110614a9857614a98615462565b9050602002016020810190614aad9190615476565b63ffffffff169998505050505050505050565b5f5f5f87614ace5784614ad8565b614ad884866155b6565b90505f5f614b13614b0d8a8a6001818110614af557614af5615462565b9050602002810190614b0791906154de565b8561187f565b8761512b565b9150915081614b2a575f5f94509450505050611875565b5f614b628a8a5f818110614b4057614b40615462565b9050602002810190614b5291906154de565b614b5c89876155dc565b896145ab565b90508a614bac575f5f614b758385614cda565b5091509150614b9b614b8682613fc1565b613b32858781518110613b1b57613b1b615462565b600197509750505050505050611875565b6125c081614bba898b6155c9565b84614be98e8e6002818110614bd157614bd1615462565b9050602002810190614be391906154de565b8961187f565b615214565b5f838214614bfd57505f612908565b5f5b8481101561290257838382818110614c1957614c19615462565b9050602002016020810190614c2e9190615476565b63ffffffff16868683818110614c4657614c46615462565b9050602002016020810190614c5b9190615476565b63ffffffff1614614c6f575f915050612908565b600101614bff565b5f61ffff821660091480614c8f575061ffff8216600a145b80614c9e575061ffff82166013145b80614cad575061ffff8216601b145b15614cbb5750610100919050565b60181961ffff831601614cd15750610400919050565b50611000919050565b5f5f5f614ce685615255565b9250614cf06152b7565b85515f5b81811015614d76575f614d2361433b8a8481518110614d1557614d15615462565b602002602001015189614408565b9050614d48848360071660088110614d3d57614d3d615462565b602002015182613354565b848360071660088110614d5d57614d5d615462565b6020020152878203614d6d578094505b50600101614cf4565b50614d8082614709565b935050509250925092565b5f5f614da4614d9a8586614dc0565b613cd98651614ebd565b9050612908633f800000613cd9614dbb8487613354565b613d34565b5f614dc96152b7565b83515f5b81811015614e4357614e21838260071660088110614ded57614ded615462565b6020020151612e3b888481518110614e0757614e07615462565b60200260200101518885815181106131bc576131bc615462565b838260071660088110614e3657614e36615462565b6020020152600101614dcd565b506142fa82614709565b5f614e566152b7565b82515f5b81811015614eb357614e91838260071660088110614e7a57614e7a615462565b602002015186838151811061384c5761384c615462565b838260071660088110614ea657614ea6615462565b6020020152600101614e5a565b5061290882614709565b5f815f03614ecc57505f919050565b5f8281811215614ee95763800000009150614ee68461569f565b90505b5f5b614ef6816001615568565b82901c15614f0e57614f07816155f3565b9050614eeb565b614f1981601761558f565b82901b627fffff166017614f2e83607f615568565b901b8417179350505050919050565b5f815f03614f4c57505f919050565b6002614f578361508c565b60010181614f6757614f676155a2565b046001901b90505f6001828481614f8057614f806155a2565b048301901c90505b81811015614fb0578091506001828481614fa457614fa46155a2565b048301901c9050614f88565b50919050565b5f637f800000637fffffff84161180614fd85750637f800000637fffffff8316115b15614fe457505f6107b2565b614fed82615068565b614ff684615068565b129392505050565b5f637fffffff821680820361501557505f92915050565b601781901c62800000627fffff83161761503082609661558f565b81901c9350638000000085161561504a576142fa8461569f565b505050919050565b5f601761506083607f615680565b901b92915050565b5f637fffffff821663800000008316820361508357806109dc565b6109dc8161569f565b5f608082901c1561509f57608091821c91015b604082901c156150b157604091821c91015b602082901c156150c357602091821c91015b601082901c156150d557601091821c91015b600882901c156150e757600891821c91015b600482901c156150f957600491821c91015b600282901c1561510b57600291821c91015b600182901c1561511d57600191821c91015b8115611a2857600101919050565b5f80637fffffff84168082036151485760015f925092505061520d565b638000000085161515806151605750637f8000008110155b15615171575f5f925092505061520d565b601781901c607f8110806151855750609e81115b15615197575f5f93509350505061520d565b62800000627fffff8316175f609683106151c0576151b660968461558f565b82901b9050615202565b60016151cd84609661558f565b6001901b6151db919061558f565b8216156151f1575f5f955095505050505061520d565b6151fc83609661558f565b82901c90505b868110955093505050505b9250929050565b5f5f5f6152218787614cda565b92509250505f6152318284614419565b905085870361524b5761524881633f800000614408565b90505b613348818661324f565b5f815f8151811061526857615268615462565b6020908102919091010151825190915060015b818110156152b0576152a68385838151811061529957615299615462565b6020026020010151614363565b925060010161527b565b5050919050565b6040518061010001604052806008906020820280368337509192915050565b5f60608284031215614fb0575f5ffd5b5f5f604083850312156152f7575f5ffd5b8235915060208301356001600160401b03811115615313575f5ffd5b61531f858286016152d6565b9150509250929050565b803560ff81168114611a28575f5ffd5b5f5f5f5f6080858703121561534c575f5ffd5b8435935060208501356001600160401b03811115615368575f5ffd5b615374878288016152d6565b93505061538360408601615329565b915060608501356001600160401b0381111561539d575f5ffd5b8501608081880312156153ae575f5ffd5b939692955090935050565b5f5f604083850312156153ca575f5ffd5b8235915060208301356001600160401b038111156153e6575f5ffd5b830160e081860312156153f7575f5ffd5b809150509250929050565b5f5f8335601e19843603018112615417575f5ffd5b8301803591506001600160401b03821115615430575f5ffd5b60200191503681900382131561520d575f5ffd5b5f8235605e19833603018112615458575f5ffd5b9190910192915050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215615486575f5ffd5b813563ffffffff811681146109dc575f5ffd5b5f5f8335601e198436030181126154ae575f5ffd5b8301803591506001600160401b038211156154c7575f5ffd5b6020019150600581901b360382131561520d575f5ffd5b5f8235607e19833603018112615458575f5ffd5b5f60208284031215615502575f5ffd5b6109dc82615329565b5f6020828403121561551b575f5ffd5b81356001600160401b03811681146109dc575f5ffd5b6001600160f81b031984168152818360018301375f910160010190815292915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107b2576107b2615554565b634e487b7160e01b5f52604160045260245ffd5b818103818111156107b2576107b2615554565b634e487b7160e01b5f52601260045260245ffd5b5f826155c4576155c46155a2565b500490565b5f826155d7576155d76155a2565b500690565b80820281158282048414176107b2576107b2615554565b5f6001820161560457615604615554565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f61562d828561560b565b60e09390931b6001600160e01b03191683525050600401919050565b5f615654828561560b565b9283525050602001919050565b8181035f831280158383131683831282161715611b3c57611b3c615554565b8082018281125f831280158216821582161715610e5757610e57615554565b5f600160ff1b82016156b3576156b3615554565b505f039056",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address index_, address reduce_) returns()
func (referee *Referee) PackConstructor(index_ common.Address, reduce_ common.Address) []byte {
	enc, err := referee.abi.Pack("", index_, reduce_)
	if err != nil {
		panic(err)
	}
	return enc
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

// PackIndexPrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0cd98e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function indexPrograms() view returns(address)
func (referee *Referee) PackIndexPrograms() []byte {
	enc, err := referee.abi.Pack("indexPrograms")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIndexPrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0cd98e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function indexPrograms() view returns(address)
func (referee *Referee) TryPackIndexPrograms() ([]byte, error) {
	return referee.abi.Pack("indexPrograms")
}

// UnpackIndexPrograms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0cd98e4.
//
// Solidity: function indexPrograms() view returns(address)
func (referee *Referee) UnpackIndexPrograms(data []byte) (common.Address, error) {
	out, err := referee.abi.Unpack("indexPrograms", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef0d692d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) view returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
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
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) view returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) TryPackJudge(traceRoot [32]byte, p ElementProof) ([]byte, error) {
	return referee.abi.Pack("judge", traceRoot, p)
}

// UnpackJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef0d692d.
//
// Solidity: function judge(bytes32 traceRoot, ((bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])),bytes[],(uint32,uint32,bytes32[])[],uint8,uint64,(uint32[],uint32,bytes,bytes32[]),(uint32[],uint32,bytes,bytes32[])[]) p) view returns((uint8,uint32,uint32,uint16,uint32,uint32) j)
func (referee *Referee) UnpackJudge(data []byte) (RefereeJudgement, error) {
	out, err := referee.abi.Unpack("judge", data)
	if err != nil {
		return *new(RefereeJudgement), err
	}
	out0 := *abi.ConvertType(out[0], new(RefereeJudgement)).(*RefereeJudgement)
	return out0, nil
}

// PackReducePrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7677361.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reducePrograms() view returns(address)
func (referee *Referee) PackReducePrograms() []byte {
	enc, err := referee.abi.Pack("reducePrograms")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReducePrograms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7677361.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reducePrograms() view returns(address)
func (referee *Referee) TryPackReducePrograms() ([]byte, error) {
	return referee.abi.Pack("reducePrograms")
}

// UnpackReducePrograms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7677361.
//
// Solidity: function reducePrograms() view returns(address)
func (referee *Referee) UnpackReducePrograms(data []byte) (common.Address, error) {
	out, err := referee.abi.Unpack("reducePrograms", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// RewardJudgeMetaData contains all meta data concerning the RewardJudge contract.
var RewardJudgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"family\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"AllHeldOut\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"BadInclusion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"family\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"BadLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"ProofMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AGREE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MALFORMED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMPLETIONS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMPLETION_LEN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAYLOAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OTHER_ROUND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_GROUP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_PROBLEM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_REWARD\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WRONG_SHAPE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"config\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"run\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"judge\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"detail\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"run\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structStepContext\",\"name\":\"x\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"config\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"groupRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"manifestAt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"rewardsLeaf\",\"type\":\"bytes\"}],\"name\":\"judgeStep\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"run\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"}],\"name\":\"problemIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"config\",\"type\":\"bytes\"}],\"name\":\"readConfig\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"family\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"g\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxNew\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"partialWeight\",\"type\":\"uint256\"}],\"internalType\":\"structRewardConfig\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"readPayload\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"run\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"group\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"problem\",\"type\":\"uint64\"},{\"internalType\":\"uint256[]\",\"name\":\"starts\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"lens\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"rewards\",\"type\":\"uint256[]\"}],\"internalType\":\"structPayloadView\",\"name\":\"v\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"rewardsTensorRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "RewardJudge",
	Bin: "0x6080604052348015600e575f5ffd5b50613b2c8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806383d8ccb211610093578063bb3ca61011610063578063bb3ca61014610267578063cfdd2b731461026f578063e31e546014610278578063fe754eb914610280575f5ffd5b806383d8ccb2146101935780639b88bc8b14610207578063a6d9295314610233578063b9429e6814610246575f5ffd5b806328f75dc9116100ce57806328f75dc91461016457806334dbdf671461016c5780635fa24f8c1461018357806370febcf51461018c575f5ffd5b80630202d54b146100ff57806305c8a9cc146101295780631c0b59bf1461013157806324b5ae0d1461015c575b5f5ffd5b61011261010d3660046131fc565b610288565b60405160ff90911681526020015b60405180910390f35b610112600581565b61014461013f3660046132f7565b61035b565b6040516001600160401b039091168152602001610120565b610112600681565b610112600181565b61017561040081565b604051908152602001610120565b61017561100081565b6101125f81565b6101a66101a1366004613345565b6103f7565b60405161012091905f60e08201905060ff8351168252602083015160208301526001600160401b036040840151166040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b61021a610215366004613383565b610884565b6040805160ff9093168352602083019190915201610120565b610175610241366004613345565b610abc565b610259610254366004613345565b610df2565b604051610120929190613442565b610112600481565b61017561ff0081565b610112600281565b610112600381565b5f8960800135898960405161029e929190613507565b6040518091039020146102e257604051632d63f53b60e21b8152602060048201526006602482015265636f6e66696760d01b60448201526064015b60405180910390fd5b6103058a88886040516102f6929190613507565b604051809103902087876112f0565b5f6103138a8a8a8a8f611410565b905060ff8116151580610324575082155b1561033057905061034e565b61033d8685858b8b611435565b610347575f61034a565b60065b9150505b9998505050505050505050565b6040516f6170696172792f7068696c6f782f763160801b6020820152603081018590526bffffffffffffffffffffffff19606085901b1660508201525f90819060640160408051601f198184030181529190528051602090910120905060c081901c6001600160401b03608083901c165f6103d98388846001611461565b905066800000000000006103ed8288611516565b61034e919061352a565b61043c6040518060e001604052805f60ff1681526020015f81526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81525090565b5f83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450839250829150610485905084826005611528565b925092509250806104c5576040516301cfc2ef60e61b815260206004820152600960248201526806e6f742061206d61760bc1b60448201526064016102d9565b5f805b84811015610751575f6104db8786611557565b909650945090508315806104ef575060ff81115b15610523576040516301cfc2ef60e61b81526020600482015260036024820152626b657960e81b60448201526064016102d9565b8060010361067a575f5f61053989886003611572565b909950975090925090508561057a576040516301cfc2ef60e61b81526004016102d9906020808252600490820152637461736b60e01b604082015260600190565b5f816001600160401b0381111561059357610593613557565b6040519080825280601f01601f1916602001820160405280156105bd576020820181803683370190505b5090505f5b82811015610620578a6105d5828661357f565b815181106105e5576105e5613592565b602001015160f81c60f81b82828151811061060257610602613592565b60200101906001600160f81b03191690815f1a9053506001016105c2565b505f61062b826115c6565b60ff9091168d52905080610671576040516301cfc2ef60e61b815260206004820152600c60248201526b756e6b6e6f776e207461736b60a01b60448201526064016102d9565b50505050610740565b5f6106858887611557565b90975095509050846106c2576040516301cfc2ef60e61b815260206004820152600560248201526476616c756560d81b60448201526064016102d9565b816002036106d6576020890181905261073e565b816003036106f2576001600160401b03811660408a015261073e565b81600b03610706576060890181905261073e565b81600c0361071a576080890181905261073e565b81600e0361072e5760a0890181905261073e565b8160100361073e5760c089018190525b505b60019081901b9290921791016104c8565b5084518314610794576040516301cfc2ef60e61b815260206004820152600e60248201526d747261696c696e6720627974657360901b60448201526064016102d9565b6201580e81811681146107d8576040516301cfc2ef60e61b815260206004820152600b60248201526a6d697373696e67206b657960a81b60448201526064016102d9565b6001876020015110806107f8575086516107f1906116de565b8760200151115b1561082e576040516301cfc2ef60e61b81526020600482015260056024820152641b195d995b60da1b60448201526064016102d9565b637f7fffff8760c001511115610878576040516301cfc2ef60e61b815260206004820152600e60248201526d1c185c9d1a585b081dd95a59da1d60921b60448201526064016102d9565b50505050505092915050565b5f5f5f61089189896103f7565b90505f5f61089f8989610df2565b91509150806108b75760015f94509450505050610ab1565b8151871415806108dd5750856001600160401b031682602001516001600160401b031614155b156108f15760025f94509450505050610ab1565b82608001518260600151101580610911575082606001518260a001515114155b156109255760035f94509450505050610ab1565b5f5b8260c0015151811015610974578360a001518360c00151828151811061094f5761094f613592565b6020026020010151111561096c57600395509350610ab192505050565b600101610927565b5061098987836040015188856060015161035b565b6001600160401b031682608001516001600160401b0316146109b45760045f94509450505050610ab1565b5f6109d0845f015185604001518660200151866080015161173c565b9150505f8a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394505050505b8460a0015151811015610aa4578460e001518181518110610a2f57610a2f613592565b6020026020010151610a86875f015185858960a001518681518110610a5657610a56613592565b60200260200101518a60c001518781518110610a7457610a74613592565b60200260200101518c60c0015161182c565b14610a9c57600597509550610ab1945050505050565b600101610a0c565b505f5f9650965050505050505b965096945050505050565b5f5f610ac88484610df2565b5060e0810151519091505f6040610ae083603f61357f565b610aea91906135a6565b905060015b81811015610aff5760011b610aef565b5f816001600160401b03811115610b1857610b18613557565b604051908082528060200260200182016040528015610b41578160200160208202803683370190505b5090505f5b83811015610c9a576040805161010080825261012082019092525f916020820181803683370190505090505f5b604081108015610b9757508681610b8b8560406135b9565b610b95919061357f565b105b15610c4a5760e08801515f9082610baf8660406135b9565b610bb9919061357f565b81518110610bc957610bc9613592565b602002602001015190505f5f90505b6004811015610c3757610bec8160086135b9565b82901c60f81b8482610bff8660046135b9565b610c09919061357f565b81518110610c1957610c19613592565b60200101906001600160f81b03191690815f1a905350600101610bd8565b505080610c43906135d0565b9050610b73565b50604051610c5e905f9083906020016135ff565b60405160208183030381529060405280519060200120838381518110610c8657610c86613592565b602090810291909101015250600101610b46565b505b6001821115610d6d575f5b610cb26002846135a6565b811015610d6057600160f81b82610cca8360026135b9565b81518110610cda57610cda613592565b602002602001015183836002610cf091906135b9565b610cfb90600161357f565b81518110610d0b57610d0b613592565b6020026020010151604051602001610d259392919061361a565b60405160208183030381529060405280519060200120828281518110610d4d57610d4d613592565b6020908102919091010152600101610ca7565b50600182901c9150610c9c565b5f8315610d9357815f81518110610d8657610d86613592565b6020026020010151610d95565b5f5b604051600160f91b6020820152600160f81b60218201526001600160e01b031960e088901b166022820152602681018290529091506046016040516020818303038152906040528051906020012096505050505050505b92915050565b610e506040518061010001604052805f81526020015f6001600160401b031681526020015f6001600160a01b031681526020015f81526020015f6001600160401b031681526020016060815260200160608152602001606081525090565b5f5f84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508251929350505061ff001015610e9e57505f90506112e9565b5f5f610eac835f6005611528565b955092509050831580610ec0575080600814155b15610ed157505f92506112e9915050565b5f5b60088110156112e157610ee68484611557565b965093509150841580610ef95750808214155b15610f0b57505f93506112e992505050565b8060011480610f1a5750806003145b15610f96575f5f610f2d86866002611572565b995096509092509050861580610f57575082600114610f4d576014610f50565b60205b60ff168114155b15610f6b57505f95506112e9945050505050565b858201602001516001849003610f8357808952610f8e565b606081901c60408a01525b5050506112d9565b8060060361113a57610faa84846004611528565b965093509150841580610fbb575081155b80610fc7575061040082115b15610fd957505f93506112e992505050565b816001600160401b03811115610ff157610ff1613557565b60405190808252806020026020018201604052801561101a578160200160208202803683370190505b5060a0870152816001600160401b0381111561103857611038613557565b604051908082528060200260200182016040528015611061578160200160208202803683370190505b5060c08701525f5b828110156111345761107d85856002611572565b8a60a00151858151811061109357611093613592565b602002602001018b60c0015186815181106110b0576110b0613592565b60209081029190910101939093529290915290965093508515806110f057508660c0015181815181106110e5576110e5613592565b60200260200101515f145b8061111957506110008760c00151828151811061110f5761110f613592565b6020026020010151115b1561112c57505f94506112e99350505050565b600101611069565b506112d9565b8060070361123d5761114e84846004611528565b96509350915084158061116657508560a00151518214155b1561117857505f93506112e992505050565b816001600160401b0381111561119057611190613557565b6040519080825280602002602001820160405280156111b9578160200160208202803683370190505b5060e08701525f5b82811015611134575f6111d48686611557565b9850955090508615806111ea575063ffffffff81115b806111fe575080637f80000016637f800000145b1561121257505f95506112e9945050505050565b808860e00151838151811061122957611229613592565b6020908102919091010152506001016111c1565b6112478484611557565b9650935091508461125f57505f93506112e992505050565b8015801561126e575081600114155b1561128057505f93506112e992505050565b80600203611298576001600160401b03821660208701525b806004036112c15763ffffffff8211156112b957505f93506112e992505050565b606086018290525b806005036112d9576001600160401b03821660808701525b600101610ed3565b505090511490505b9250929050565b611300606085016040860161364f565b63ffffffff16611313602083018361364f565b63ffffffff161415806113505750611331608085016060860161364f565b63ffffffff16611347604083016020840161364f565b63ffffffff1614155b1561139257604051632d63f53b60e21b815260206004820152601160248201527036b0b734b332b9ba103837b9b4ba34b7b760791b60448201526064016102d9565b6040515f906113ad90601760f81b908690869060200161361a565b6040516020818303038152906040528051906020012090505f6113d5601660f81b83856118a0565b90508560a00135811461140857604051637c532e3160e01b81526004810182905260a087013560248201526044016102d9565b505050505050565b5f61142a8686868686356102156040890160208a01613668565b509695505050505050565b5f6114408383610abc565b61145587611450878901896136d9565b611a73565b14159695505050505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f6114b063ffffffff86811690602088811c8216918781169188811c8216918c8116918d901c16611cdc565b90505f6114e163ffffffff86811690602088811c8216918087169187901c811690604088901c16606088901c611cdc565b63ffffffff8082168552602082811c821690860152604082811c821690860152606091821c1690840152509095945050505050565b5f6115218383611d62565b9392505050565b5f5f5f5f6115368787611dbd565b91965094509250905081801561154b57508481145b91505093509350939050565b5f5f5f61156585855f611528565b9250925092509250925092565b5f5f5f5f611581878787611528565b90955090935090508015806115a1575083875161159e9190613827565b83115b156115b057508490505f6115bd565b6115ba838561357f565b91505b93509350935093565b805160208201205f9081907fb0a57447b6dcc818642398b290ce53bb707fe81d9338401cebb04a277901ac97810161160457505f9360019350915050565b7fa2d668efc8129d7d37b6228d2f740f9cc3969c8c768ddfa30d2dccd60131238e81036116375750600193849350915050565b7fdec08c9dbbdd0890e300eb5062089b2d4b1c40e3673bbccb5423f7b37dcf9a9c810361166b575060029360019350915050565b7fe259e1a311bf6a08d0522921a404fe21ee4238e42bc24b5e3e122f48a721bc31810361169f575060039360019350915050565b7f422f36f27987a9715ca60c07832ab25f68e786eae77ee23e04624ed364c5373681036116d3575060049360019350915050565b505f93849350915050565b5f60ff821615806116f2575060ff82166004145b156116ff57506006919050565b60ff821660011480611714575060ff82166002145b1561172157506008919050565b60021960ff83160161173557506004919050565b505f919050565b60608066800000000000006001600160401b0384161061177a5760405163be4db7b960e01b81526001600160401b03841660048201526024016102d9565b5f61178487611f31565b90505f5b610100816001600160401b031610156117ee576117b68888888460088a6001600160401b0316901b17612000565b9094509250600a6117c783866125e5565b6117d1919061352a565b6001600160401b0316156117e6575050611823565b600101611788565b506040516334dcd54360e01b815260ff88166004820152602481018690526001600160401b03851660448201526064016102d9565b94509492505050565b5f5f5f61183a8787876126a2565b915091505f6118488a61276f565b90505f611868898985878e511061185f5787611862565b8d515b86612796565b90505f5f6118788c848887612952565b9150915061188f8261188a8a84612a7d565b612b82565b9d9c50505050505050505050505050565b5f6118b1604083016020840161364f565b63ffffffff1615806118ea57506118ce604083016020840161364f565b63ffffffff166118e1602084018461364f565b63ffffffff1610155b80611920575061190e611903604084016020850161364f565b63ffffffff16612d23565b61191b604084018461383a565b905014155b1561198057611932602083018361364f565b611942604084016020850161364f565b61194f604085018561383a565b6040516314982b8b60e21b815263ffffffff94851660048201529390921660248401525060448201526064016102d9565b825f61198f602085018561364f565b63ffffffff1690505f5b6119a6604086018661383a565b9050811015611a2d57600182821c16156119f1576119ec601160f81b6119cf604088018861383a565b848181106119df576119df613592565b9050602002013585612d46565b611a23565b611a23601160f81b84611a07604089018961383a565b85818110611a1757611a17613592565b90506020020135612d46565b9250600101611999565b5085611a3f604086016020870161364f565b83604051602001611a529392919061387f565b60405160208183030381529060405280519060200120925050509392505050565b80515f907f1c38c25d2dbd273fdee47875404978e34472b57224bd8831d285c3d1d74fa4e114611ada57604051632d63f53b60e21b815260206004820152601160248201527072657761726473206c656166206e616d6560781b60448201526064016102d9565b81516020808401516040515f93611af993600560fa1b9391920161361a565b60408051601f198184030181529181528151602092830120908501519182015190925063ffffffff161580611b415750806020015163ffffffff16815f015163ffffffff1610155b80611b635750611b5a816020015163ffffffff16612d23565b81604001515114155b15611ba557805160208201516040808401515190516314982b8b60e21b815263ffffffff938416600482015292909116602483015260448201526064016102d9565b5f5b816040015151811015611c6e57815163ffffffff16811c60011615611c1757601160f81b82604001518281518110611be157611be1613592565b602002602001015184604051602001611bfc9392919061361a565b60405160208183030381529060405280519060200120611c64565b601160f81b8383604001518381518110611c3357611c33613592565b6020026020010151604051602001611c4d9392919061361a565b604051602081830303815290604052805190602001205b9250600101611ba7565b505f601560f81b826020015184604051602001611c8d9392919061387f565b604051602081830303815290604052805190602001209050858114611ccf57604051637c532e3160e01b815260048101829052602481018790526044016102d9565b5050505060200151919050565b5f805b600a811015611d46578015611d0d5763ffffffff639e3779b9850116935063ffffffff63bb67ae8584011692505b63cd9e8d57909502602081811c90971884189763ffffffff9182169763d2511f539091029081901c909518831895941693600101611cdf565b5050505060601b60409190911b60209290921b92909217171790565b5f61152163ffffffff836001600160401b0316166020846001600160401b0316901c6001600160401b0316856040015163ffffffff16866060015163ffffffff16875f015163ffffffff16886020015163ffffffff16611cdc565b5f5f5f5f85518510611dd957505f925082915083905081611f28565b5f868681518110611dec57611dec613592565b016020015160fd81901c955060f81c9050601f81166018811015611e28578581611e1789600161357f565b600195509550955095505050611f28565b601b811115611e4257505f9350859250839150611f289050565b5f611e4e601883613827565b6001901b9050885181896001611e64919061357f565b611e6e919061357f565b1115611e8657505f9450869350849250611f28915050565b5f5b81811015611ed3578981611e9d8b600161357f565b611ea7919061357f565b81518110611eb757611eb7613592565b60209101015160f81c60089790971b9690961795600101611e88565b505f82601814611efc57611ee86002836135a6565b611ef39060086135b9565b6001901b611eff565b60185b9050878783611f0f8c600161357f565b611f19919061357f565b91995097909650101593505050505b92959194509250565b606060ff8216611f5a57505060408051808201909152600381526218591960ea1b602082015290565b5f1960ff831601611f855750506040805180820190915260048152631cdbdc9d60e21b602082015290565b60011960ff831601611fb45750506040805180820190915260078152667265766572736560c81b602082015290565b60021960ff831601611fdf5750506040805180820190915260038152621b5bd960ea1b602082015290565b5050604080518082019091526005815264736f6c766560d81b602082015290565b60608060018410806120195750612016866116de565b84115b15612043576040516319bb490360e21b815260ff87166004820152602481018590526044016102d9565b5f6120518686866001611461565b905060ff87166120d8575f61206786600a613991565b90505f612075835f84612d67565b90505f61208484600185612d67565b905061208f82612d8e565b61209882612d8e565b6040516020016120a992919061399c565b60408051601f198184030181529190526120cb6120c6838561357f565b612d8e565b9550955050505050611823565b60021960ff881601612195575f6120f086600a613991565b90505f6120fe835f84612d67565b90505f61210d84600185612d67565b90505f6121258560026121208188613827565b612d67565b61213090600261357f565b905061213b83612d8e565b61214483612d8e565b61214d83612d8e565b60405160200161215f939291906139ce565b60408051601f198184030181529190526121878261217d85876135b9565b6120c69190613a17565b965096505050505050611823565b60031960ff8816016122cf575f6121ad86600a613991565b90505f6121bc835f6003612d67565b90505f6121cb84600185612d67565b90505f6121da85600286612d67565b90505f5f8284116121ec5782846121ef565b83835b91509150845f036122495761220383612d8e565b6122106120c6858761357f565b604051602001612221929190613a2a565b60405160208183030381529060405261223985612d8e565b9850985050505050505050611823565b846001036122905761225a81612d8e565b6122676120c68385613827565b604051602001612278929190613a69565b60405160208183030381529060405261223983612d8e565b61229982612d8e565b6122a66120c68385613827565b6040516020016122b7929190613a7f565b60405160208183030381529060405261223982612d8e565b5f1960ff881601612495575f856001600160401b038111156122f3576122f3613557565b6040519080825280601f01601f19166020018201604052801561231d576020820181803683370190505b50905061232861317a565b5f5b878110156123a5575f61233f8583600a612d67565b905061234c81603061357f565b60f81b84838151811061236157612361613592565b60200101906001600160f81b03191690815f1a9053508281600a811061238957612389613592565b60200201805190612399826135d0565b9052505060010161232a565b50866001600160401b038111156123be576123be613557565b6040519080825280601f01601f1916602001820160405280156123e8576020820181803683370190505b5093505f805b600a811015612469575f5b8382600a811061240b5761240b613592565b60200201518110156124605761242282603061357f565b60f81b8784612430816135d0565b95508151811061244257612442613592565b60200101906001600160f81b03191690815f1a9053506001016123f9565b506001016123ee565b508260405160200161247b9190613aa0565b604051602081830303815290604052955050505050611823565b5f856001600160401b038111156124ae576124ae613557565b6040519080825280601f01601f1916602001820160405280156124d8576020820181803683370190505b509050856001600160401b038111156124f3576124f3613557565b6040519080825280601f01601f19166020018201604052801561251d576020820181803683370190505b5092505f5b868110156125b7575f6125378483601a612d67565b61254290606161357f565b60f81b90508083838151811061255a5761255a613592565b60200101906001600160f81b03191690815f1a90535080858361257e60018c613827565b6125889190613827565b8151811061259857612598613592565b60200101906001600160f81b03191690815f1a90535050600101612522565b50806040516020016125c99190613aca565b6040516020818303038152906040529350505094509492505050565b67cbf29ce484222325650100000001b35f5b845181101561262c578185828151811061261357612613613592565b016020015160f81c9390931892909202916001016125f7565b50908102905f5b8351811015612668578184828151811061264f5761264f613592565b016020015160f81c939093189290920291600101612633565b5050602181811c637fffffff90811690921867ff51afd7ed558ccd0280821c83161867c4ceb9fe1a85ec53029081901c9091161892915050565b5f8284018281018581039160208781019291810191017f80808080808080808080808080808080808080808080808080808080808080807f03030303030303030303030303030303030303030303030303030303030303035b828410156127625782602085011161272f578351828119838303161661272d57602088019750602085019450506126fb565b505b83515f1a6002810361274657858503965050612762565b6001811115612756576001880197505b506001840193506126fb565b5050505050935093915050565b5f60ff82161580612783575060ff82166003145b80610dec575060ff821660041492915050565b6060826001600160401b038111156127b0576127b0613557565b6040519080825280601f01601f1916602001820160405280156127da576020820181803683370190505b5090505f604051806060016040528060348152602001613af86034913990505f80846128065787612808565b865b90505b85821015612946575f8515612846578961282483613ae2565b9250828151811061283757612837613592565b016020015160f81c905061286e565b8982612851816135d0565b93508151811061286357612863613592565b016020015160f81c90505b6001811161287c575061280b565b5f60378210612893576001600160f81b03196128bf565b8461289f600384613827565b815181106128af576128af613592565b01602001516001600160f81b0319165b9050861561290a578086856128d560018c613827565b6128df9190613827565b815181106128ef576128ef613592565b60200101906001600160f81b03191690815f1a905350612934565b8086858151811061291d5761291d613592565b60200101906001600160f81b03191690815f1a9053505b61293d846135d0565b9350505061280b565b50505095945050505050565b835183515f91829182805b82811015612a06575f5f8861297357828361299f565b8261297f600188613827565b6129899190613827565b83612995600188613827565b61299f9190613827565b915091508a81815181106129b5576129b5613592565b602001015160f81c60f81b6001600160f81b0319168c83815181106129dc576129dc613592565b01602001516001600160f81b031916036129fc576129f9846135d0565b93505b505060010161295d565b508683148015612a1557508281145b15612a2c57633f8000008094509450505050611823565b5f878411612a3a5787612a3c565b835b9050612a58612a4a83612e76565b612a5383612e76565b612ed4565b9450633f8000008510612a6d57633f7fffff94505b5f95505050505094509492505050565b5f637fffffff838116908316838518638000000016637f800000831180612aa75750637f80000082115b15612abb57637fc000009350505050610dec565b637f800000831480612ad05750637f80000082145b15612b0457821580612ae0575081155b15612af457637fc000009350505050610dec565b637f800000179250610dec915050565b821580612b0f575081155b15612b1e579250610dec915050565b627fffff8084169390831692601791821c911c5f829003612b425760019150612b4b565b62800000851794505b805f03612b5a57506001612b63565b62800000841793505b612b768361012c8385010386880261301d565b98975050505050505050565b5f637fffffff838116908316637f80000082101580612ba55750637f8000008110155b15612c1a57637f800000821180612bbf5750637f80000081115b15612bd257637fc0000092505050610dec565b637f80000082148015612be85750637f80000081145b15612c0957838514612bfe57637fc00000612c00565b845b92505050610dec565b637f8000008214612bfe5783612c00565b805f03612c38578115612c2d5784612c00565b505050818116610dec565b815f03612c49578392505050610dec565b80821015612c5657929392905b627fffff8083169290821691601791821c911c5f829003612c7a5760019150612c83565b62800000841793505b805f03612c9257506001612c9b565b62800000831792505b600893841b939290921b918082036028811115612cbb5760019350612cdc565b8015612cdc5783811c935f196001831b01168015612cda576001851794505b505b5f6380000000888a18165f03612cf55750848401612d0f565b8486039050805f03612d0f575f9650505050505050610dec565b61034e63800000008a16609e86038361301d565b5f5b81816001901b1015612d4157612d3a816135d0565b9050612d25565b919050565b5f6040518460f81c8153600181019390935250602182015260419020919050565b5f81612d738585611516565b6001600160401b0316612d869190613a17565b949350505050565b60606001825b600a8110612db957612da5826135d0565b9150612db2600a826135a6565b9050612d94565b50806001600160401b03811115612dd257612dd2613557565b6040519080825280601f01601f191660200182016040528015612dfc576020820181803683370190505b509150805b8015612e6f57612e12600a85613a17565b612e1d90603061357f565b60f81b83612e2c600184613827565b81518110612e3c57612e3c613592565b60200101906001600160f81b03191690815f1a905350612e5d600a856135a6565b9350612e6881613ae2565b9050612e01565b5050919050565b5f815f03612e8557505f919050565b5f5b612e9281600161357f565b83901c15612eaa57612ea3816135d0565b9050612e87565b612eb5816017613827565b83901b627fffff166017612eca83607f61357f565b901b179392505050565b5f637fffffff838116908316838518638000000016637f800000831180612efe5750637f80000082115b15612f1257637fc000009350505050610dec565b637f8000008303612f4457637f8000008214612f3457637f8000008117612f3a565b637fc000005b9350505050610dec565b637f8000008203612f59579250610dec915050565b815f03612f72578215612f3457637f8000008117612f3a565b825f03612f83579250610dec915050565b627fffff8084169390831692601791821c911c5f829003612fa75760019150612fb0565b62800000851794505b805f03612fbf57506001612fc8565b62800000841793505b604085901b5f858281612fdd57612fdd613516565b049050600181901b868381612ff457612ff4613516565b0615612ffe576001175b61300e866041868803038361301d565b9b9a5050505050505050505050565b5f5f613028836130db565b90506017198482010160941981121561304057506094195b5f858213613054575080850384901b6130a8565b85820360a0811115613068575f91506130a6565b85811c91505f19600180831b820188169183011b80821180613097575080821480156130975750836001166001145b156130a3576001840193505b50505b505b6095820160171b8101637f80000081106130ce57637f8000008817945050505050611521565b9096179695505050505050565b5f608082901c156130ee57608091821c91015b604082901c1561310057604091821c91015b602082901c1561311257602091821c91015b601082901c1561312457601091821c91015b600882901c1561313657600891821c91015b600482901c1561314857600491821c91015b600282901c1561315a57600291821c91015b600182901c1561316c57600191821c91015b8115612d4157600101919050565b604051806101400160405280600a906020820280368337509192915050565b5f60c082840312156131a9575f5ffd5b50919050565b5f5f83601f8401126131bf575f5ffd5b5081356001600160401b038111156131d5575f5ffd5b6020830191508360208285010111156112e9575f5ffd5b5f606082840312156131a9575f5ffd5b5f5f5f5f5f5f5f5f5f6101608a8c031215613215575f5ffd5b61321f8b8b613199565b985060c08a01356001600160401b03811115613239575f5ffd5b6132458c828d016131af565b90995097505060e08a01356001600160401b03811115613263575f5ffd5b61326f8c828d016131af565b9097509550506101008a013593506101208a01356001600160401b03811115613296575f5ffd5b6132a28c828d016131ec565b9350506101408a01356001600160401b038111156132be575f5ffd5b6132ca8c828d016131af565b915080935050809150509295985092959850929598565b80356001600160401b0381168114612d41575f5ffd5b5f5f5f5f6080858703121561330a575f5ffd5b8435935060208501356001600160a01b0381168114613327575f5ffd5b9250613335604086016132e1565b9396929550929360600135925050565b5f5f60208385031215613356575f5ffd5b82356001600160401b0381111561336b575f5ffd5b613377858286016131af565b90969095509350505050565b5f5f5f5f5f5f60808789031215613398575f5ffd5b86356001600160401b038111156133ad575f5ffd5b6133b989828a016131af565b90975095505060208701356001600160401b038111156133d7575f5ffd5b6133e389828a016131af565b909550935050604087013591506133fc606088016132e1565b90509295509295509295565b5f8151808452602084019350602083015f5b8281101561343857815186526020958601959091019060010161341a565b5093949350505050565b60408152825160408201525f602084015161346860608401826001600160401b03169052565b5060408401516001600160a01b038116608084015250606084015160a083015260808401516001600160401b03811660c08401525060a084015161010060e08401526134b8610140840182613408565b905060c0850151603f19848303016101008501526134d68282613408565b91505060e0850151603f19848303016101208501526134f58282613408565b92505050611521602083018415159052565b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b0383168061354257613542613516565b806001600160401b0384160691505092915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610dec57610dec61356b565b634e487b7160e01b5f52603260045260245ffd5b5f826135b4576135b4613516565b500490565b8082028115828204841417610dec57610dec61356b565b5f600182016135e1576135e161356b565b5060010190565b5f81518060208401855e5f93019283525090919050565b6001600160f81b0319831681525f612d8660018301846135e8565b6001600160f81b03199390931683526001830191909152602182015260410190565b803563ffffffff81168114612d41575f5ffd5b5f6020828403121561365f575f5ffd5b6115218261363c565b5f60208284031215613678575f5ffd5b611521826132e1565b604051606081016001600160401b03811182821017156136a3576136a3613557565b60405290565b604051601f8201601f191681016001600160401b03811182821017156136d1576136d1613557565b604052919050565b5f602082840312156136e9575f5ffd5b81356001600160401b038111156136fe575f5ffd5b82016060818503121561370f575f5ffd5b613717613681565b813581526020808301359082015260408201356001600160401b0381111561373d575f5ffd5b919091019060608286031215613751575f5ffd5b613759613681565b6137628361363c565b81526137706020840161363c565b602082015260408301356001600160401b0381111561378d575f5ffd5b80840193505085601f8401126137a1575f5ffd5b82356001600160401b038111156137ba576137ba613557565b8060051b6137ca602082016136a9565b918252602081860181019290810190898411156137e5575f5ffd5b6020870196505b8387101561380b578635808352602097880197909350909101906137ec565b8060408601525050505080604083015250809250505092915050565b81810381811115610dec57610dec61356b565b5f5f8335601e1984360301811261384f575f5ffd5b8301803591506001600160401b03821115613868575f5ffd5b6020019150600581901b36038213156112e9575f5ffd5b6001600160f81b031993909316835260e09190911b6001600160e01b0319166001830152600582015260250190565b6001815b60018411156138e9578085048111156138cd576138cd61356b565b60018416156138db57908102905b60019390931c9280026138b2565b935093915050565b5f826138ff57506001610dec565b8161390b57505f610dec565b8160018114613921576002811461392b57613947565b6001915050610dec565b60ff84111561393c5761393c61356b565b50506001821b610dec565b5060208310610133831016604e8410600b841016171561396a575081810a610dec565b6139765f1984846138ae565b805f19048211156139895761398961356b565b029392505050565b5f61152183836138f1565b5f6139a782856135e8565b602b60f81b81526139bb60018201856135e8565b603d60f81b815260010195945050505050565b5f6139d982866135e8565b601560f91b81526139ed60018201866135e8565b9050602560f81b8152613a0360018201856135e8565b603d60f81b81526001019695505050505050565b5f82613a2557613a25613516565b500690565b61782b60f01b81525f613a4060028301856135e8565b603d60f81b8152613a5460018201856135e8565b622c783d60e81b815260030195945050505050565b61782d60f01b81525f613a4060028301856135e8565b5f613a8a82856135e8565b622d783d60e81b8152613a5460038201856135e8565b6439b7b93a1d60d91b81525f613ab960058301846135e8565b603d60f81b81526001019392505050565b633932bb1d60e11b81525f613ab960048301846135e8565b5f81613af057613af061356b565b505f19019056fe303132333435363738396162636465666768696a6b6c6d6e6f707172737475767778797a202b2d2a3d252c3f3a28293c3e7c2e2f",
}

// RewardJudge is an auto generated Go binding around an Ethereum contract.
type RewardJudge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardJudge) GetABI() abi.ABI {
	return c.abi
}

// NewRewardJudge creates a new instance of RewardJudge.
func NewRewardJudge() *RewardJudge {
	parsed, err := RewardJudgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardJudge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardJudge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAGREE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70febcf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREE() view returns(uint8)
func (rewardJudge *RewardJudge) PackAGREE() []byte {
	enc, err := rewardJudge.abi.Pack("AGREE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70febcf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREE() view returns(uint8)
func (rewardJudge *RewardJudge) TryPackAGREE() ([]byte, error) {
	return rewardJudge.abi.Pack("AGREE")
}

// UnpackAGREE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70febcf5.
//
// Solidity: function AGREE() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackAGREE(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("AGREE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMALFORMED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f75dc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MALFORMED() view returns(uint8)
func (rewardJudge *RewardJudge) PackMALFORMED() []byte {
	enc, err := rewardJudge.abi.Pack("MALFORMED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMALFORMED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28f75dc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MALFORMED() view returns(uint8)
func (rewardJudge *RewardJudge) TryPackMALFORMED() ([]byte, error) {
	return rewardJudge.abi.Pack("MALFORMED")
}

// UnpackMALFORMED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28f75dc9.
//
// Solidity: function MALFORMED() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackMALFORMED(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("MALFORMED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXCOMPLETIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34dbdf67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMPLETIONS() view returns(uint256)
func (rewardJudge *RewardJudge) PackMAXCOMPLETIONS() []byte {
	enc, err := rewardJudge.abi.Pack("MAX_COMPLETIONS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMPLETIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34dbdf67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMPLETIONS() view returns(uint256)
func (rewardJudge *RewardJudge) TryPackMAXCOMPLETIONS() ([]byte, error) {
	return rewardJudge.abi.Pack("MAX_COMPLETIONS")
}

// UnpackMAXCOMPLETIONS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34dbdf67.
//
// Solidity: function MAX_COMPLETIONS() view returns(uint256)
func (rewardJudge *RewardJudge) UnpackMAXCOMPLETIONS(data []byte) (*big.Int, error) {
	out, err := rewardJudge.abi.Unpack("MAX_COMPLETIONS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCOMPLETIONLEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fa24f8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMPLETION_LEN() view returns(uint256)
func (rewardJudge *RewardJudge) PackMAXCOMPLETIONLEN() []byte {
	enc, err := rewardJudge.abi.Pack("MAX_COMPLETION_LEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMPLETIONLEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fa24f8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMPLETION_LEN() view returns(uint256)
func (rewardJudge *RewardJudge) TryPackMAXCOMPLETIONLEN() ([]byte, error) {
	return rewardJudge.abi.Pack("MAX_COMPLETION_LEN")
}

// UnpackMAXCOMPLETIONLEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5fa24f8c.
//
// Solidity: function MAX_COMPLETION_LEN() view returns(uint256)
func (rewardJudge *RewardJudge) UnpackMAXCOMPLETIONLEN(data []byte) (*big.Int, error) {
	out, err := rewardJudge.abi.Unpack("MAX_COMPLETION_LEN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdd2b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PAYLOAD() view returns(uint256)
func (rewardJudge *RewardJudge) PackMAXPAYLOAD() []byte {
	enc, err := rewardJudge.abi.Pack("MAX_PAYLOAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPAYLOAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdd2b73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PAYLOAD() view returns(uint256)
func (rewardJudge *RewardJudge) TryPackMAXPAYLOAD() ([]byte, error) {
	return rewardJudge.abi.Pack("MAX_PAYLOAD")
}

// UnpackMAXPAYLOAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfdd2b73.
//
// Solidity: function MAX_PAYLOAD() view returns(uint256)
func (rewardJudge *RewardJudge) UnpackMAXPAYLOAD(data []byte) (*big.Int, error) {
	out, err := rewardJudge.abi.Unpack("MAX_PAYLOAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOTHERROUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31e5460.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OTHER_ROUND() view returns(uint8)
func (rewardJudge *RewardJudge) PackOTHERROUND() []byte {
	enc, err := rewardJudge.abi.Pack("OTHER_ROUND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOTHERROUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe31e5460.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OTHER_ROUND() view returns(uint8)
func (rewardJudge *RewardJudge) TryPackOTHERROUND() ([]byte, error) {
	return rewardJudge.abi.Pack("OTHER_ROUND")
}

// UnpackOTHERROUND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe31e5460.
//
// Solidity: function OTHER_ROUND() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackOTHERROUND(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("OTHER_ROUND", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGGROUP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24b5ae0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_GROUP() view returns(uint8)
func (rewardJudge *RewardJudge) PackWRONGGROUP() []byte {
	enc, err := rewardJudge.abi.Pack("WRONG_GROUP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGGROUP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24b5ae0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_GROUP() view returns(uint8)
func (rewardJudge *RewardJudge) TryPackWRONGGROUP() ([]byte, error) {
	return rewardJudge.abi.Pack("WRONG_GROUP")
}

// UnpackWRONGGROUP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24b5ae0d.
//
// Solidity: function WRONG_GROUP() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackWRONGGROUP(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("WRONG_GROUP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGPROBLEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb3ca610.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_PROBLEM() view returns(uint8)
func (rewardJudge *RewardJudge) PackWRONGPROBLEM() []byte {
	enc, err := rewardJudge.abi.Pack("WRONG_PROBLEM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGPROBLEM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb3ca610.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_PROBLEM() view returns(uint8)
func (rewardJudge *RewardJudge) TryPackWRONGPROBLEM() ([]byte, error) {
	return rewardJudge.abi.Pack("WRONG_PROBLEM")
}

// UnpackWRONGPROBLEM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb3ca610.
//
// Solidity: function WRONG_PROBLEM() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackWRONGPROBLEM(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("WRONG_PROBLEM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWRONGREWARD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05c8a9cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WRONG_REWARD() view returns(uint8)
func (rewardJudge *RewardJudge) PackWRONGREWARD() []byte {
	enc, err := rewardJudge.abi.Pack("WRONG_REWARD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWRONGREWARD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05c8a9cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WRONG_REWARD() view returns(uint8)
func (rewardJudge *RewardJudge) TryPackWRONGREWARD() ([]byte, error) {
	return rewardJudge.abi.Pack("WRONG_REWARD")
}

// UnpackWRONGREWARD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05c8a9cc.
//
// Solidity: function WRONG_REWARD() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackWRONGREWARD(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("WRONG_REWARD", data)
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
func (rewardJudge *RewardJudge) PackWRONGSHAPE() []byte {
	enc, err := rewardJudge.abi.Pack("WRONG_SHAPE")
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
func (rewardJudge *RewardJudge) TryPackWRONGSHAPE() ([]byte, error) {
	return rewardJudge.abi.Pack("WRONG_SHAPE")
}

// UnpackWRONGSHAPE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe754eb9.
//
// Solidity: function WRONG_SHAPE() view returns(uint8)
func (rewardJudge *RewardJudge) UnpackWRONGSHAPE(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("WRONG_SHAPE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b88bc8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judge(bytes config, bytes payload, bytes32 run, uint64 round) pure returns(uint8 verdict, uint256 detail)
func (rewardJudge *RewardJudge) PackJudge(config []byte, payload []byte, run [32]byte, round uint64) []byte {
	enc, err := rewardJudge.abi.Pack("judge", config, payload, run, round)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b88bc8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function judge(bytes config, bytes payload, bytes32 run, uint64 round) pure returns(uint8 verdict, uint256 detail)
func (rewardJudge *RewardJudge) TryPackJudge(config []byte, payload []byte, run [32]byte, round uint64) ([]byte, error) {
	return rewardJudge.abi.Pack("judge", config, payload, run, round)
}

// JudgeOutput serves as a container for the return parameters of contract
// method Judge.
type JudgeOutput struct {
	Verdict uint8
	Detail  *big.Int
}

// UnpackJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b88bc8b.
//
// Solidity: function judge(bytes config, bytes payload, bytes32 run, uint64 round) pure returns(uint8 verdict, uint256 detail)
func (rewardJudge *RewardJudge) UnpackJudge(data []byte) (JudgeOutput, error) {
	out, err := rewardJudge.abi.Unpack("judge", data)
	outstruct := new(JudgeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verdict = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Detail = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackJudgeStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0202d54b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function judgeStep((bytes32,uint64,uint32,uint32,bytes32,bytes32) x, bytes config, bytes payload, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt, bytes rewardsLeaf) pure returns(uint8)
func (rewardJudge *RewardJudge) PackJudgeStep(x StepContext, config []byte, payload []byte, groupRoot [32]byte, manifestAt Inclusion, rewardsLeaf []byte) []byte {
	enc, err := rewardJudge.abi.Pack("judgeStep", x, config, payload, groupRoot, manifestAt, rewardsLeaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJudgeStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0202d54b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function judgeStep((bytes32,uint64,uint32,uint32,bytes32,bytes32) x, bytes config, bytes payload, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt, bytes rewardsLeaf) pure returns(uint8)
func (rewardJudge *RewardJudge) TryPackJudgeStep(x StepContext, config []byte, payload []byte, groupRoot [32]byte, manifestAt Inclusion, rewardsLeaf []byte) ([]byte, error) {
	return rewardJudge.abi.Pack("judgeStep", x, config, payload, groupRoot, manifestAt, rewardsLeaf)
}

// UnpackJudgeStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0202d54b.
//
// Solidity: function judgeStep((bytes32,uint64,uint32,uint32,bytes32,bytes32) x, bytes config, bytes payload, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt, bytes rewardsLeaf) pure returns(uint8)
func (rewardJudge *RewardJudge) UnpackJudgeStep(data []byte) (uint8, error) {
	out, err := rewardJudge.abi.Unpack("judgeStep", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackProblemIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c0b59bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function problemIndex(bytes32 run, address author, uint64 round, uint256 j) pure returns(uint64)
func (rewardJudge *RewardJudge) PackProblemIndex(run [32]byte, author common.Address, round uint64, j *big.Int) []byte {
	enc, err := rewardJudge.abi.Pack("problemIndex", run, author, round, j)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProblemIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c0b59bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function problemIndex(bytes32 run, address author, uint64 round, uint256 j) pure returns(uint64)
func (rewardJudge *RewardJudge) TryPackProblemIndex(run [32]byte, author common.Address, round uint64, j *big.Int) ([]byte, error) {
	return rewardJudge.abi.Pack("problemIndex", run, author, round, j)
}

// UnpackProblemIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c0b59bf.
//
// Solidity: function problemIndex(bytes32 run, address author, uint64 round, uint256 j) pure returns(uint64)
func (rewardJudge *RewardJudge) UnpackProblemIndex(data []byte) (uint64, error) {
	out, err := rewardJudge.abi.Unpack("problemIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackReadConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83d8ccb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readConfig(bytes config) pure returns((uint8,uint256,uint64,uint256,uint256,uint256,uint256) c)
func (rewardJudge *RewardJudge) PackReadConfig(config []byte) []byte {
	enc, err := rewardJudge.abi.Pack("readConfig", config)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83d8ccb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readConfig(bytes config) pure returns((uint8,uint256,uint64,uint256,uint256,uint256,uint256) c)
func (rewardJudge *RewardJudge) TryPackReadConfig(config []byte) ([]byte, error) {
	return rewardJudge.abi.Pack("readConfig", config)
}

// UnpackReadConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83d8ccb2.
//
// Solidity: function readConfig(bytes config) pure returns((uint8,uint256,uint64,uint256,uint256,uint256,uint256) c)
func (rewardJudge *RewardJudge) UnpackReadConfig(data []byte) (RewardConfig, error) {
	out, err := rewardJudge.abi.Unpack("readConfig", data)
	if err != nil {
		return *new(RewardConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(RewardConfig)).(*RewardConfig)
	return out0, nil
}

// PackReadPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9429e68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readPayload(bytes payload) pure returns((bytes32,uint64,address,uint256,uint64,uint256[],uint256[],uint256[]) v, bool ok)
func (rewardJudge *RewardJudge) PackReadPayload(payload []byte) []byte {
	enc, err := rewardJudge.abi.Pack("readPayload", payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9429e68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readPayload(bytes payload) pure returns((bytes32,uint64,address,uint256,uint64,uint256[],uint256[],uint256[]) v, bool ok)
func (rewardJudge *RewardJudge) TryPackReadPayload(payload []byte) ([]byte, error) {
	return rewardJudge.abi.Pack("readPayload", payload)
}

// ReadPayloadOutput serves as a container for the return parameters of contract
// method ReadPayload.
type ReadPayloadOutput struct {
	V  PayloadView
	Ok bool
}

// UnpackReadPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9429e68.
//
// Solidity: function readPayload(bytes payload) pure returns((bytes32,uint64,address,uint256,uint64,uint256[],uint256[],uint256[]) v, bool ok)
func (rewardJudge *RewardJudge) UnpackReadPayload(data []byte) (ReadPayloadOutput, error) {
	out, err := rewardJudge.abi.Unpack("readPayload", data)
	outstruct := new(ReadPayloadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.V = *abi.ConvertType(out[0], new(PayloadView)).(*PayloadView)
	outstruct.Ok = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRewardsTensorRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6d92953.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardsTensorRoot(bytes payload) pure returns(bytes32)
func (rewardJudge *RewardJudge) PackRewardsTensorRoot(payload []byte) []byte {
	enc, err := rewardJudge.abi.Pack("rewardsTensorRoot", payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardsTensorRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6d92953.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardsTensorRoot(bytes payload) pure returns(bytes32)
func (rewardJudge *RewardJudge) TryPackRewardsTensorRoot(payload []byte) ([]byte, error) {
	return rewardJudge.abi.Pack("rewardsTensorRoot", payload)
}

// UnpackRewardsTensorRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6d92953.
//
// Solidity: function rewardsTensorRoot(bytes payload) pure returns(bytes32)
func (rewardJudge *RewardJudge) UnpackRewardsTensorRoot(data []byte) ([32]byte, error) {
	out, err := rewardJudge.abi.Unpack("rewardsTensorRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rewardJudge *RewardJudge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["AllHeldOut"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackAllHeldOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["BadInclusion"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackBadInclusionError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["BadLevel"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackBadLevelError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["ProofMismatch"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackProofMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardJudge.abi.Errors["RootMismatch"].ID.Bytes()[:4]) {
		return rewardJudge.UnpackRootMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardJudgeAllHeldOut represents a AllHeldOut error raised by the RewardJudge contract.
type RewardJudgeAllHeldOut struct {
	Family uint8
	Level  *big.Int
	Index  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllHeldOut(uint8 family, uint256 level, uint64 index)
func RewardJudgeAllHeldOutErrorID() common.Hash {
	return common.HexToHash("0x34dcd5437d1d59af19fac6aefb07a5be28a59e634c44af241a2332655f347df0")
}

// UnpackAllHeldOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllHeldOut(uint8 family, uint256 level, uint64 index)
func (rewardJudge *RewardJudge) UnpackAllHeldOutError(raw []byte) (*RewardJudgeAllHeldOut, error) {
	out := new(RewardJudgeAllHeldOut)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "AllHeldOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardJudgeBadConfig represents a BadConfig error raised by the RewardJudge contract.
type RewardJudgeBadConfig struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig(string why)
func RewardJudgeBadConfigErrorID() common.Hash {
	return common.HexToHash("0x73f0bbc07ef4f6808d4c9cd4e62733b9c8ebc9c5ce76b2278fbd8c321c2b523a")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig(string why)
func (rewardJudge *RewardJudge) UnpackBadConfigError(raw []byte) (*RewardJudgeBadConfig, error) {
	out := new(RewardJudgeBadConfig)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardJudgeBadInclusion represents a BadInclusion error raised by the RewardJudge contract.
type RewardJudgeBadInclusion struct {
	Index    uint32
	Count    uint32
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func RewardJudgeBadInclusionErrorID() common.Hash {
	return common.HexToHash("0x5260ae2c8fa9a39553ec25ab07fad74c127b6c32586ea2372e8e7827e0837ec1")
}

// UnpackBadInclusionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func (rewardJudge *RewardJudge) UnpackBadInclusionError(raw []byte) (*RewardJudgeBadInclusion, error) {
	out := new(RewardJudgeBadInclusion)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "BadInclusion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardJudgeBadIndex represents a BadIndex error raised by the RewardJudge contract.
type RewardJudgeBadIndex struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint64 index)
func RewardJudgeBadIndexErrorID() common.Hash {
	return common.HexToHash("0xbe4db7b986c33819771174078b80165a713d09c8a47a7ffc398c44af2e628d40")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint64 index)
func (rewardJudge *RewardJudge) UnpackBadIndexError(raw []byte) (*RewardJudgeBadIndex, error) {
	out := new(RewardJudgeBadIndex)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardJudgeBadLevel represents a BadLevel error raised by the RewardJudge contract.
type RewardJudgeBadLevel struct {
	Family uint8
	Level  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLevel(uint8 family, uint256 level)
func RewardJudgeBadLevelErrorID() common.Hash {
	return common.HexToHash("0x66ed240c38981040d45457b695bc4f95a667f8bd0678ff7e9cf9a2e9215102ff")
}

// UnpackBadLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLevel(uint8 family, uint256 level)
func (rewardJudge *RewardJudge) UnpackBadLevelError(raw []byte) (*RewardJudgeBadLevel, error) {
	out := new(RewardJudgeBadLevel)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "BadLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardJudgeProofMismatch represents a ProofMismatch error raised by the RewardJudge contract.
type RewardJudgeProofMismatch struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofMismatch(string what)
func RewardJudgeProofMismatchErrorID() common.Hash {
	return common.HexToHash("0xb58fd4ec915589fd750f937d6d35d2123bae56338cf1f28e3f531b52a712ebd3")
}

// UnpackProofMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofMismatch(string what)
func (rewardJudge *RewardJudge) UnpackProofMismatchError(raw []byte) (*RewardJudgeProofMismatch, error) {
	out := new(RewardJudgeProofMismatch)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "ProofMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardJudgeRootMismatch represents a RootMismatch error raised by the RewardJudge contract.
type RewardJudgeRootMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func RewardJudgeRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x7c532e315ae44175632b08431616cac0c7d7f63f348512c4dea8994607e49783")
}

// UnpackRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func (rewardJudge *RewardJudge) UnpackRootMismatchError(raw []byte) (*RewardJudgeRootMismatch, error) {
	out := new(RewardJudgeRootMismatch)
	if err := rewardJudge.abi.UnpackIntoInterface(out, "RootMismatch", raw); err != nil {
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

// TasksHarnessMetaData contains all meta data concerning the TasksHarness contract.
var TasksHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"family\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"AllHeldOut\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"family\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"}],\"name\":\"BadLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"run\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"peer\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"purpose\",\"type\":\"uint64\"}],\"name\":\"newStream\",\"outputs\":[{\"internalType\":\"uint32[4]\",\"name\":\"out\",\"type\":\"uint32[4]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"ins\",\"type\":\"uint32[]\"}],\"name\":\"philox\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"f\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"level\",\"type\":\"uint256\"},{\"internalType\":\"uint64[]\",\"name\":\"indexes\",\"type\":\"uint64[]\"},{\"internalType\":\"bool\",\"name\":\"train\",\"type\":\"bool\"}],\"name\":\"problems\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"prompts\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"answers\",\"type\":\"bytes[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"family\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"prompts\",\"type\":\"bytes[]\"}],\"name\":\"promptHashes\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"out\",\"type\":\"uint64[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"f\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"answer\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"completions\",\"type\":\"bytes[]\"},{\"internalType\":\"uint32\",\"name\":\"w\",\"type\":\"uint32\"}],\"name\":\"rewards\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "TasksHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506125388061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806333b528b214610059578063721b7cfe14610082578063a6c94861146100a2578063b3c9d362146100c2578063d4233f0f146100d5575b5f5ffd5b61006c610067366004611d39565b6100f6565b6040516100799190611d8a565b60405180910390f35b610095610090366004611e07565b610154565b6040516100799190611e45565b6100b56100b0366004611eca565b6103b7565b6040516100799190611f34565b6100956100d0366004611f97565b6104da565b6100e86100e3366004612024565b61060b565b60405161007992919061211d565b6100fe611ce6565b5f61010b86868686610770565b60408051608081018252825163ffffffff908116825260208085015182169083015283830151811692820192909252606092830151909116918101919091529695505050505050565b60605f610162600684612172565b905061016f816004612185565b6001600160401b038111156101865761018661219c565b6040519080825280602002602001820160405280156101af578160200160208202803683370190505b5091505f5b818110156103af575f61034686866101cd856006612185565b8181106101dc576101dc6121b0565b90506020020160208101906101f191906121c4565b63ffffffff168787610204866006612185565b61020f9060016121dd565b81811061021e5761021e6121b0565b905060200201602081019061023391906121c4565b63ffffffff168888610246876006612185565b6102519060026121dd565b818110610260576102606121b0565b905060200201602081019061027591906121c4565b63ffffffff168989610288886006612185565b6102939060036121dd565b8181106102a2576102a26121b0565b90506020020160208101906102b791906121c4565b63ffffffff168a8a6102ca896006612185565b6102d59060046121dd565b8181106102e4576102e46121b0565b90506020020160208101906102f991906121c4565b63ffffffff168b8b61030c8a6006612185565b6103179060056121dd565b818110610326576103266121b0565b905060200201602081019061033b91906121c4565b63ffffffff16610825565b90505f5b60048110156103a55761035e816020612185565b82901c858261036e866004612185565b61037891906121dd565b81518110610388576103886121b0565b63ffffffff9092166020928302919091019091015260010161034a565b50506001016101b4565b505092915050565b6060816001600160401b038111156103d1576103d161219c565b6040519080825280602002602001820160405280156103fa578160200160208202803683370190505b5090505f5b828110156104d15761049f86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250889250879150859050818110610454576104546121b0565b905060200281019061046691906121f0565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506108ab92505050565b8282815181106104b1576104b16121b0565b6001600160401b03909216602092830291909101909101526001016103ff565b50949350505050565b6060826001600160401b038111156104f4576104f461219c565b60405190808252806020026020018201604052801561051d578160200160208202803683370190505b5090505f5b83811015610600575f85858381811061053d5761053d6121b0565b905060200281019061054f91906121f0565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8d018190048102820181019092528b81529394506105d0938d935091508b908b90819084018382808284375f9201829052508751889450909250905063ffffffff8a16610968565b8383815181106105e2576105e26121b0565b63ffffffff9092166020928302919091019091015250600101610522565b509695505050505050565b606080836001600160401b038111156106265761062661219c565b60405190808252806020026020018201604052801561065957816020015b60608152602001906001900390816106445790505b509150836001600160401b038111156106745761067461219c565b6040519080825280602002602001820160405280156106a757816020015b60608152602001906001900390816106925790505b5090505f5b8481101561076457836106f0576106eb8989898989868181106106d1576106d16121b0565b90506020020160208101906106e69190612232565b6109dc565b610722565b610722898989898986818110610708576107086121b0565b905060200201602081019061071d9190612232565b610fc7565b848381518110610734576107346121b0565b6020026020010184848151811061074d5761074d6121b0565b6020908102919091010191909152526001016106ac565b50965096945050505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f6107bf63ffffffff86811690602088811c8216918781169188811c8216918c8116918d901c16610825565b90505f6107f063ffffffff86811690602088811c8216918087169187901c811690604088901c16606088901c610825565b63ffffffff8082168552602082811c821690860152604082811c821690860152606091821c1690840152509095945050505050565b5f805b600a81101561088f5780156108565763ffffffff639e3779b9850116935063ffffffff63bb67ae8584011692505b63cd9e8d57909502602081811c90971884189763ffffffff9182169763d2511f539091029081901c909518831895941693600101610828565b5050505060601b60409190911b60209290921b92909217171790565b67cbf29ce484222325650100000001b35f5b84518110156108f257818582815181106108d9576108d96121b0565b016020015160f81c9390931892909202916001016108bd565b50908102905f5b835181101561092e5781848281518110610915576109156121b0565b016020015160f81c9390931892909202916001016108f9565b5050602181811c637fffffff90811690921867ff51afd7ed558ccd0280821c83161867c4ceb9fe1a85ec53029081901c9091161892915050565b5f5f5f6109768787876110ae565b915091505f6109848a61117b565b90505f6109a4898985878e511061099b578761099e565b8d515b866111a3565b90505f5f6109b48c84888761135f565b915091506109cb826109c68a8461148a565b61158f565b9d9c50505050505050505050505050565b60608060018410806109f557506109f28661173d565b84115b15610a24576040516319bb490360e21b815260ff87166004820152602481018590526044015b60405180910390fd5b5f610a328686866001610770565b905060ff8716610ab9575f610a4886600a61232e565b90505f610a56835f8461179b565b90505f610a658460018561179b565b9050610a70826117c4565b610a79826117c4565b604051602001610a8a929190612350565b60408051601f19818403018152919052610aac610aa783856121dd565b6117c4565b9550955050505050610fbe565b60021960ff881601610b76575f610ad186600a61232e565b90505f610adf835f8461179b565b90505f610aee8460018561179b565b90505f610b06856002610b018188612382565b61179b565b610b119060026121dd565b9050610b1c836117c4565b610b25836117c4565b610b2e836117c4565b604051602001610b4093929190612395565b60408051601f19818403018152919052610b6882610b5e8587612185565b610aa791906123de565b965096505050505050610fbe565b60031960ff881601610cb0575f610b8e86600a61232e565b90505f610b9d835f600361179b565b90505f610bac8460018561179b565b90505f610bbb8560028661179b565b90505f5f828411610bcd578284610bd0565b83835b91509150845f03610c2a57610be4836117c4565b610bf1610aa785876121dd565b604051602001610c029291906123f1565b604051602081830303815290604052610c1a856117c4565b9850985050505050505050610fbe565b84600103610c7157610c3b816117c4565b610c48610aa78385612382565b604051602001610c59929190612430565b604051602081830303815290604052610c1a836117c4565b610c7a826117c4565b610c87610aa78385612382565b604051602001610c98929190612446565b604051602081830303815290604052610c1a826117c4565b5f1960ff881601610e76575f856001600160401b03811115610cd457610cd461219c565b6040519080825280601f01601f191660200182016040528015610cfe576020820181803683370190505b509050610d09611d04565b5f5b87811015610d86575f610d208583600a61179b565b9050610d2d8160306121dd565b60f81b848381518110610d4257610d426121b0565b60200101906001600160f81b03191690815f1a9053508281600a8110610d6a57610d6a6121b0565b60200201805190610d7a82612467565b90525050600101610d0b565b50866001600160401b03811115610d9f57610d9f61219c565b6040519080825280601f01601f191660200182016040528015610dc9576020820181803683370190505b5093505f805b600a811015610e4a575f5b8382600a8110610dec57610dec6121b0565b6020020151811015610e4157610e038260306121dd565b60f81b8784610e1181612467565b955081518110610e2357610e236121b0565b60200101906001600160f81b03191690815f1a905350600101610dda565b50600101610dcf565b5082604051602001610e5c919061247f565b604051602081830303815290604052955050505050610fbe565b5f856001600160401b03811115610e8f57610e8f61219c565b6040519080825280601f01601f191660200182016040528015610eb9576020820181803683370190505b509050856001600160401b03811115610ed457610ed461219c565b6040519080825280601f01601f191660200182016040528015610efe576020820181803683370190505b5092505f5b86811015610f98575f610f188483601a61179b565b610f239060616121dd565b60f81b905080838381518110610f3b57610f3b6121b0565b60200101906001600160f81b03191690815f1a905350808583610f5f60018c612382565b610f699190612382565b81518110610f7957610f796121b0565b60200101906001600160f81b03191690815f1a90535050600101610f03565b5080604051602001610faa91906124a9565b604051602081830303815290604052935050505b94509492505050565b60608066800000000000006001600160401b038416106110055760405163be4db7b960e01b81526001600160401b0384166004820152602401610a1b565b5f61100f876118ac565b90505f5b610100816001600160401b03161015611079576110418888888460088a6001600160401b0316901b176109dc565b9094509250600a61105283866108ab565b61105c91906124c1565b6001600160401b031615611071575050610fbe565b600101611013565b506040516334dcd54360e01b815260ff88166004820152602481018690526001600160401b0385166044820152606401610a1b565b5f8284018281018581039160208781019291810191017f80808080808080808080808080808080808080808080808080808080808080807f03030303030303030303030303030303030303030303030303030303030303035b8284101561116e5782602085011161113b57835182811983830316166111395760208801975060208501945050611107565b505b83515f1a600281036111525785850396505061116e565b6001811115611162576001880197505b50600184019350611107565b5050505050935093915050565b5f60ff8216158061118f575060ff82166003145b8061119d575060ff82166004145b92915050565b6060826001600160401b038111156111bd576111bd61219c565b6040519080825280601f01601f1916602001820160405280156111e7576020820181803683370190505b5090505f6040518060600160405280603481526020016125046034913990505f80846112135787611215565b865b90505b85821015611353575f85156112535789611231836124ee565b92508281518110611244576112446121b0565b016020015160f81c905061127b565b898261125e81612467565b935081518110611270576112706121b0565b016020015160f81c90505b600181116112895750611218565b5f603782106112a0576001600160f81b03196112cc565b846112ac600384612382565b815181106112bc576112bc6121b0565b01602001516001600160f81b0319165b90508615611317578086856112e260018c612382565b6112ec9190612382565b815181106112fc576112fc6121b0565b60200101906001600160f81b03191690815f1a905350611341565b8086858151811061132a5761132a6121b0565b60200101906001600160f81b03191690815f1a9053505b61134a84612467565b93505050611218565b50505095945050505050565b835183515f91829182805b82811015611413575f5f886113805782836113ac565b8261138c600188612382565b6113969190612382565b836113a2600188612382565b6113ac9190612382565b915091508a81815181106113c2576113c26121b0565b602001015160f81c60f81b6001600160f81b0319168c83815181106113e9576113e96121b0565b01602001516001600160f81b031916036114095761140684612467565b93505b505060010161136a565b50868314801561142257508281145b1561143957633f8000008094509450505050610fbe565b5f8784116114475787611449565b835b90506114656114578361197b565b6114608361197b565b6119d9565b9450633f800000851061147a57633f7fffff94505b5f95505050505094509492505050565b5f637fffffff838116908316838518638000000016637f8000008311806114b45750637f80000082115b156114c857637fc00000935050505061119d565b637f8000008314806114dd5750637f80000082145b15611511578215806114ed575081155b1561150157637fc00000935050505061119d565b637f80000017925061119d915050565b82158061151c575081155b1561152b57925061119d915050565b627fffff8084169390831692601791821c911c5f82900361154f5760019150611558565b62800000851794505b805f0361156757506001611570565b62800000841793505b6115838361012c83850103868802611b22565b98975050505050505050565b5f637fffffff838116908316637f800000821015806115b25750637f8000008110155b1561162757637f8000008211806115cc5750637f80000081115b156115df57637fc000009250505061119d565b637f800000821480156115f55750637f80000081145b156116165783851461160b57637fc0000061160d565b845b9250505061119d565b637f800000821461160b578361160d565b805f0361164557811561163a578461160d565b50505081811661119d565b815f0361165657839250505061119d565b8082101561166357929392905b627fffff8083169290821691601791821c911c5f8290036116875760019150611690565b62800000841793505b805f0361169f575060016116a8565b62800000831792505b600893841b939290921b9180820360288111156116c857600193506116e9565b80156116e95783811c935f196001831b011680156116e7576001851794505b505b5f6380000000888a18165f03611702575084840161171c565b8486039050805f0361171c575f965050505050505061119d565b61173063800000008a16609e860383611b22565b9998505050505050505050565b5f60ff82161580611751575060ff82166004145b1561175e57506006919050565b60ff821660011480611773575060ff82166002145b1561178057506008919050565b60021960ff83160161179457506004919050565b505f919050565b5f816117a78585611be0565b6001600160401b03166117ba91906123de565b90505b9392505050565b60606001825b600a81106117ef576117db82612467565b91506117e8600a82612172565b90506117ca565b50806001600160401b038111156118085761180861219c565b6040519080825280601f01601f191660200182016040528015611832576020820181803683370190505b509150805b80156118a557611848600a856123de565b6118539060306121dd565b60f81b83611862600184612382565b81518110611872576118726121b0565b60200101906001600160f81b03191690815f1a905350611893600a85612172565b935061189e816124ee565b9050611837565b5050919050565b606060ff82166118d557505060408051808201909152600381526218591960ea1b602082015290565b5f1960ff8316016119005750506040805180820190915260048152631cdbdc9d60e21b602082015290565b60011960ff83160161192f5750506040805180820190915260078152667265766572736560c81b602082015290565b60021960ff83160161195a5750506040805180820190915260038152621b5bd960ea1b602082015290565b5050604080518082019091526005815264736f6c766560d81b602082015290565b5f815f0361198a57505f919050565b5f5b6119978160016121dd565b83901c156119af576119a881612467565b905061198c565b6119ba816017612382565b83901b627fffff1660176119cf83607f6121dd565b901b179392505050565b5f637fffffff838116908316838518638000000016637f800000831180611a035750637f80000082115b15611a1757637fc00000935050505061119d565b637f8000008303611a4957637f8000008214611a3957637f8000008117611a3f565b637fc000005b935050505061119d565b637f8000008203611a5e57925061119d915050565b815f03611a77578215611a3957637f8000008117611a3f565b825f03611a8857925061119d915050565b627fffff8084169390831692601791821c911c5f829003611aac5760019150611ab5565b62800000851794505b805f03611ac457506001611acd565b62800000841793505b604085901b5f858281611ae257611ae261214a565b049050600181901b868381611af957611af961214a565b0615611b03576001175b611b138660418688030383611b22565b9b9a5050505050505050505050565b5f5f611b2d83611beb565b905060171984820101609419811215611b4557506094195b5f858213611b59575080850384901b611bad565b85820360a0811115611b6d575f9150611bab565b85811c91505f19600180831b820188169183011b80821180611b9c57508082148015611b9c5750836001166001145b15611ba8576001840193505b50505b505b6095820160171b8101637f8000008110611bd357637f80000088179450505050506117bd565b9096179695505050505050565b5f6117bd8383611c8b565b5f608082901c15611bfe57608091821c91015b604082901c15611c1057604091821c91015b602082901c15611c2257602091821c91015b601082901c15611c3457601091821c91015b600882901c15611c4657600891821c91015b600482901c15611c5857600491821c91015b600282901c15611c6a57600291821c91015b600182901c15611c7c57600191821c91015b8115611c86576001015b919050565b5f6117bd63ffffffff836001600160401b0316166020846001600160401b0316901c6001600160401b0316856040015163ffffffff16866060015163ffffffff16875f015163ffffffff16886020015163ffffffff16610825565b60405180608001604052806004906020820280368337509192915050565b604051806101400160405280600a906020820280368337509192915050565b80356001600160401b0381168114611c86575f5ffd5b5f5f5f5f60808587031215611d4c575f5ffd5b611d5585611d23565b9350611d6360208601611d23565b9250611d7160408601611d23565b9150611d7f60608601611d23565b905092959194509250565b6080810181835f5b6004811015611db757815163ffffffff16835260209283019290910190600101611d92565b50505092915050565b5f5f83601f840112611dd0575f5ffd5b5081356001600160401b03811115611de6575f5ffd5b6020830191508360208260051b8501011115611e00575f5ffd5b9250929050565b5f5f60208385031215611e18575f5ffd5b82356001600160401b03811115611e2d575f5ffd5b611e3985828601611dc0565b90969095509350505050565b602080825282518282018190525f918401906040840190835b81811015611e8257835163ffffffff16835260209384019390920191600101611e5e565b509095945050505050565b5f5f83601f840112611e9d575f5ffd5b5081356001600160401b03811115611eb3575f5ffd5b602083019150836020828501011115611e00575f5ffd5b5f5f5f5f60408587031215611edd575f5ffd5b84356001600160401b03811115611ef2575f5ffd5b611efe87828801611e8d565b90955093505060208501356001600160401b03811115611f1c575f5ffd5b611f2887828801611dc0565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015611e825783516001600160401b0316835260209384019390920191600101611f4d565b803560ff81168114611c86575f5ffd5b803563ffffffff81168114611c86575f5ffd5b5f5f5f5f5f5f60808789031215611fac575f5ffd5b611fb587611f74565b955060208701356001600160401b03811115611fcf575f5ffd5b611fdb89828a01611e8d565b90965094505060408701356001600160401b03811115611ff9575f5ffd5b61200589828a01611dc0565b9094509250612018905060608801611f84565b90509295509295509295565b5f5f5f5f5f5f60a08789031215612039575f5ffd5b61204287611f74565b955061205060208801611d23565b94506040870135935060608701356001600160401b03811115612071575f5ffd5b61207d89828a01611dc0565b90945092505060808701358015158114612095575f5ffd5b809150509295509295509295565b5f82825180855260208501945060208160051b830101602085015f5b8381101561211157601f19858403018852815180518085528060208301602087015e5f602082870101526020601f19601f830116860101945050506020820191506020880197506001810190506120bf565b50909695505050505050565b604081525f61212f60408301856120a3565b828103602084015261214181856120a3565b95945050505050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826121805761218061214a565b500490565b808202811582820484141761119d5761119d61215e565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156121d4575f5ffd5b6117bd82611f84565b8082018082111561119d5761119d61215e565b5f5f8335601e19843603018112612205575f5ffd5b8301803591506001600160401b0382111561221e575f5ffd5b602001915036819003821315611e00575f5ffd5b5f60208284031215612242575f5ffd5b6117bd82611d23565b6001815b60018411156122865780850481111561226a5761226a61215e565b600184161561227857908102905b60019390931c92800261224f565b935093915050565b5f8261229c5750600161119d565b816122a857505f61119d565b81600181146122be57600281146122c8576122e4565b600191505061119d565b60ff8411156122d9576122d961215e565b50506001821b61119d565b5060208310610133831016604e8410600b8410161715612307575081810a61119d565b6123135f19848461224b565b805f19048211156123265761232661215e565b029392505050565b5f6117bd838361228e565b5f81518060208401855e5f93019283525090919050565b5f61235b8285612339565b602b60f81b815261236f6001820185612339565b603d60f81b815260010195945050505050565b8181038181111561119d5761119d61215e565b5f6123a08286612339565b601560f91b81526123b46001820186612339565b9050602560f81b81526123ca6001820185612339565b603d60f81b81526001019695505050505050565b5f826123ec576123ec61214a565b500690565b61782b60f01b81525f6124076002830185612339565b603d60f81b815261241b6001820185612339565b622c783d60e81b815260030195945050505050565b61782d60f01b81525f6124076002830185612339565b5f6124518285612339565b622d783d60e81b815261241b6003820185612339565b5f600182016124785761247861215e565b5060010190565b6439b7b93a1d60d91b81525f6124986005830184612339565b603d60f81b81526001019392505050565b633932bb1d60e11b81525f6124986004830184612339565b5f6001600160401b038316806124d9576124d961214a565b806001600160401b0384160691505092915050565b5f816124fc576124fc61215e565b505f19019056fe303132333435363738396162636465666768696a6b6c6d6e6f707172737475767778797a202b2d2a3d252c3f3a28293c3e7c2e2f",
}

// TasksHarness is an auto generated Go binding around an Ethereum contract.
type TasksHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TasksHarness) GetABI() abi.ABI {
	return c.abi
}

// NewTasksHarness creates a new instance of TasksHarness.
func NewTasksHarness() *TasksHarness {
	parsed, err := TasksHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TasksHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TasksHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackNewStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33b528b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function newStream(uint64 run, uint64 round, uint64 peer, uint64 purpose) pure returns(uint32[4] out)
func (tasksHarness *TasksHarness) PackNewStream(run uint64, round uint64, peer uint64, purpose uint64) []byte {
	enc, err := tasksHarness.abi.Pack("newStream", run, round, peer, purpose)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNewStream is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33b528b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function newStream(uint64 run, uint64 round, uint64 peer, uint64 purpose) pure returns(uint32[4] out)
func (tasksHarness *TasksHarness) TryPackNewStream(run uint64, round uint64, peer uint64, purpose uint64) ([]byte, error) {
	return tasksHarness.abi.Pack("newStream", run, round, peer, purpose)
}

// UnpackNewStream is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33b528b2.
//
// Solidity: function newStream(uint64 run, uint64 round, uint64 peer, uint64 purpose) pure returns(uint32[4] out)
func (tasksHarness *TasksHarness) UnpackNewStream(data []byte) ([4]uint32, error) {
	out, err := tasksHarness.abi.Unpack("newStream", data)
	if err != nil {
		return *new([4]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([4]uint32)).(*[4]uint32)
	return out0, nil
}

// PackPhilox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x721b7cfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function philox(uint32[] ins) pure returns(uint32[] out)
func (tasksHarness *TasksHarness) PackPhilox(ins []uint32) []byte {
	enc, err := tasksHarness.abi.Pack("philox", ins)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPhilox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x721b7cfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function philox(uint32[] ins) pure returns(uint32[] out)
func (tasksHarness *TasksHarness) TryPackPhilox(ins []uint32) ([]byte, error) {
	return tasksHarness.abi.Pack("philox", ins)
}

// UnpackPhilox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x721b7cfe.
//
// Solidity: function philox(uint32[] ins) pure returns(uint32[] out)
func (tasksHarness *TasksHarness) UnpackPhilox(data []byte) ([]uint32, error) {
	out, err := tasksHarness.abi.Unpack("philox", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackProblems is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4233f0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function problems(uint8 f, uint64 seed, uint256 level, uint64[] indexes, bool train) pure returns(bytes[] prompts, bytes[] answers)
func (tasksHarness *TasksHarness) PackProblems(f uint8, seed uint64, level *big.Int, indexes []uint64, train bool) []byte {
	enc, err := tasksHarness.abi.Pack("problems", f, seed, level, indexes, train)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProblems is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4233f0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function problems(uint8 f, uint64 seed, uint256 level, uint64[] indexes, bool train) pure returns(bytes[] prompts, bytes[] answers)
func (tasksHarness *TasksHarness) TryPackProblems(f uint8, seed uint64, level *big.Int, indexes []uint64, train bool) ([]byte, error) {
	return tasksHarness.abi.Pack("problems", f, seed, level, indexes, train)
}

// ProblemsOutput serves as a container for the return parameters of contract
// method Problems.
type ProblemsOutput struct {
	Prompts [][]byte
	Answers [][]byte
}

// UnpackProblems is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4233f0f.
//
// Solidity: function problems(uint8 f, uint64 seed, uint256 level, uint64[] indexes, bool train) pure returns(bytes[] prompts, bytes[] answers)
func (tasksHarness *TasksHarness) UnpackProblems(data []byte) (ProblemsOutput, error) {
	out, err := tasksHarness.abi.Unpack("problems", data)
	outstruct := new(ProblemsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Prompts = *abi.ConvertType(out[0], new([][]byte)).(*[][]byte)
	outstruct.Answers = *abi.ConvertType(out[1], new([][]byte)).(*[][]byte)
	return *outstruct, nil
}

// PackPromptHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c94861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function promptHashes(bytes family, bytes[] prompts) pure returns(uint64[] out)
func (tasksHarness *TasksHarness) PackPromptHashes(family []byte, prompts [][]byte) []byte {
	enc, err := tasksHarness.abi.Pack("promptHashes", family, prompts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPromptHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6c94861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function promptHashes(bytes family, bytes[] prompts) pure returns(uint64[] out)
func (tasksHarness *TasksHarness) TryPackPromptHashes(family []byte, prompts [][]byte) ([]byte, error) {
	return tasksHarness.abi.Pack("promptHashes", family, prompts)
}

// UnpackPromptHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6c94861.
//
// Solidity: function promptHashes(bytes family, bytes[] prompts) pure returns(uint64[] out)
func (tasksHarness *TasksHarness) UnpackPromptHashes(data []byte) ([]uint64, error) {
	out, err := tasksHarness.abi.Unpack("promptHashes", data)
	if err != nil {
		return *new([]uint64), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	return out0, nil
}

// PackRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3c9d362.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewards(uint8 f, bytes answer, bytes[] completions, uint32 w) pure returns(uint32[] out)
func (tasksHarness *TasksHarness) PackRewards(f uint8, answer []byte, completions [][]byte, w uint32) []byte {
	enc, err := tasksHarness.abi.Pack("rewards", f, answer, completions, w)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3c9d362.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewards(uint8 f, bytes answer, bytes[] completions, uint32 w) pure returns(uint32[] out)
func (tasksHarness *TasksHarness) TryPackRewards(f uint8, answer []byte, completions [][]byte, w uint32) ([]byte, error) {
	return tasksHarness.abi.Pack("rewards", f, answer, completions, w)
}

// UnpackRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3c9d362.
//
// Solidity: function rewards(uint8 f, bytes answer, bytes[] completions, uint32 w) pure returns(uint32[] out)
func (tasksHarness *TasksHarness) UnpackRewards(data []byte) ([]uint32, error) {
	out, err := tasksHarness.abi.Unpack("rewards", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (tasksHarness *TasksHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tasksHarness.abi.Errors["AllHeldOut"].ID.Bytes()[:4]) {
		return tasksHarness.UnpackAllHeldOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], tasksHarness.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return tasksHarness.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], tasksHarness.abi.Errors["BadLevel"].ID.Bytes()[:4]) {
		return tasksHarness.UnpackBadLevelError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TasksHarnessAllHeldOut represents a AllHeldOut error raised by the TasksHarness contract.
type TasksHarnessAllHeldOut struct {
	Family uint8
	Level  *big.Int
	Index  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllHeldOut(uint8 family, uint256 level, uint64 index)
func TasksHarnessAllHeldOutErrorID() common.Hash {
	return common.HexToHash("0x34dcd5437d1d59af19fac6aefb07a5be28a59e634c44af241a2332655f347df0")
}

// UnpackAllHeldOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllHeldOut(uint8 family, uint256 level, uint64 index)
func (tasksHarness *TasksHarness) UnpackAllHeldOutError(raw []byte) (*TasksHarnessAllHeldOut, error) {
	out := new(TasksHarnessAllHeldOut)
	if err := tasksHarness.abi.UnpackIntoInterface(out, "AllHeldOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TasksHarnessBadIndex represents a BadIndex error raised by the TasksHarness contract.
type TasksHarnessBadIndex struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint64 index)
func TasksHarnessBadIndexErrorID() common.Hash {
	return common.HexToHash("0xbe4db7b986c33819771174078b80165a713d09c8a47a7ffc398c44af2e628d40")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint64 index)
func (tasksHarness *TasksHarness) UnpackBadIndexError(raw []byte) (*TasksHarnessBadIndex, error) {
	out := new(TasksHarnessBadIndex)
	if err := tasksHarness.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TasksHarnessBadLevel represents a BadLevel error raised by the TasksHarness contract.
type TasksHarnessBadLevel struct {
	Family uint8
	Level  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLevel(uint8 family, uint256 level)
func TasksHarnessBadLevelErrorID() common.Hash {
	return common.HexToHash("0x66ed240c38981040d45457b695bc4f95a667f8bd0678ff7e9cf9a2e9215102ff")
}

// UnpackBadLevelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLevel(uint8 family, uint256 level)
func (tasksHarness *TasksHarness) UnpackBadLevelError(raw []byte) (*TasksHarnessBadLevel, error) {
	out := new(TasksHarnessBadLevel)
	if err := tasksHarness.abi.UnpackIntoInterface(out, "BadLevel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsMetaData contains all meta data concerning the Verdicts contract.
var VerdictsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"judge\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"siblings\",\"type\":\"uint256\"}],\"name\":\"BadInclusion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"BeaconNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"BeaconPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"name\":\"NoSuchStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAVoter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"RootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"RoundNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepNotPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"StepOutputsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"VerdictMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VerifyWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"}],\"name\":\"BeaconFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ContributionAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Joined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Left\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"ModelVoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structRunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"steps\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"gradNames\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"gradRoots\",\"type\":\"bytes32[]\"}],\"name\":\"StepOutputsPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StepPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VerifierPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inSet\",\"type\":\"tuple\"}],\"internalType\":\"structNamedProof\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"payloadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"groupRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"manifestAt\",\"type\":\"tuple\"}],\"name\":\"convictExternal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sources\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"param\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepOutput\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"stepAt\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inSet\",\"type\":\"tuple\"}],\"internalType\":\"structNamedProof\",\"name\":\"grad\",\"type\":\"tuple\"}],\"name\":\"convictOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structShapeProof[]\",\"name\":\"shapes\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonLeaf\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"skeletonAt\",\"type\":\"tuple\"}],\"name\":\"convictProgram\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"config\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"groupRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"manifestAt\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"rewardsLeaf\",\"type\":\"bytes\"}],\"name\":\"convictReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"param\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"stepOutputs\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inSet\",\"type\":\"tuple\"}],\"internalType\":\"structNamedProof[]\",\"name\":\"grads\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"gradSlices\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inSet\",\"type\":\"tuple\"}],\"internalType\":\"structNamedProof\",\"name\":\"update\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"updateSlice\",\"type\":\"tuple\"}],\"internalType\":\"structUpdateProof\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"convictUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardJudge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Verdicts",
	Bin: "0x60c060405230608052348015610013575f5ffd5b5060405161413d38038061413d83398101604081905261003291610092565b6001600160a01b038116610081576040516387a33b2760e01b81526020600482015260116024820152707a65726f20726577617264206a7564676560781b604482015260640160405180910390fd5b6001600160a01b031660a0526100bf565b5f602082840312156100a2575f5ffd5b81516001600160a01b03811681146100b8575f5ffd5b9392505050565b60805160a0516140576100e65f395f818160ca015261125801525f61133501526140575ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806337601f5f1461006457806350d8cb6d1461007957806367268cbc1461008c578063a86fc02a1461009f578063a954e3cf146100b2578063ffd18936146100c5575b5f5ffd5b6100776100723660046134de565b610108565b005b610077610087366004613608565b6105d6565b61007761009a3660046136e5565b6109f0565b6100776100ad36600461373f565b610e4d565b6100776100c03660046137f8565b61111f565b6100ec7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b5f61011487600161132a565b9050610140610128600d60f91b8585611473565b82545f90815260046020526040902060030154611647565b6002810154600160e01b900463ffffffff1661016260408401602085016138d1565b63ffffffff161461017f576101798782600a611675565b506105ce565b61018986806138ea565b90505f0361019b576101798782611685565b5f6101a68288611691565b90506101b860408401602085016138d1565b63ffffffff166101cb602089018961392c565b6101dc9060408101906020016138d1565b63ffffffff16146101fa576101f38883600a611675565b50506105ce565b61020760208401846138d1565b63ffffffff1661021a602089018961392c565b6102289060208101906138d1565b63ffffffff161461028057876040516339b0963f60e11b8152600401610277918152604060208201819052600f908201526e3932b1b7b932103837b9b4ba34b7b760891b606082015260800190565b60405180910390fd5b806080015151816060015151610296919061395e565b85146102dc57876040516339b0963f60e11b8152600401610277918152604060208201819052600b908201526a1cda185c194818dbdd5b9d60aa1b606082015260800190565b602081810151604080840151518151601960f81b9481019490945260f09290921b6001600160f01b03191660218401526001600160f81b031960f89290921b91909116602383015280516004818403018152602490920190525f5b82604001515181101561038e57818360400151828151811061035b5761035b613971565b602002602001015160405160200161037492919061399c565b60408051601f198184030181529190529150600101610337565b506060820151516040516103a69183916020016139c3565b60408051601f1981840301815291905290505f5b82606001515181101561050057826060015181815181106103dd576103dd613971565b60200260200101515f015160ff165f1461043c578160018460600151838151811061040a5761040a613971565b602002602001015160600151604051602001610428939291906139ea565b6040516020818303038152906040526104a5565b815f8460600151838151811061045457610454613971565b6020026020010151602001518560600151848151811061047657610476613971565b6020026020010151604001516040516020016104959493929190613a16565b6040516020818303038152906040525b91506104f6828989848181106104bd576104bd613971565b90506020028101906104cf9190613a5f565b856060015184815181106104e5576104e5613971565b602002602001015160800151611744565b91506001016103ba565b506080820151516040516105189183916020016139c3565b60408051601f1981840301815291905290505f5b82608001515181101561059e5761059482898984876060015151610550919061395e565b81811061055f5761055f613971565b90506020028101906105719190613a5f565b8560800151848151811061058757610587613971565b6020026020010151611744565b915060010161052c565b508051602082012085146105c0576105b88984600a611675565b5050506105ce565b6105ca8984611685565b5050505b505050505050565b5f6105e289600161132a565b90506105ef600587613a87565b15158061063d575080545f9081526004602090815260409182902060050154915161062491601b60f81b918b918b9101613a9a565b6040516020818303038152906040528051906020012014155b1561067e57886040516339b0963f60e11b815260040161027791815260406020820181905260079082015266736f757263657360c81b606082015260800190565b5f61068a600588613abd565b9050808663ffffffff16106106d757896040516339b0963f60e11b8152600401610277918152604060208201819052600990820152683830b930b6b2ba32b960b91b606082015260800190565b5f88886106e5896005613ad0565b63ffffffff16906106f78a6005613ad0565b610702906004613aef565b63ffffffff169261071593929190613b0b565b61071e91613b32565b60e01c90505f89896107318a6005613ad0565b61073c906004613aef565b63ffffffff1681811061075157610751613971565b919091013560f81c91505f9050610768858d611691565b905063ffffffff831661077e60208e018e61392c565b61078c9060208101906138d1565b63ffffffff161415806107a757508060800151518260ff1610155b156107f0578c6040516339b0963f60e11b8152600401610277918152604060208201819052600f908201526e3932b1b7b932103837b9b4ba34b7b760891b606082015260800190565b84545f90815260076020908152604080832060018901546001600160401b0381168552908352818420600160401b9091046001600160a01b03168452825290912060038701549091600160c01b90910463ffffffff1690610853908a018a6138d1565b63ffffffff1614158061088c57506005810154600160401b900463ffffffff1661088360408a0160208b016138d1565b63ffffffff1614155b156108d3578d6040516339b0963f60e11b8152600401610277918152604060208201819052600d908201526c39ba32b8103837b9b4ba34b7b760991b606082015260800190565b6108ef6108e5601360f81b8b8b611473565b8260020154611647565b63ffffffff8a16610903604089018961392c565b6109119060208101906138d1565b63ffffffff1614610937578d6040516339b0963f60e11b81526004016102779190613b68565b61096361095d601560f81b61094b8a61180d565b61095860408c018c61392c565b611473565b8a611647565b84610971604089018961392c565b6109829060408101906020016138d1565b63ffffffff161415806109b9575081608001518360ff16815181106109a9576109a9613971565b6020026020010151876020013514155b156109d5576109ca8e87600b611675565b5050505050506109e6565b6109df8e87611685565b5050505050505b5050505050505050565b5f6109fb835f61132a565b80545f90815260076020908152604080832060018501546001600160401b0381168552908352818420600160401b9091046001600160a01b03168452909152808220929350610a4c90850185613b96565b6005840154909250600160401b900463ffffffff16821415905080610a7f575080610a7a6060860186613b96565b905014155b80610a98575080610a936080860186613b96565b905014155b15610adc57846040516339b0963f60e11b8152600401610277918152604060208201819052600a90820152691cdd195c0818dbdd5b9d60b21b606082015260800190565b610b34610b2a601360f81b610af46040880188613b96565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061184992505050565b8360020154611647565b610b4160208501856138d1565b63ffffffff16610b5460a086018661392c565b610b6290604081019061392c565b610b709060208101906138d1565b63ffffffff1614610b9657846040516339b0963f60e11b81526004016102779190613b68565b610bdb610bd1601560f81b610bb6610bb160a089018961392c565b61180d565b610bc360a089018961392c565b61095890604081019061392c565b8360030154611647565b5f610c02610bec60c0870187613bdb565b610bf960a088018861392c565b60200135611a0f565b905080610c156040870160208801613bef565b6001600160401b031610610c5f57856040516339b0963f60e11b815260040161027791815260406020820181905260079082015266195b195b595b9d60ca1b606082015260800190565b5f80805b84811015610e065736610c7960608a018a613b96565b83818110610c8957610c89613971565b9050602002810190610c9b919061392c565b9050610caa60208a018a6138d1565b63ffffffff16610cbd604083018361392c565b610ccb9060208101906138d1565b63ffffffff16141580610cec5750610ce660a08a018a61392c565b35813514155b15610d0c57896040516339b0963f60e11b81526004016102779190613b68565b610d56610d2d601560f81b610d208461180d565b610958604086018661392c565b610d3a60408c018c613b96565b85818110610d4a57610d4a613971565b90506020020135611647565b84610d93610d6760808c018c613b96565b85818110610d7757610d77613971565b9050602002810190610d899190613bdb565b8360200135611a0f565b14610da2576001925050610e06565b610dfb84610df6610db660808d018d613b96565b86818110610dc657610dc6613971565b9050602002810190610dd89190613bdb565b610de860408e0160208f01613bef565b6001600160401b0316611c42565b611dcd565b935050600101610c63565b508080610e325750610e2e610e1e60c0890189613bdb565b610de860408a0160208b01613bef565b8214155b15610e43576109e68887600b611675565b6109e68887611685565b5f610e5988600161132a565b90505f610e668289611691565b90508060600151518760ff16101580610ea6575080606001518760ff1681518110610e9357610e93613971565b60200260200101515f015160ff16600114155b15610ef557886040516339b0963f60e11b8152600401610277918152604060208201819052601590820152741b9bdd08185b88195e1d195c9b985b081a5b9c1d5d605a1b606082015260800190565b80606001518760ff1681518110610f0e57610f0e613971565b602002602001015160600151865f013514610f5c57886040516339b0963f60e11b8152600401610277918152604060208201819052600490820152636e616d6560e01b606082015260800190565b81545f90815260076020908152604080832060018601546001600160401b0381168552908352818420600160401b9091046001600160a01b0316845290915290208054851561109c576003840154600160c01b900463ffffffff16610fc460208701876138d1565b63ffffffff16141580610ffd57506005820154600160401b900463ffffffff16610ff460408701602088016138d1565b63ffffffff1614155b15611048578a6040516339b0963f60e11b81526004016102779181526040602082018190526011908201527036b0b734b332b9ba103837b9b4ba34b7b760791b606082015260800190565b6040515f9061106390601760f81b908a908a90602001613c15565b60405160208183030381529060405280519060200120905061109761108d601660f81b8389611473565b8460010154611647565b869150505b6110c36110bd601560f81b6110b08b61180d565b61095860408d018d61392c565b82611647565b82606001518960ff16815181106110dc576110dc613971565b602002602001015160800151886020013514611107576110fe8b856009611675565b50505050611116565b6111118b85611685565b505050505b50505050505050565b5f61112a8a5f61132a565b90505f60075f835f015481526020019081526020015f205f836001015f9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020019081526020015f205f8360010160089054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020019081526020015f2090505f6040518060c00160405280845f01548152602001846001015f9054906101000a90046001600160401b03166001600160401b031681526020018460030160189054906101000a900463ffffffff1663ffffffff1681526020018360050160089054906101000a900463ffffffff1663ffffffff16815260200160045f865f015481526020019081526020015f206002015f01548152602001836001015481525090505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630202d54b838e8e8e8e8e8e8e8e6040518a63ffffffff1660e01b81526004016112b299989796959493929190613d18565b602060405180830381865afa1580156112cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112f19190613dd0565b905060ff811615611311576113088d85600c611675565b505050506105ca565b61131b8d85611685565b50505050505050505050505050565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361137457604051634e66b6bb60e11b815260040160405180910390fd5b816113875761138283611f7b565b611390565b61139083612001565b60028101549091506001600160a01b031633146113c957604051631a894b7d60e31b815260048101849052336024820152604401610277565b6003810154600160801b90046001600160401b03161561141a576003810154604051633d3545d960e21b815260048101859052600160801b9091046001600160401b03166024820152604401610277565b6002810154600160a01b90046001600160401b031642111561146d5760028101546040516337851a4160e11b815260048101859052600160a01b9091046001600160401b03166024820152604401610277565b92915050565b5f61148460408301602084016138d1565b63ffffffff1615806114bd57506114a160408301602084016138d1565b63ffffffff166114b460208401846138d1565b63ffffffff1610155b806114f357506114e16114d660408401602085016138d1565b63ffffffff16612035565b6114ee6040840184613b96565b905014155b156115535761150560208301836138d1565b61151560408401602085016138d1565b6115226040850185613b96565b6040516314982b8b60e21b815263ffffffff9485166004820152939092166024840152506044820152606401610277565b825f61156260208501856138d1565b63ffffffff1690505f5b6115796040860186613b96565b905081101561160057600182821c16156115c4576115bf601160f81b6115a26040880188613b96565b848181106115b2576115b2613971565b9050602002013585612053565b6115f6565b6115f6601160f81b846115da6040890189613b96565b858181106115ea576115ea613971565b90506020020135612053565b925060010161156c565b508561161260408601602087016138d1565b8360405160200161162593929190613deb565b60405160208183030381529060405280519060200120925050505b9392505050565b80821461167157604051637c532e3160e01b81526004810183905260248101829052604401610277565b5050565b611680838383612074565b505050565b611671828260016124bd565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f546001600160a01b0316631869160c6116d385612602565b846040518363ffffffff1660e01b81526004016116f1929190613e37565b6040805180830381865afa15801561170b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061172f9190613ee9565b50611640905061173f83806138ea565b612610565b60606117666117606117568580613b96565b8660200135612a8c565b83611647565b836117718480613b96565b6040516117829392506020016139c3565b60408051601f1981840301815291905293505f5b6117a08480613b96565b905081101561180457846117b48580613b96565b838181106117c4576117c4613971565b90506020020160208101906117d991906138d1565b6040516020016117ea92919061399c565b60408051601f198184030181529190529450600101611796565b50929392505050565b6040515f9061182c90600560fa1b908435906020808701359101613c15565b604051602081830303815290604052805190602001209050919050565b5f60015b825181101561185e5760011b61184d565b5f816001600160401b0381111561187757611877613f0b565b6040519080825280602002602001820160405280156118a0578160200160208202803683370190505b5090505f5b84518110156118ed578481815181106118c0576118c0613971565b60200260200101518282815181106118da576118da613971565b60209081029190910101526001016118a5565b505b60018211156119c0575f5b611905600284613abd565b8110156119b357601160f81b8261191d836002613f1f565b8151811061192d5761192d613971565b6020026020010151838360026119439190613f1f565b61194e90600161395e565b8151811061195e5761195e613971565b602002602001015160405160200161197893929190613c15565b604051602081830303815290604052805190602001208282815181106119a0576119a0613971565b60209081029190910101526001016118fa565b50600182901c91506118ef565b848451825f815181106119d5576119d5613971565b60200260200101516040516020016119ef93929190613deb565b604051602081830303815290604052805190602001209250505092915050565b5f611a22611a1d8480613b96565b612b53565b90505f60406001611a33828561395e565b611a3d9190613f36565b611a479190613abd565b90505f610100611a5a60408701876138ea565b611a65929150613abd565b9050801580611a8d5750610100611a7f60408701876138ea565b611a8a929150613a87565b15155b15611aef576040516351a6cb4960e01b815260206004820152602b60248201527f6368756e6b73206e6f74206120706f736974697665206d756c7469706c65206f60448201526a662032353620627974657360a81b6064820152608401610277565b8181611b0160408801602089016138d1565b63ffffffff16611b11919061395e565b1115611b60576040516351a6cb4960e01b815260206004820152601d60248201527f6368756e6b2072616e6765206265796f6e64207468652074656e736f720000006044820152606401610277565b8181611b7260408801602089016138d1565b63ffffffff16611b82919061395e565b148015611b985750611b95604084613a87565b15155b15611bea57611bea611bad60408701876138ea565b611bb8604087613a87565b611bc3906004613f1f565b610100611bd1600187613f36565b611bdb9190613f1f565b611be5919061395e565b612bea565b5f611bf6868484612c81565b90505f611c0c611c068880613b96565b84612a8c565b9050858114611c3857604051637c532e3160e01b81526004810182905260248101879052604401610277565b5050505092915050565b5f806040611c55858201602087016138d1565b63ffffffff16611c659190613f1f565b905080831080611ca15750611c7d60408501856138ea565b9050611c898285613f36565b611c94906004613f1f565b611c9f90600461395e565b115b15611cef576040516351a6cb4960e01b815260206004820152601960248201527f656c656d656e74206f7574736964652074686520736c696365000000000000006044820152606401610277565b5f611cfa8285613f36565b611d05906004613f1f565b9050365f611d1660408801886138ea565b909250905060188282611d2a86600361395e565b818110611d3957611d39613971565b919091013560f81c90911b905060108383611d5587600261395e565b818110611d6457611d64613971565b919091013560f81c90911b905060088484611d8088600161395e565b818110611d8f57611d8f613971565b919091013560f81c90911b9050848487818110611dae57611dae613971565b9050013560f81c60f81b60f81c60ff1617171794505050505092915050565b5f637fffffff838116908316637f80000082101580611df05750637f8000008110155b15611e6557637f800000821180611e0a5750637f80000081115b15611e1d57637fc000009250505061146d565b637f80000082148015611e335750637f80000081145b15611e5457838514611e4957637fc00000611e4b565b845b9250505061146d565b637f8000008214611e495783611e4b565b805f03611e83578115611e785784611e4b565b50505081811661146d565b815f03611e9457839250505061146d565b80821015611ea157929392905b627fffff8083169290821691601791821c911c5f829003611ec55760019150611ece565b62800000841793505b805f03611edd57506001611ee6565b62800000831792505b600893841b939290921b918082036028811115611f065760019350611f27565b8015611f275783811c935f196001831b01168015611f25576001851794505b505b5f6380000000888a18165f03611f405750848401611f5a565b8486039050805f03611f5a575f965050505050505061146d565b611f6e63800000008a16609e860383613072565b9998505050505050505050565b5f811580611f8a575060035482115b15611fab57604051638f09a29b60e01b815260048101839052602401610277565b505f818152600d6020526040902060016003820154600160e81b900460ff166004811115611fdb57611fdb613f49565b14611ffc576040516303dc1ed360e31b815260048101839052602401610277565b919050565b5f61200b82611f7b565b60048101549091505f03611ffc57604051630d89fa7960e21b815260048101839052602401610277565b5f5b81816001901b1015611ffc5761204c81613f5d565b9050612037565b5f6040518460f81c8153600181019390935250602182015260419020919050565b815460018301545f8281526008602090815260408083206001600160401b038516808552908352818420600160401b9095046001600160a01b031684529390915290206002815460ff1660028111156120cf576120cf613f49565b036120de576105ce8686613130565b6120ea856003866131c3565b8054600260ff199091161781555f83815260046020526040812060018701546009820154919291612137918791600160401b9091046001600160a01b0316906001600160801b0316613301565b60088301549091505f906127109061215a906301000000900461ffff1684613f1f565b6121649190613abd565b60038901549091506121809082906001600160801b031661395e565b60028901546001600160a01b03165f908152600e6020526040812080549091906121ab90849061395e565b90915550505f8681526006602090815260408083206001600160401b03891684529091528120906121dc8385613f36565b5f898152600a602090815260408083206001600160401b038c168452825280832060018f0154600160401b90046001600160a01b0316845290915281209192505b815481101561237d575f8a81526008602090815260408083206001600160401b038d1684529091528120835490919084908490811061225e5761225e613971565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805461ffff66010000000000009091041690600661229e83613f75565b91906101000a81548161ffff021916908361ffff160217905550505f6122fa8b8484815481106122d0576122d0613971565b5f91825260209091200154600b8b01546001600160a01b03909116906001600160801b0316613301565b9050612306818561395e565b93508a83838154811061231b5761231b613971565b5f9182526020918290200154604080516001600160401b038f1681529283018590526001600160a01b03909116917f101f13f606b3793b8b4effe0fd4bc4c67ce5930a9a719bc9e24853074386ff6e910160405180910390a35060010161221d565b50805483548490600d9061239f908490600160681b900463ffffffff16613f91565b92506101000a81548163ffffffff021916908363ffffffff16021790555081836002015f8282829054906101000a90046001600160801b03166123e29190613fad565b82546001600160801b039182166101009390930a92830291909202199091161790555060018b0154604080516001600160401b038b168152602081018890528b926001600160a01b03600160401b90910416917f198815f20828d78c5fd17a32c27127dbb174ed7e149a39bdbcaa7049aad5f6ed910160405180910390a360028b01546040516001600160a01b03909116908d907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93906124a7908e908a908a90613fec565b60405180910390a3505050505050505050505050565b600282545f90815260086020908152604080832060018701546001600160401b0381168552908352818420600160401b9091046001600160a01b0316845290915290205460ff16600281111561251557612515613f49565b03612524576116808383613130565b612530826002836131c3565b600382015482545f90815260066020908152604080832060018701546001600160401b03168452909152812060020180546001600160801b039384169391929161257c91859116613fad565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160010160089054906101000a90046001600160a01b03166001600160a01b0316837f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93835f5f6040516125f593929190613fec565b60405180910390a3505050565b5f61146d8260040154613390565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091525f600983101561267457604051631452bbb160e31b81526020600482015260056024820152641cda1bdc9d60da1b6044820152606401610277565b600184845f8161268657612686613971565b9050013560f81c60f81b60f81c60ff16146126ce57604051631452bbb160e31b81526020600482015260076024820152663b32b939b4b7b760c91b6044820152606401610277565b5060016126de84848360046133ac565b63ffffffff1682526126f160048261395e565b905061270084848360026133ac565b61ffff16602083015261271460028261395e565b90505f61272485858460016133ac565b905061273160018361395e565b9150806001600160401b0381111561274b5761274b613f0b565b604051908082528060200260200182016040528015612774578160200160208202803683370190505b5060408401525f5b818110156127d15761279186868560046133ac565b846040015182815181106127a7576127a7613971565b63ffffffff909216602092830291909101909101526127c760048461395e565b925060010161277c565b506127df85858460016133ac565b90506127ec60018361395e565b9150806001600160401b0381111561280657612806613f0b565b60405190808252806020026020018201604052801561285d57816020015b6040805160a0810182525f808252602080830182905292820181905260608201819052608082015282525f199092019101816128245790505b5060608401525f5b8181101561298d575f8460600151828151811061288457612884613971565b6020026020010151905061289b87878660016133ac565b60ff1681526128ab60018561395e565b815190945060ff165f03612902576128c687878660046133ac565b63ffffffff1660208201526128e887876128e187600461395e565b60016133ac565b60ff1660408201526128fb60058561395e565b9350612965565b805160ff1660010361292b5761291b87878660206133ac565b60608201526128fb60208561395e565b604051631452bbb160e31b815260206004820152600e60248201526d1c9959995c995b98d9481ada5b9960921b6044820152606401610277565b61297287878660206133ac565b608082015261298260208561395e565b935050600101612865565b5061299b85858460016133ac565b90506129a860018361395e565b9150806001600160401b038111156129c2576129c2613f0b565b6040519080825280602002602001820160405280156129eb578160200160208202803683370190505b5060808401525f5b81811015612a4257612a0886868560206133ac565b6080850151805183908110612a1f57612a1f613971565b602002602001018181525050602083612a38919061395e565b92506001016129f3565b50818414612a8457604051631452bbb160e31b815260206004820152600e60248201526d747261696c696e6720627974657360901b6044820152606401610277565b505092915050565b60408051600160f91b60208201526001600160f81b031960f885901b1660218201528151600281830301815260229091019091525f90815b84811015612b1f5781868683818110612adf57612adf613971565b9050602002016020810190612af491906138d1565b604051602001612b0592919061399c565b60408051601f198184030181529190529150600101612ac4565b508083604051602001612b3392919061400b565b604051602081830303815290604052805190602001209150509392505050565b5f6004821115612b95576040516351a6cb4960e01b815260206004820152600c60248201526b1c985b9ac818589bdd99480d60a21b6044820152606401610277565b5060015f5b82811015612be357838382818110612bb457612bb4613971565b9050602002016020810190612bc991906138d1565b612bd99063ffffffff1683613f1f565b9150600101612b9a565b5092915050565b805b82811015612c7b57838382818110612c0657612c06613971565b909101356001600160f81b031916159050612c73576040516351a6cb4960e01b815260206004820152602660248201527f6e6f6e7a65726f2070616464696e6720616674657220746865206c61737420656044820152651b195b595b9d60d21b6064820152608401610277565b600101612bec565b50505050565b5f5f826001600160401b03811115612c9b57612c9b613f0b565b604051908082528060200260200182016040528015612cc4578160200160208202803683370190505b5090505f5b83811015612d1757612cf2612ce160408801886138ea565b612ced61010085613f1f565b61340a565b828281518110612d0457612d04613971565b6020908102919091010152600101612cc9565b505f612d2960408701602088016138d1565b63ffffffff1690505f612d3b86612035565b90505f805b82811015612ff8575f6001865186612d58919061395e565b612d629190613f36565b9050600185811c905f90612d7a90839085901c613f36565b612d8590600161395e565b6001600160401b03811115612d9c57612d9c613f0b565b604051908082528060200260200182016040528015612dc5578160200160208202803683370190505b5090505f87600116600103612e5757612de160608e018e613b96565b90508610612e25576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b6044820152606401610277565b612e3260608e018e613b96565b87612e3c81613f5d565b9850818110612e4d57612e4d613971565b9050602002013590505b5f846001165f03612ee557612e6f60608f018f613b96565b90508710612eb3576040516351a6cb4960e01b815260206004820152601060248201526f746f6f20666577207369626c696e677360801b6044820152606401610277565b612ec060608f018f613b96565b88612eca81613f5d565b9950818110612edb57612edb613971565b9050602002013590505b5f5b8351811015612fe2575f612efb828761395e565b90505f8b612f0a836002613f1f565b10612f43578c8c612f1c846002613f1f565b612f269190613f36565b81518110612f3657612f36613971565b6020026020010151612f45565b845b90505f88612f54846002613f1f565b612f5f90600161395e565b11612fa3578d8d612f71856002613f1f565b612f7c90600161395e565b612f869190613f36565b81518110612f9657612f96613971565b6020026020010151612fa5565b845b9050612fb6600160f81b8383612053565b878581518110612fc857612fc8613971565b602002602001018181525050505050806001019050612ee7565b509198509196505060019092019150612d409050565b506130066060890189613b96565b9050811461304b576040516351a6cb4960e01b8152602060048201526011602482015270746f6f206d616e79207369626c696e677360781b6044820152606401610277565b835f8151811061305d5761305d613971565b60200260200101519450505050509392505050565b5f5f61307d83613429565b90506017198482010160941981121561309557506094195b5f8582136130a9575080850384901b6130fd565b85820360a08111156130bd575f91506130fb565b85811c91505f19600180831b820188169183011b808211806130ec575080821480156130ec5750836001166001145b156130f8576001840193505b50505b505b6095820160171b8101637f800000811061312357637f8000008817945050505050611640565b9096179695505050505050565b61313d81600460086131c3565b600381015460028201546001600160a01b03165f908152600e6020526040812080546001600160801b039093169290919061317990849061395e565b90915550506040515f9083907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93906131b79060089085908190613fec565b60405180910390a35050565b60038301805483919060ff60e81b1916600160e81b8360048111156131ea576131ea613f49565b021790555060038301805482919060ff60f01b1916600160f01b83600c81111561321657613216613f49565b021790555060038301805467ffffffffffffffff60801b1916905582545f90815260066020908152604080832060018701546001600160401b03168452909152902080546901000000000000000000900463ffffffff1690600961327983614023565b82546101009290920a63ffffffff81810219909316918316021790915584545f9081526005602090815260408083206001890154600160401b90046001600160a01b0316845290915290208054600160c01b9004909116915060186132dd83614023565b91906101000a81548163ffffffff021916908363ffffffff16021790555050505050565b5f8381526005602090815260408083206001600160a01b0386168452909152812080546001600160801b031683106133435780546001600160801b0316613345565b825b8154909250829082905f906133649084906001600160801b0316614038565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550509392505050565b6040515f9061182c90601360f81b906001908590602001613deb565b5f836133b8838561395e565b11156133f357604051631452bbb160e31b81526020600482015260096024820152681d1c9d5b98d85d195960ba1b6044820152606401610277565b8285013560088302610100031c9050949350505050565b5f6040515f815361010083860160018301376101019020949350505050565b5f608082901c1561343c57608091821c91015b604082901c1561344e57604091821c91015b602082901c1561346057602091821c91015b601082901c1561347257601091821c91015b600882901c1561348457600891821c91015b600482901c1561349657600491821c91015b600282901c156134a857600291821c91015b600182901c156134ba57600191821c91015b8115611ffc57600101919050565b5f606082840312156134d8575f5ffd5b50919050565b5f5f5f5f5f5f60a087890312156134f3575f5ffd5b8635955060208701356001600160401b0381111561350f575f5ffd5b61351b89828a016134c8565b95505060408701356001600160401b03811115613536575f5ffd5b8701601f81018913613546575f5ffd5b80356001600160401b0381111561355b575f5ffd5b8960208260051b840101111561356f575f5ffd5b602091909101945092506060870135915060808701356001600160401b03811115613598575f5ffd5b6135a489828a016134c8565b9150509295509295509295565b5f5f83601f8401126135c1575f5ffd5b5081356001600160401b038111156135d7575f5ffd5b6020830191508360208285010111156135ee575f5ffd5b9250929050565b803563ffffffff81168114611ffc575f5ffd5b5f5f5f5f5f5f5f5f60e0898b03121561361f575f5ffd5b8835975060208901356001600160401b0381111561363b575f5ffd5b6136478b828c016134c8565b97505060408901356001600160401b03811115613662575f5ffd5b61366e8b828c016135b1565b9097509550613681905060608a016135f5565b93506080890135925060a08901356001600160401b038111156136a2575f5ffd5b6136ae8b828c016134c8565b92505060c08901356001600160401b038111156136c9575f5ffd5b6136d58b828c016134c8565b9150509295985092959890939650565b5f5f604083850312156136f6575f5ffd5b8235915060208301356001600160401b03811115613712575f5ffd5b830160e08186031215613723575f5ffd5b809150509250929050565b60ff8116811461373c575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a031215613755575f5ffd5b8735965060208801356001600160401b03811115613771575f5ffd5b61377d8a828b016134c8565b965050604088013561378e8161372e565b945060608801356001600160401b038111156137a8575f5ffd5b6137b48a828b016134c8565b9450506080880135925060a0880135915060c08801356001600160401b038111156137dd575f5ffd5b6137e98a828b016134c8565b91505092959891949750929550565b5f5f5f5f5f5f5f5f5f60c08a8c031215613810575f5ffd5b8935985060208a01356001600160401b0381111561382c575f5ffd5b6138388c828d016135b1565b90995097505060408a01356001600160401b03811115613856575f5ffd5b6138628c828d016135b1565b90975095505060608a0135935060808a01356001600160401b03811115613887575f5ffd5b6138938c828d016134c8565b93505060a08a01356001600160401b038111156138ae575f5ffd5b6138ba8c828d016135b1565b915080935050809150509295985092959850929598565b5f602082840312156138e1575f5ffd5b611640826135f5565b5f5f8335601e198436030181126138ff575f5ffd5b8301803591506001600160401b03821115613918575f5ffd5b6020019150368190038213156135ee575f5ffd5b5f8235605e19833603018112613940575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561146d5761146d61394a565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f6139a78285613985565b60e09390931b6001600160e01b03191683525050600401919050565b5f6139ce8285613985565b60f89390931b6001600160f81b03191683525050600101919050565b5f6139f58286613985565b60f89490941b6001600160f81b031916845250506001820152602101919050565b5f613a218287613985565b60f895861b6001600160f81b0319908116825260e09590951b6001600160e01b03191660018201529290941b90921660058201526006019392505050565b5f8235603e19833603018112613940575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f82613a9557613a95613a73565b500690565b6001600160f81b031984168152818360018301375f910160010190815292915050565b5f82613acb57613acb613a73565b500490565b63ffffffff8181168382160290811690818114612be357612be361394a565b63ffffffff818116838216019081111561146d5761146d61394a565b5f5f85851115613b19575f5ffd5b83861115613b25575f5ffd5b5050820193919092039150565b80356001600160e01b03198116906004841015612be3576001600160e01b031960049490940360031b84901b1690921692915050565b908152604060208201819052600d908201526c3632b0b3103837b9b4ba34b7b760991b606082015260800190565b5f5f8335601e19843603018112613bab575f5ffd5b8301803591506001600160401b03821115613bc4575f5ffd5b6020019150600581901b36038213156135ee575f5ffd5b5f8235607e19833603018112613940575f5ffd5b5f60208284031215613bff575f5ffd5b81356001600160401b0381168114611640575f5ffd5b6001600160f81b03199390931683526001830191909152602182015260410190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b03831115613c76575f5ffd5b8260051b80836020870137939093016020019392505050565b63ffffffff613c9d826135f5565b16825263ffffffff613cb1602083016135f5565b1660208301525f6040820135601e19833603018112613cce575f5ffd5b82016020810190356001600160401b03811115613ce9575f5ffd5b8060051b3603821315613cfa575f5ffd5b60606040860152613d0f606086018284613c5f565b95945050505050565b895181526001600160401b0360208b015116602082015263ffffffff60408b015116604082015263ffffffff60608b015116606082015260808a0151608082015260a08a015160a082015261016060c08201525f613d7b61016083018a8c613c37565b82810360e0840152613d8e81898b613c37565b905086610100840152828103610120840152613daa8187613c8f565b9050828103610140840152613dc0818587613c37565b9c9b505050505050505050505050565b5f60208284031215613de0575f5ffd5b81516116408161372e565b6001600160f81b031993909316835260e09190911b6001600160e01b0319166001830152600582015260250190565b5f8235605e19833603018112613e2e575f5ffd5b90910192915050565b828152604060208201525f8235601e19843603018112613e55575f5ffd5b83016020810190356001600160401b03811115613e70575f5ffd5b803603821315613e7e575f5ffd5b60606040850152613e9360a085018284613c37565b915050613ea36020850185613e1a565b838203603f19016060850152613eb98282613c8f565b915050613ec96040850185613e1a565b838203603f19016080850152613edf8282613c8f565b9695505050505050565b5f5f60408385031215613efa575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52604160045260245ffd5b808202811582820484141761146d5761146d61394a565b8181038181111561146d5761146d61394a565b634e487b7160e01b5f52602160045260245ffd5b5f60018201613f6e57613f6e61394a565b5060010190565b5f61ffff821680613f8857613f8861394a565b5f190192915050565b63ffffffff828116828216039081111561146d5761146d61394a565b6001600160801b03818116838216019081111561146d5761146d61394a565b600d8110613fe857634e487b7160e01b5f52602160045260245ffd5b9052565b60608101613ffa8286613fcc565b602082019390935260400152919050565b5f6140168285613985565b9283525050602001919050565b5f63ffffffff821680613f8857613f8861394a565b6001600160801b03828116828216039081111561146d5761146d61394a56",
}

// Verdicts is an auto generated Go binding around an Ethereum contract.
type Verdicts struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Verdicts) GetABI() abi.ABI {
	return c.abi
}

// NewVerdicts creates a new instance of Verdicts.
func NewVerdicts() *Verdicts {
	parsed, err := VerdictsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Verdicts{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Verdicts) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address judge) returns()
func (verdicts *Verdicts) PackConstructor(judge common.Address) []byte {
	enc, err := verdicts.abi.Pack("", judge)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackConvictExternal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa86fc02a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convictExternal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, uint8 input, (bytes32,bytes32,(uint32,uint32,bytes32[])) leaf, bytes32 payloadRoot, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt) returns()
func (verdicts *Verdicts) PackConvictExternal(id *big.Int, rec RecordProof, input uint8, leaf NamedProof, payloadRoot [32]byte, groupRoot [32]byte, manifestAt Inclusion) []byte {
	enc, err := verdicts.abi.Pack("convictExternal", id, rec, input, leaf, payloadRoot, groupRoot, manifestAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvictExternal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa86fc02a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convictExternal(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, uint8 input, (bytes32,bytes32,(uint32,uint32,bytes32[])) leaf, bytes32 payloadRoot, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt) returns()
func (verdicts *Verdicts) TryPackConvictExternal(id *big.Int, rec RecordProof, input uint8, leaf NamedProof, payloadRoot [32]byte, groupRoot [32]byte, manifestAt Inclusion) ([]byte, error) {
	return verdicts.abi.Pack("convictExternal", id, rec, input, leaf, payloadRoot, groupRoot, manifestAt)
}

// PackConvictOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d8cb6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convictOutput(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, bytes sources, uint32 param, bytes32 stepOutput, (uint32,uint32,bytes32[]) stepAt, (bytes32,bytes32,(uint32,uint32,bytes32[])) grad) returns()
func (verdicts *Verdicts) PackConvictOutput(id *big.Int, rec RecordProof, sources []byte, param uint32, stepOutput [32]byte, stepAt Inclusion, grad NamedProof) []byte {
	enc, err := verdicts.abi.Pack("convictOutput", id, rec, sources, param, stepOutput, stepAt, grad)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvictOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d8cb6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convictOutput(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, bytes sources, uint32 param, bytes32 stepOutput, (uint32,uint32,bytes32[]) stepAt, (bytes32,bytes32,(uint32,uint32,bytes32[])) grad) returns()
func (verdicts *Verdicts) TryPackConvictOutput(id *big.Int, rec RecordProof, sources []byte, param uint32, stepOutput [32]byte, stepAt Inclusion, grad NamedProof) ([]byte, error) {
	return verdicts.abi.Pack("convictOutput", id, rec, sources, param, stepOutput, stepAt, grad)
}

// PackConvictProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37601f5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convictProgram(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],bytes32)[] shapes, bytes32 skeletonLeaf, (uint32,uint32,bytes32[]) skeletonAt) returns()
func (verdicts *Verdicts) PackConvictProgram(id *big.Int, rec RecordProof, shapes []ShapeProof, skeletonLeaf [32]byte, skeletonAt Inclusion) []byte {
	enc, err := verdicts.abi.Pack("convictProgram", id, rec, shapes, skeletonLeaf, skeletonAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvictProgram is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37601f5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convictProgram(uint256 id, (bytes,(uint32,uint32,bytes32[]),(uint32,uint32,bytes32[])) rec, (uint32[],bytes32)[] shapes, bytes32 skeletonLeaf, (uint32,uint32,bytes32[]) skeletonAt) returns()
func (verdicts *Verdicts) TryPackConvictProgram(id *big.Int, rec RecordProof, shapes []ShapeProof, skeletonLeaf [32]byte, skeletonAt Inclusion) ([]byte, error) {
	return verdicts.abi.Pack("convictProgram", id, rec, shapes, skeletonLeaf, skeletonAt)
}

// PackConvictReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa954e3cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convictReward(uint256 id, bytes config, bytes payload, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt, bytes rewardsLeaf) returns()
func (verdicts *Verdicts) PackConvictReward(id *big.Int, config []byte, payload []byte, groupRoot [32]byte, manifestAt Inclusion, rewardsLeaf []byte) []byte {
	enc, err := verdicts.abi.Pack("convictReward", id, config, payload, groupRoot, manifestAt, rewardsLeaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvictReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa954e3cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convictReward(uint256 id, bytes config, bytes payload, bytes32 groupRoot, (uint32,uint32,bytes32[]) manifestAt, bytes rewardsLeaf) returns()
func (verdicts *Verdicts) TryPackConvictReward(id *big.Int, config []byte, payload []byte, groupRoot [32]byte, manifestAt Inclusion, rewardsLeaf []byte) ([]byte, error) {
	return verdicts.abi.Pack("convictReward", id, config, payload, groupRoot, manifestAt, rewardsLeaf)
}

// PackConvictUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67268cbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function convictUpdate(uint256 id, (uint32,uint64,bytes32[],(bytes32,bytes32,(uint32,uint32,bytes32[]))[],(uint32[],uint32,bytes,bytes32[])[],(bytes32,bytes32,(uint32,uint32,bytes32[])),(uint32[],uint32,bytes,bytes32[])) p) returns()
func (verdicts *Verdicts) PackConvictUpdate(id *big.Int, p UpdateProof) []byte {
	enc, err := verdicts.abi.Pack("convictUpdate", id, p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConvictUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67268cbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function convictUpdate(uint256 id, (uint32,uint64,bytes32[],(bytes32,bytes32,(uint32,uint32,bytes32[]))[],(uint32[],uint32,bytes,bytes32[])[],(bytes32,bytes32,(uint32,uint32,bytes32[])),(uint32[],uint32,bytes,bytes32[])) p) returns()
func (verdicts *Verdicts) TryPackConvictUpdate(id *big.Int, p UpdateProof) ([]byte, error) {
	return verdicts.abi.Pack("convictUpdate", id, p)
}

// PackRewardJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffd18936.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardJudge() view returns(address)
func (verdicts *Verdicts) PackRewardJudge() []byte {
	enc, err := verdicts.abi.Pack("rewardJudge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardJudge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffd18936.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardJudge() view returns(address)
func (verdicts *Verdicts) TryPackRewardJudge() ([]byte, error) {
	return verdicts.abi.Pack("rewardJudge")
}

// UnpackRewardJudge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffd18936.
//
// Solidity: function rewardJudge() view returns(address)
func (verdicts *Verdicts) UnpackRewardJudge(data []byte) (common.Address, error) {
	out, err := verdicts.abi.Unpack("rewardJudge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// VerdictsBeaconFixed represents a BeaconFixed event raised by the Verdicts contract.
type VerdictsBeaconFixed struct {
	RunId  [32]byte
	Round  uint64
	Beacon [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const VerdictsBeaconFixedEventName = "BeaconFixed"

// ContractEventName returns the user-defined event name.
func (VerdictsBeaconFixed) ContractEventName() string {
	return VerdictsBeaconFixedEventName
}

// UnpackBeaconFixedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeaconFixed(bytes32 indexed runId, uint64 indexed round, bytes32 beacon)
func (verdicts *Verdicts) UnpackBeaconFixedEvent(log *types.Log) (*VerdictsBeaconFixed, error) {
	event := "BeaconFixed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsBeaconFixed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsCommitted represents a Committed event raised by the Verdicts contract.
type VerdictsCommitted struct {
	RunId      [32]byte
	Round      uint64
	Peer       common.Address
	Position   uint32
	Duplicate  bool
	Commitment Commitment
	Raw        *types.Log // Blockchain specific contextual infos
}

const VerdictsCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (VerdictsCommitted) ContractEventName() string {
	return VerdictsCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint32 position, bool duplicate, (bytes32,bytes32,bytes32,bytes32,bytes32,uint64,uint32) commitment)
func (verdicts *Verdicts) UnpackCommittedEvent(log *types.Log) (*VerdictsCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsCommitted)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsContributionAttested represents a ContributionAttested event raised by the Verdicts contract.
type VerdictsContributionAttested struct {
	RunId    [32]byte
	Round    uint64
	Solver   common.Address
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const VerdictsContributionAttestedEventName = "ContributionAttested"

// ContractEventName returns the user-defined event name.
func (VerdictsContributionAttested) ContractEventName() string {
	return VerdictsContributionAttestedEventName
}

// UnpackContributionAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionAttested(bytes32 indexed runId, uint64 indexed round, address indexed solver, address verifier)
func (verdicts *Verdicts) UnpackContributionAttestedEvent(log *types.Log) (*VerdictsContributionAttested, error) {
	event := "ContributionAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsContributionAttested)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsDisputeOpened represents a DisputeOpened event raised by the Verdicts contract.
type VerdictsDisputeOpened struct {
	Id         *big.Int
	RunId      [32]byte
	Solver     common.Address
	Round      uint64
	Step       uint32
	Challenger common.Address
	Bond       *big.Int
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const VerdictsDisputeOpenedEventName = "DisputeOpened"

// ContractEventName returns the user-defined event name.
func (VerdictsDisputeOpened) ContractEventName() string {
	return VerdictsDisputeOpenedEventName
}

// UnpackDisputeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeOpened(uint256 indexed id, bytes32 indexed runId, address indexed solver, uint64 round, uint32 step, address challenger, uint256 bond, uint64 deadline)
func (verdicts *Verdicts) UnpackDisputeOpenedEvent(log *types.Log) (*VerdictsDisputeOpened, error) {
	event := "DisputeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsDisputeOpened)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsDisputeResolved represents a DisputeResolved event raised by the Verdicts contract.
type VerdictsDisputeResolved struct {
	Id                  *big.Int
	Winner              common.Address
	Outcome             uint8
	Slashed             *big.Int
	WhistleblowerReward *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const VerdictsDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (VerdictsDisputeResolved) ContractEventName() string {
	return VerdictsDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed id, address indexed winner, uint8 outcome, uint256 slashed, uint256 whistleblowerReward)
func (verdicts *Verdicts) UnpackDisputeResolvedEvent(log *types.Log) (*VerdictsDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsDisputeResolved)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsJoined represents a Joined event raised by the Verdicts contract.
type VerdictsJoined struct {
	RunId [32]byte
	Peer  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const VerdictsJoinedEventName = "Joined"

// ContractEventName returns the user-defined event name.
func (VerdictsJoined) ContractEventName() string {
	return VerdictsJoinedEventName
}

// UnpackJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Joined(bytes32 indexed runId, address indexed peer, uint256 stake)
func (verdicts *Verdicts) UnpackJoinedEvent(log *types.Log) (*VerdictsJoined, error) {
	event := "Joined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsJoined)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsLeft represents a Left event raised by the Verdicts contract.
type VerdictsLeft struct {
	RunId [32]byte
	Peer  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const VerdictsLeftEventName = "Left"

// ContractEventName returns the user-defined event name.
func (VerdictsLeft) ContractEventName() string {
	return VerdictsLeftEventName
}

// UnpackLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Left(bytes32 indexed runId, address indexed peer, uint256 stake)
func (verdicts *Verdicts) UnpackLeftEvent(log *types.Log) (*VerdictsLeft, error) {
	event := "Left"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsLeft)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsModelAgreed represents a ModelAgreed event raised by the Verdicts contract.
type VerdictsModelAgreed struct {
	RunId     [32]byte
	Round     uint64
	ModelRoot [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerdictsModelAgreedEventName = "ModelAgreed"

// ContractEventName returns the user-defined event name.
func (VerdictsModelAgreed) ContractEventName() string {
	return VerdictsModelAgreedEventName
}

// UnpackModelAgreedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelAgreed(bytes32 indexed runId, uint64 indexed round, bytes32 modelRoot)
func (verdicts *Verdicts) UnpackModelAgreedEvent(log *types.Log) (*VerdictsModelAgreed, error) {
	event := "ModelAgreed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsModelAgreed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsModelVoted represents a ModelVoted event raised by the Verdicts contract.
type VerdictsModelVoted struct {
	RunId     [32]byte
	Round     uint64
	Peer      common.Address
	ModelRoot [32]byte
	Weight    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerdictsModelVotedEventName = "ModelVoted"

// ContractEventName returns the user-defined event name.
func (VerdictsModelVoted) ContractEventName() string {
	return VerdictsModelVotedEventName
}

// UnpackModelVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelVoted(bytes32 indexed runId, uint64 indexed round, address indexed peer, bytes32 modelRoot, uint256 weight)
func (verdicts *Verdicts) UnpackModelVotedEvent(log *types.Log) (*VerdictsModelVoted, error) {
	event := "ModelVoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsModelVoted)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsPoolReclaimed represents a PoolReclaimed event raised by the Verdicts contract.
type VerdictsPoolReclaimed struct {
	RunId     [32]byte
	Submitter common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerdictsPoolReclaimedEventName = "PoolReclaimed"

// ContractEventName returns the user-defined event name.
func (VerdictsPoolReclaimed) ContractEventName() string {
	return VerdictsPoolReclaimedEventName
}

// UnpackPoolReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolReclaimed(bytes32 indexed runId, address indexed submitter, uint256 amount)
func (verdicts *Verdicts) UnpackPoolReclaimedEvent(log *types.Log) (*VerdictsPoolReclaimed, error) {
	event := "PoolReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsPoolReclaimed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsRevealRequested represents a RevealRequested event raised by the Verdicts contract.
type VerdictsRevealRequested struct {
	Id             *big.Int
	Request        RevealRequest
	RevealDeadline uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const VerdictsRevealRequestedEventName = "RevealRequested"

// ContractEventName returns the user-defined event name.
func (VerdictsRevealRequested) ContractEventName() string {
	return VerdictsRevealRequestedEventName
}

// UnpackRevealRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealRequested(uint256 indexed id, (uint32,bool,uint8,uint32) request, uint64 revealDeadline)
func (verdicts *Verdicts) UnpackRevealRequestedEvent(log *types.Log) (*VerdictsRevealRequested, error) {
	event := "RevealRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsRevealRequested)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsRevealed represents a Revealed event raised by the Verdicts contract.
type VerdictsRevealed struct {
	Id          *big.Int
	Step        uint32
	Record      uint32
	RecordBytes []byte
	Chunk       TensorSlice
	Raw         *types.Log // Blockchain specific contextual infos
}

const VerdictsRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (VerdictsRevealed) ContractEventName() string {
	return VerdictsRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed id, uint32 step, uint32 record, bytes recordBytes, (uint32[],uint32,bytes,bytes32[]) chunk)
func (verdicts *Verdicts) UnpackRevealedEvent(log *types.Log) (*VerdictsRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsRevealed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsRewardClaimed represents a RewardClaimed event raised by the Verdicts contract.
type VerdictsRewardClaimed struct {
	RunId  [32]byte
	Round  uint64
	Peer   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VerdictsRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (VerdictsRewardClaimed) ContractEventName() string {
	return VerdictsRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(bytes32 indexed runId, uint64 indexed round, address indexed peer, uint256 amount)
func (verdicts *Verdicts) UnpackRewardClaimedEvent(log *types.Log) (*VerdictsRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsRewardClaimed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsRoundClosed represents a RoundClosed event raised by the Verdicts contract.
type VerdictsRoundClosed struct {
	RunId         [32]byte
	Round         uint64
	SeedBlock     uint64
	Contributions uint32
	Raw           *types.Log // Blockchain specific contextual infos
}

const VerdictsRoundClosedEventName = "RoundClosed"

// ContractEventName returns the user-defined event name.
func (VerdictsRoundClosed) ContractEventName() string {
	return VerdictsRoundClosedEventName
}

// UnpackRoundClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundClosed(bytes32 indexed runId, uint64 indexed round, uint64 seedBlock, uint32 contributions)
func (verdicts *Verdicts) UnpackRoundClosedEvent(log *types.Log) (*VerdictsRoundClosed, error) {
	event := "RoundClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsRoundClosed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsRoundFinalized represents a RoundFinalized event raised by the Verdicts contract.
type VerdictsRoundFinalized struct {
	RunId           [32]byte
	Round           uint64
	FinalCount      uint32
	PerContribution *big.Int
	Fees            *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const VerdictsRoundFinalizedEventName = "RoundFinalized"

// ContractEventName returns the user-defined event name.
func (VerdictsRoundFinalized) ContractEventName() string {
	return VerdictsRoundFinalizedEventName
}

// UnpackRoundFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundFinalized(bytes32 indexed runId, uint64 indexed round, uint32 finalCount, uint256 perContribution, uint256 fees)
func (verdicts *Verdicts) UnpackRoundFinalizedEvent(log *types.Log) (*VerdictsRoundFinalized, error) {
	event := "RoundFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsRoundFinalized)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsRunCreated represents a RunCreated event raised by the Verdicts contract.
type VerdictsRunCreated struct {
	RunId     [32]byte
	Submitter common.Address
	Config    RunConfig
	Pool      *big.Int
	Bootstrap []string
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerdictsRunCreatedEventName = "RunCreated"

// ContractEventName returns the user-defined event name.
func (VerdictsRunCreated) ContractEventName() string {
	return VerdictsRunCreatedEventName
}

// UnpackRunCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, (bytes32,bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) config, uint256 pool, string[] bootstrap)
func (verdicts *Verdicts) UnpackRunCreatedEvent(log *types.Log) (*VerdictsRunCreated, error) {
	event := "RunCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsRunCreated)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsSlashed represents a Slashed event raised by the Verdicts contract.
type VerdictsSlashed struct {
	Peer   common.Address
	RunId  [32]byte
	Round  uint64
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VerdictsSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (VerdictsSlashed) ContractEventName() string {
	return VerdictsSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed peer, bytes32 indexed runId, uint64 round, uint256 amount)
func (verdicts *Verdicts) UnpackSlashedEvent(log *types.Log) (*VerdictsSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsSlashed)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsStepOutputsPosted represents a StepOutputsPosted event raised by the Verdicts contract.
type VerdictsStepOutputsPosted struct {
	Id        *big.Int
	Steps     [][32]byte
	GradNames [][32]byte
	GradRoots [][32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const VerdictsStepOutputsPostedEventName = "StepOutputsPosted"

// ContractEventName returns the user-defined event name.
func (VerdictsStepOutputsPosted) ContractEventName() string {
	return VerdictsStepOutputsPostedEventName
}

// UnpackStepOutputsPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepOutputsPosted(uint256 indexed id, bytes32[] steps, bytes32[] gradNames, bytes32[] gradRoots)
func (verdicts *Verdicts) UnpackStepOutputsPostedEvent(log *types.Log) (*VerdictsStepOutputsPosted, error) {
	event := "StepOutputsPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsStepOutputsPosted)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsStepPosted represents a StepPosted event raised by the Verdicts contract.
type VerdictsStepPosted struct {
	Id       *big.Int
	StepRoot [32]byte
	Nrecords uint32
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const VerdictsStepPostedEventName = "StepPosted"

// ContractEventName returns the user-defined event name.
func (VerdictsStepPosted) ContractEventName() string {
	return VerdictsStepPostedEventName
}

// UnpackStepPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepPosted(uint256 indexed id, bytes32 stepRoot, uint32 nrecords, uint64 deadline)
func (verdicts *Verdicts) UnpackStepPostedEvent(log *types.Log) (*VerdictsStepPosted, error) {
	event := "StepPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsStepPosted)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsVerifierPenalized represents a VerifierPenalized event raised by the Verdicts contract.
type VerdictsVerifierPenalized struct {
	Verifier common.Address
	RunId    [32]byte
	Round    uint64
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const VerdictsVerifierPenalizedEventName = "VerifierPenalized"

// ContractEventName returns the user-defined event name.
func (VerdictsVerifierPenalized) ContractEventName() string {
	return VerdictsVerifierPenalizedEventName
}

// UnpackVerifierPenalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierPenalized(address indexed verifier, bytes32 indexed runId, uint64 round, uint256 amount)
func (verdicts *Verdicts) UnpackVerifierPenalizedEvent(log *types.Log) (*VerdictsVerifierPenalized, error) {
	event := "VerifierPenalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsVerifierPenalized)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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

// VerdictsWithdrawn represents a Withdrawn event raised by the Verdicts contract.
type VerdictsWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const VerdictsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (VerdictsWithdrawn) ContractEventName() string {
	return VerdictsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (verdicts *Verdicts) UnpackWithdrawnEvent(log *types.Log) (*VerdictsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != verdicts.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VerdictsWithdrawn)
	if len(log.Data) > 0 {
		if err := verdicts.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range verdicts.abi.Events[event].Inputs {
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
func (verdicts *Verdicts) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], verdicts.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return verdicts.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return verdicts.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return verdicts.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["AlreadyJoined"].ID.Bytes()[:4]) {
		return verdicts.UnpackAlreadyJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BadInclusion"].ID.Bytes()[:4]) {
		return verdicts.UnpackBadInclusionError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BadParams"].ID.Bytes()[:4]) {
		return verdicts.UnpackBadParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BadRecord"].ID.Bytes()[:4]) {
		return verdicts.UnpackBadRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BadRunConfig"].ID.Bytes()[:4]) {
		return verdicts.UnpackBadRunConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BadSlice"].ID.Bytes()[:4]) {
		return verdicts.UnpackBadSliceError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BeaconNotReady"].ID.Bytes()[:4]) {
		return verdicts.UnpackBeaconNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BeaconPending"].ID.Bytes()[:4]) {
		return verdicts.UnpackBeaconPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return verdicts.UnpackBondTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return verdicts.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["DisputeNotOpen"].ID.Bytes()[:4]) {
		return verdicts.UnpackDisputeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return verdicts.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return verdicts.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NoContribution"].ID.Bytes()[:4]) {
		return verdicts.UnpackNoContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NoRevealPending"].ID.Bytes()[:4]) {
		return verdicts.UnpackNoRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NoReward"].ID.Bytes()[:4]) {
		return verdicts.UnpackNoRewardError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return verdicts.UnpackNoSuchRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NoSuchStep"].ID.Bytes()[:4]) {
		return verdicts.UnpackNoSuchStepError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NoVote"].ID.Bytes()[:4]) {
		return verdicts.UnpackNoVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotAVoter"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotAVoterError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotAssigned"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotChallenger"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotChallengerError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotDelegated"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotDelegatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotJoined"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotJoinedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotSolver"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotSolverError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotSubmitter"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotSubmitterError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NotTimedOut"].ID.Bytes()[:4]) {
		return verdicts.UnpackNotTimedOutError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return verdicts.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["PeerInDispute"].ID.Bytes()[:4]) {
		return verdicts.UnpackPeerInDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RevealMismatch"].ID.Bytes()[:4]) {
		return verdicts.UnpackRevealMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RevealPending"].ID.Bytes()[:4]) {
		return verdicts.UnpackRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RootMismatch"].ID.Bytes()[:4]) {
		return verdicts.UnpackRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RoundAlreadyClosed"].ID.Bytes()[:4]) {
		return verdicts.UnpackRoundAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RoundFull"].ID.Bytes()[:4]) {
		return verdicts.UnpackRoundFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RoundNotFinal"].ID.Bytes()[:4]) {
		return verdicts.UnpackRoundNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RoundNotFinalized"].ID.Bytes()[:4]) {
		return verdicts.UnpackRoundNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RoundNotOpen"].ID.Bytes()[:4]) {
		return verdicts.UnpackRoundNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RoundStillOpen"].ID.Bytes()[:4]) {
		return verdicts.UnpackRoundStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["RunNotOver"].ID.Bytes()[:4]) {
		return verdicts.UnpackRunNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["SelfDispute"].ID.Bytes()[:4]) {
		return verdicts.UnpackSelfDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return verdicts.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["StepAlreadyPosted"].ID.Bytes()[:4]) {
		return verdicts.UnpackStepAlreadyPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["StepNotPosted"].ID.Bytes()[:4]) {
		return verdicts.UnpackStepNotPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["StepOutputsMismatch"].ID.Bytes()[:4]) {
		return verdicts.UnpackStepOutputsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["TooManyReveals"].ID.Bytes()[:4]) {
		return verdicts.UnpackTooManyRevealsError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return verdicts.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["UnknownDispute"].ID.Bytes()[:4]) {
		return verdicts.UnpackUnknownDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["UnknownRun"].ID.Bytes()[:4]) {
		return verdicts.UnpackUnknownRunError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["VerdictMismatch"].ID.Bytes()[:4]) {
		return verdicts.UnpackVerdictMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["VerifyWindowClosed"].ID.Bytes()[:4]) {
		return verdicts.UnpackVerifyWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["VotingClosed"].ID.Bytes()[:4]) {
		return verdicts.UnpackVotingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["WrongBase"].ID.Bytes()[:4]) {
		return verdicts.UnpackWrongBaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return verdicts.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], verdicts.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return verdicts.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VerdictsAlreadyAttested represents a AlreadyAttested error raised by the Verdicts contract.
type VerdictsAlreadyAttested struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func VerdictsAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0xf4e48ba2b259ad70b094661e7f5b1925742260cb7d9b6b62d21424676c4f816a")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(bytes32 runId, uint64 round, address peer)
func (verdicts *Verdicts) UnpackAlreadyAttestedError(raw []byte) (*VerdictsAlreadyAttested, error) {
	out := new(VerdictsAlreadyAttested)
	if err := verdicts.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsAlreadyCommitted represents a AlreadyCommitted error raised by the Verdicts contract.
type VerdictsAlreadyCommitted struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func VerdictsAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x59d583ac0ff8d1e34cad23af8fd67cf2f3dfe9f6bb87c3823853d3f4f879ee53")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(bytes32 runId, uint64 round, address peer)
func (verdicts *Verdicts) UnpackAlreadyCommittedError(raw []byte) (*VerdictsAlreadyCommitted, error) {
	out := new(VerdictsAlreadyCommitted)
	if err := verdicts.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsAlreadyFinalized represents a AlreadyFinalized error raised by the Verdicts contract.
type VerdictsAlreadyFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func VerdictsAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xeeb7fd481754188fd4b0f694e1dba2d1ad0239ff81bb8b37d86d100c9289e387")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackAlreadyFinalizedError(raw []byte) (*VerdictsAlreadyFinalized, error) {
	out := new(VerdictsAlreadyFinalized)
	if err := verdicts.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsAlreadyJoined represents a AlreadyJoined error raised by the Verdicts contract.
type VerdictsAlreadyJoined struct {
	RunId [32]byte
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyJoined(bytes32 runId, address peer)
func VerdictsAlreadyJoinedErrorID() common.Hash {
	return common.HexToHash("0x49261613b3b15654953e040e4c60e230669a15916bc53e196ab40cb5099b0ee4")
}

// UnpackAlreadyJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyJoined(bytes32 runId, address peer)
func (verdicts *Verdicts) UnpackAlreadyJoinedError(raw []byte) (*VerdictsAlreadyJoined, error) {
	out := new(VerdictsAlreadyJoined)
	if err := verdicts.abi.UnpackIntoInterface(out, "AlreadyJoined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBadInclusion represents a BadInclusion error raised by the Verdicts contract.
type VerdictsBadInclusion struct {
	Index    uint32
	Count    uint32
	Siblings *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func VerdictsBadInclusionErrorID() common.Hash {
	return common.HexToHash("0x5260ae2c8fa9a39553ec25ab07fad74c127b6c32586ea2372e8e7827e0837ec1")
}

// UnpackBadInclusionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInclusion(uint32 index, uint32 count, uint256 siblings)
func (verdicts *Verdicts) UnpackBadInclusionError(raw []byte) (*VerdictsBadInclusion, error) {
	out := new(VerdictsBadInclusion)
	if err := verdicts.abi.UnpackIntoInterface(out, "BadInclusion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBadParams represents a BadParams error raised by the Verdicts contract.
type VerdictsBadParams struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParams(string why)
func VerdictsBadParamsErrorID() common.Hash {
	return common.HexToHash("0x87a33b27684f297cea1e18e1d41fcf399c8e0dbc38274d5e02b504924765634d")
}

// UnpackBadParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParams(string why)
func (verdicts *Verdicts) UnpackBadParamsError(raw []byte) (*VerdictsBadParams, error) {
	out := new(VerdictsBadParams)
	if err := verdicts.abi.UnpackIntoInterface(out, "BadParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBadRecord represents a BadRecord error raised by the Verdicts contract.
type VerdictsBadRecord struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRecord(string why)
func VerdictsBadRecordErrorID() common.Hash {
	return common.HexToHash("0xa295dd88c48a1becabd9063fed5e9fccfa802c93c4b175bfa14d241fd23368ca")
}

// UnpackBadRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRecord(string why)
func (verdicts *Verdicts) UnpackBadRecordError(raw []byte) (*VerdictsBadRecord, error) {
	out := new(VerdictsBadRecord)
	if err := verdicts.abi.UnpackIntoInterface(out, "BadRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBadRunConfig represents a BadRunConfig error raised by the Verdicts contract.
type VerdictsBadRunConfig struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRunConfig(string why)
func VerdictsBadRunConfigErrorID() common.Hash {
	return common.HexToHash("0x4ac7b07b986f270f0c3b16ed67dd68a718fe4d31ff7970ed3708c05dd8d00c3b")
}

// UnpackBadRunConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRunConfig(string why)
func (verdicts *Verdicts) UnpackBadRunConfigError(raw []byte) (*VerdictsBadRunConfig, error) {
	out := new(VerdictsBadRunConfig)
	if err := verdicts.abi.UnpackIntoInterface(out, "BadRunConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBadSlice represents a BadSlice error raised by the Verdicts contract.
type VerdictsBadSlice struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlice(string why)
func VerdictsBadSliceErrorID() common.Hash {
	return common.HexToHash("0x51a6cb492abb55c1f2f0891af76bce54b9f0c9831c44982d0809a8c8db05ac7d")
}

// UnpackBadSliceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlice(string why)
func (verdicts *Verdicts) UnpackBadSliceError(raw []byte) (*VerdictsBadSlice, error) {
	out := new(VerdictsBadSlice)
	if err := verdicts.abi.UnpackIntoInterface(out, "BadSlice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBeaconNotReady represents a BeaconNotReady error raised by the Verdicts contract.
type VerdictsBeaconNotReady struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconNotReady(bytes32 runId, uint64 round)
func VerdictsBeaconNotReadyErrorID() common.Hash {
	return common.HexToHash("0xc7015fc10be78e11ff0f8b07a10fbff26622f265a502925ac8d62404945358fc")
}

// UnpackBeaconNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconNotReady(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackBeaconNotReadyError(raw []byte) (*VerdictsBeaconNotReady, error) {
	out := new(VerdictsBeaconNotReady)
	if err := verdicts.abi.UnpackIntoInterface(out, "BeaconNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBeaconPending represents a BeaconPending error raised by the Verdicts contract.
type VerdictsBeaconPending struct {
	RunId     [32]byte
	Round     uint64
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock)
func VerdictsBeaconPendingErrorID() common.Hash {
	return common.HexToHash("0x4ae0f12d514d91ad65ae141f8c6cd8eeebbf01d5c8c8b5cb8f3d8a4e57011903")
}

// UnpackBeaconPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconPending(bytes32 runId, uint64 round, uint64 seedBlock)
func (verdicts *Verdicts) UnpackBeaconPendingError(raw []byte) (*VerdictsBeaconPending, error) {
	out := new(VerdictsBeaconPending)
	if err := verdicts.abi.UnpackIntoInterface(out, "BeaconPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsBondTooLow represents a BondTooLow error raised by the Verdicts contract.
type VerdictsBondTooLow struct {
	Sent *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func VerdictsBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 sent, uint256 need)
func (verdicts *Verdicts) UnpackBondTooLowError(raw []byte) (*VerdictsBondTooLow, error) {
	out := new(VerdictsBondTooLow)
	if err := verdicts.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsDeadlinePassed represents a DeadlinePassed error raised by the Verdicts contract.
type VerdictsDeadlinePassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func VerdictsDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 id, uint64 deadline)
func (verdicts *Verdicts) UnpackDeadlinePassedError(raw []byte) (*VerdictsDeadlinePassed, error) {
	out := new(VerdictsDeadlinePassed)
	if err := verdicts.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsDisputeNotOpen represents a DisputeNotOpen error raised by the Verdicts contract.
type VerdictsDisputeNotOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeNotOpen(uint256 id)
func VerdictsDisputeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1ee0f698949ab12290cb1c72c7adca47c570455aeea3dff53006bee2f1d80bfc")
}

// UnpackDisputeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeNotOpen(uint256 id)
func (verdicts *Verdicts) UnpackDisputeNotOpenError(raw []byte) (*VerdictsDisputeNotOpen, error) {
	out := new(VerdictsDisputeNotOpen)
	if err := verdicts.abi.UnpackIntoInterface(out, "DisputeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsDisputeWindowClosed represents a DisputeWindowClosed error raised by the Verdicts contract.
type VerdictsDisputeWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func VerdictsDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x6a9d741548c6aa89f9a6ede252c07ed0b3664e692e2914a13157c3b741fa02a4")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (verdicts *Verdicts) UnpackDisputeWindowClosedError(raw []byte) (*VerdictsDisputeWindowClosed, error) {
	out := new(VerdictsDisputeWindowClosed)
	if err := verdicts.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsInsufficientStake represents a InsufficientStake error raised by the Verdicts contract.
type VerdictsInsufficientStake struct {
	Peer common.Address
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func VerdictsInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x936d426dd74f230ad5a4425fb8e2282c39c20abb35ad8a2da02a9b2239d6c390")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(address peer, uint256 have, uint256 need)
func (verdicts *Verdicts) UnpackInsufficientStakeError(raw []byte) (*VerdictsInsufficientStake, error) {
	out := new(VerdictsInsufficientStake)
	if err := verdicts.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNoContribution represents a NoContribution error raised by the Verdicts contract.
type VerdictsNoContribution struct {
	RunId  [32]byte
	Round  uint64
	Solver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func VerdictsNoContributionErrorID() common.Hash {
	return common.HexToHash("0xe5bb110f35de396c9b4207f9774e0e98520ed74d42e26b6ebc69f90b8a301b65")
}

// UnpackNoContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoContribution(bytes32 runId, uint64 round, address solver)
func (verdicts *Verdicts) UnpackNoContributionError(raw []byte) (*VerdictsNoContribution, error) {
	out := new(VerdictsNoContribution)
	if err := verdicts.abi.UnpackIntoInterface(out, "NoContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNoRevealPending represents a NoRevealPending error raised by the Verdicts contract.
type VerdictsNoRevealPending struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRevealPending(uint256 id)
func VerdictsNoRevealPendingErrorID() common.Hash {
	return common.HexToHash("0x21e0c0719485a76f74ac3c19907768d4b593ef94231b62c6beb8d24ba3d5e466")
}

// UnpackNoRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRevealPending(uint256 id)
func (verdicts *Verdicts) UnpackNoRevealPendingError(raw []byte) (*VerdictsNoRevealPending, error) {
	out := new(VerdictsNoRevealPending)
	if err := verdicts.abi.UnpackIntoInterface(out, "NoRevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNoReward represents a NoReward error raised by the Verdicts contract.
type VerdictsNoReward struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func VerdictsNoRewardErrorID() common.Hash {
	return common.HexToHash("0x7319a2437bdcb2938b8b88b6a2baa525669164ac12c8f8c7a1f1fd88b5a6ec87")
}

// UnpackNoRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReward(bytes32 runId, uint64 round, address peer)
func (verdicts *Verdicts) UnpackNoRewardError(raw []byte) (*VerdictsNoReward, error) {
	out := new(VerdictsNoReward)
	if err := verdicts.abi.UnpackIntoInterface(out, "NoReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNoSuchRound represents a NoSuchRound error raised by the Verdicts contract.
type VerdictsNoSuchRound struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func VerdictsNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0x9236a6a00c73948dac09b21a60968bb6a9a318d4bf3928f0a0b968259e32fa1f")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackNoSuchRoundError(raw []byte) (*VerdictsNoSuchRound, error) {
	out := new(VerdictsNoSuchRound)
	if err := verdicts.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNoSuchStep represents a NoSuchStep error raised by the Verdicts contract.
type VerdictsNoSuchStep struct {
	Step   uint32
	Nsteps uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchStep(uint32 step, uint32 nsteps)
func VerdictsNoSuchStepErrorID() common.Hash {
	return common.HexToHash("0x09e1f6cf66925185a029ea58b06dd125ed14d252b4483994a6670231725e88d5")
}

// UnpackNoSuchStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchStep(uint32 step, uint32 nsteps)
func (verdicts *Verdicts) UnpackNoSuchStepError(raw []byte) (*VerdictsNoSuchStep, error) {
	out := new(VerdictsNoSuchStep)
	if err := verdicts.abi.UnpackIntoInterface(out, "NoSuchStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNoVote represents a NoVote error raised by the Verdicts contract.
type VerdictsNoVote struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVote(bytes32 runId, uint64 round)
func VerdictsNoVoteErrorID() common.Hash {
	return common.HexToHash("0xe885d360e7f0e2ef8d141a941af630dfa2f42812df9eeb39e17519bbf1472ba2")
}

// UnpackNoVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVote(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackNoVoteError(raw []byte) (*VerdictsNoVote, error) {
	out := new(VerdictsNoVote)
	if err := verdicts.abi.UnpackIntoInterface(out, "NoVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotAVoter represents a NotAVoter error raised by the Verdicts contract.
type VerdictsNotAVoter struct {
	RunId [32]byte
	Round uint64
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAVoter(bytes32 runId, uint64 round, address peer)
func VerdictsNotAVoterErrorID() common.Hash {
	return common.HexToHash("0x1e50ed1322ed65d1e7a3b299edcec2136d9a9ed8bed662a033b68943829363de")
}

// UnpackNotAVoterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAVoter(bytes32 runId, uint64 round, address peer)
func (verdicts *Verdicts) UnpackNotAVoterError(raw []byte) (*VerdictsNotAVoter, error) {
	out := new(VerdictsNotAVoter)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotAVoter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotAssigned represents a NotAssigned error raised by the Verdicts contract.
type VerdictsNotAssigned struct {
	RunId    [32]byte
	Round    uint64
	Solver   common.Address
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier)
func VerdictsNotAssignedErrorID() common.Hash {
	return common.HexToHash("0x64b1e842ad25c1e38bd012b16e05df09bd0fa6f69bbf849c45fab412568fd524")
}

// UnpackNotAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAssigned(bytes32 runId, uint64 round, address solver, address verifier)
func (verdicts *Verdicts) UnpackNotAssignedError(raw []byte) (*VerdictsNotAssigned, error) {
	out := new(VerdictsNotAssigned)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotChallenger represents a NotChallenger error raised by the Verdicts contract.
type VerdictsNotChallenger struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func VerdictsNotChallengerErrorID() common.Hash {
	return common.HexToHash("0xd44a5be8af706718e51cc0b1427e43a145bdd93bac22497676b0bedd8904d560")
}

// UnpackNotChallengerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallenger(uint256 id, address caller)
func (verdicts *Verdicts) UnpackNotChallengerError(raw []byte) (*VerdictsNotChallenger, error) {
	out := new(VerdictsNotChallenger)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotChallenger", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotDelegated represents a NotDelegated error raised by the Verdicts contract.
type VerdictsNotDelegated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDelegated()
func VerdictsNotDelegatedErrorID() common.Hash {
	return common.HexToHash("0x9ccd6d765a710fd680d347153286cdb7a60331f3ffa08d6d8f39a8f309e618f5")
}

// UnpackNotDelegatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDelegated()
func (verdicts *Verdicts) UnpackNotDelegatedError(raw []byte) (*VerdictsNotDelegated, error) {
	out := new(VerdictsNotDelegated)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotDelegated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotJoined represents a NotJoined error raised by the Verdicts contract.
type VerdictsNotJoined struct {
	RunId [32]byte
	Peer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJoined(bytes32 runId, address peer)
func VerdictsNotJoinedErrorID() common.Hash {
	return common.HexToHash("0x594e48ef6de75fd5d768639ebbaacdee76d6f7068786b07a4413d8f162dec1df")
}

// UnpackNotJoinedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJoined(bytes32 runId, address peer)
func (verdicts *Verdicts) UnpackNotJoinedError(raw []byte) (*VerdictsNotJoined, error) {
	out := new(VerdictsNotJoined)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotJoined", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotSolver represents a NotSolver error raised by the Verdicts contract.
type VerdictsNotSolver struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSolver(uint256 id, address caller)
func VerdictsNotSolverErrorID() common.Hash {
	return common.HexToHash("0x8603ed272c1b8dbeb2572c87e5a720714aeb1f99e2f31eb04d9a81ee6afa720b")
}

// UnpackNotSolverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSolver(uint256 id, address caller)
func (verdicts *Verdicts) UnpackNotSolverError(raw []byte) (*VerdictsNotSolver, error) {
	out := new(VerdictsNotSolver)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotSolver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotSubmitter represents a NotSubmitter error raised by the Verdicts contract.
type VerdictsNotSubmitter struct {
	RunId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func VerdictsNotSubmitterErrorID() common.Hash {
	return common.HexToHash("0xd4bae604ba29943732a92ed5619757033da146d65b3d97f62235dde9c30398ae")
}

// UnpackNotSubmitterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubmitter(bytes32 runId, address caller)
func (verdicts *Verdicts) UnpackNotSubmitterError(raw []byte) (*VerdictsNotSubmitter, error) {
	out := new(VerdictsNotSubmitter)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotSubmitter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNotTimedOut represents a NotTimedOut error raised by the Verdicts contract.
type VerdictsNotTimedOut struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func VerdictsNotTimedOutErrorID() common.Hash {
	return common.HexToHash("0x7917b3e75c48f1dec69dc4a3e4afc1ea21e11b42f7d23e22395f7ced56b719d3")
}

// UnpackNotTimedOutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTimedOut(uint256 id, uint64 deadline)
func (verdicts *Verdicts) UnpackNotTimedOutError(raw []byte) (*VerdictsNotTimedOut, error) {
	out := new(VerdictsNotTimedOut)
	if err := verdicts.abi.UnpackIntoInterface(out, "NotTimedOut", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsNothingToWithdraw represents a NothingToWithdraw error raised by the Verdicts contract.
type VerdictsNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func VerdictsNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (verdicts *Verdicts) UnpackNothingToWithdrawError(raw []byte) (*VerdictsNothingToWithdraw, error) {
	out := new(VerdictsNothingToWithdraw)
	if err := verdicts.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsPeerInDispute represents a PeerInDispute error raised by the Verdicts contract.
type VerdictsPeerInDispute struct {
	Peer         common.Address
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func VerdictsPeerInDisputeErrorID() common.Hash {
	return common.HexToHash("0xdea30450e665134413df0da4e35e7f7f16c1415276ac5f7b8a1073fd36da809a")
}

// UnpackPeerInDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerInDispute(address peer, uint32 openDisputes)
func (verdicts *Verdicts) UnpackPeerInDisputeError(raw []byte) (*VerdictsPeerInDispute, error) {
	out := new(VerdictsPeerInDispute)
	if err := verdicts.abi.UnpackIntoInterface(out, "PeerInDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRevealMismatch represents a RevealMismatch error raised by the Verdicts contract.
type VerdictsRevealMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func VerdictsRevealMismatchErrorID() common.Hash {
	return common.HexToHash("0x3c455c4a7cb7c84ee6f84fc529027d890ee51ba58775c5ba933d01fbf803b2de")
}

// UnpackRevealMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealMismatch(uint256 id, string why)
func (verdicts *Verdicts) UnpackRevealMismatchError(raw []byte) (*VerdictsRevealMismatch, error) {
	out := new(VerdictsRevealMismatch)
	if err := verdicts.abi.UnpackIntoInterface(out, "RevealMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRevealPending represents a RevealPending error raised by the Verdicts contract.
type VerdictsRevealPending struct {
	Id             *big.Int
	RevealDeadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func VerdictsRevealPendingErrorID() common.Hash {
	return common.HexToHash("0xf4d51764ffba050db3faad58353b5ec67db87271fc8fbcb29839cef4b8fa4b60")
}

// UnpackRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPending(uint256 id, uint64 revealDeadline)
func (verdicts *Verdicts) UnpackRevealPendingError(raw []byte) (*VerdictsRevealPending, error) {
	out := new(VerdictsRevealPending)
	if err := verdicts.abi.UnpackIntoInterface(out, "RevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRootMismatch represents a RootMismatch error raised by the Verdicts contract.
type VerdictsRootMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func VerdictsRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x7c532e315ae44175632b08431616cac0c7d7f63f348512c4dea8994607e49783")
}

// UnpackRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootMismatch(bytes32 got, bytes32 want)
func (verdicts *Verdicts) UnpackRootMismatchError(raw []byte) (*VerdictsRootMismatch, error) {
	out := new(VerdictsRootMismatch)
	if err := verdicts.abi.UnpackIntoInterface(out, "RootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRoundAlreadyClosed represents a RoundAlreadyClosed error raised by the Verdicts contract.
type VerdictsRoundAlreadyClosed struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func VerdictsRoundAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0x266d427bfaee01b56214debc82c162a8fe9494c54fd551ac458722e560196f86")
}

// UnpackRoundAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundAlreadyClosed(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackRoundAlreadyClosedError(raw []byte) (*VerdictsRoundAlreadyClosed, error) {
	out := new(VerdictsRoundAlreadyClosed)
	if err := verdicts.abi.UnpackIntoInterface(out, "RoundAlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRoundFull represents a RoundFull error raised by the Verdicts contract.
type VerdictsRoundFull struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func VerdictsRoundFullErrorID() common.Hash {
	return common.HexToHash("0xa4153909b5c10de63328a4ab423ba91ee5f77a78ea9fac9530e6b180e5665af9")
}

// UnpackRoundFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundFull(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackRoundFullError(raw []byte) (*VerdictsRoundFull, error) {
	out := new(VerdictsRoundFull)
	if err := verdicts.abi.UnpackIntoInterface(out, "RoundFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRoundNotFinal represents a RoundNotFinal error raised by the Verdicts contract.
type VerdictsRoundNotFinal struct {
	RunId        [32]byte
	Round        uint64
	FinalAt      uint64
	OpenDisputes uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes)
func VerdictsRoundNotFinalErrorID() common.Hash {
	return common.HexToHash("0x7b1c0ad1b0c11dd392a9227c3fb178235e951fa3c83b6530095104acbfa1c8ea")
}

// UnpackRoundNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinal(bytes32 runId, uint64 round, uint64 finalAt, uint32 openDisputes)
func (verdicts *Verdicts) UnpackRoundNotFinalError(raw []byte) (*VerdictsRoundNotFinal, error) {
	out := new(VerdictsRoundNotFinal)
	if err := verdicts.abi.UnpackIntoInterface(out, "RoundNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRoundNotFinalized represents a RoundNotFinalized error raised by the Verdicts contract.
type VerdictsRoundNotFinalized struct {
	RunId [32]byte
	Round uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func VerdictsRoundNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x4b38f3ce12a89598b8f6413a63ee32f18519dbbeaf1d702aafddfeeb975e349b")
}

// UnpackRoundNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFinalized(bytes32 runId, uint64 round)
func (verdicts *Verdicts) UnpackRoundNotFinalizedError(raw []byte) (*VerdictsRoundNotFinalized, error) {
	out := new(VerdictsRoundNotFinalized)
	if err := verdicts.abi.UnpackIntoInterface(out, "RoundNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRoundNotOpen represents a RoundNotOpen error raised by the Verdicts contract.
type VerdictsRoundNotOpen struct {
	RunId    [32]byte
	Round    uint64
	OpensAt  uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func VerdictsRoundNotOpenErrorID() common.Hash {
	return common.HexToHash("0x79ba497fa095bbe12e226bb7e16315bfc96b9e9650911ddfe09fb73fe5c9a69a")
}

// UnpackRoundNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotOpen(bytes32 runId, uint64 round, uint64 opensAt, uint64 closesAt)
func (verdicts *Verdicts) UnpackRoundNotOpenError(raw []byte) (*VerdictsRoundNotOpen, error) {
	out := new(VerdictsRoundNotOpen)
	if err := verdicts.abi.UnpackIntoInterface(out, "RoundNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRoundStillOpen represents a RoundStillOpen error raised by the Verdicts contract.
type VerdictsRoundStillOpen struct {
	RunId    [32]byte
	Round    uint64
	ClosesAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func VerdictsRoundStillOpenErrorID() common.Hash {
	return common.HexToHash("0xd149900bdedb763a55195b2ca0572929235cec627033e1f6df46eb8cf72f09b5")
}

// UnpackRoundStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundStillOpen(bytes32 runId, uint64 round, uint64 closesAt)
func (verdicts *Verdicts) UnpackRoundStillOpenError(raw []byte) (*VerdictsRoundStillOpen, error) {
	out := new(VerdictsRoundStillOpen)
	if err := verdicts.abi.UnpackIntoInterface(out, "RoundStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsRunNotOver represents a RunNotOver error raised by the Verdicts contract.
type VerdictsRunNotOver struct {
	RunId     [32]byte
	Finalized uint32
	Rounds    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func VerdictsRunNotOverErrorID() common.Hash {
	return common.HexToHash("0x7a8f9c4911836b55ae3ab6be377f5111f88a42a113ac4f556ac5cb7858c4a802")
}

// UnpackRunNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunNotOver(bytes32 runId, uint32 finalized, uint32 rounds)
func (verdicts *Verdicts) UnpackRunNotOverError(raw []byte) (*VerdictsRunNotOver, error) {
	out := new(VerdictsRunNotOver)
	if err := verdicts.abi.UnpackIntoInterface(out, "RunNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsSelfDispute represents a SelfDispute error raised by the Verdicts contract.
type VerdictsSelfDispute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfDispute()
func VerdictsSelfDisputeErrorID() common.Hash {
	return common.HexToHash("0x80e7f40ce496c2e57235f964ae4d163c339d8914735f3713218239bd206beabe")
}

// UnpackSelfDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfDispute()
func (verdicts *Verdicts) UnpackSelfDisputeError(raw []byte) (*VerdictsSelfDispute, error) {
	out := new(VerdictsSelfDispute)
	if err := verdicts.abi.UnpackIntoInterface(out, "SelfDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsStakeLocked represents a StakeLocked error raised by the Verdicts contract.
type VerdictsStakeLocked struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 until)
func VerdictsStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 until)
func (verdicts *Verdicts) UnpackStakeLockedError(raw []byte) (*VerdictsStakeLocked, error) {
	out := new(VerdictsStakeLocked)
	if err := verdicts.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsStepAlreadyPosted represents a StepAlreadyPosted error raised by the Verdicts contract.
type VerdictsStepAlreadyPosted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepAlreadyPosted(uint256 id)
func VerdictsStepAlreadyPostedErrorID() common.Hash {
	return common.HexToHash("0x0bb6846b591019bd79d3041fa01f42bd9efb4fe0b34b88a30bec985a40e67514")
}

// UnpackStepAlreadyPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepAlreadyPosted(uint256 id)
func (verdicts *Verdicts) UnpackStepAlreadyPostedError(raw []byte) (*VerdictsStepAlreadyPosted, error) {
	out := new(VerdictsStepAlreadyPosted)
	if err := verdicts.abi.UnpackIntoInterface(out, "StepAlreadyPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsStepNotPosted represents a StepNotPosted error raised by the Verdicts contract.
type VerdictsStepNotPosted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepNotPosted(uint256 id)
func VerdictsStepNotPostedErrorID() common.Hash {
	return common.HexToHash("0x3627e9e4742560c26e6b643e16c609f40888ccd7924cb501b135da44867f8f88")
}

// UnpackStepNotPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepNotPosted(uint256 id)
func (verdicts *Verdicts) UnpackStepNotPostedError(raw []byte) (*VerdictsStepNotPosted, error) {
	out := new(VerdictsStepNotPosted)
	if err := verdicts.abi.UnpackIntoInterface(out, "StepNotPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsStepOutputsMismatch represents a StepOutputsMismatch error raised by the Verdicts contract.
type VerdictsStepOutputsMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutputsMismatch(uint256 id, string why)
func VerdictsStepOutputsMismatchErrorID() common.Hash {
	return common.HexToHash("0x084687202efffa749260038463576ffa1843ff7c6c21ee3341cab8efbd393f57")
}

// UnpackStepOutputsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutputsMismatch(uint256 id, string why)
func (verdicts *Verdicts) UnpackStepOutputsMismatchError(raw []byte) (*VerdictsStepOutputsMismatch, error) {
	out := new(VerdictsStepOutputsMismatch)
	if err := verdicts.abi.UnpackIntoInterface(out, "StepOutputsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsTooManyReveals represents a TooManyReveals error raised by the Verdicts contract.
type VerdictsTooManyReveals struct {
	Id  *big.Int
	Max uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func VerdictsTooManyRevealsErrorID() common.Hash {
	return common.HexToHash("0x2c0e790708275f31842cdb7775c3e29e43b2fbdb0d33d92556cb09402e192562")
}

// UnpackTooManyRevealsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReveals(uint256 id, uint8 max)
func (verdicts *Verdicts) UnpackTooManyRevealsError(raw []byte) (*VerdictsTooManyReveals, error) {
	out := new(VerdictsTooManyReveals)
	if err := verdicts.abi.UnpackIntoInterface(out, "TooManyReveals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsTransferFailed represents a TransferFailed error raised by the Verdicts contract.
type VerdictsTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func VerdictsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (verdicts *Verdicts) UnpackTransferFailedError(raw []byte) (*VerdictsTransferFailed, error) {
	out := new(VerdictsTransferFailed)
	if err := verdicts.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsUnknownDispute represents a UnknownDispute error raised by the Verdicts contract.
type VerdictsUnknownDispute struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDispute(uint256 id)
func VerdictsUnknownDisputeErrorID() common.Hash {
	return common.HexToHash("0x8f09a29b08337b4e66a42a0bbd8bc395cb2fa24f8b538de30a025d7769f25cf4")
}

// UnpackUnknownDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDispute(uint256 id)
func (verdicts *Verdicts) UnpackUnknownDisputeError(raw []byte) (*VerdictsUnknownDispute, error) {
	out := new(VerdictsUnknownDispute)
	if err := verdicts.abi.UnpackIntoInterface(out, "UnknownDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsUnknownRun represents a UnknownRun error raised by the Verdicts contract.
type VerdictsUnknownRun struct {
	RunId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRun(bytes32 runId)
func VerdictsUnknownRunErrorID() common.Hash {
	return common.HexToHash("0x14ed72a27c3d0d046b7c27161f68d5b2ccc14d22e9b96f4d8fc7ca59a9254890")
}

// UnpackUnknownRunError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRun(bytes32 runId)
func (verdicts *Verdicts) UnpackUnknownRunError(raw []byte) (*VerdictsUnknownRun, error) {
	out := new(VerdictsUnknownRun)
	if err := verdicts.abi.UnpackIntoInterface(out, "UnknownRun", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsVerdictMismatch represents a VerdictMismatch error raised by the Verdicts contract.
type VerdictsVerdictMismatch struct {
	Id  *big.Int
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerdictMismatch(uint256 id, string why)
func VerdictsVerdictMismatchErrorID() common.Hash {
	return common.HexToHash("0x73612c7e43789aed59bd1c36213b8ab199c2f273c133216dda979edda4cf4d76")
}

// UnpackVerdictMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerdictMismatch(uint256 id, string why)
func (verdicts *Verdicts) UnpackVerdictMismatchError(raw []byte) (*VerdictsVerdictMismatch, error) {
	out := new(VerdictsVerdictMismatch)
	if err := verdicts.abi.UnpackIntoInterface(out, "VerdictMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsVerifyWindowClosed represents a VerifyWindowClosed error raised by the Verdicts contract.
type VerdictsVerifyWindowClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func VerdictsVerifyWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4adc0c47dc5c4a48ac0efc3e37f3a4d36134a1c3ca970d3250c475fe05952fea")
}

// UnpackVerifyWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifyWindowClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (verdicts *Verdicts) UnpackVerifyWindowClosedError(raw []byte) (*VerdictsVerifyWindowClosed, error) {
	out := new(VerdictsVerifyWindowClosed)
	if err := verdicts.abi.UnpackIntoInterface(out, "VerifyWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsVotingClosed represents a VotingClosed error raised by the Verdicts contract.
type VerdictsVotingClosed struct {
	RunId    [32]byte
	Round    uint64
	ClosedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt)
func VerdictsVotingClosedErrorID() common.Hash {
	return common.HexToHash("0xe00009f973c41d7c5388ecff32f0eae3553b10411335fe3ad5aa8b2009da71e3")
}

// UnpackVotingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingClosed(bytes32 runId, uint64 round, uint64 closedAt)
func (verdicts *Verdicts) UnpackVotingClosedError(raw []byte) (*VerdictsVotingClosed, error) {
	out := new(VerdictsVotingClosed)
	if err := verdicts.abi.UnpackIntoInterface(out, "VotingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsWrongBase represents a WrongBase error raised by the Verdicts contract.
type VerdictsWrongBase struct {
	Base      [32]byte
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBase(bytes32 base, bytes32 modelRoot)
func VerdictsWrongBaseErrorID() common.Hash {
	return common.HexToHash("0xe64b95b76ccb93d5ef7dc225a7d1c8efd894afc5070d32caa65544541babb6d1")
}

// UnpackWrongBaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBase(bytes32 base, bytes32 modelRoot)
func (verdicts *Verdicts) UnpackWrongBaseError(raw []byte) (*VerdictsWrongBase, error) {
	out := new(VerdictsWrongBase)
	if err := verdicts.abi.UnpackIntoInterface(out, "WrongBase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsZeroAmount represents a ZeroAmount error raised by the Verdicts contract.
type VerdictsZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func VerdictsZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (verdicts *Verdicts) UnpackZeroAmountError(raw []byte) (*VerdictsZeroAmount, error) {
	out := new(VerdictsZeroAmount)
	if err := verdicts.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VerdictsZeroRoot represents a ZeroRoot error raised by the Verdicts contract.
type VerdictsZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func VerdictsZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (verdicts *Verdicts) UnpackZeroRootError(raw []byte) (*VerdictsZeroRoot, error) {
	out := new(VerdictsZeroRoot)
	if err := verdicts.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
