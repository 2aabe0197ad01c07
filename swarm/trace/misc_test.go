package trace_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/verify"
)

// TestLongStepAndMetrics: a step of 5000 records, whose hashes (160 KB) cross several
// write and read pieces, is served and checked; the server's metrics count it; a deleted
// contribution is no longer served.
func TestLongStepAndMetrics(t *testing.T) {
	rec := longStep(t, 5000)
	c := &contribution{recs: []*verify.Recording{rec}, roots: []verify.Hash{rec.StepRoot}}
	c.traceRoot = verify.TraceRoot(c.roots)
	reg := prometheus.NewRegistry()
	ms := trace.NewMemSource()
	s := newSolver(t, func(k trace.Key) trace.Source {
		ms.Put(k, c.roots, c.steps())
		return ms
	}, trace.WithServerPrometheus(reg))
	e := newEnv(t, []*host.Host{s.h})
	ctx, p := ctxFor(t), s.h.ID()
	for range 2 {
		hashes, err := e.client.RecordHashes(ctx, p, s.key, 0, rec.StepRoot)
		if err != nil {
			t.Fatal(err)
		}
		if len(hashes) != 5000 {
			t.Fatalf("%d hashes, want 5000", len(hashes))
		}
	}
	last := uint32(len(rec.Records) - 1)
	if _, err := e.client.Records(ctx, p, s.key, 0, []uint32{last}, hashesOf(rec.Records[last:])); err != nil {
		t.Fatal(err)
	}
	ms.Delete(s.key)
	_, err := e.client.StepRoots(ctx, p, s.key, c.traceRoot)
	wantErr(t, "deleted contribution", err, trace.ErrNotFound)

	want := `
# HELP apiary_swarm_trace_requests_total Trace requests answered, by type and status.
# TYPE apiary_swarm_trace_requests_total counter
apiary_swarm_trace_requests_total{status="not_found",type="step_roots"} 1
apiary_swarm_trace_requests_total{status="ok",type="record_hashes"} 2
apiary_swarm_trace_requests_total{status="ok",type="records"} 1
# HELP apiary_swarm_trace_step_cache_hits_total Step requests served from the cache or a load in flight.
# TYPE apiary_swarm_trace_step_cache_hits_total counter
apiary_swarm_trace_step_cache_hits_total 2
# HELP apiary_swarm_trace_step_loads_total Steps loaded from the source (replays).
# TYPE apiary_swarm_trace_step_loads_total counter
apiary_swarm_trace_step_loads_total 1
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want)); err != nil {
		t.Fatal(err)
	}
}

// TestOptions: options out of range are refused.
func TestOptions(t *testing.T) {
	h, _ := newHost(t)
	for i, o := range []trace.ServerOption{
		trace.WithMaxConcurrent(0),
		trace.WithStepCache(-1),
		trace.WithServerTimeouts(0, time.Second, time.Second),
		trace.WithServerTimeouts(time.Second, 0, time.Second),
		trace.WithServerTimeouts(time.Second, time.Second, 0),
	} {
		if _, err := trace.NewServer(h, trace.NewMemSource(), o); err == nil {
			t.Fatalf("server option %d accepted", i)
		}
	}
	for i, o := range []trace.ClientOption{
		trace.WithClientTimeouts(0, time.Second),
		trace.WithClientTimeouts(time.Second, -1),
	} {
		if _, err := trace.NewClient(h, o); err == nil {
			t.Fatalf("client option %d accepted", i)
		}
	}
	reg := prometheus.NewRegistry()
	s, err := trace.NewServer(h, trace.NewMemSource(), trace.WithServerPrometheus(reg))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := trace.NewServer(h, trace.NewMemSource(), trace.WithServerPrometheus(reg)); err == nil {
		t.Fatal("a second server registered the same metrics")
	}
}
