package ledger

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/ledger/bindings"
)

// Dispute types, as the bindings define them.
type (
	// Dispute is a dispute's state.
	Dispute = bindings.Dispute
	// RevealRequest names the record (and optional chunk) a solver must reveal.
	RevealRequest = bindings.RevealRequest
	// RecordProof is a record with its inclusion in a trace.
	RecordProof = bindings.RecordProof
	// TensorSlice is a run of chunks of one tensor with its range proof.
	TensorSlice = bindings.TensorSlice
	// ElementProof is the proof about one output element.
	ElementProof = bindings.ElementProof
	// Revealed is the event carrying a forced reveal's data.
	Revealed = bindings.LedgerRevealed
	// DisputeResolved is the event that ends a dispute.
	DisputeResolved = bindings.LedgerDisputeResolved
	// Inclusion is a leaf's inclusion in a counted tree.
	Inclusion = bindings.Inclusion
	// NamedProof is a named tensor's leaf with its inclusion in a named set.
	NamedProof = bindings.NamedProof
	// ShapeProof opens a tensor root to its shape and data root.
	ShapeProof = bindings.ShapeProof
	// UpdateProof is the proof about one element of an update.
	UpdateProof = bindings.UpdateProof
	// StepOutputs are a disputed step's committed outputs, posted with its
	// op-level root: every step output root and the step's gradient leaves.
	StepOutputs = bindings.StepOutputs
	// StepOutputsPosted is the event that publishes them.
	StepOutputsPosted = bindings.LedgerStepOutputsPosted
)

// DisputeState is the lifecycle state of a dispute.
type DisputeState uint8

// Dispute states (LedgerTypes.sol).
const (
	DisputeNone DisputeState = iota
	DisputeOpen
	DisputeSolverWon
	DisputeChallengerWon
	DisputeVoid
)

// Outcome says why a dispute ended (LedgerTypes.sol DisputeOutcome).
type Outcome uint8

// Dispute outcomes.
const (
	OutcomeNone Outcome = iota
	OutcomeSolverRight
	OutcomeWrongElement
	OutcomeWrongGraph
	OutcomeWrongShape
	OutcomeRevealTimeout
	OutcomeProofTimeout
	OutcomeStepTimeout
	OutcomeSuperseded
	OutcomeWrongExternal
	OutcomeWrongProgram
	OutcomeWrongOutput
	OutcomeWrongReward
)

var outcomeNames = [...]string{"none", "solver_right", "wrong_element", "wrong_graph", "wrong_shape", "reveal_timeout",
	"proof_timeout", "step_timeout", "superseded", "wrong_external", "wrong_program", "wrong_output",
	"wrong_reward"}

// disputesABI packs the calls of the Disputes module, which the Ledger
// forwards by delegatecall: they are sent to the Ledger's address.
var disputesABI = bindings.NewDisputes()

// String names the outcome.
func (o Outcome) String() string {
	if int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return fmt.Sprintf("outcome(%d)", uint8(o))
}

// OpenDispute opens a dispute against step of solver's contribution to
// round with bond wei and returns its ID.
func (c *Client) OpenDispute(ctx context.Context, run RunID, round uint64, solver common.Address, step uint32, bond *big.Int) (uint64, error) {
	r, err := c.transact(ctx, "open dispute", bond, disputesABI.PackOpenDispute(run, round, solver, step))
	if err != nil {
		return 0, err
	}
	ev, err := findEvent(r, c.ledger.UnpackDisputeOpenedEvent)
	if err != nil {
		return 0, fmt.Errorf("open dispute: %w", err)
	}
	return ev.Id.Uint64(), nil
}

// PostStep posts, as the solver of dispute id, the disputed step's op-level
// step root and record count with the step's committed outputs (docs/PROTOCOL.md
// 3.8): the chain refuses outputs that do not fold to the committed trace
// root and the step's output root.
func (c *Client) PostStep(ctx context.Context, id uint64, stepRoot [32]byte, nrecords uint32, outs StepOutputs) (*types.Receipt, error) {
	return c.transact(ctx, "post step", nil, disputesABI.PackPostStep(new(big.Int).SetUint64(id), stepRoot, nrecords, normOutputs(outs)))
}

// NewStepOutputs returns the outputs a solver posts with step k's root: the
// contribution's step output roots (all of them, in step order) and step k's
// gradients by name and tensor root, in parameter order (names are the named
// set's, grad.<p>; the chain folds H(0x14 || H(name) || root)).
func NewStepOutputs(steps [][32]byte, names []string, roots [][32]byte) StepOutputs {
	o := StepOutputs{Steps: slices.Clone(steps), GradNames: make([][32]byte, len(names)), GradRoots: slices.Clone(roots)}
	for i, n := range names {
		o.GradNames[i] = crypto.Keccak256Hash([]byte(n))
	}
	return normOutputs(o)
}

