package trace_test

import (
	"testing"

	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// longStep records a step of n chained elementwise ops on an 8×8 tensor: a step with many
// records.
func longStep(b testing.TB, n int) *verify.Recording {
	rec, err := verify.RecordStep(func(e *repops.Engine) {
		x := repops.New(8, 8).Named("batch.x")
		for i := range x.Data {
			x.Data[i] = float32(i)
		}
		y := x
		for range n {
			y = e.Add(y, x)
		}
	}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return rec
}

// BenchmarkRecordHashes: a challenger fetches and checks the record hashes of a step of 4096
// records over loopback (the step cached at the server after the first request).
func BenchmarkRecordHashes(b *testing.B) {
	rec := longStep(b, 4096)
	c := &contribution{recs: []*verify.Recording{rec}, roots: []verify.Hash{rec.StepRoot}}
	s := memSolver(b, c)
	e := newEnv(b, []*host.Host{s.h})
	ctx := ctxFor(b)
	b.SetBytes(32 * int64(len(rec.Records)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.client.RecordHashes(ctx, s.h.ID(), s.key, 0, rec.StepRoot); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRange64: a challenger fetches and checks a 64-chunk range (16 KiB) of a 96-chunk
// tensor over loopback (the step and its range tree cached at the server).
func BenchmarkRange64(b *testing.B) {
	c := newContribution(b, 1)
	rec := c.recs[0]
	s := memSolver(b, c)
	e := newEnv(b, []*host.Host{s.h})
	ctx := ctxFor(b)
	root := rec.Records[0].Inputs[0].Root // x: 64×96
	if n := verify.NumChunks(rec.Ops[0].Inputs[0].Len()); n < 80 {
		b.Fatalf("tensor of %d chunks", n)
	}
	b.SetBytes(64 * verify.ChunkBytes)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.client.Range(ctx, s.h.ID(), s.key, 0, 0, 0, 8, 72, root); err != nil {
			b.Fatal(err)
		}
	}
}
