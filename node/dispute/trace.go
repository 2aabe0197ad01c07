package dispute

import (
	"context"
	"fmt"
	"sync"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Trace fetches a solver's committed trace of one contribution peer to peer
// (the swarm/trace client, bound to a peer and a contribution, implements
// it). Each answer is checked against the root given; the challenger checks
// again before building on it.
type Trace interface {
	// StepRoots returns the step output roots s_k (verify.TraceRoot of them
	// is traceRoot).
	StepRoots(ctx context.Context, traceRoot verify.Hash) ([]verify.Hash, error)
	// RecordHashes returns the record hashes of step (verify.StepRoot of
	// them is stepRoot, the op-level root posted on chain).
	RecordHashes(ctx context.Context, step uint32, stepRoot verify.Hash) ([]verify.Hash, error)
	// Records returns the records idx of step, whose hashes are hashes.
	Records(ctx context.Context, step uint32, idx []uint32, hashes []verify.Hash) ([]verify.Record, error)
	// Range returns chunks [lo, hi) of the tensor in slot (inputs, then
	// outputs) of a record of step, verify.VerifyRange-checked against
	// tensorRoot.
	Range(ctx context.Context, step, record, slot uint32, lo, hi int, tensorRoot verify.Hash) (verify.TensorRange, error)
}

// OutputTrace is a Trace that also serves the gradient roots of a step: the
// tensor roots of the leaves grad.<p> of s_k, in parameter order. Only the
// "wrong output" verdict about a step needs them (the solver posted an
// op-level trace that does not output s_k); the chain has no forced reveal
// for them.
type OutputTrace interface {
	StepOutputs(ctx context.Context, step uint32, stepOutput verify.Hash) ([]verify.Hash, error)
}

// Replayer rebuilds one contribution step with op-level recording:
// *compute.Run is one. A test hands the responder a replayer whose engine
// tampers with ops to make a cheater.
type Replayer interface {
	Replay(s *compute.State, round uint64, payload []byte) (*compute.Replayed, error)
}

// Work is what a solver committed for one round, as its store keeps it: θ_r,
// the batch payloads in batch order, the run's replayer and, if stored, the
// committed step output roots s_k (else they are rebuilt by replay).
type Work struct {
	Replayer  Replayer
	Model     *compute.State
	Round     uint64
	Payloads  [][]byte
	StepRoots []verify.Hash
}

// steps replays the steps of a Work once each and keeps them.
type steps struct {
	w  *Work
	mu sync.Mutex
	m  map[int]*compute.Replayed
}

func newSteps(w *Work) *steps { return &steps{w: w, m: map[int]*compute.Replayed{}} }

// get returns step k's replay.
func (s *steps) get(k int) (*compute.Replayed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.m[k]; r != nil {
		return r, nil
	}
	if k < 0 || k >= len(s.w.Payloads) {
		return nil, fmt.Errorf("dispute: step %d of a batch of %d", k, len(s.w.Payloads))
	}
	r, err := s.w.Replayer.Replay(s.w.Model, s.w.Round, s.w.Payloads[k])
	if err != nil {
		return nil, fmt.Errorf("dispute: replay step %d: %w", k, err)
	}
	s.m[k] = r
	return r, nil
}

// outputs returns what a solver posts with step k's root: the contribution's
// step output roots (the Work's, else every step's replayed root) and step
// k's gradients by name (grad.<p>) and tensor root.
func (s *steps) outputs(k int) (ledger.StepOutputs, error) {
	rep, err := s.get(k)
	if err != nil {
		return ledger.StepOutputs{}, err
	}
	roots := s.w.StepRoots
	if roots == nil {
		for j := range s.w.Payloads {
			r, err := s.get(j)
			if err != nil {
				return ledger.StepOutputs{}, err
			}
			roots = append(roots, r.GradRoot)
		}
	}
	if len(rep.Grads) != len(s.w.Model.Params) {
		return ledger.StepOutputs{}, fmt.Errorf("dispute: step %d has %d gradients for %d parameters", k, len(rep.Grads), len(s.w.Model.Params))
	}
	steps := make([][32]byte, len(roots))
	for j, r := range roots {
		steps[j] = r
	}
	names := make([]string, len(rep.Grads))
	grads := make([][32]byte, len(rep.Grads))
	for i, g := range rep.Grads {
		names[i], grads[i] = verify.GradName(s.w.Model.Params[i].Name), verify.TensorRoot(g)
	}
	return ledger.NewStepOutputs(steps, names, grads), nil
}

// LocalTrace answers Trace (and OutputTrace) from a solver's own Work: what
// the trace protocol's server side serves, and what tests give the
// challenger in its place.
type LocalTrace struct{ s *steps }

// NewLocalTrace returns the trace of w, replaying each step on first use.
func NewLocalTrace(w *Work) *LocalTrace { return &LocalTrace{s: newSteps(w)} }

// StepRoots implements Trace.
func (t *LocalTrace) StepRoots(_ context.Context, traceRoot verify.Hash) ([]verify.Hash, error) {
	roots := t.s.w.StepRoots
	if roots == nil {
		for k := range t.s.w.Payloads {
			r, err := t.s.get(k)
			if err != nil {
				return nil, err
			}
			roots = append(roots, r.GradRoot)
		}
	}
	if verify.TraceRoot(roots) != traceRoot {
		return nil, fmt.Errorf("%w: step roots of another trace root", ErrBadAnswer)
	}
	return append([]verify.Hash(nil), roots...), nil
}

// StepOutputs implements OutputTrace: the gradient roots of the step's
// replay, checked against the committed s_k.
func (t *LocalTrace) StepOutputs(_ context.Context, step uint32, stepOutput verify.Hash) ([]verify.Hash, error) {
	r, err := t.s.get(int(step))
	if err != nil {
		return nil, err
	}
	out := make([]verify.Hash, len(r.Grads))
	for i, g := range r.Grads {
		out[i] = verify.TensorRoot(g)
	}
	if r.GradRoot != stepOutput {
		return nil, fmt.Errorf("%w: step %d outputs another root", ErrBadAnswer, step)
	}
	return out, nil
}

// RecordHashes implements Trace.
func (t *LocalTrace) RecordHashes(_ context.Context, step uint32, stepRoot verify.Hash) ([]verify.Hash, error) {
	r, err := t.s.get(int(step))
	if err != nil {
		return nil, err
	}
	if r.StepRoot != stepRoot {
		return nil, fmt.Errorf("%w: step %d has op-level root %v, not %v", ErrBadAnswer, step, r.StepRoot, stepRoot)
	}
	return recordHashes(r.Records), nil
}

// Records implements Trace.
func (t *LocalTrace) Records(_ context.Context, step uint32, idx []uint32, hashes []verify.Hash) ([]verify.Record, error) {
	r, err := t.s.get(int(step))
	if err != nil {
		return nil, err
	}
	if len(idx) != len(hashes) {
		return nil, fmt.Errorf("dispute: %d indices, %d hashes", len(idx), len(hashes))
	}
	out := make([]verify.Record, len(idx))
	for i, j := range idx {
		if int(j) >= len(r.Records) || r.Records[j].Hash() != hashes[i] {
			return nil, fmt.Errorf("%w: record %d of step %d", ErrBadAnswer, j, step)
		}
		out[i] = r.Records[j]
	}
	return out, nil
}

// Range implements Trace.
func (t *LocalTrace) Range(_ context.Context, step, record, slot uint32, lo, hi int, root verify.Hash) (verify.TensorRange, error) {
	r, err := t.s.get(int(step))
	if err != nil {
		return verify.TensorRange{}, err
	}
	x, err := opTensor(r, int(record), int(slot))
	if err != nil {
		return verify.TensorRange{}, err
	}
	if verify.TensorRoot(x) != root {
		return verify.TensorRange{}, fmt.Errorf("%w: tensor %d/%d of step %d", ErrBadAnswer, record, slot, step)
	}
	return proveChunks(x, lo, hi)
}

// opTensor is the tensor in slot (inputs, then outputs) of record i.
func opTensor(r *compute.Replayed, i, slot int) (*repops.Tensor, error) {
	if i < 0 || i >= len(r.Ops) {
		return nil, fmt.Errorf("dispute: no record %d", i)
	}
	op := &r.Ops[i]
	if slot < len(op.Inputs) {
		return op.Inputs[slot], nil
	}
	if slot-len(op.Inputs) < len(op.Outputs) {
		return op.Outputs[slot-len(op.Inputs)], nil
	}
	return nil, fmt.Errorf("dispute: record %d has no slot %d", i, slot)
}

// proveChunks proves chunks [lo, hi) of x.
func proveChunks(x *repops.Tensor, lo, hi int) (verify.TensorRange, error) {
	n := len(x.Data)
	if lo < 0 || hi <= lo || lo >= verify.NumChunks(n) {
		return verify.TensorRange{}, fmt.Errorf("dispute: chunks [%d, %d) of a tensor of %d", lo, hi, verify.NumChunks(n))
	}
	return verify.ProveRange(x, lo*verify.ChunkElems, min(hi*verify.ChunkElems, n))
}

func recordHashes(rs []verify.Record) []verify.Hash {
	hs := make([]verify.Hash, len(rs))
	for i := range rs {
		hs[i] = rs[i].Hash()
	}
	return hs
}
