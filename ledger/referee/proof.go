package referee

import (
	"fmt"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Verdicts of the Referee contract (Referee.sol).
const (
	SolverRight  uint8 = 0 // the committed element is correct
	WrongElement uint8 = 1 // the committed element differs from the recomputed one
	WrongGraph   uint8 = 2 // an input is not its producer's output
	WrongShape   uint8 = 3 // the committed shapes or attributes are impossible
)

// Trace is a committed multi-step trace as its holder keeps it: the step
// roots (whose contribution root is the committed trace root) and the
// records of the steps it holds (nil for steps it does not).
type Trace struct {
	StepRoots []verify.Hash
	Steps     [][]verify.Record
}

// Root returns the trace's contribution root (docs/PROTOCOL.md 1.3).
func (t *Trace) Root() verify.Hash { return verify.ContributionRoot(t.StepRoots) }

// hashes returns the record hashes of step s.
func (t *Trace) hashes(s int) ([]verify.Hash, error) {
	if s < 0 || s >= len(t.StepRoots) || s >= len(t.Steps) || t.Steps[s] == nil {
		return nil, fmt.Errorf("referee: step %d is not held", s)
	}
	recs := t.Steps[s]
	hs := make([]verify.Hash, len(recs))
	for i := range recs {
		hs[i] = recs[i].Hash()
	}
	if got := verify.StepRoot(hs); got != t.StepRoots[s] {
		return nil, fmt.Errorf("referee: records of step %d lead to %v, committed %v", s, got, t.StepRoots[s])
	}
	return hs, nil
}

// ProveRecord returns record r of step s with its inclusion in the trace:
// what a solver reveals, and the target of an element proof.
func (t *Trace) ProveRecord(s, r int) (bindings.RecordProof, error) {
	hs, err := t.hashes(s)
	if err != nil {
		return bindings.RecordProof{}, err
	}
	return t.proveWith(hs, s, r)
}

func (t *Trace) proveWith(hs []verify.Hash, s, r int) (bindings.RecordProof, error) {
	if r < 0 || r >= len(hs) {
		return bindings.RecordProof{}, fmt.Errorf("referee: record %d of a step of %d", r, len(hs))
	}
	b, err := t.Steps[s][r].MarshalBinary()
	if err != nil {
		return bindings.RecordProof{}, err
	}
	inStep, err := verify.ProveRecord(hs, r)
	if err != nil {
		return bindings.RecordProof{}, err
	}
	inTrace, err := verify.ProveStep(t.StepRoots, s)
	if err != nil {
		return bindings.RecordProof{}, err
	}
	return bindings.RecordProof{Record: b, InStep: inclusion(inStep), InTrace: inclusion(inTrace)}, nil
}

// Claim names one output element of one op of a trace.
type Claim struct {
	Step, Record, Slot, Element int
}

// Proof is the proof about one output element (the Referee's ElementProof).
type Proof = bindings.ElementProof

// ElementProof builds the proof about claim c from the trace's records, the
// op's input tensors (whose roots the record commits) and a slice of the
// committed output that holds the element (from OutputSlice on the
// committer's tensor, or from a forced reveal).
func (t *Trace) ElementProof(c Claim, inputs []*repops.Tensor, output bindings.TensorSlice) (bindings.ElementProof, error) {
	hs, err := t.hashes(c.Step)
	if err != nil {
		return bindings.ElementProof{}, err
	}
	target, err := t.proveWith(hs, c.Step, c.Record)
	if err != nil {
		return bindings.ElementProof{}, err
	}
	rec := &t.Steps[c.Step][c.Record]
	if len(inputs) != len(rec.Inputs) {
		return bindings.ElementProof{}, fmt.Errorf("referee: record %d has %d inputs, got %d tensors", c.Record, len(rec.Inputs), len(inputs))
	}
	which, ranges, err := verify.SliceRanges(rec.Kind, rec.Attrs, inputs, c.Element)
	if err != nil {
		return bindings.ElementProof{}, err
	}
	p := bindings.ElementProof{
		Target:         target,
		Producers:      make([][]byte, len(inputs)),
		ProducerProofs: make([]bindings.Inclusion, len(inputs)),
		Slot:           uint8(c.Slot),
		Element:        uint64(c.Element),
		Output:         output,
		Inputs:         make([]bindings.TensorSlice, len(ranges)),
	}
	trees := make([]*verify.RangeProver, len(inputs))
	for i, r := range ranges {
		in := which[i]
		if trees[in] == nil {
			trees[in] = verify.NewRangeProver(inputs[in])
		}
		if p.Inputs[i], err = sliceWith(trees[in], r[0], r[1]); err != nil {
			return bindings.ElementProof{}, fmt.Errorf("input %d: %w", in, err)
		}
	}
	for i, in := range rec.Inputs {
		p.Producers[i] = []byte{}
		p.ProducerProofs[i] = bindings.Inclusion{Siblings: [][32]byte{}}
		if in.Kind == verify.RefOutput && int(in.Producer) < len(hs) {
			if p.Producers[i], err = t.Steps[c.Step][in.Producer].MarshalBinary(); err != nil {
				return bindings.ElementProof{}, err
			}
			ip, err := verify.ProveRecord(hs, int(in.Producer))
			if err != nil {
				return bindings.ElementProof{}, err
			}
			p.ProducerProofs[i] = inclusion(ip)
		}
	}
	return p, nil
}

// OutputSlice returns the chunk of out that holds element e, with its proof.
func OutputSlice(out *repops.Tensor, e int) (bindings.TensorSlice, error) {
	return Slice(out, e, e+1)
}
