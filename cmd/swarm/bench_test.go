package main

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/testnet"
)

// BenchmarkSwarm4Nodes runs four real `swarm join` processes on a manual-clock dev chain and
// measures, per node, its resident memory (VmRSS and its peak VmHWM from /proc/<pid>/status)
// and the CPU it spends per round (utime+stime from /proc/<pid>/stat), split into training
// compute (apiary_node_compute_cpu_seconds_total from its /metrics) and the rest. It measures
// max(b.N, 3) rounds after two warm-up rounds, so that one run of the function (the default
// -benchtime: the first run takes over a second) gives the figures:
// `go test ./cmd/swarm -run '^$' -bench Swarm4Nodes`. The CPU outside compute includes
// answering the clock driver's /v1/status polls (every 100 ms while a node is busy), reported
// as status-polls/round/node. Linux only (/proc).
func BenchmarkSwarm4Nodes(b *testing.B) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		b.Skip("needs /proc")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute) // a hang guard only
	defer cancel()
	const nodes, warm = 4, 2
	s := newSwarmNet(b, ctx, nodes)
	ctx = s.ctx // ended early if the clock driver fails
	s.poll = 100 * time.Millisecond
	procs := make([]*joinProc, nodes)
	for i := range nodes {
		procs[i] = s.start(i, fmt.Sprintf("node %d", i), true)
		s.started(i, procs[i].next(ctx, "the started event", func(e node.Event) bool { return e.Kind == node.EventStarted }))
	}
	stop := s.startDriver()
	defer stop()
	endOf := func(r uint64) {
		for _, p := range procs {
			p.next(ctx, fmt.Sprintf("the end of round %d", r), func(e node.Event) bool { return e.Kind == node.EventRound && e.Round >= r })
		}
	}
	type sample struct{ cpu, compute float64 }
	read := func() []sample {
		out := make([]sample, nodes)
		for i, p := range procs {
			cpu, err := testnet.ProcCPU(p.cmd.Process.Pid)
			if err != nil {
				b.Fatal(err)
			}
			comp, err := testnet.MetricValue(ctx, s.http, s.nodes[i].api, "apiary_node_compute_cpu_seconds_total")
			if err != nil {
				b.Fatal(err)
			}
			out[i] = sample{cpu, comp}
		}
		return out
	}
	rounds := max(b.N, 3)
	endOf(warm - 1)
	before, t0 := read(), time.Now()
	s.mu.Lock()
	polls0 := s.polls
	s.mu.Unlock()
	b.ResetTimer()
	endOf(uint64(warm - 1 + rounds))
	b.StopTimer()
	after, wall := read(), time.Since(t0)
	s.mu.Lock()
	polls := s.polls - polls0
	s.mu.Unlock()
	if err := stop(); err != nil {
		b.Fatal(err)
	}
	var cpu, comp, rss, hwm float64
	for i, p := range procs {
		ri, hi, err := testnet.ProcMem(p.cmd.Process.Pid)
		if err != nil {
			b.Fatal(err)
		}
		r, h := float64(ri), float64(hi)
		dc, dk := after[i].cpu-before[i].cpu, after[i].compute-before[i].compute
		b.Logf("node %d: %.3f CPU s/round, %.3f in compute, %.3f outside; VmRSS %.1f MiB, VmHWM %.1f MiB",
			i, dc/float64(rounds), dk/float64(rounds), (dc-dk)/float64(rounds), r/(1<<20), h/(1<<20))
		cpu, comp, rss, hwm = cpu+dc, comp+dk, rss+r, hwm+h
	}
	per := float64(nodes * rounds)
	b.ReportMetric(cpu/per, "cpu-s/round/node")
	b.ReportMetric(comp/per, "compute-cpu-s/round/node")
	b.ReportMetric((cpu-comp)/per, "other-cpu-s/round/node")
	b.ReportMetric(rss/nodes/(1<<20), "rss-MiB/node")
	b.ReportMetric(hwm/nodes/(1<<20), "hwm-MiB/node")
	b.ReportMetric(wall.Seconds()/float64(rounds), "wall-s/round")
	b.ReportMetric(float64(polls)/per, "status-polls/round/node")
	b.ReportMetric(0, "ns/op")
	for _, p := range procs {
		if err := p.interrupt(); err != nil {
			b.Errorf("after SIGINT: %v", err)
		}
	}
}
