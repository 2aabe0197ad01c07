package verify

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/apiary-rl/apiary/training/repops"
)

// Recorder builds the op records of one training step. It implements
// repops.Observer: attach it with repops.WithObserver and every operator call
// becomes a record whose inputs refer either to the output slot of an earlier
// op of the step (found by tensor pointer, which RepOps makes sound: an
// operator never modifies a tensor once returned) or to a named external
// input.
//
// Observe only does bookkeeping. Each tensor is hashed once per step, when
// first seen, on background goroutines that run alongside the step (so that
// hashing uses cores the step leaves idle); the records are completed when
// they are read (Records, RecordHashes, StepRoot, ProveRecord, Root), which
// waits for the hashing. Records do not depend on the timing.
//
// The recorder keeps every tensor of the step reachable until Reset, and
// assumes that external tensors are not modified during the step. It is not
// safe for concurrent use; the engine reports calls on the calling goroutine,
// and a step's records are in program order only if the step runs on one.
//
// A record that cannot be built (an invalid tensor, counts over the limits,
// more than 2^32-1 records) makes the step unusable: the recorder keeps the
// first such error, ignores later calls, and returns the error from Err and
// StepRoot.
type Recorder struct {
	workers    int  // tensors hashed at once
	background bool // hash off the calling goroutine
	keepExt    bool // keep external roots across Reset

	kept map[*repops.Tensor]keptRoot // external roots of the previous step

	known   map[*repops.Tensor]seen // every tensor of the step
	jobs    []*rootJob              // by tensor id
	pending []pendingRecord         // records waiting for roots
	records []Record                // completed records
	hashes  []Hash
	buf     []byte
	err     error

	sem chan struct{}
	wg  sync.WaitGroup
}

// seen is what the step knows of a tensor: how records refer to it (Root
// not yet filled) and the id of its root job.
type seen struct {
	ref InputRef
	id  int32
}

// keptRoot is an external tensor's root carried over a Reset, valid while
// the tensor keeps the name it had.
type keptRoot struct {
	name           string
	nameHash, root Hash
}

// rootJob computes one tensor's root.
type rootJob struct {
	t    *repops.Tensor
	root Hash
}

// pendingRecord is a record whose roots are tensor ids: ids[i] for input i,
// then ids[len(Inputs)+s] for output s.
type pendingRecord struct {
	rec Record
	ids []int32
}

// inlineMaxChunks is the size up to which a tensor is hashed on the calling
// goroutine even in the background mode: starting a goroutine costs about as
// much as hashing two chunks.
const inlineMaxChunks = 2

// RecorderOption configures a Recorder.
type RecorderOption func(*Recorder) error

// WithHashWorkers sets how many tensors are hashed at once, and how many
// goroutines hash one large tensor (0: runtime.GOMAXPROCS(0) when the
// recorder is made). Roots do not depend on it.
func WithHashWorkers(n int) RecorderOption {
	return func(r *Recorder) error {
		if n < 0 {
			return fmt.Errorf("verify: negative hash worker count %d", n)
		}
		r.workers = n
		return nil
	}
}

// WithBackgroundHashing turns hashing alongside the step on (the default) or
// off; off, each tensor is hashed inside Observe. Roots do not depend on it.
func WithBackgroundHashing(on bool) RecorderOption {
	return func(r *Recorder) error { r.background = on; return nil }
}

// WithExternalRootCache keeps the roots of the external inputs of a step
// across Reset, for the next step only: an external tensor that the next
// step uses again (the same pointer, with the same name) is not hashed
// again. Sampling many steps with one model is the case it serves. Only
// for callers that never modify an external tensor once a step has used
// it: a modified tensor would be committed with its old root. Default off.
func WithExternalRootCache(on bool) RecorderOption {
	return func(r *Recorder) error { r.keepExt = on; return nil }
}

// NewRecorder returns an empty recorder. Defaults: GOMAXPROCS hash workers,
// background hashing on, external root cache off.
func NewRecorder(opts ...RecorderOption) (*Recorder, error) {
	r := &Recorder{known: make(map[*repops.Tensor]seen), background: true}
	for _, o := range opts {
		if err := o(r); err != nil {
			return nil, err
		}
	}
	if r.workers == 0 {
		r.workers = runtime.GOMAXPROCS(0)
	}
	r.sem = make(chan struct{}, r.workers)
	return r, nil
}

// Observe records one operator call (repops.Observer).
func (r *Recorder) Observe(op *repops.Op) {
	if r.err != nil {
		return
	}
	if err := r.observe(op); err != nil {
		r.err = fmt.Errorf("verify: record op %d (%v): %w", len(r.records)+len(r.pending), op.Kind, err)
	}
}

