package referee

import (
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Inclusion converts verify's inclusion proof to the contract's.
func Inclusion(p verify.InclusionProof) bindings.Inclusion { return inclusion(p) }

// Named is the contract's NamedProof of the named tensor (name, root) at
// p.Index of a named set.
func Named(name string, root verify.Hash, p verify.InclusionProof) bindings.NamedProof {
	return bindings.NamedProof{NameHash: verify.Keccak256([]byte(name)), Root: root, InSet: inclusion(p)}
}

// Shapes opens the tensor root of each tensor to its shape and data root, in
// order: what a wrong-program proof carries for a record's inputs, then its
// outputs.
func Shapes(ts ...*repops.Tensor) []bindings.ShapeProof {
	out := make([]bindings.ShapeProof, len(ts))
	for i, t := range ts {
		shape := make([]uint32, len(t.Shape))
		for j, d := range t.Shape {
			shape[j] = uint32(d)
		}
		out[i] = bindings.ShapeProof{Shape: shape, DataRoot: verify.DataRoot(t.Data)}
	}
	return out
}

// StepRecord proves record i of one step's records against the step root
// the solver posted: the target of every verdict but the update's (inTrace
// is the one-leaf proof of the posted step).
func StepRecord(records []verify.Record, i int) (bindings.RecordProof, error) {
	hs := make([]verify.Hash, len(records))
	for j := range records {
		hs[j] = records[j].Hash()
	}
	t := &Trace{StepRoots: []verify.Hash{verify.StepRoot(hs)}, Steps: [][]verify.Record{records}}
	return t.proveWith(hs, 0, i)
}
