package verify

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/apiary-rl/apiary/training/repops"
)

// SkeletonInput is one input of a skeleton record: its reference (as in an
// op record) and its shape, with no tensor root.
type SkeletonInput struct {
	Kind     RefKind
	Producer uint32 // RefOutput
	Slot     uint8  // RefOutput
	NameHash Hash   // RefExternal
	Shape    []int
}

// SkeletonRecord is an op record with its tensor roots replaced by shapes:
// what every contribution step of a run must run (docs/PROTOCOL.md §3.2).
type SkeletonRecord struct {
	Kind    repops.Kind
	Attrs   []uint32
	Inputs  []SkeletonInput
	Outputs [][]int // output shapes in slot order
}

// Leaf returns the skeleton leaf
// H(0x19 || u16 kind || u8 nattrs || u32 attrs[] || u8 ninputs || per input:
// u8 refkind || (u32 producer || u8 slot) or H(name) || u8 rank || u32 dims[] ||
// u8 noutputs || per output: u8 rank || u32 dims[]).
func (s *SkeletonRecord) Leaf() (Hash, error) {
	if len(s.Attrs) > MaxAttrs || len(s.Inputs) > MaxInputs || len(s.Outputs) == 0 || len(s.Outputs) > MaxOutputs {
		return Hash{}, fmt.Errorf("%w: skeleton counts %d attrs, %d inputs, %d outputs", ErrBadRecord, len(s.Attrs), len(s.Inputs), len(s.Outputs))
	}
	b := []byte{prefixSkeletonLeaf}
	b = binary.BigEndian.AppendUint16(b, uint16(s.Kind))
	b = append(b, byte(len(s.Attrs)))
	for _, a := range s.Attrs {
		b = binary.BigEndian.AppendUint32(b, a)
	}
	b = append(b, byte(len(s.Inputs)))
	var err error
	for _, in := range s.Inputs {
		b = append(b, byte(in.Kind))
		switch in.Kind {
		case RefOutput:
			b = binary.BigEndian.AppendUint32(b, in.Producer)
			b = append(b, in.Slot)
		case RefExternal:
			b = append(b, in.NameHash[:]...)
		default:
			return Hash{}, fmt.Errorf("%w: reference kind %d", ErrBadRecord, in.Kind)
		}
		if b, err = appendShape(b, in.Shape); err != nil {
			return Hash{}, err
		}
	}
	b = append(b, byte(len(s.Outputs)))
	for _, sh := range s.Outputs {
		if b, err = appendShape(b, sh); err != nil {
			return Hash{}, err
		}
	}
	return Keccak256(b), nil
}

func appendShape(b []byte, shape []int) ([]byte, error) {
	if _, err := checkShape(shape); err != nil {
		return nil, err
	}
	b = append(b, byte(len(shape)))
	for _, d := range shape {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	return b, nil
}

// SkeletonRoot is H(0x1A || u32 nrecords || treeRoot) over the skeleton
// leaves, folded with H(0x11 || l || r).
func SkeletonRoot(leaves []Hash) Hash { return countedRoot(prefixSkeleton, leaves) }

// SkeletonRecorder builds the program skeleton of a step (repops.Observer).
// It refers to inputs as Recorder does (by tensor pointer: the first op
// that outputs a tensor produces it, anything else is external by name) but
// hashes no tensor, so it is cheap. Not safe for concurrent use.
type SkeletonRecorder struct {
	known   map[*repops.Tensor]SkeletonInput
	records []SkeletonRecord
	err     error
}

// NewSkeletonRecorder returns an empty skeleton recorder.
func NewSkeletonRecorder() *SkeletonRecorder {
	return &SkeletonRecorder{known: map[*repops.Tensor]SkeletonInput{}}
}

// Observe adds one operator call.
func (r *SkeletonRecorder) Observe(op *repops.Op) {
	if r.err != nil {
		return
	}
	idx := len(r.records)
	s := SkeletonRecord{Kind: op.Kind, Attrs: slices.Clone(op.Attrs), Inputs: make([]SkeletonInput, len(op.Inputs))}
	if len(op.Inputs) > MaxInputs || len(op.Outputs) > MaxOutputs || len(op.Attrs) > MaxAttrs {
		r.err = fmt.Errorf("%w: op %d (%v) over the record limits", ErrBadRecord, idx, op.Kind)
		return
	}
	for i, t := range op.Inputs {
		in, ok := r.known[t]
		if !ok {
			in = SkeletonInput{Kind: RefExternal, NameHash: Keccak256([]byte(t.Name)), Shape: slices.Clone(t.Shape)}
			r.known[t] = in
		}
		s.Inputs[i] = in
	}
	for slot, t := range op.Outputs {
		if _, ok := r.known[t]; !ok {
			r.known[t] = SkeletonInput{Kind: RefOutput, Producer: uint32(idx), Slot: uint8(slot), Shape: slices.Clone(t.Shape)}
		}
		s.Outputs = append(s.Outputs, slices.Clone(t.Shape))
	}
	r.records = append(r.records, s)
}

// Ref returns how records refer to t: the op and slot that produced it, or
// its external name; false if no op of the step has seen t.
func (r *SkeletonRecorder) Ref(t *repops.Tensor) (SkeletonInput, bool) {
	in, ok := r.known[t]
	return in, ok
}

// Records returns the skeleton records so far.
func (r *SkeletonRecorder) Records() []SkeletonRecord { return r.records }

// Root returns the skeleton root of the records so far.
func (r *SkeletonRecorder) Root() (Hash, error) {
	if r.err != nil {
		return Hash{}, r.err
	}
	leaves := make([]Hash, len(r.records))
	for i := range r.records {
		l, err := r.records[i].Leaf()
		if err != nil {
			return Hash{}, fmt.Errorf("skeleton record %d: %w", i, err)
		}
		leaves[i] = l
	}
	return SkeletonRoot(leaves), nil
}
