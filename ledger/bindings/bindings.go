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

// RunConfig is an auto generated low-level Go binding around an user-defined struct.
type RunConfig struct {
	ConfigHash               [32]byte
	SkeletonRoot             [32]byte
	InitialModelRoot         [32]byte
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

// TensorSlice is an auto generated low-level Go binding around an user-defined struct.
type TensorSlice struct {
	Shape      []uint32
	FirstChunk uint32
	Chunks     []byte
	Siblings   [][32]byte
}

// DisputesMetaData contains all meta data concerning the Disputes contract.
var DisputesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"BeaconNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"BeaconPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"name\":\"NoSuchStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAVoter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"RoundNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepNotPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VerifyWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"}],\"name\":\"BeaconFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ContributionAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Joined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Left\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"ModelVoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structRunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StepPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VerifierPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"dispute\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"reveals\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"pending\",\"type\":\"tuple\"}],\"internalType\":\"structDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"}],\"name\":\"postStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"internalType\":\"structRevealRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"requestReveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"target\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"producers\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion[]\",\"name\":\"producerProofs\",\"type\":\"tuple[]\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structElementProof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inStep\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structInclusion\",\"name\":\"inTrace\",\"type\":\"tuple\"}],\"internalType\":\"structRecordProof\",\"name\":\"rec\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Disputes",
	Bin: "0x60a060405230608052348015610013575f5ffd5b50608051612e5c61004f5f395f818161018e015281816103920152818161063301528181610a7b01528181610ee301526113ae0152612e5c5ff3fe608060405260043610610079575f3560e01c80639a2313b01161004c5780639a2313b014610111578063a28889e114610132578063b05a28ca14610146578063d8ae023714610165575f5ffd5b806308148f7a1461007d5780631d2b527f1461009e5780637817dd03146100bd57806386d6282c146100dc575b5f5ffd5b348015610088575f5ffd5b5061009c610097366004611fef565b610184565b005b3480156100a9575f5ffd5b5061009c6100b836600461201c565b610388565b3480156100c8575f5ffd5b5061009c6100d7366004612066565b610629565b3480156100e7575f5ffd5b506100fb6100f6366004611fef565b610821565b60405161010891906120d4565b60405180910390f35b61012461011f366004612262565b610a70565b604051908152602001610108565b34801561013d575f5ffd5b50600354610124565b348015610151575f5ffd5b5061009c6101603660046122bb565b610ed9565b348015610170575f5ffd5b5061009c61017f36600461232a565b6113a4565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036101cd57604051634e66b6bb60e11b815260040160405180910390fd5b5f6101d7826115fe565b9050600281545f90815260086020908152604080832060018601546001600160401b0381168552908352818420600160401b9091046001600160a01b0316845290915290205460ff1660028111156102315761023161209c565b03610244576102408282611684565b5050565b60048101545f036102b2576002810154600160a01b90046001600160401b031642116102a6576002810154604051637917b3e760e01b815260048101849052600160a01b9091046001600160401b031660248201526044015b60405180910390fd5b61024082826007611717565b6003810154600160801b90046001600160401b03161561032a576003810154600160801b90046001600160401b0316421161031e576003810154604051637917b3e760e01b815260048101849052600160801b9091046001600160401b0316602482015260440161029d565b61024082826005611717565b6002810154600160a01b90046001600160401b0316421161037c576002810154604051637917b3e760e01b815260048101849052600160a01b9091046001600160401b0316602482015260440161029d565b61024082826006611b65565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036103d157604051634e66b6bb60e11b815260040160405180910390fd5b5f6103db83611caf565b60028101549091506001600160a01b0316331461041457604051631a894b7d60e31b81526004810184905233602482015260440161029d565b6003810154600160801b90046001600160401b031615610465576003810154604051633d3545d960e21b815260048101859052600160801b9091046001600160401b0316602482015260440161029d565b6002810154600160a01b90046001600160401b03164211156104b85760028101546040516337851a4160e11b815260048101859052600160a01b9091046001600160401b0316602482015260440161029d565b6001546003820154600160501b90910460ff908116600160e01b909204161061050a57600154604051632c0e790760e01b815260048101859052600160501b90910460ff16602482015260440161029d565b600381018054600160e01b900460ff1690601c61052683612387565b91906101000a81548160ff021916908360ff160217905550508181600501818161055091906123c0565b50505f5461056e90600160a01b90046001600160401b031642612454565b60038201805467ffffffffffffffff60801b1916600160801b6001600160401b03938416810291909117918290556001546105b193908116929190910416612454565b60028201805467ffffffffffffffff60a01b1916600160a01b6001600160401b0393841602179055600382015460405185927f82c1175198e6b656d90f97be8ce77ce0bd17d77a2e19d7fff0d35eae7e81e6969261061c928792600160801b90920490911690612484565b60405180910390a2505050565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016300361067257604051634e66b6bb60e11b815260040160405180910390fd5b5f61067c846115fe565b6001810154909150600160401b90046001600160a01b031633146106bc57604051638603ed2760e01b81526004810185905233602482015260440161029d565b6004810154156106e257604051630bb6846b60e01b81526004810185905260240161029d565b6002810154600160a01b90046001600160401b03164211156107355760028101546040516337851a4160e11b815260048101869052600160a01b9091046001600160401b0316602482015260440161029d565b821580610746575063ffffffff8216155b156107645760405163b263ae7360e01b815260040160405180910390fd5b600481018390556002810180546001600160e01b0316600160e01b63ffffffff8516021790556001546107a0906001600160401b031642612454565b60028201805467ffffffffffffffff60a01b1916600160a01b6001600160401b03938416810291909117918290556040805187815263ffffffff87166020820152919092049092169082015284907fdf2a2ef75a8cbbb874f215aa865505eab615593dc829f95bb5432d69e82b7d6b9060600160405180910390a250505050565b6108b2604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290529061014082019081526020015f81525f602080830182905260408051608081018252838152918201839052818101839052606082019290925291015290565b8115806108c0575060035482115b156108e157604051638f09a29b60e01b81526004810183905260240161029d565b5f828152600d602090815260409182902082516101c0810184528154815260018201546001600160401b03808216948301949094526001600160a01b03600160401b90910481169482019490945260028201549384166060820152600160a01b84048316608082015263ffffffff600160e01b94859004811660a083015260038301546001600160801b03811660c0840152600160801b810490941660e0830152600160c01b84041661010082015260ff9383048416610120820152929091610140840191600160e81b9091041660048111156109c0576109c061209c565b60048111156109d1576109d161209c565b815260200160038201601e9054906101000a900460ff1660088111156109f9576109f961209c565b6008811115610a0a57610a0a61209c565b815260048201546020808301919091526040805160808101825260059094015463ffffffff808216865260ff6401000000008304811615159487019490945265010000000000820490931685830152600160301b90049091166060840152015292915050565b5f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610aba57604051634e66b6bb60e11b815260040160405180910390fd5b5f610ac486611ce3565b905060015f8781526008602090815260408083206001600160401b038a16845282528083206001600160a01b038916845290915290205460ff166002811115610b0f57610b0f61209c565b14610b4e5760405163e5bb110f60e01b8152600481018790526001600160401b03861660248201526001600160a01b038516604482015260640161029d565b5f610b5a828888611d1b565b9050806001600160401b03164210610b9f57604051636a9d741560e01b8152600481018890526001600160401b0380881660248301528216604482015260640161029d565b6008820154600160801b90046001600160801b0316341015610bf0576008820154604051620155b560e01b8152346004820152600160801b9091046001600160801b0316602482015260440161029d565b6001600160a01b0385163303610c1957604051632039fd0360e21b815260040160405180910390fd5b5f8781526007602090815260408083206001600160401b038a16845282528083206001600160a01b038916845290915290206005015463ffffffff600160401b90910481169085168111610c90576040516309e1f6cf60e01b815263ffffffff80871660048301528216602482015260440161029d565b60035f8154610c9e906124f6565b91829055505f818152600d602052604081208a81556001810180546001600160401b038c81166001600160e01b031990921691909117600160401b6001600160a01b038d160217909155600282018054336001600160a01b03199091161790556003820180547fffffffff00000000ffffffffffffffff0000000000000000000000000000000016600160c01b63ffffffff8c16026fffffffffffffffffffffffffffffffff191617346001600160801b0316179055915492965091610d6d91600160a01b9091041642612454565b6002820180546001600160401b03928316600160a01b0267ffffffffffffffff60a01b1990911617905560038201805460ff60e81b1916600160e81b1790555f8a8152600660209081526040808320938c168352929052208054600160481b900463ffffffff16906009610de08361250e565b82546101009290920a63ffffffff8181021990931691831602179091555f8b81526005602090815260408083206001600160a01b038d16845290915290208054600160c01b900490911691506018610e378361250e565b82546101009290920a63ffffffff8181021990931691831602179091556002830154604080516001600160401b038d81168252938b1660208201523391810191909152346060820152600160a01b90910490911660808201526001600160a01b03891691508a9087907fa5e985919d5ba6189db321ad0cebcab35655dd56b7fc56a0c1d8d1f9bccc5fe69060a00160405180910390a450505050949350505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163003610f2257604051634e66b6bb60e11b815260040160405180910390fd5b5f610f2c846115fe565b6001810154909150600160401b90046001600160a01b03163314610f6c57604051638603ed2760e01b81526004810185905233602482015260440161029d565b6003810154600160801b90046001600160401b03165f03610fa3576040516321e0c07160e01b81526004810185905260240161029d565b6003810154600160801b90046001600160401b0316421115610ff65760038101546040516337851a4160e11b815260048101869052600160801b9091046001600160401b0316602482015260440161029d565b60408051608081018252600583015463ffffffff80821680845260ff64010000000084048116151560208087019190915265010000000000850490911695850195909552600160301b909204166060830152909161105690860186612529565b611064906020810190612547565b63ffffffff16146110b35784604051631e22ae2560e11b815260040161029d918152604060208201819052600f908201526e3932b1b7b932103837b9b4ba34b7b760891b606082015260800190565b5f6110c18360040154611d4c565b5f5460208401519192506001600160a01b031690156111db57606083015163ffffffff166110f56040870160208801612547565b63ffffffff1614158061111857506111106040860186612569565b905061010014155b156111605786604051631e22ae2560e11b815260040161029d918152604060208201819052600e908201526d31b43ab735903837b9b4ba34b7b760911b606082015260800190565b6040808401519051634f9c271960e11b81526001600160a01b03831691639f384e32916111969186918b91908b9060040161281f565b602060405180830381865afa1580156111b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111d5919061285d565b5061124a565b60405163061a458360e21b81526001600160a01b03821690631869160c906112099085908a90600401612874565b6040805180830381865afa158015611223573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611247919061288c565b50505b60038401805467ffffffffffffffff60801b19169055600154611276906001600160401b031642612454565b8460020160146101000a8154816001600160401b0302191690836001600160401b0316021790555082602001511561130b576003840154835188917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a9091600160c01b90910463ffffffff16906112ec8a80612569565b8a6040516112fe9594939291906128ae565b60405180910390a261139b565b61133b6040518060800160405280606081526020015f63ffffffff16815260200160608152602001606081525090565b6003850154845189917f9c4bc482bd2387afc84f8ffda6a9c973d4724d1aec8adcf0bf019f52849f4a9091600160c01b90910463ffffffff169061137f8b80612569565b8660405161139195949392919061295f565b60405180910390a2505b50505050505050565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036113ed57604051634e66b6bb60e11b815260040160405180910390fd5b5f6113f783611caf565b60028101549091506001600160a01b0316331461143057604051631a894b7d60e31b81526004810184905233602482015260440161029d565b6003810154600160801b90046001600160401b031615611481576003810154604051633d3545d960e21b815260048101859052600160801b9091046001600160401b0316602482015260440161029d565b6002810154600160a01b90046001600160401b03164211156114d45760028101546040516337851a4160e11b815260048101859052600160a01b9091046001600160401b0316602482015260440161029d565b5f805460048301546001600160a01b039091169063ef0d692d906114f790611d4c565b856040518363ffffffff1660e01b8152600401611515929190612af6565b60c060405180830381865afa158015611530573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115549190612c5d565b805190915060ff165f036115735761156e84836001611b65565b6115f8565b6003815f015160ff16116115af57805161156e9085908490611596906001612d07565b60ff1660088111156115aa576115aa61209c565b611717565b6040516387a33b2760e01b815260206004820152601e60248201527f7665726469637420756e6b6e6f776e20746f2074686973204c65646765720000604482015260640161029d565b50505050565b5f81158061160d575060035482115b1561162e57604051638f09a29b60e01b81526004810183905260240161029d565b505f818152600d6020526040902060016003820154600160e81b900460ff16600481111561165e5761165e61209c565b1461167f576040516303dc1ed360e31b81526004810183905260240161029d565b919050565b6116918160046008611d8c565b600381015460028201546001600160a01b03165f908152600e6020526040812080546001600160801b03909316929091906116cd908490612d20565b90915550506040515f9083907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c939061170b9060089085908190612d33565b60405180910390a35050565b815460018301545f8281526008602090815260408083206001600160401b038516808552908352818420600160401b9095046001600160a01b031684529390915290206002815460ff1660028111156117725761177261209c565b03611789576117818686611684565b505050505050565b61179585600386611d8c565b8054600260ff199091161781555f838152600460205260408120600187015460088201549192916117e2918791600160401b9091046001600160a01b0316906001600160801b0316611ec4565b60078301549091505f9061271090611805906301000000900461ffff1684612d52565b61180f9190612d69565b600389015490915061182b9082906001600160801b0316612d20565b60028901546001600160a01b03165f908152600e602052604081208054909190611856908490612d20565b90915550505f8681526006602090815260408083206001600160401b03891684529091528120906118878385612d88565b5f898152600a602090815260408083206001600160401b038c168452825280832060018f0154600160401b90046001600160a01b0316845290915281209192505b8154811015611a25575f8a81526008602090815260408083206001600160401b038d1684529091528120835490919084908490811061190957611909612d9b565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805461ffff600160301b9091041690600661194683612daf565b91906101000a81548161ffff021916908361ffff160217905550505f6119a28b84848154811061197857611978612d9b565b5f91825260209091200154600a8b01546001600160a01b03909116906001600160801b0316611ec4565b90506119ae8185612d20565b93508a8383815481106119c3576119c3612d9b565b5f9182526020918290200154604080516001600160401b038f1681529283018590526001600160a01b03909116917f101f13f606b3793b8b4effe0fd4bc4c67ce5930a9a719bc9e24853074386ff6e910160405180910390a3506001016118c8565b50805483548490600d90611a47908490600160681b900463ffffffff16612dcb565b92506101000a81548163ffffffff021916908363ffffffff16021790555081836002015f8282829054906101000a90046001600160801b0316611a8a9190612de7565b82546001600160801b039182166101009390930a92830291909202199091161790555060018b0154604080516001600160401b038b168152602081018890528b926001600160a01b03600160401b90910416917f198815f20828d78c5fd17a32c27127dbb174ed7e149a39bdbcaa7049aad5f6ed910160405180910390a360028b01546040516001600160a01b03909116908d907f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c9390611b4f908e908a908a90612d33565b60405180910390a3505050505050505050505050565b600282545f90815260086020908152604080832060018701546001600160401b0381168552908352818420600160401b9091046001600160a01b0316845290915290205460ff166002811115611bbd57611bbd61209c565b03611bd157611bcc8383611684565b505050565b611bdd82600283611d8c565b600382015482545f90815260066020908152604080832060018701546001600160401b03168452909152812060020180546001600160801b0393841693919291611c2991859116612de7565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508160010160089054906101000a90046001600160a01b03166001600160a01b0316837f59067d4db38d76ba37e7ab0303b52abf7127ddf1eac146723e879ae0b0259c93835f5f604051611ca293929190612d33565b60405180910390a3505050565b5f611cb9826115fe565b60048101549091505f0361167f57604051630d89fa7960e21b81526004810183905260240161029d565b5f81815260046020526040902080546001600160a01b031661167f57604051630a76b95160e11b81526004810183905260240161029d565b60068301545f90600160c01b900463ffffffff16611d3a858585611f53565b611d449190612454565b949350505050565b604051601360f81b6020820152600160e01b6021820152602581018290525f90604501604051602081830303815290604052805190602001209050919050565b60038301805483919060ff60e81b1916600160e81b836004811115611db357611db361209c565b021790555060038301805482919060ff60f01b1916600160f01b836008811115611ddf57611ddf61209c565b021790555060038301805467ffffffffffffffff60801b1916905582545f90815260066020908152604080832060018701546001600160401b0316845290915290208054600160481b900463ffffffff16906009611e3c83612e06565b82546101009290920a63ffffffff81810219909316918316021790915584545f9081526005602090815260408083206001890154600160401b90046001600160a01b0316845290915290208054600160c01b900490911691506018611ea083612e06565b91906101000a81548163ffffffff021916908363ffffffff16021790555050505050565b5f8381526005602090815260408083206001600160a01b0386168452909152812080546001600160801b03168310611f065780546001600160801b0316611f08565b825b8154909250829082905f90611f279084906001600160801b0316612e1b565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550509392505050565b60068301545f90600160801b900463ffffffff16611d3a85858560068301545f90600160601b900463ffffffff166001600160401b03831610611fbb57604051630491b53560e51b8152600481018490526001600160401b038316602482015260440161029d565b6006840154611fd790600160401b900463ffffffff1683612e3a565b6006850154611d4491906001600160401b0316612454565b5f60208284031215611fff575f5ffd5b5035919050565b5f60808284031215612016575f5ffd5b50919050565b5f5f60a0838503121561202d575f5ffd5b8235915061203e8460208501612006565b90509250929050565b63ffffffff81168114612058575f5ffd5b50565b803561167f81612047565b5f5f5f60608486031215612078575f5ffd5b8335925060208401359150604084013561209181612047565b809150509250925092565b634e487b7160e01b5f52602160045260245ffd5b600581106120c0576120c061209c565b9052565b600981106120c0576120c061209c565b815181526020808301516102208301916120f8908401826001600160401b03169052565b50604083015161211360408401826001600160a01b03169052565b50606083015161212e60608401826001600160a01b03169052565b50608083015161214960808401826001600160401b03169052565b5060a083015161216160a084018263ffffffff169052565b5060c083015161217c60c08401826001600160801b03169052565b5060e083015161219760e08401826001600160401b03169052565b506101008301516121b161010084018263ffffffff169052565b506101208301516121c861012084018260ff169052565b506101408301516121dd6101408401826120b0565b506101608301516121f26101608401826120c4565b506101808301516101808301526101a08301516122456101a084018263ffffffff815116825260208101511515602083015260ff604082015116604083015263ffffffff60608201511660608301525050565b5092915050565b80356001600160401b038116811461167f575f5ffd5b5f5f5f5f60808587031215612275575f5ffd5b843593506122856020860161224c565b925060408501356001600160a01b03811681146122a0575f5ffd5b915060608501356122b081612047565b939692955090935050565b5f5f5f606084860312156122cd575f5ffd5b8335925060208401356001600160401b038111156122e9575f5ffd5b8401606081870312156122fa575f5ffd5b915060408401356001600160401b03811115612314575f5ffd5b61232086828701612006565b9150509250925092565b5f5f6040838503121561233b575f5ffd5b8235915060208301356001600160401b03811115612357575f5ffd5b830160e08186031215612368575f5ffd5b809150509250929050565b634e487b7160e01b5f52601160045260245ffd5b5f60ff821660ff810361239c5761239c612373565b60010192915050565b8015158114612058575f5ffd5b60ff81168114612058575f5ffd5b81356123cb81612047565b815460208401356123db816123a5565b60408501356123e9816123b2565b65ff00000000008160281b1663ffffffff851665ffffffffffff1985161764ff0000000084151560201b1617178555505050505f606083013561242b81612047565b825469ffffffff000000000000191660309190911b69ffffffff00000000000016179091555050565b6001600160401b03818116838216019081111561247357612473612373565b92915050565b803561167f816123b2565b60a08101833561249381612047565b63ffffffff16825260208401356124a9816123a5565b1515602083015260408401356124be816123b2565b60ff16604083015260608401356124d481612047565b63ffffffff1660608301526001600160401b0392909216608090910152919050565b5f6001820161250757612507612373565b5060010190565b5f63ffffffff821663ffffffff810361239c5761239c612373565b5f8235605e1983360301811261253d575f5ffd5b9190910192915050565b5f60208284031215612557575f5ffd5b813561256281612047565b9392505050565b5f5f8335601e1984360301811261257e575f5ffd5b8301803591506001600160401b03821115612597575f5ffd5b6020019150368190038213156125ab575f5ffd5b9250929050565b5f5f8335601e198436030181126125c7575f5ffd5b83016020810192503590506001600160401b038111156125e5575f5ffd5b8036038213156125ab575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8235605e1983360301811261262f575f5ffd5b90910192915050565b5f5f8335601e1984360301811261264d575f5ffd5b83016020810192503590506001600160401b0381111561266b575f5ffd5b8060051b36038213156125ab575f5ffd5b8183525f6001600160fb1b03831115612693575f5ffd5b8260051b80836020870137939093016020019392505050565b5f81356126b881612047565b63ffffffff16835260208201356126ce81612047565b63ffffffff1660208401526126e66040830183612638565b606060408601526126fb60608601828461267c565b95945050505050565b5f61270f82836125b2565b606085526127216060860182846125f3565b915050612731602084018461261b565b848203602086015261274382826126ac565b915050612753604084018461261b565b84820360408601526126fb82826126ac565b5f608083016127748384612638565b6080865291829052905f9060a086015b818310156127b257833561279781612047565b63ffffffff1681526020938401936001939093019201612784565b6127be6020870161205b565b63ffffffff8116602089015293506127d960408701876125b2565b9450925086810360408801526127f08185856125f3565b93505050506128026060840184612638565b858303606087015261281583828461267c565b9695505050505050565b848152608060208201525f6128376080830186612704565b60ff8516604084015282810360608401526128528185612765565b979650505050505050565b5f6020828403121561286d575f5ffd5b5051919050565b828152604060208201525f611d446040830184612704565b5f5f6040838503121561289d575f5ffd5b505080516020909101519092909150565b63ffffffff8616815263ffffffff85166020820152608060408201525f6128d96080830185876125f3565b82810360608401526128eb8185612765565b98975050505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b82811015612955578151865260209586019590910190600101612937565b5093949350505050565b63ffffffff8616815263ffffffff85166020820152608060408201525f61298a6080830185876125f3565b82810360608401528351608080835281519083018190526020909101905f9060a08401905b808310156129d85763ffffffff84511682526020820191506020840193506001830192506129af565b50602087015192506129f2602085018463ffffffff169052565b604087015192508381036040850152612a0b81846128f7565b9250505060608501518282036060840152612a268282612925565b9a9950505050505050505050565b5f8383855260208501945060208460051b820101835f5b86811015612a8557838303601f19018852612a6f83612a6a848961261b565b6126ac565b6020988901989093509190910190600101612a4b565b50909695505050505050565b5f8235607e1983360301811261262f575f5ffd5b5f8383855260208501945060208460051b820101835f5b86811015612a8557838303601f19018852612ae083612adb8489612a91565b612765565b6020988901989093509190910190600101612abc565b828152604060208201525f612b0b838461261b565b60e06040840152612b20610120840182612704565b9050612b2f6020850185612638565b848303603f19016060860152808352602080840190600583901b850101835f5b84811015612b8d57868303601f19018452612b6a82876125b2565b612b758582846125f3565b60209687019690955093909301925050600101612b4f565b5050612b9c6040890189612638565b888303603f190160808a015295509350612bb7818686612a34565b945050505050612bc960608501612479565b60ff1660a0840152612bdd6080850161224c565b6001600160401b031660c0840152612bf860a0850185612a91565b838203603f190160e0850152612c0e8282612765565b915050612c1e60c0850185612638565b848303603f1901610100860152612852838284612aa5565b805161167f816123b2565b805161167f81612047565b805161ffff8116811461167f575f5ffd5b5f60c0828403128015612c6e575f5ffd5b5060405160c081016001600160401b0381118282101715612c9d57634e487b7160e01b5f52604160045260245ffd5b604052612ca983612c36565b8152612cb760208401612c41565b6020820152612cc860408401612c41565b6040820152612cd960608401612c4c565b6060820152612cea60808401612c41565b6080820152612cfb60a08401612c41565b60a08201529392505050565b60ff818116838216019081111561247357612473612373565b8082018082111561247357612473612373565b60608101612d4182866120c4565b602082019390935260400152919050565b808202811582820484141761247357612473612373565b5f82612d8357634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561247357612473612373565b634e487b7160e01b5f52603260045260245ffd5b5f61ffff821680612dc257612dc2612373565b5f190192915050565b63ffffffff828116828216039081111561247357612473612373565b6001600160801b03818116838216019081111561247357612473612373565b5f63ffffffff821680612dc257612dc2612373565b6001600160801b03828116828216039081111561247357612473612373565b6001600160401b0381811683821602908116908181146122455761224561237356",
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
// the contract method with ID 0x7817dd03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postStep(uint256 id, bytes32 stepRoot, uint32 nrecords) returns()
func (disputes *Disputes) PackPostStep(id *big.Int, stepRoot [32]byte, nrecords uint32) []byte {
	enc, err := disputes.abi.Pack("postStep", id, stepRoot, nrecords)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7817dd03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postStep(uint256 id, bytes32 stepRoot, uint32 nrecords) returns()
func (disputes *Disputes) TryPackPostStep(id *big.Int, stepRoot [32]byte, nrecords uint32) ([]byte, error) {
	return disputes.abi.Pack("postStep", id, stepRoot, nrecords)
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
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, (bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) config, uint256 pool, string[] bootstrap)
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

// LedgerMetaData contains all meta data concerning the Ledger contract.
var LedgerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"disputes\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"AlreadyJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadRunConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"BeaconNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"BeaconPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DisputeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"NoContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoRevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoSuchRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"name\":\"NoSuchStep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"NoVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotAVoter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotChallenger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDelegated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"NotJoined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSubmitter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotTimedOut\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"PeerInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"RevealMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"name\":\"RoundNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opensAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closesAt\",\"type\":\"uint64\"}],\"name\":\"RoundStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"finalized\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"}],\"name\":\"RunNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SelfDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepAlreadyPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"StepNotPosted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"TooManyReveals\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"UnknownRun\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VerifyWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closedAt\",\"type\":\"uint64\"}],\"name\":\"VotingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"}],\"name\":\"BeaconFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ContributionAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumDisputeOutcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"whistleblowerReward\",\"type\":\"uint256\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Joined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Left\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ModelAgreed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"ModelVoted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"withChunk\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"slot\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"chunk\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structRevealRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revealDeadline\",\"type\":\"uint64\"}],\"name\":\"RevealRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"record\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"recordBytes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"firstChunk\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"chunks\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structTensorSlice\",\"name\":\"chunk\",\"type\":\"tuple\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"contributions\",\"type\":\"uint32\"}],\"name\":\"RoundClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perContribution\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"RoundFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"indexed\":false,\"internalType\":\"structRunConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"RunCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nrecords\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"StepPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"VerifierPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"attestContribution\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"rnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"attestModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"beacon\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"claimReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"closeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"internalType\":\"structCommitment\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"commitment\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"base\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateBlob\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"updateSize\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nsteps\",\"type\":\"uint32\"}],\"internalType\":\"structCommitment\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"contribution\",\"outputs\":[{\"components\":[{\"internalType\":\"enumContributionStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"duplicate\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"rewardClaimed\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"feeClaimed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"attestations\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"verified\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"}],\"internalType\":\"structContribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structRunConfig\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"string[]\",\"name\":\"bootstrap\",\"type\":\"string[]\"}],\"name\":\"createRun\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputesModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"finalSet\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"finalizeRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"joinRun\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"leaveRun\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"member\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"}],\"internalType\":\"structMember\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"modelRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"referee\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"revealWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"responseWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"maxCommitsPerRound\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxReveals\",\"type\":\"uint8\"}],\"internalType\":\"structLedgerParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"reclaimPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"}],\"name\":\"round\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"openDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestations\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"finalCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"beacon\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"bonus\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"perContribution\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unclaimed\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"finalStake\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"agreedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leader\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"leaderWeight\",\"type\":\"uint128\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"}],\"internalType\":\"structLedgerStorage.Round\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"}],\"name\":\"run\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"finalizedRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"rewardPerRound\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"pool\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"skeletonRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"task\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"roundDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numRounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"verifyWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"finalityLag\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"verifiersPerContribution\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"whistleblowerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"slashAmount\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"disputeBond\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minGasPrice\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierFee\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"verifierPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structRunConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"internalType\":\"structLedgerStorage.Run\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"runCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumContributionStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"runId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"r\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"votes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Ledger",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161515138038061515183398101604081905261002e91610258565b81516001600160a01b0316158061004c57506001600160a01b038116155b1561009f576040516387a33b2760e01b815260206004820152601f60248201527f7a65726f2072656665726565206f72206469737075746573206d6f64756c650060448201526064015b60405180910390fd5b816060015161ffff165f036100f7576040516387a33b2760e01b815260206004820152601660248201527f7a65726f20636f6d6d6974732070657220726f756e64000000000000000000006044820152606401610096565b60208201516001600160401b0316158061011c575060408201516001600160401b0316155b1561016a576040516387a33b2760e01b815260206004820152601e60248201527f7a65726f2072657665616c206f7220726573706f6e73652077696e646f7700006044820152606401610096565b81515f805460208501516001600160401b03908116600160a01b026001600160e01b03199092166001600160a01b039485161791909117909155604084015160018054606087015160809788015160ff166a01000000000000000000000260ff60501b1961ffff90921668010000000000000000026001600160501b03199093169490951693909317179190911691909117905516905261030f565b80516001600160a01b038116811461021c575f5ffd5b919050565b80516001600160401b038116811461021c575f5ffd5b805161ffff8116811461021c575f5ffd5b805160ff8116811461021c575f5ffd5b5f5f82840360c081121561026a575f5ffd5b60a0811215610277575f5ffd5b5060405160a081016001600160401b03811182821017156102a657634e487b7160e01b5f52604160045260245ffd5b6040526102b284610206565b81526102c060208501610221565b60208201526102d160408501610221565b60408201526102e260608501610237565b60608201526102f360808501610248565b6080820152915061030660a08401610206565b90509250929050565b608051614e2361032e5f395f81816101aa01526104c50152614e235ff3fe60806040526004361061019f575f3560e01c80637e7881a5116100eb578063c3cf453c11610089578063d5d44d8011610063578063d5d44d8014610710578063eba3dd9014610744578063ed8c4b5d146107a7578063ef6ac0f0146107c6576101a8565b8063c3cf453c146105d7578063cff0ab96146105f6578063d3b6ef6b146106f1576101a8565b80639779a16a116100c55780639779a16a1461044d578063a16c222614610495578063a1839c03146104b4578063a6c4a3f4146104ff576101a8565b80637e7881a5146103fb5780639196b7001461041a578063953490371461042e576101a8565b806340167d7e116101585780634896358f116101325780634896358f1461038b57806379171250146103aa5780637d4ae3f1146103c95780637e4f6ee6146103dc576101a8565b806340167d7e146102ca57806343c6a548146102e957806346bb1f231461036c576101a8565b806303c88daf146101e95780630f496ca31461021e57806311e01d671461024b57806333e18aee1461027757806337fda68f146102a35780633ccfd60b146102b6576101a8565b366101a8575f5ffd5b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e8080156101e3573d5ff35b3d5ffd5b005b3480156101f4575f5ffd5b50610208610203366004613cd9565b6107f2565b6040516102159190613d14565b60405180910390f35b348015610229575f5ffd5b5061023d610238366004613d5f565b6108e8565b604051908152602001610215565b348015610256575f5ffd5b5061026a610265366004613d5f565b610906565b6040516102159190613dd0565b348015610282575f5ffd5b50610296610291366004613cd9565b610abb565b6040516102159190613f22565b61023d6102b1366004613f92565b610bc3565b3480156102c1575f5ffd5b506101e7610e2d565b3480156102d5575f5ffd5b506101e76102e436600461402f565b610eb5565b3480156102f4575f5ffd5b50610308610303366004613cd9565b6112c0565b60405161021591905f60e08201905082518252602083015160208301526040830151604083015260608301516060830152608083015160808301526001600160401b0360a08401511660a083015263ffffffff60c08401511660c083015292915050565b348015610377575f5ffd5b506101e7610386366004613d5f565b611399565b348015610396575f5ffd5b506101e76103a5366004613d5f565b611566565b3480156103b5575f5ffd5b506101e76103c4366004614064565b61179f565b6101e76103d73660046140ab565b611c5a565b3480156103e7575f5ffd5b506101e76103f63660046140ab565b611d64565b348015610406575f5ffd5b50610208610415366004613d5f565b611ea4565b348015610425575f5ffd5b5060025461023d565b348015610439575f5ffd5b5061023d610448366004613d5f565b611ec4565b348015610458575f5ffd5b5061023d61046736600461402f565b5f928352600b602090815260408085206001600160401b039490941685529281528284209184525290205490565b3480156104a0575f5ffd5b506101e76104af366004613cd9565b611ecf565b3480156104bf575f5ffd5b506104e77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610215565b34801561050a575f5ffd5b5061059d6105193660046140c2565b604080516060810182525f8082526020820181905291810191909152505f9182526005602090815260408084206001600160a01b0393909316845291815291819020815160608101835290546001600160801b0381168252600160801b81046001600160401b031693820193909352600160c01b90920463ffffffff169082015290565b6040805182516001600160801b031681526020808401516001600160401b0316908201529181015163ffffffff1690820152606001610215565b3480156105e2575f5ffd5b506101e76105f1366004613d5f565b612287565b348015610601575f5ffd5b5061068f6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a0810182525f546001600160a01b0381168252600160a01b90046001600160401b03908116602083015260015490811692820192909252600160401b820461ffff166060820152600160501b90910460ff16608082015290565b60405161021591905f60a08201905060018060a01b0383511682526001600160401b0360208401511660208301526001600160401b03604084015116604083015261ffff606084015116606083015260ff608084015116608083015292915050565b3480156106fc575f5ffd5b5061020861070b366004613cd9565b612568565b34801561071b575f5ffd5b5061023d61072a3660046140ec565b6001600160a01b03165f908152600e602052604090205490565b34801561074f575f5ffd5b5061079a61075e366004613cd9565b5f9283526008602090815260408085206001600160401b039490941685529281528284206001600160a01b039290921684525290205460ff1690565b6040516102159190614105565b3480156107b2575f5ffd5b506101e76107c13660046140ab565b6125f5565b3480156107d1575f5ffd5b506107e56107e03660046140ab565b61273d565b6040516102159190614141565b60605f6107fe85612a25565b90505f61080b8686612a62565b90505f8190036108455760405163c7015fc160e01b8152600481018790526001600160401b03861660248201526044015b60405180910390fd5b5f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915281205460ff16600281111561088c5761088c613eee565b036108b05785858560405163e5bb110f60e01b815260040161083c93929190614327565b5f8681526006602090815260408083206001600160401b038916845290915290206108de9083908684612b1d565b9695505050505050565b5f6108f283612a25565b506108fd8383612dca565b90505b92915050565b604080516101c0810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201839052610140820183905261016082018390526101808201929092526101a08101919091525f8381526006602081815260408084206001600160401b0380881686529083529381902081516101c0810183528154958616815260ff600160401b87041615158185015263ffffffff600160481b8704811682850152600160681b870481166060830152600160881b9096049095166080860152600181015460a086015260028101546001600160801b0380821660c0880152600160801b91829004811660e0880152600383015480821661010089015291909104811661012087015260048201546101408701526005820154610160870152938101549093166101808501526007830180548251818502810185019093528083526101a0860193830182828015610aaa57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610a8c575b505050505081525050905092915050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c08401829052878252600881528482206001600160401b038816835281528482206001600160a01b038716835290528390208351918201909352825491929091829060ff166002811115610b4457610b44613eee565b6002811115610b5557610b55613eee565b8152905460ff610100820481161515602084015262010000820481161515604084015263010000008204161515606083015261ffff640100000000820481166080840152600160301b82041660a083015263ffffffff600160401b9091041660c09091015290509392505050565b5f80610bd76101808601610160870161435d565b60ff1615610bf657610bf16101808601610160870161435d565b610bf9565b60025b60ff169050610c088582612ecf565b610c1185613354565b610c1e606086018661437f565b15905080610c3b5750610100610c37606087018761437f565b9050115b15610c7c57604051634ac7b07b60e01b815260206004820152601060248201526f0e8c2e6d640dcc2daca40d8cadccee8d60831b604482015260640161083c565b6020831115610cce57604051634ac7b07b60e01b815260206004820181905260248201527f6d6f7265207468616e20333220626f6f74737472617020616464726573736573604482015260640161083c565b463060025f8154610cde906143dc565b9182905550604051610d0f939291906020019283526001600160a01b03919091166020830152604082015260600190565b60408051601f1981840301815291815281516020928301205f8181526004909352912080546001600160a01b031916331781559092508560028201610d5482826145b8565b505060078101805460ff191660ff8416179055610d7760a08701608088016148ce565b6001600160401b03165f03610da55760068101805467ffffffffffffffff1916426001600160401b03161790555b610db560e0870160c088016148e9565b610dc59063ffffffff1634614918565b6001600160801b03908116600160801b3492831602176001830155604051339185917f1ca05df4445096fd2a9cf37551f902847b21b59689704974fb2591c240f36a8e91610e1c916002870191908b908b90614a6a565b60405180910390a350509392505050565b335f908152600e602052604081205490819003610e5d57604051630686827b60e51b815260040160405180910390fd5b335f818152600e602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610ea09084815260200190565b60405180910390a2610eb23382613845565b50565b5f610ebf84612a25565b90505f829003610ee25760405163b263ae7360e01b815260040160405180910390fd5b600781015460ff166001600160401b038416811115610f26576040516307442e9b60e51b8152600481018690526001600160401b038516602482015260440161083c565b60068201545f90600160401b900463ffffffff16610f458488886138c7565b610f4f9190614bab565b9050806001600160401b03164210610f945760405163e00009f960e01b8152600481018790526001600160401b0380871660248301528216604482015260640161083c565b5f610f9f8387614bca565b5f8881526006602090815260408083206001600160401b03851684529091529020805491925090600160401b900460ff16610fff5760405163259c79e760e11b8152600481018990526001600160401b038316602482015260440161083c565b5f8881526008602090815260408083206001600160401b03861684528252808320338452909152902061103190613951565b61105457878733604051631e50ed1360e01b815260040161083c93929190614327565b5f888152600c602090815260408083206001600160401b038b168452825280832033845290915290205460ff16156110a557878733604051637a7245d160e11b815260040161083c93929190614327565b5f8881526005602090815260408083203384529091528120546001600160801b0316908190036110ee57888833604051631e50ed1360e01b815260040161083c93929190614327565b5f898152600c602090815260408083206001600160401b038c168085529083528184203385528352818420805460ff191660011790558c8452600b835281842090845282528083208a845290915281205461114a908390614be9565b5f8b8152600b602090815260408083206001600160401b038e168085529083528184208d855283529281902084905580518c815291820186905292935033928d917fb3008a79f20b34b65a1f76883fa4e1e75b532dfc42ad4ae07652bea6abe4961e910160405180910390a45f8a81526006602081815260408084206001600160401b038e168552909152909120908101546001600160801b031682118061120c575060068101546001600160801b03168214801561120c5750806005015489105b1561123657600581018990556006810180546001600160801b0319166001600160801b0384161790555b600481015415801561126557506003840154600160801b90046001600160801b0316611263836002614bfc565b115b156112b357600481018990556040518981526001600160401b038b16908c907f6d340170f418b3021af545c29252134cd71c5c4ebde2f8065f5cd7aa7fbe255d906020015b60405180910390a35b5050505050505050505050565b6113086040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f63ffffffff1681525090565b505f9283526007602090815260408085206001600160401b03948516865282528085206001600160a01b0393909316855291815292819020815160e0810183528154815260018201549481019490945260028101549184019190915260038101546060840152600481015460808401526005015490811660a0830152600160401b900463ffffffff1660c082015290565b5f6113a383612a25565b90505f6113b1828585613998565b9050806001600160401b03164210156113f75760405163d149900b60e01b8152600481018590526001600160401b0380851660248301528216604482015260640161083c565b5f8481526006602090815260408083206001600160401b0387168452909152902060018101541561144d5760405163266d427b60e01b8152600481018690526001600160401b038516602482015260440161083c565b80546001600160401b031680158015906114705750806001600160401b03164311155b156114a857604051634ae0f12d60e01b8152600481018790526001600160401b0380871660248301528216604482015260640161083c565b6001600160401b038116158015906114d457506114d06001600160401b038216610100614be9565b4311155b156114ec576114e48686846139c1565b505050505050565b6114f7436001614bab565b825467ffffffffffffffff19166001600160401b03918216908117845560078401546040805192835263ffffffff90911660208301529187169188917f1e69e6ff4b01590226815934c3e5d178ca1d6460944347730cadf6fffa137ed7910160405180910390a3505050505050565b5f8281526006602090815260408083206001600160401b038516845290915290208054600160401b900460ff166115c25760405163259c79e760e11b8152600481018490526001600160401b038316602482015260440161083c565b5f8381526008602090815260408083206001600160401b038616845282528083203384529091528120805490919062010000900460ff1615801561160a575061160a82613951565b156116365750805462ff000019166201000017815560028201546001600160801b03600160801b909104165b81546301000000900460ff1615801561165a57508154600160301b900461ffff1615155b156116b657815463ff00000019166301000000178083555f868152600460205260409020600901546116a99161ffff600160301b90910416906001600160801b03600160801b90910416614bfc565b6116b39082614be9565b90505b805f036116dc57848433604051637319a24360e01b815260040161083c93929190614327565b6003830180548291905f906116fb9084906001600160801b0316614c13565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555080600e5f336001600160a01b03166001600160a01b031681526020019081526020015f205f8282546117519190614be9565b909155505060405181815233906001600160401b0386169087907f7c7873da51296ef7248de9ab21259ea338bee79cbd9e7fcbbf24f86a20d8cd2c9060200160405180910390a45050505050565b5f6117a984612a25565b90505f6117b78286866138c7565b60068301549091505f906117d890600160801b900463ffffffff1683614bab565b9050816001600160401b03164210806117fa5750806001600160401b03164210155b1561183a576040516379ba497f60e01b8152600481018790526001600160401b03808716602483015280841660448301528216606482015260840161083c565b5f8681526005602090815260408083203384529091529020600784015481546001600160801b03600160281b9092048216911610156118b5578054600785015460405163936d426d60e01b81523360048201526001600160801b039283166024820152600160281b909104909116604482015260640161083c565b843515806118c557506020850135155b806118d257506040850135155b806118df57506060850135155b806118ec57506080850135155b8061190a575061190260e0860160c087016148e9565b63ffffffff16155b156119285760405163b263ae7360e01b815260040160405180910390fd5b5f6119338888612dca565b90508015801590611945575085358114155b1561196d5760405163e64b95b760e01b8152863560048201526024810182905260440161083c565b5f8881526008602090815260408083206001600160401b038b1684528252808320338452909152812090815460ff1660028111156119ad576119ad613eee565b146119d15788883360405163167560eb60e21b815260040161083c93929190614327565b5f8981526006602090815260408083206001600160401b038c16845290915290206001546007820154600160401b90910461ffff1611611a365760405163a415390960e01b8152600481018b90526001600160401b038a16602482015260440161083c565b5f8a81526007602090815260408083206001600160401b038d168452825280832033845290915290208890611a6b8282614c32565b50508154600190839060ff1916828002179055506007810154825463ffffffff909116600160401b0263ffffffff60401b199091161782555f8a81526009602090815260408083206001600160401b038d168452825280832060608c013584529091529020546001600160a01b031680611b21575f8b81526009602090815260408083206001600160401b038e168452825280832060608d01358452909152902080546001600160a01b03191633179055611b2f565b825461ff0019166101001783555b60078083018054600181810183555f9283526020832090910180546001600160a01b0319163317905560068b0154928b0154919263ffffffff600160401b9091041691611b819160ff90911690614bab565b611b8b9190614cc2565b611b959089614bab565b86549091506001600160401b03600160801b90910481169082161115611bd957855467ffffffffffffffff60801b1916600160801b6001600160401b038316021786555b336001600160a01b03168b6001600160401b03168d7f95f70a21602bf9e77e77dc959a0514ae9b783bada3d11f898d22c525ff198144875f0160089054906101000a900463ffffffff16885f0160019054906101000a900460ff168f604051611c4493929190614ce4565b60405180910390a4505050505050505050505050565b5f611c6482612a25565b5f83815260056020908152604080832033845290915290208054919250906001600160801b031615611cb257604051634926161360e01b81526004810184905233602482015260440161083c565b6007820154600160281b90046001600160801b0316341015611d0a57600782015460405163936d426d60e01b8152336004820152346024820152600160281b9091046001600160801b0316604482015260640161083c565b80546001600160801b031916346001600160801b038116919091178255604051908152339084907f91a4dbdcbc6d322357bda498e04d2259453ee2b85812554356e6ae0b5935f3bd906020015b60405180910390a3505050565b5f8181526005602090815260408083203384529091528120805490916001600160801b0390911690819003611db55760405163594e48ef60e01b81526004810184905233602482015260440161083c565b8154600160801b90046001600160401b0316421015611dfb578154604051631a28814f60e21b8152600160801b9091046001600160401b0316600482015260240161083c565b8154600160c01b900463ffffffff1615611e3f578154604051630dea304560e41b8152336004820152600160c01b90910463ffffffff16602482015260440161083c565b81546001600160801b0319168255335f908152600e602052604081208054839290611e6b908490614be9565b9091555050604051818152339084907f155988c63500f3f140b71291b6875b1ad7ccf75574bcddc52838719c5c46b1a590602001611d57565b60605f611eba611eb385612a25565b8585613aa6565b8152949350505050565b5f6108fd8383612a62565b5f611ed984612a25565b60068101549091505f90600160a01b900463ffffffff16611efb838787613998565b611f059190614bab565b9050806001600160401b03164210611f4a57604051634adc0c4760e01b8152600481018690526001600160401b0380861660248301528216604482015260640161083c565b5f8581526006602090815260408083206001600160401b038816845290915281206001810154909103611f8257611f828686836139c1565b5f8681526008602090815260408083206001600160401b038916845282528083206001600160a01b038816845290915290206001815460ff166002811115611fcc57611fcc613eee565b14611ff05786868660405163e5bb110f60e01b815260040161083c93929190614327565b5f6120018584888660010154612b1d565b90505f805b825181101561204e57336001600160a01b031683828151811061202b5761202b614d78565b60200260200101516001600160a01b03160361204657600191505b600101612006565b508061209457604051633258f42160e11b8152600481018a90526001600160401b03891660248201526001600160a01b038816604482015233606482015260840161083c565b5f898152600a602090815260408083206001600160401b038c16845282528083206001600160a01b038b1684529091528120905b815481101561212d57336001600160a01b03168282815481106120ed576120ed614d78565b5f918252602090912001546001600160a01b031603612125578a8a33604051637a7245d160e11b815260040161083c93929190614327565b6001016120c8565b5080546001810182555f828152602090200180546001600160a01b03191633179055835461ffff6401000000009091041684600461216a83614d8c565b82546101009290920a61ffff8181021990931691831602179091555f8c81526008602090815260408083206001600160401b038f168452825280832033845290915290208054600160301b9004909116915060066121c783614d8c565b825461ffff9182166101009390930a928302919092021990911617905550845463ffffffff600160681b9091041685600d61220183614dac565b91906101000a81548163ffffffff021916908363ffffffff16021790555050876001600160a01b0316896001600160401b03168b7ff0fdc8356a83ab95374ba81b3e659475bf98d76189ffb1540b3ab21a5f7bd4c83360405161227391906001600160a01b0391909116815260200190565b60405180910390a450505050505050505050565b5f61229183612a25565b5f8481526006602090815260408083206001600160401b03871684529091529020805491925090600160401b900460ff16156122f257604051631dd6ffa960e31b8152600481018590526001600160401b038416602482015260440161083c565b5f5f6122ff848787613aa6565b90925090505f805b828110156123735760055f8981526020019081526020015f205f85838151811061233357612333614d78565b6020908102919091018101516001600160a01b031682528101919091526040015f2054612369906001600160801b031683614be9565b9150600101612307565b50835463ffffffff808416600160881b0274ffffffff0000000000000000ff00000000000000001990921691909117600160401b1785556003850180546001600160801b03808516600160801b0291161790558554600160a01b9004168560146123dc83614dac565b825463ffffffff9182166101009390930a928302919092021990911617905550600284015460018601545f9161241e916001600160801b039182169116614be9565b855460098801549192505f9161245191600160681b900463ffffffff1690600160801b90046001600160801b0316614bfc565b90505f841561247457846124658385614dc7565b61246f9190614918565b612476565b5f5b90505f6124838683614bfc565b61248d9084614be9565b60018a0154909150819085906124b6906001600160801b0380821691600160801b900416614c13565b6001600160801b03166124c99190614be9565b6124d39190614dc7565b60018a0180546001600160801b03908116600160801b93821684021790915560038a0180546001600160801b0319908116858416179091559084169091021660028901556040805163ffffffff88168152602081018490529081018490526001600160401b038b16908c907f82f337224413f3fd60fad066837019175e896d4a110503eff8d6b9811361dbbb906060016112aa565b5f838152600a602090815260408083206001600160401b038616845282528083206001600160a01b03851684528252918290208054835181840281018401909452808452606093928301828280156125e757602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116125c9575b505050505090509392505050565b5f6125ff82612a25565b80549091506001600160a01b031633146126355760405163352eb98160e21b81526004810183905233602482015260440161083c565b60068101548154600160a01b900463ffffffff908116600160601b909204161461269f5780546006820154604051637a8f9c4960e01b815260048101859052600160a01b90920463ffffffff9081166024840152600160601b90910416604482015260640161083c565b6001810154600160801b90046001600160801b03165f8190036126d557604051630686827b60e51b815260040160405180910390fd5b6001820180546001600160801b03169055335f908152600e602052604081208054839290612704908490614be9565b9091555050604051818152339084907f1a46a81d353013071c6fd7a58064edd308aa1eab547ae9a6fba4bd451daa056790602001611d57565b6040805160a080820183525f8083526020808401829052838501829052606080850183905285516102808101875283815291820183905294810182905280850194909452608080850182905291840181905260c0840181905260e08401819052610100840181905261012084018190526101408401819052610160840181905261018084018190526101a084018190526101c084018190526101e0840181905261020084018190526102208401819052610240840181905261026084015281019190915261280a82612a25565b6040805160a08101825282546001600160a01b0381168252600160a01b900463ffffffff1660208083019190915260018401546001600160801b0380821684860152600160801b9091041660608084019190915283516102808101855260028601805482526003870154938201939093526004860154948101949094526005850180549395946080870194909392840191906128a590614408565b80601f01602080910402602001604051908101604052809291908181526020018280546128d190614408565b801561291c5780601f106128f35761010080835404028352916020019161291c565b820191905f5260205f20905b8154815290600101906020018083116128ff57829003601f168201915b505050918352505060048201546001600160401b038116602083015263ffffffff600160401b820481166040840152600160601b820481166060840152600160801b80830482166080850152600160a01b8304821660a0850152600160c01b8304821660c0850152600160e01b9092041660e0830152600583015460ff81166101008085019190915261ffff908204811661012085015263010000008204166101408401526001600160801b03600160281b9091048116610160840152600684015480821661018085015282900481166101a084015260078401548082166101c08501529190910481166101e08301526008909201549091166102009091015290525092915050565b5f81815260046020526040902080546001600160a01b0316612a5d57604051630a76b95160e11b81526004810183905260240161083c565b919050565b5f8281526006602090815260408083206001600160401b03851684529091528120600181015415612a9857600101549050610900565b80546001600160401b0316801580612ab05750804311155b80612ac55750612ac281610100614be9565b43115b15612ad557505f91506109009050565b60408051824060208201529081018690526001600160c01b031960c086901b166060820152606801604051602081830303815290604052805190602001209250505092915050565b60078301546060905f906001600160401b03811115612b3e57612b3e6143f4565b604051908082528060200260200182016040528015612b67578160200160208202803683370190505b5090505f805b6007870154811015612c2057856001600160a01b0316876007018281548110612b9857612b98614d78565b5f918252602090912001546001600160a01b031614612c1857866007018181548110612bc657612bc6614d78565b5f918252602090912001546001600160a01b03168383612be5816143dc565b945081518110612bf757612bf7614d78565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101612b6d565b5060078701545f90610100900461ffff168211612c3d5781612c4c565b6007880154610100900461ffff165b9050806001600160401b03811115612c6657612c666143f4565b604051908082528060200260200182016040528015612c8f578160200160208202803683370190505b5093505f5b81811015612dbe575f612ca78285614dc7565b6040805160208082018b90526001600160a01b038c168284015260608083018790528351808403909101815260809092019092528051910120612cea9190614dda565b612cf49083614be9565b9050848181518110612d0857612d08614d78565b6020026020010151858381518110612d2257612d22614d78565b6020026020010151868481518110612d3c57612d3c614d78565b60200260200101878481518110612d5557612d55614d78565b6001600160a01b039384166020918202929092010152911690528451859083908110612d8357612d83614d78565b6020026020010151868381518110612d9d57612d9d614d78565b6001600160a01b039092166020928302919091019091015250600101612c94565b50505050949350505050565b5f828152600460205260408120600781015460ff165b6001600160401b03841615612ec3575f612dfb600186614bca565b9050816001600160401b0316816001600160401b031610612ebc575f8681526006602090815260408083206001600160401b03851684529091529020600481015415612e505760040154935061090092505050565b6006840154612e7590600160401b900463ffffffff166001600160401b038816614bfc565b6006850154612e8d91906001600160401b0316614be9565b421015612ea157505f935061090092505050565b600581015415612eba5760050154935061090092505050565b505b9350612de0565b50600401549392505050565b612edf60e0830160c084016148e9565b63ffffffff161580612f045750612efc60c0830160a084016148e9565b63ffffffff16155b15612f5257604051634ac7b07b60e01b815260206004820152601d60248201527f7a65726f20726f756e6473206f7220726f756e64206475726174696f6e000000604482015260640161083c565b81351580612f6257506020820135155b80612f6f57506040820135155b15612fa957604051634ac7b07b60e01b81526020600482015260096024820152681e995c9bc81c9bdbdd60ba1b604482015260640161083c565b612fba610100830160e084016148e9565b63ffffffff161580612fe15750612fd9610120830161010084016148e9565b63ffffffff16155b806130015750612ff9610140830161012084016148e9565b63ffffffff16155b806130215750613019610160830161014084016148e9565b63ffffffff16155b1561305d57604051634ac7b07b60e01b815260206004820152600b60248201526a7a65726f2077696e646f7760a81b604482015260640161083c565b61306d60c0830160a084016148e9565b63ffffffff16613084610100840160e085016148e9565b63ffffffff1611156130e357604051634ac7b07b60e01b815260206004820152602160248201527f636f6d6d69742077696e646f77206c6f6e676572207468616e206120726f756e6044820152601960fa1b606482015260840161083c565b6130f5610140830161012084016148e9565b63ffffffff1661310d610120840161010085016148e9565b63ffffffff16111561317357604051634ac7b07b60e01b815260206004820152602860248201527f7665726966792077696e646f77206c6f6e676572207468616e20646973707574604482015267652077696e646f7760c01b606482015260840161083c565b61318360c0830160a084016148e9565b6131939063ffffffff1682614bfc565b6131a5610160840161014085016148e9565b63ffffffff166131bd610140850161012086016148e9565b63ffffffff166131d4610100860160e087016148e9565b63ffffffff166131e49190614be9565b6131ee9190614be9565b111561324b57604051634ac7b07b60e01b815260206004820152602560248201527f726f756e64206e6f742066696e616c206265666f726520726f756e6420722b4460448201526420656e647360d81b606482015260840161083c565b6040805160a0810182525f546001600160a01b0381168252600160a01b90046001600160401b0390811660208301819052600154918216938301849052600160401b820461ffff166060840152600160501b90910460ff16608083015290916132b391614bab565b6001600160401b0316816080015160ff1660016132d09190614be9565b6132da9190614bfc565b6132ec610160850161014086016148e9565b63ffffffff16101561334f57604051634ac7b07b60e01b815260206004820152602560248201527f64697370757465206475726174696f6e2062656c6f7720612066756c6c206469604482015264737075746560d81b606482015260840161083c565b505050565b6133666101c082016101a08301614ded565b61ffff16158061338d57506113886133866101c083016101a08401614ded565b61ffff1610155b156133e757604051634ac7b07b60e01b815260206004820152602360248201527f77686973746c65626c6f776572207368617265206e6f7420696e2028302c203560448201526230252960e81b606482015260840161083c565b6133f96101a082016101808301614ded565b61ffff16158061341e575060106134186101a083016101808401614ded565b61ffff16115b1561347e57604051634ac7b07b60e01b815260206004820152602960248201527f7665726966696572732070657220636f6e747269627574696f6e206e6f7420696044820152686e205b312c2031365d60b81b606482015260840161083c565b61349061024082016102208301614e08565b6001600160801b03165f036134dd57604051634ac7b07b60e01b81526020600482015260126024820152717a65726f206d696e2067617320707269636560701b604482015260640161083c565b6134ef61024082016102208301614e08565b600180546001600160801b039290921691620493e09161351991600160501b900460ff1690614be9565b6135239190614bfc565b61352d9190614bfc565b61353f61022083016102008401614e08565b6001600160801b031610156135a257604051634ac7b07b60e01b815260206004820152602260248201527f626f6e642062656c6f772074686520736f6c76657227732072657665616c2067604482015261617360f01b606482015260840161083c565b6135b461022082016102008301614e08565b6135c9906001600160801b0316612710614bfc565b6135db6101c083016101a08401614ded565b61ffff166135f161020084016101e08501614e08565b6001600160801b03166136049190614bfc565b101561365e57604051634ac7b07b60e01b815260206004820152602260248201527f77686973746c65626c6f7765722073686172652062656c6f772074686520626f6044820152611b9960f21b606482015260840161083c565b61367061028082016102608301614e08565b6001600160801b031661368b61020083016101e08401614e08565b6001600160801b031661369e9190614be9565b6136b06101e083016101c08401614e08565b6001600160801b0316101561370857604051634ac7b07b60e01b815260206004820152601b60248201527f7374616b652062656c6f7720736c617368202b2070656e616c74790000000000604482015260640161083c565b61371860e0820160c083016148e9565b63ffffffff1634101561376e57604051634ac7b07b60e01b815260206004820152601c60248201527f706f6f6c2062656c6f77206f6e65207765692070657220726f756e6400000000604482015260640161083c565b6001545f90600160401b900461ffff166137906101a084016101808501614ded565b61ffff166137a661026085016102408601614e08565b6001600160801b03166137b99190614bfc565b6137c39190614bfc565b90506137d560e0830160c084016148e9565b6137e59063ffffffff1634614918565b81111561384157604051634ac7b07b60e01b8152602060048201526024808201527f766572696669657220666565732061626f76652074686520726f756e642072656044820152631dd85c9960e21b606482015260840161083c565b5050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461388e576040519150601f19603f3d011682016040523d82523d5f602084013e613893565b606091505b505090508061334f57604051630e21dcbb60e11b81526001600160a01b03841660048201526024810183905260440161083c565b60068301545f90600160601b900463ffffffff166001600160401b0383161061391557604051630491b53560e51b8152600481018490526001600160401b038316602482015260440161083c565b600684015461393190600160401b900463ffffffff1683614cc2565b600685015461394991906001600160401b0316614bab565b949350505050565b5f6001825460ff16600281111561396a5761396a613eee565b14801561398357508154640100000000900461ffff1615155b801561090057505054610100900460ff161590565b60068301545f90600160801b900463ffffffff166139b78585856138c7565b6139499190614bab565b80546001600160401b03168015806139d95750804311155b806139ee57506139eb81610100614be9565b43115b15613a1e5760405163c7015fc160e01b8152600481018590526001600160401b038416602482015260440161083c565b60408051824060208201529081018590526001600160c01b031960c085901b16606082015260680160408051808303601f190181529082905280516020918201206001850181905582526001600160401b0385169186917fe5ad3f93522b364a71b4cbc908e8757624f99593221d836c706f9a4dea318274910160405180910390a350505050565b60605f5f613ab5868686613c76565b5f8681526006602090815260408083206001600160401b03808a16855292529091209192508216421080613af657508054600160481b900463ffffffff1615155b15613b43578054604051637b1c0ad160e01b8152600481018890526001600160401b03808816602483015284166044820152600160481b90910463ffffffff16606482015260840161083c565b6007810180546001600160401b03811115613b6057613b606143f4565b604051908082528060200260200182016040528015613b89578160200160208202803683370190505b5094505f5b8154811015613c6a575f8881526008602090815260408083206001600160401b038b16845290915281208354613bf99290859085908110613bd157613bd1614d78565b5f9182526020808320909101546001600160a01b031683528201929092526040019020613951565b15613c6257818181548110613c1057613c10614d78565b5f918252602090912001546001600160a01b03168686613c2f816143dc565b975081518110613c4157613c41614d78565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101613b8e565b50505050935093915050565b60068301545f90600160e01b900463ffffffff166139b785858560068301545f90600160c01b900463ffffffff166139b7858585613998565b6001600160401b0381168114610eb2575f5ffd5b80356001600160a01b0381168114612a5d575f5ffd5b5f5f5f60608486031215613ceb575f5ffd5b833592506020840135613cfd81613caf565b9150613d0b60408501613cc3565b90509250925092565b602080825282518282018190525f918401906040840190835b81811015613d545783516001600160a01b0316835260209384019390920191600101613d2d565b509095945050505050565b5f5f60408385031215613d70575f5ffd5b823591506020830135613d8281613caf565b809150509250929050565b5f8151808452602084019350602083015f5b82811015613dc65781516001600160a01b0316865260209586019590910190600101613d9f565b5093949350505050565b60208152613dea6020820183516001600160401b03169052565b5f6020830151613dfe604084018215159052565b50604083015163ffffffff8116606084015250606083015163ffffffff8116608084015250608083015163ffffffff811660a08401525060a083015160c083015260c0830151613e5960e08401826001600160801b03169052565b5060e08301516001600160801b038116610100840152506101008301516001600160801b038116610120840152506101208301516001600160801b03811661014084015250610140830151610160830152610160830151610180830152610180830151613ed26101a08401826001600160801b03169052565b506101a08301516101c0808401526139496101e0840182613d8d565b634e487b7160e01b5f52602160045260245ffd5b60038110613f1e57634e487b7160e01b5f52602160045260245ffd5b9052565b5f60e082019050613f34828451613f02565b60208301511515602083015260408301511515604083015260608301511515606083015261ffff608084015116608083015261ffff60a08401511660a083015260c0830151613f8b60c084018263ffffffff169052565b5092915050565b5f5f5f60408486031215613fa4575f5ffd5b83356001600160401b03811115613fb9575f5ffd5b84016102808187031215613fcb575f5ffd5b925060208401356001600160401b03811115613fe5575f5ffd5b8401601f81018613613ff5575f5ffd5b80356001600160401b0381111561400a575f5ffd5b8660208260051b840101111561401e575f5ffd5b939660209190910195509293505050565b5f5f5f60608486031215614041575f5ffd5b83359250602084013561405381613caf565b929592945050506040919091013590565b5f5f5f838503610120811215614078575f5ffd5b84359350602085013561408a81613caf565b925060e0603f198201121561409d575f5ffd5b506040840190509250925092565b5f602082840312156140bb575f5ffd5b5035919050565b5f5f604083850312156140d3575f5ffd5b823591506140e360208401613cc3565b90509250929050565b5f602082840312156140fc575f5ffd5b6108fd82613cc3565b602081016109008284613f02565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b03825116602082015263ffffffff60208301511660408201526001600160801b0360408301511660608201526001600160801b0360608301511660808201525f608083015160a080840152805160c0840152602081015160e0840152604081015161010084015260608101516102806101208501526141ce610340850182614113565b905060808201516141eb6101408601826001600160401b03169052565b5060a082015163ffffffff81166101608601525060c082015163ffffffff81166101808601525060e082015163ffffffff81166101a08601525061010082015163ffffffff81166101c08601525061012082015163ffffffff81166101e08601525061014082015163ffffffff81166102008601525061016082015160ff81166102208601525061018082015161ffff8116610240860152506101a082015161ffff8116610260860152506101c08201516001600160801b038116610280860152506101e08201516001600160801b0381166102a0860152506102008201516001600160801b0381166102c0860152506102208201516001600160801b0381166102e0860152506102408201516001600160801b0381166103008601525061026082015191506139496103208501836001600160801b03169052565b9283526001600160401b039190911660208301526001600160a01b0316604082015260600190565b60ff81168114610eb2575f5ffd5b5f6020828403121561436d575f5ffd5b81356143788161434f565b9392505050565b5f5f8335601e19843603018112614394575f5ffd5b8301803591506001600160401b038211156143ad575f5ffd5b6020019150368190038213156143c1575f5ffd5b9250929050565b634e487b7160e01b5f52601160045260245ffd5b5f600182016143ed576143ed6143c8565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061441c57607f821691505b60208210810361443a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561334f578282111561334f57805f5260205f20601f840160051c602085101561446b57505f5b90810190601f840160051c035f5b818110156114e4575f83820155600101614479565b6001600160401b038311156144a5576144a56143f4565b6144b9836144b38354614408565b83614440565b5f601f8411600181146144ea575f85156144d35750838201355b5f19600387901b1c1916600186901b178355614541565b5f83815260208120601f198716915b8281101561451957868501358255602094850194600190920191016144f9565b5086821015614535575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b5f813561090081613caf565b63ffffffff81168114610eb2575f5ffd5b5f813561090081614554565b5f81356109008161434f565b61ffff81168114610eb2575f5ffd5b5f81356109008161457d565b6001600160801b0381168114610eb2575f5ffd5b5f813561090081614598565b8135815560208201356001820155604082013560028201556145dd606083018361437f565b6145eb81836003860161448e565b50506004810161461e61460060808501614548565b825467ffffffffffffffff19166001600160401b0391909116178255565b61464d61462d60a08501614565565b825463ffffffff60401b191660409190911b63ffffffff60401b16178255565b61468061465c60c08501614565565b82805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055565b6146b361468f60e08501614565565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b6146e76146c36101008501614565565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61471b6146f76101208501614565565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61474f61472b6101408501614565565b8280546001600160e01b031660e09290921b6001600160e01b031916919091179055565b50600581016147756147646101608501614571565b825460ff191660ff91909116178255565b61479d614785610180850161458c565b825462ffff00191660089190911b62ffff0016178255565b6147c96147ad6101a0850161458c565b825464ffff000000191660189190911b64ffff00000016178255565b6148156147d96101c085016145ac565b825474ffffffffffffffffffffffffffffffff0000000000191660289190911b74ffffffffffffffffffffffffffffffff000000000016178255565b506006810161484761482a6101e085016145ac565b82546001600160801b0319166001600160801b0391909116178255565b61487761485761020085016145ac565b82546001600160801b031660809190911b6001600160801b031916178255565b506007810161488c61482a61022085016145ac565b61489c61485761024085016145ac565b506138416148ad61026084016145ac565b600883016001600160801b0382166001600160801b03198254161781555050565b5f602082840312156148de575f5ffd5b813561437881613caf565b5f602082840312156148f9575f5ffd5b813561437881614554565b634e487b7160e01b5f52601260045260245ffd5b5f8261492657614926614904565b500490565b5f815461493781614408565b808552600182168015614951576001811461496d576149a1565b60ff1983166020870152602082151560051b87010193506149a1565b845f5260205f205f5b838110156149985781546020828a010152600182019150602081019050614976565b87016020019450505b50505092915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f601e19863603015b87821015614a5d57848403601f190189528235818112614a0e575f5ffd5b87016020810190356001600160401b03811115614a29575f5ffd5b803603821315614a37575f5ffd5b614a428682846149aa565b955050506020830192506020890198506001820191506149f0565b5091979650505050505050565b606081528454606082015260018501546080820152600285015460a082015261028060c08201525f614aa36102e083016003880161492b565b60048701546001600160401b03811660e08581019190915263ffffffff604083811c8216610100880152606084901c8216610120880152608084811c831661014089015260a085901c831661016089015260c085901c9092166101808801529290911c6101a0860152600589015460ff81166101c087015261ffff600882811c82166101e0890152601883901c9091166102008801526001600160801b0360289290921c821661022088015260068b0154808316610240890152831c61026088015260078b015480831661028089015290921c6102a087015290890154166102c08501526020840187905283820390840152614ba08185876149d2565b979650505050505050565b6001600160401b038181168382160190811115610900576109006143c8565b6001600160401b038281168282160390811115610900576109006143c8565b80820180821115610900576109006143c8565b8082028115828204841417610900576109006143c8565b6001600160801b038281168282160390811115610900576109006143c8565b8135815560208201356001820155604082013560028201556060820135600382015560808201356004820155600581015f60a0840135614c7181613caf565b825467ffffffffffffffff19166001600160401b0382161783559050505f60c0840135614c9d81614554565b825463ffffffff60401b1916604082901b63ffffffff60401b16178355905080614541565b6001600160401b038181168382160290811690818114613f8b57613f8b6143c8565b63ffffffff84168152821515602080830191909152823560408084019190915290830135606080840191909152908301356080808401919091529083013560a0808401919091529083013560c0830152610120820190830135614d4681613caf565b6001600160401b031660e083015260c0830135614d6281614554565b63ffffffff811661010084015250949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f61ffff821661ffff8103614da357614da36143c8565b60010192915050565b5f63ffffffff821663ffffffff8103614da357614da36143c8565b81810381811115610900576109006143c8565b5f82614de857614de8614904565b500690565b5f60208284031215614dfd575f5ffd5b81356143788161457d565b5f60208284031215614e18575f5ffd5b81356143788161459856",
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
// the contract method with ID 0x37fda68f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createRun((bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) c, string[] bootstrap) payable returns(bytes32 runId)
func (ledger *Ledger) PackCreateRun(c RunConfig, bootstrap []string) []byte {
	enc, err := ledger.abi.Pack("createRun", c, bootstrap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37fda68f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createRun((bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) c, string[] bootstrap) payable returns(bytes32 runId)
func (ledger *Ledger) TryPackCreateRun(c RunConfig, bootstrap []string) ([]byte, error) {
	return ledger.abi.Pack("createRun", c, bootstrap)
}

// UnpackCreateRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37fda68f.
//
// Solidity: function createRun((bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) c, string[] bootstrap) payable returns(bytes32 runId)
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
// Solidity: function run(bytes32 runId) view returns((address,uint32,uint128,uint128,(bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128)))
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
// Solidity: function run(bytes32 runId) view returns((address,uint32,uint128,uint128,(bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128)))
func (ledger *Ledger) TryPackRun(runId [32]byte) ([]byte, error) {
	return ledger.abi.Pack("run", runId)
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef6ac0f0.
//
// Solidity: function run(bytes32 runId) view returns((address,uint32,uint128,uint128,(bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128)))
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
// Solidity: event RunCreated(bytes32 indexed runId, address indexed submitter, (bytes32,bytes32,bytes32,string,uint64,uint32,uint32,uint32,uint32,uint32,uint32,uint8,uint16,uint16,uint128,uint128,uint128,uint128,uint128,uint128) config, uint256 pool, string[] bootstrap)
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
