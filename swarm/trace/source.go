package trace

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Key names a committed contribution.
type Key struct {
	Run    swarm.RunID
	Round  uint64
	Author common.Address
}

// String names the key in logs.
func (k Key) String() string {
	return fmt.Sprintf("%s/%d/%s", k.Run.String()[:8], k.Round, k.Author.Hex())
}

// Step is one step of a contribution recorded at op level.
type Step struct {
	Records []verify.Record
	Ops     []repops.Op // Ops[i] holds record i's input and output tensors (like node/compute's Replayed.Ops)
	// Outputs are the step's named outputs, grad.<p> with their tensor roots in parameter
	// order: the leaves of its committed step root s_k (optional: without them a step
	// outputs request is answered not found).
	Outputs verify.NamedSet
}

// Source is what a Server serves from (in the node: the store plus replay; tests: memory).
// A Source returns an error wrapping ErrNotFound for contributions or steps it does not
// hold. The server does not modify what a Source returns.
type Source interface {
	// StepRoots returns the contribution's committed step output roots s_0..s_{N-1}
	// (verify.TraceRoot of them is the committed trace root).
	StepRoots(ctx context.Context, k Key) ([]verify.Hash, error)
	// Step returns step `step` of the contribution recorded at op level (may be slow: a replay).
	Step(ctx context.Context, k Key, step uint32) (*Step, error)
}

// MemSource is a Source in memory, safe for concurrent use.
type MemSource struct {
	mu sync.RWMutex
	m  map[Key]memTrace
}

type memTrace struct {
	roots []verify.Hash
	steps []*Step
}

// NewMemSource returns an empty source.
func NewMemSource() *MemSource { return &MemSource{m: map[Key]memTrace{}} }

// Put stores a contribution: its step roots and its steps recorded at op level (steps[i] is
// step i; a nil step is one the source does not hold). The source keeps the slices; the
// caller must not modify them afterwards.
func (s *MemSource) Put(k Key, stepRoots []verify.Hash, steps []*Step) {
	s.mu.Lock()
	s.m[k] = memTrace{roots: stepRoots, steps: steps}
	s.mu.Unlock()
}

// Delete forgets a contribution; forgetting an absent one is not an error.
func (s *MemSource) Delete(k Key) {
	s.mu.Lock()
	delete(s.m, k)
	s.mu.Unlock()
}

// StepRoots implements Source.
func (s *MemSource) StepRoots(_ context.Context, k Key) ([]verify.Hash, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	t, ok := s.m[k]
	if !ok {
		return nil, fmt.Errorf("contribution %s: %w", k, ErrNotFound)
	}
	return t.roots, nil
}

// Step implements Source.
func (s *MemSource) Step(_ context.Context, k Key, step uint32) (*Step, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	t, ok := s.m[k]
	if !ok {
		return nil, fmt.Errorf("contribution %s: %w", k, ErrNotFound)
	}
	if uint64(step) >= uint64(len(t.steps)) || t.steps[step] == nil {
		return nil, fmt.Errorf("contribution %s step %d: %w", k, step, ErrNotFound)
	}
	return t.steps[step], nil
}
