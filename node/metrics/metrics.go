package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Namespace prefixes every metric of this package.
const Namespace = "apiary_node"

// Metrics are one node's counters and gauges. Other packages increment
// them; every method is safe for concurrent use (Prometheus types are).
type Metrics struct {
	reg *prometheus.Registry

	// Round is the run's current round.
	Round prometheus.Gauge
	// Rounds counts rounds the node took part in, by result
	// ("committed", "skipped", "final").
	Rounds *prometheus.CounterVec
	// Commits counts the node's commitments sent, by result ("ok", "error").
	Commits *prometheus.CounterVec
	// Verifications counts re-executions of others' contributions, by
	// verdict ("match", "mismatch", "error" for assigned ones; "whistleblower_match",
	// "whistleblower_mismatch" for unassigned ones re-executed as a whistleblower).
	Verifications *prometheus.CounterVec
	// Disputes counts disputes, by role ("challenger", "solver") and event
	// ("opened", "won", "lost").
	Disputes *prometheus.CounterVec
	// Gossip counts gossip messages, by topic kind and direction ("in", "out").
	Gossip *prometheus.CounterVec
	// BlobBytes counts blob bytes moved, by direction ("in", "out").
	BlobBytes *prometheus.CounterVec
	// ChainCalls counts chain calls, by method and result ("ok", "error").
	ChainCalls *prometheus.CounterVec
	// Peers is the number of connected swarm peers.
	Peers prometheus.Gauge
	// ComputeCPU is the process CPU time, in seconds, spent while training compute
	// (rollouts, critiques, contributions, verifications, aggregation, model roots) ran.
	ComputeCPU prometheus.Counter
}

// New returns a node's metrics on a fresh registry that also holds the Go
// runtime and process collectors. Labels in constLabels (e.g. the node's
// address) are put on every metric of this package.
func New(constLabels prometheus.Labels) *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := factory{reg: reg, labels: constLabels}
	return &Metrics{
		reg:           reg,
		Round:         f.gauge("round", "The run's current round."),
		Rounds:        f.counter("rounds_total", "Rounds the node took part in, by result.", "result"),
		Commits:       f.counter("commits_total", "Commitments sent, by result.", "result"),
		Verifications: f.counter("verifications_total", "Re-executions of others' contributions, by verdict.", "verdict"),
		Disputes:      f.counter("disputes_total", "Disputes, by the node's role and the event.", "role", "event"),
		Gossip:        f.counter("gossip_messages_total", "Gossip messages, by topic kind and direction.", "kind", "direction"),
		BlobBytes:     f.counter("blob_bytes_total", "Blob bytes moved, by direction.", "direction"),
		ChainCalls:    f.counter("chain_calls_total", "Chain calls, by method and result.", "method", "result"),
		Peers:         f.gauge("peers", "Connected swarm peers."),
		ComputeCPU: f.plainCounter("compute_cpu_seconds_total",
			"Process CPU seconds (user+system) spent while training compute ran; the rest of process_cpu_seconds_total is the node's own work."),
	}
}

// Registry returns the node's registry, for /metrics and for other
// packages' collectors (register them here, never globally).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

type factory struct {
	reg    *prometheus.Registry
	labels prometheus.Labels
}

func (f factory) counter(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help,
		ConstLabels: f.labels}, labels)
	f.reg.MustRegister(c)
	return c
}

func (f factory) plainCounter(name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help, ConstLabels: f.labels})
	f.reg.MustRegister(c)
	return c
}

func (f factory) gauge(name, help string) prometheus.Gauge {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: name, Help: help, ConstLabels: f.labels})
	f.reg.MustRegister(g)
	return g
}
