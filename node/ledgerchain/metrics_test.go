package ledgerchain_test

import (
	"errors"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/node/ledgerchain"
	"github.com/apiary-rl/apiary/swarm"
)

// TestMetrics: adapter calls are counted by result and the head is exported; two adapters in
// one process each register with their own registry.
func TestMetrics(t *testing.T) {
	w := newSimWorld(t, 3, 1, 1)
	open := func(reg prometheus.Registerer) (*ledgerchain.Chain, error) {
		return ledgerchain.Open(w.ctx, w.clients[1], w.run, ledgerchain.WithPrometheus(reg), ledgerchain.WithLogger(testLogger(t)))
	}
	reg := prometheus.NewRegistry()
	c := check(open(reg))(t)
	t.Cleanup(func() { c.Close() })
	if err := c.Commit(w.ctx, w.run, 0, commitment(1)); !errors.Is(err, swarm.ErrRoundClosed) {
		t.Fatalf("commit before T_0: got %v, want %v", err, swarm.ErrRoundClosed)
	}
	if _, err := c.ModelRoot(w.ctx, w.run, 0); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		method, result string
		want           float64
	}{
		{"commit", "closed", 1},
		{"model_root", "ok", 1},
		{"commit", "ok", 0},
	} {
		if got := check(counter(reg, "apiary_chain_calls_total", tc.method, tc.result))(t); got != tc.want {
			t.Errorf("calls_total{%s, %s}: got %v, want %v", tc.method, tc.result, got, tc.want)
		}
	}
	if _, err := open(reg); err == nil {
		t.Fatal("a second adapter registered with the same registry")
	}
	c2 := check(open(prometheus.NewRegistry()))(t)
	t.Cleanup(func() { c2.Close() })
}

// counter returns the value of name{method, result} among reg's metrics (0 if absent).
func counter(reg *prometheus.Registry, name, method, result string) (float64, error) {
	mfs, err := reg.Gather()
	if err != nil {
		return 0, err
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["method"] == method && labels["result"] == result {
				return m.GetCounter().GetValue(), nil
			}
		}
	}
	return 0, nil
}