// PostedOutputs returns the step outputs the solver of dispute id posted with
// its step root, as the chain checked them; nil if the step is not posted.
func (c *Client) PostedOutputs(ctx context.Context, id uint64) (*StepOutputs, error) {
	it, err := bind.FilterEvents(c.lc, &bind.FilterOpts{Context: ctx, Start: c.deploy}, c.ledger.UnpackStepOutputsPostedEvent,
		[]any{new(big.Int).SetUint64(id)})
	if err != nil {
		return nil, fmt.Errorf("ledger: filter step outputs: %w", err)
	}
	defer it.Close()
	var out *StepOutputs
	for it.Next() {
		ev := it.Value()
		out = &StepOutputs{Steps: ev.Steps, GradNames: ev.GradNames, GradRoots: ev.GradRoots}
	}
	return out, it.Error()
}

// RequestReveal forces the solver of dispute id to reveal req on chain.
func (c *Client) RequestReveal(ctx context.Context, id uint64, req RevealRequest) (*types.Receipt, error) {
	return c.transact(ctx, "request reveal", nil, disputesABI.PackRequestReveal(new(big.Int).SetUint64(id), req))
}

// Reveal answers a forced reveal. chunk may be the zero TensorSlice when
// only a record was requested.
func (c *Client) Reveal(ctx context.Context, id uint64, rec RecordProof, chunk TensorSlice) (*types.Receipt, error) {
	return c.transact(ctx, "reveal", nil, disputesABI.PackReveal(new(big.Int).SetUint64(id), normRecord(rec), normSlice(chunk)))
}

// Resolve submits the challenger's element proof and returns how the
// dispute ended.
func (c *Client) Resolve(ctx context.Context, id uint64, p ElementProof) (*DisputeResolved, error) {
	r, err := c.transact(ctx, "resolve dispute", nil, disputesABI.PackResolve(new(big.Int).SetUint64(id), normProof(p)))
	if err != nil {
		return nil, err
	}
	return findEvent(r, c.ledger.UnpackDisputeResolvedEvent)
}

// Timeout ends a dispute whose deadline passed and returns how it ended.
func (c *Client) Timeout(ctx context.Context, id uint64) (*DisputeResolved, error) {
	r, err := c.transact(ctx, "dispute timeout", nil, disputesABI.PackTimeout(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, err
	}
	return findEvent(r, c.ledger.UnpackDisputeResolvedEvent)
}

// Dispute returns a dispute's state.
func (c *Client) Dispute(ctx context.Context, id uint64) (Dispute, error) {
	return call(ctx, c, disputesABI.PackDispute(new(big.Int).SetUint64(id)), disputesABI.UnpackDispute)
}

// Reveals returns the data revealed in dispute id so far, oldest first.
func (c *Client) Reveals(ctx context.Context, id uint64) ([]*Revealed, error) {
	it, err := bind.FilterEvents(c.lc, &bind.FilterOpts{Context: ctx, Start: c.deploy}, c.ledger.UnpackRevealedEvent,
		[]any{new(big.Int).SetUint64(id)})
	if err != nil {
		return nil, fmt.Errorf("ledger: filter reveals: %w", err)
	}
	defer it.Close()
	var out []*Revealed
	for it.Next() {
		out = append(out, it.Value())
	}
	return out, it.Error()
}

// The ABI encoder rejects nil slices inside structs; empty ones are fine.
func normOutputs(o StepOutputs) StepOutputs {
	for _, p := range []*[][32]byte{&o.Steps, &o.GradNames, &o.GradRoots} {
		if *p == nil {
			*p = [][32]byte{}
		}
	}
	return o
}

func normSlice(s TensorSlice) TensorSlice {
	if s.Shape == nil {
		s.Shape = []uint32{}
	}
	if s.Chunks == nil {
		s.Chunks = []byte{}
	}
	if s.Siblings == nil {
		s.Siblings = [][32]byte{}
	}
	return s
}

func normIncl(i bindings.Inclusion) bindings.Inclusion {
	if i.Siblings == nil {
		i.Siblings = [][32]byte{}
	}
	return i
}

func normRecord(r RecordProof) RecordProof {
	r.InStep, r.InTrace = normIncl(r.InStep), normIncl(r.InTrace)
	if r.Record == nil {
		r.Record = []byte{}
	}
	return r
}

func normProof(p ElementProof) ElementProof {
	p.Target = normRecord(p.Target)
	p.Output = normSlice(p.Output)
	for i := range p.Inputs {
		p.Inputs[i] = normSlice(p.Inputs[i])
	}
	for i := range p.ProducerProofs {
		p.ProducerProofs[i] = normIncl(p.ProducerProofs[i])
	}
	for i := range p.Producers {
		if p.Producers[i] == nil {
			p.Producers[i] = []byte{}
		}
	}
	return p
}

// DisputeCount returns the number of disputes ever opened (IDs 1..n).
func (c *Client) DisputeCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, c, disputesABI.PackDisputeCount(), disputesABI.UnpackDisputeCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}
