package node

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
)

// meteredCompute counts the process CPU time spent while the round engine's compute runs
// (apiary_node_compute_cpu_seconds_total), so that a benchmark can tell the CPU a node spends
// outside training compute: the process's total less this. Compute spreads its work over
// goroutines (repops' parallel kernels), so per-thread CPU time would miss most of it; the
// process's CPU time (getrusage) over the union of the intervals in which a compute call
// runs counts all of it, and also whatever else the process did meanwhile (gossip, chain
// polling): "total less compute" is a lower bound of the CPU spent outside compute. The
// write-ahead store calls inside the wrapped Contribute count as compute.
type meteredCompute struct {
	round.Compute
	cpu prometheus.Counter

	mu    sync.Mutex
	depth int           // compute calls running
	start time.Duration // process CPU time when depth went from 0 to 1
}

var _ round.Compute = (*meteredCompute)(nil)

func newMeteredCompute(c round.Compute, cpu prometheus.Counter) *meteredCompute {
	return &meteredCompute{Compute: c, cpu: cpu}
}

// enter marks the start of a compute call; the returned function marks its end.
func (m *meteredCompute) enter() func() {
	m.mu.Lock()
	if m.depth == 0 {
		m.start, _ = processCPU()
	}
	m.depth++
	m.mu.Unlock()
	return func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		m.depth--
		if m.depth > 0 {
			return
		}
		if end, ok := processCPU(); ok && end > m.start {
			m.cpu.Add((end - m.start).Seconds())
		}
	}
}

// ModelRoot implements round.Compute.
func (m *meteredCompute) ModelRoot(model []byte) (swarm.Root, error) {
	defer m.enter()()
	return m.Compute.ModelRoot(model)
}

// Rollouts implements round.Compute.
func (m *meteredCompute) Rollouts(ctx context.Context, r uint64, model []byte) ([][]byte, error) {
	defer m.enter()()
	return m.Compute.Rollouts(ctx, r, model)
}

// Critique implements round.Compute.
func (m *meteredCompute) Critique(ctx context.Context, r uint64, model []byte, rs []round.Rollout) ([]uint8, error) {
	defer m.enter()()
	return m.Compute.Critique(ctx, r, model, rs)
}

// Contribute implements round.Compute.
func (m *meteredCompute) Contribute(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, error) {
	defer m.enter()()
	return m.Compute.Contribute(ctx, r, model, batch)
}

// Verify implements round.Compute.
func (m *meteredCompute) Verify(ctx context.Context, r uint64, model []byte, c swarm.Committed, batch [][]byte, update []byte) error {
	defer m.enter()()
	return m.Compute.Verify(ctx, r, model, c, batch, update)
}

// Aggregate implements round.Compute.
func (m *meteredCompute) Aggregate(ctx context.Context, model []byte, updates [][]byte) ([]byte, swarm.Root, error) {
	defer m.enter()()
	return m.Compute.Aggregate(ctx, model, updates)
}
