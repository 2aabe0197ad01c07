package metrics_test

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/apiary-rl/apiary/node/metrics"
)

// TestTwoNodesInOneProcess: two nodes' metrics are created in one process
// (a global registration would panic on the second), count independently,
// and neither touches the global registry.
func TestTwoNodesInOneProcess(t *testing.T) {
	a := metrics.New(prometheus.Labels{"node": "a"})
	b := metrics.New(prometheus.Labels{"node": "b"})
	a.Commits.WithLabelValues("ok").Inc()
	a.Commits.WithLabelValues("ok").Inc()
	b.Commits.WithLabelValues("ok").Inc()
	a.BlobBytes.WithLabelValues("out").Add(4096)
	a.Round.Set(7)
	if got := testutil.ToFloat64(a.Commits.WithLabelValues("ok")); got != 2 {
		t.Errorf("node a commits %v, want 2", got)
	}
	if got := testutil.ToFloat64(b.Commits.WithLabelValues("ok")); got != 1 {
		t.Errorf("node b commits %v, want 1", got)
	}
	if got := testutil.ToFloat64(b.BlobBytes.WithLabelValues("out")); got != 0 {
		t.Errorf("node b blob bytes %v, want 0", got)
	}
	n, err := testutil.GatherAndCount(a.Registry(), "apiary_node_commits_total", "apiary_node_round", "apiary_node_blob_bytes_total")
	if err != nil || n != 3 {
		t.Errorf("node a gathers %d series (%v), want 3", n, err)
	}
	g, err := prometheus.DefaultGatherer.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range g {
		if len(mf.GetName()) > len(metrics.Namespace) && mf.GetName()[:len(metrics.Namespace)] == metrics.Namespace {
			t.Errorf("%s is registered globally", mf.GetName())
		}
	}
}
