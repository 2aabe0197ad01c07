package verify

import (
	"fmt"
	"slices"

	"github.com/apiary-rl/apiary/training/repops"
)

// RecordVersion is the op record format version (docs/PROTOCOL.md 1.2).
const RecordVersion = 1

// Limits on the counts of one op record (docs/PROTOCOL.md 1.2). They bound
// the size of a record, and so the gas of checking one on chain; no RepOps
// operator comes near them.
const (
	MaxAttrs   = 16
	MaxInputs  = 64
	MaxOutputs = 16
)

// RefKind says where an op's input comes from.
type RefKind uint8

// Input reference kinds.
const (
	RefOutput   RefKind = 0 // output slot of an earlier op of the step
	RefExternal RefKind = 1 // named external input (parameter, batch, carried state)
)

// String names the reference kind.
func (k RefKind) String() string {
	switch k {
	case RefOutput:
		return "output"
	case RefExternal:
		return "external"
	}
	return fmt.Sprintf("refkind(%d)", uint8(k))
}

// InputRef identifies one input of an op and commits to its value.
type InputRef struct {
	Kind     RefKind
	Producer uint32 // RefOutput: index of the op that produced the input
	Slot     uint8  // RefOutput: its output slot
	NameHash Hash   // RefExternal: H(name)
	Root     Hash   // tensor root of the input
}

// Record is one operator call of a step: the committed form of a repops.Op
// (docs/PROTOCOL.md 1.2).
type Record struct {
	Index   uint32      // position in the step, from 0
	Kind    repops.Kind // operator
	Attrs   []uint32    // attributes, floats as IEEE-754 bits
	Inputs  []InputRef  // inputs in operand order
	Outputs []Hash      // tensor roots of the outputs in slot order
}

// Validate checks the fields against docs/PROTOCOL.md 1.2 and the limits
// above: a known kind, counts within limits, at least one output, valid
// reference kinds, and producers that precede the record. Fields that do not
// apply to a reference's kind must be zero, so that the encoding is a
// bijection.
func (r *Record) Validate() error {
	if !r.Kind.Valid() {
		return fmt.Errorf("%w: unknown op kind %d", ErrBadRecord, uint16(r.Kind))
	}
	if len(r.Attrs) > MaxAttrs {
		return fmt.Errorf("%w: %d attributes exceed %d", ErrBadRecord, len(r.Attrs), MaxAttrs)
	}
	if len(r.Inputs) > MaxInputs {
		return fmt.Errorf("%w: %d inputs exceed %d", ErrBadRecord, len(r.Inputs), MaxInputs)
	}
	if len(r.Outputs) == 0 || len(r.Outputs) > MaxOutputs {
		return fmt.Errorf("%w: %d outputs, want 1..%d", ErrBadRecord, len(r.Outputs), MaxOutputs)
	}
	for i, in := range r.Inputs {
		switch in.Kind {
		case RefOutput:
			if in.Producer >= r.Index {
				return fmt.Errorf("%w: input %d of op %d refers to op %d, which does not precede it", ErrBadRecord, i, r.Index, in.Producer)
			}
			if !in.NameHash.IsZero() {
				return fmt.Errorf("%w: input %d is an op output but carries a name hash", ErrBadRecord, i)
			}
		case RefExternal:
			if in.Producer != 0 || in.Slot != 0 {
				return fmt.Errorf("%w: input %d is external but carries a producer", ErrBadRecord, i)
			}
		default:
			return fmt.Errorf("%w: input %d has reference kind %d", ErrBadRecord, i, uint8(in.Kind))
		}
	}
	return nil
}

// Hash returns the record hash H(0x10 || record bytes). It panics if the
// record is invalid; records that a Recorder built or UnmarshalBinary
// accepted are valid.
func (r *Record) Hash() Hash {
	b, err := r.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return RecordHash(b)
}

// RecordHash returns H(0x10 || b) for encoded record bytes b.
func RecordHash(b []byte) Hash {
	h := getHasher()
	defer putHasher(h)
	return h.prefixed(prefixRecord, b)
}

// Equal reports whether r and o are the same record (the same bytes).
func (r *Record) Equal(o *Record) bool {
	return r.Index == o.Index && r.Kind == o.Kind &&
		slices.Equal(r.Attrs, o.Attrs) && slices.Equal(r.Inputs, o.Inputs) &&
		slices.Equal(r.Outputs, o.Outputs)
}

// FirstDivergence returns the first index at which two record sequences
// differ (a re-execution against a solver's records, say), and ok = false if
// they are equal. If one is a prefix of the other, the divergence is at the
// shorter one's length.
func FirstDivergence(a, b []Record) (index int, ok bool) {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if !a[i].Equal(&b[i]) {
			return i, true
		}
	}
	if len(a) != len(b) {
		return n, true
	}
	return 0, false
}

// FirstDivergentHash is FirstDivergence over record hashes, for comparing
// against a peer's list of record hashes before fetching whole records.
func FirstDivergentHash(a, b []Hash) (index int, ok bool) {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i, true
		}
	}
	if len(a) != len(b) {
		return n, true
	}
	return 0, false
}