func (r *Recorder) observe(op *repops.Op) error {
	n := len(r.records) + len(r.pending)
	if uint64(n) >= math.MaxUint32 {
		return fmt.Errorf("%w: a step holds at most 2^32-1 records", ErrBadRecord)
	}
	if len(op.Inputs) > MaxInputs || len(op.Outputs) > MaxOutputs {
		return fmt.Errorf("%w: %d inputs and %d outputs exceed %d and %d", ErrBadRecord,
			len(op.Inputs), len(op.Outputs), MaxInputs, MaxOutputs)
	}
	for i, t := range op.Inputs {
		if _, ok := r.known[t]; !ok {
			if err := checkTensor(t); err != nil {
				return fmt.Errorf("input %d: %w", i, err)
			}
		}
	}
	for s, t := range op.Outputs {
		if _, ok := r.known[t]; !ok {
			if err := checkTensor(t); err != nil {
				return fmt.Errorf("output %d: %w", s, err)
			}
		}
	}
	idx := uint32(n)
	p := pendingRecord{
		rec: Record{
			Index:   idx,
			Kind:    op.Kind,
			Attrs:   slices.Clone(op.Attrs),
			Inputs:  make([]InputRef, len(op.Inputs)),
			Outputs: make([]Hash, len(op.Outputs)),
		},
		ids: make([]int32, len(op.Inputs)+len(op.Outputs)),
	}
	for i, t := range op.Inputs {
		s, ok := r.known[t]
		if !ok {
			s = r.external(t)
			r.known[t] = s
		}
		p.rec.Inputs[i] = s.ref
		p.ids[i] = s.id
	}
	for slot, t := range op.Outputs {
		s, ok := r.known[t]
		if !ok {
			s = seen{ref: InputRef{Kind: RefOutput, Producer: idx, Slot: uint8(slot)}, id: r.hash(t)}
			r.known[t] = s
		}
		// A tensor already seen (an input handed back, or one output in
		// two slots) keeps the reference where it first appeared.
		p.ids[len(op.Inputs)+slot] = s.id
	}
	// Roots are still zero; everything else Validate checks is final. On
	// failure the tensors registered above do not matter: the step is dead.
	if err := p.rec.Validate(); err != nil {
		return err
	}
	r.pending = append(r.pending, p)
	return nil
}

// external registers an input that no op of the step produced.
func (r *Recorder) external(t *repops.Tensor) seen {
	if k, ok := r.kept[t]; ok && k.name == t.Name {
		id := int32(len(r.jobs))
		r.jobs = append(r.jobs, &rootJob{t: t, root: k.root})
		return seen{ref: InputRef{Kind: RefExternal, NameHash: k.nameHash}, id: id}
	}
	return seen{ref: InputRef{Kind: RefExternal, NameHash: Keccak256([]byte(t.Name))}, id: r.hash(t)}
}

// hash starts computing t's root and returns its tensor id.
func (r *Recorder) hash(t *repops.Tensor) int32 {
	j := &rootJob{t: t}
	id := int32(len(r.jobs))
	r.jobs = append(r.jobs, j)
	if !r.background || NumChunks(t.Len()) <= inlineMaxChunks {
		j.root = r.root(t)
		return id
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.sem <- struct{}{}
		defer func() { <-r.sem }()
		j.root = r.root(t)
	}()
	return id
}

// root hashes a tensor checked when first seen.
func (r *Recorder) root(t *repops.Tensor) Hash {
	root, err := tensorRoot(t, r.workers)
	if err != nil {
		panic(fmt.Sprintf("verify: tensor changed after it was checked: %v", err))
	}
	return root
}

// flush waits for the hashing and completes the pending records.
func (r *Recorder) flush() {
	if len(r.pending) == 0 {
		return
	}
	r.wg.Wait()
	for i := range r.pending {
		p := &r.pending[i]
		nin := len(p.rec.Inputs)
		for k := range p.rec.Inputs {
			p.rec.Inputs[k].Root = r.jobs[p.ids[k]].root
		}
		for s := range p.rec.Outputs {
			p.rec.Outputs[s] = r.jobs[p.ids[nin+s]].root
		}
		b, err := p.rec.AppendBinary(r.buf[:0])
		if err != nil {
			panic(fmt.Sprintf("verify: record validated in Observe fails to encode: %v", err))
		}
		r.buf = b
		r.records = append(r.records, p.rec)
		r.hashes = append(r.hashes, RecordHash(b))
	}
	clear(r.pending)
	r.pending = r.pending[:0]
}
