package verify

import "github.com/apiary-rl/apiary/training/repops"

// Reading a Recorder: every method here first completes the pending records,
// waiting for background hashing.

// Err returns the first error that made the step unusable, or nil.
func (r *Recorder) Err() error { return r.err }

// Len returns the number of records so far.
func (r *Recorder) Len() int { return len(r.records) + len(r.pending) }

// Records returns the step's records in order. The slice is the recorder's
// own until Reset: do not modify it.
func (r *Recorder) Records() []Record {
	r.flush()
	return r.records
}

// RecordHashes returns the record hashes in order (read-only, as Records).
func (r *Recorder) RecordHashes() []Hash {
	r.flush()
	return r.hashes
}

// Root returns the tensor root of a tensor that the step has seen.
func (r *Recorder) Root(t *repops.Tensor) (Hash, bool) {
	ref, ok := r.Ref(t)
	return ref.Root, ok
}

// Ref returns how the step's records refer to t (producer and slot, or
// external name hash, with its root), if the step has seen it.
func (r *Recorder) Ref(t *repops.Tensor) (InputRef, bool) {
	s, ok := r.known[t]
	if !ok {
		return InputRef{}, false
	}
	r.wg.Wait()
	ref := s.ref
	ref.Root = r.jobs[s.id].root
	return ref, true
}

// StepRoot returns the step root of the records so far, or the error that
// made the step unusable.
func (r *Recorder) StepRoot() (Hash, error) {
	if r.err != nil {
		return Hash{}, r.err
	}
	r.flush()
	return StepRoot(r.hashes), nil
}

// ProveRecord returns the inclusion proof of record i in the step root.
func (r *Recorder) ProveRecord(i int) (InclusionProof, error) {
	if r.err != nil {
		return InclusionProof{}, r.err
	}
	r.flush()
	return ProveRecord(r.hashes, i)
}

// Reset starts a new step: it waits for background hashing, then forgets
// every record, tensor and error (but for the external roots that
// WithExternalRootCache keeps). Slices returned earlier by Records and
// RecordHashes stay valid.
func (r *Recorder) Reset() {
	r.wg.Wait()
	if r.keepExt {
		// Only the externals of the step just ended are kept, so the
		// cache never outlives one step's model.
		kept := make(map[*repops.Tensor]keptRoot)
		for t, s := range r.known {
			if s.ref.Kind == RefExternal && r.err == nil {
				kept[t] = keptRoot{name: t.Name, nameHash: s.ref.NameHash, root: r.jobs[s.id].root}
			}
		}
		r.kept = kept
	}
	clear(r.known)
	clear(r.jobs)
	r.jobs = r.jobs[:0]
	clear(r.pending)
	r.pending = r.pending[:0]
	r.records = make([]Record, 0, cap(r.records))
	r.hashes = make([]Hash, 0, cap(r.hashes))
	r.err = nil
}

var _ repops.Observer = (*Recorder)(nil)
