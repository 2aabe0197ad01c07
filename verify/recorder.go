package verify

import (
	"fmt"
	"math"
	"slices"

	"github.com/apiary-rl/apiary/training/repops"
)

// Recorder builds the op records of one training step. It implements
// repops.Observer: attach it with repops.WithObserver and every operator call
// becomes a record whose inputs refer either to the output slot of an earlier
// op of the step (found by tensor pointer, which RepOps makes sound: an
// operator never modifies a tensor once returned) or to a named external
// input. Each tensor is hashed once per step, when first seen.
//
// The recorder keeps every tensor of the step reachable until Reset, and
// assumes that external tensors are not modified during the step. It is not
// safe for concurrent use; the engine reports calls on the calling goroutine,
// and a step's records are in program order only if the step runs on one.
//
// A record that cannot be built (an invalid tensor, counts over the limits,
// more than 2^32 records) makes the step unusable: the recorder keeps the
// first such error, ignores later calls, and returns the error from Err and
// StepRoot.
type Recorder struct {
	workers int

	known   map[*repops.Tensor]InputRef // how later ops refer to a tensor, with its root
	records []Record
	hashes  []Hash
	buf     []byte
	err     error
}

// RecorderOption configures a Recorder.
type RecorderOption func(*Recorder) error

// WithHashWorkers sets the number of goroutines that hash one large tensor
// (0: runtime.GOMAXPROCS(0) at each call). Roots do not depend on it.
func WithHashWorkers(n int) RecorderOption {
	return func(r *Recorder) error {
		if n < 0 {
			return fmt.Errorf("verify: negative hash worker count %d", n)
		}
		r.workers = n
		return nil
	}
}

// NewRecorder returns an empty recorder. Defaults: hash workers 0
// (GOMAXPROCS at each call).
func NewRecorder(opts ...RecorderOption) (*Recorder, error) {
	r := &Recorder{known: make(map[*repops.Tensor]InputRef)}
	for _, o := range opts {
		if err := o(r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Observe records one operator call (repops.Observer).
func (r *Recorder) Observe(op *repops.Op) {
	if r.err != nil {
		return
	}
	if err := r.observe(op); err != nil {
		r.err = fmt.Errorf("verify: record op %d (%v): %w", len(r.records), op.Kind, err)
	}
}

func (r *Recorder) observe(op *repops.Op) error {
	if uint64(len(r.records)) >= math.MaxUint32 {
		return fmt.Errorf("%w: a step holds at most 2^32-1 records", ErrBadRecord)
	}
	if len(op.Inputs) > MaxInputs || len(op.Outputs) > MaxOutputs {
		return fmt.Errorf("%w: %d inputs and %d outputs exceed %d and %d", ErrBadRecord,
			len(op.Inputs), len(op.Outputs), MaxInputs, MaxOutputs)
	}
	idx := uint32(len(r.records))
	rec := Record{
		Index:   idx,
		Kind:    op.Kind,
		Attrs:   slices.Clone(op.Attrs),
		Inputs:  make([]InputRef, len(op.Inputs)),
		Outputs: make([]Hash, len(op.Outputs)),
	}
	for i, t := range op.Inputs {
		ref, ok := r.known[t]
		if !ok {
			root, err := tensorRoot(t, r.workers)
			if err != nil {
				return fmt.Errorf("input %d: %w", i, err)
			}
			ref = InputRef{Kind: RefExternal, NameHash: Keccak256([]byte(t.Name)), Root: root}
			r.known[t] = ref
		}
		rec.Inputs[i] = ref
	}
	for s, t := range op.Outputs {
		if ref, ok := r.known[t]; ok {
			// The op handed back a tensor already seen (an input, or
			// the same output in two slots): later uses keep referring to
			// where it first appeared.
			rec.Outputs[s] = ref.Root
			continue
		}
		root, err := tensorRoot(t, r.workers)
		if err != nil {
			return fmt.Errorf("output %d: %w", s, err)
		}
		rec.Outputs[s] = root
		r.known[t] = InputRef{Kind: RefOutput, Producer: idx, Slot: uint8(s), Root: root}
	}
	b, err := rec.AppendBinary(r.buf[:0])
	if err != nil {
		return err
	}
	r.buf = b
	r.records = append(r.records, rec)
	r.hashes = append(r.hashes, RecordHash(b))
	return nil
}

// Err returns the first error that made the step unusable, or nil.
func (r *Recorder) Err() error { return r.err }

// Len returns the number of records so far.
func (r *Recorder) Len() int { return len(r.records) }

// Records returns the step's records in order. The slice is the recorder's
// own until Reset: do not modify it.
func (r *Recorder) Records() []Record { return r.records }

// RecordHashes returns the record hashes in order (read-only, as Records).
func (r *Recorder) RecordHashes() []Hash { return r.hashes }

// Root returns the tensor root of a tensor that the step has seen.
func (r *Recorder) Root(t *repops.Tensor) (Hash, bool) {
	ref, ok := r.known[t]
	return ref.Root, ok
}

// Ref returns how the step's records refer to t (producer and slot, or
// external name hash, with its root), if the step has seen it.
func (r *Recorder) Ref(t *repops.Tensor) (InputRef, bool) {
	ref, ok := r.known[t]
	return ref, ok
}

// StepRoot returns the step root of the records so far, or the error that
// made the step unusable.
func (r *Recorder) StepRoot() (Hash, error) {
	if r.err != nil {
		return Hash{}, r.err
	}
	return StepRoot(r.hashes), nil
}

// ProveRecord returns the inclusion proof of record i in the step root.
func (r *Recorder) ProveRecord(i int) (InclusionProof, error) {
	if r.err != nil {
		return InclusionProof{}, r.err
	}
	return ProveRecord(r.hashes, i)
}

// Reset starts a new step: it forgets every record, tensor and error.
// Slices returned earlier by Records and RecordHashes stay valid.
func (r *Recorder) Reset() {
	clear(r.known)
	r.records = make([]Record, 0, cap(r.records))
	r.hashes = make([]Hash, 0, cap(r.hashes))
	r.err = nil
}

var _ repops.Observer = (*Recorder)(nil)
