package compute

import (
	"testing"

	"github.com/apiary-rl/apiary/verify"
)

// Benchmarks of the default add run (docs/VERIFY.md, "Contribution cost"):
//
//	go test ./node/compute -run '^$' -bench . -benchtime 20x
//
// Contribute is the hot path (recording off: only the step roots, i.e. the
// named roots of the gradients, and the update root are hashed); Replay is
// the same step with op-level recording (every tensor of the step hashed,
// every record built), as a solver runs it in a dispute.

func benchRun(b *testing.B) (*Run, *State, [][]byte) {
	r, s, alice, bob := testRun(b)
	ra, err := r.Rollouts(s, 0, alice)
	if err != nil {
		b.Fatal(err)
	}
	rb, err := r.Rollouts(s, 0, bob)
	if err != nil {
		b.Fatal(err)
	}
	return r, s, [][]byte{ra[0].Bytes, rb[0].Bytes}
}

// BenchmarkContribute: one contribution of L+E = 2 groups, recording off.
func BenchmarkContribute(b *testing.B) {
	r, s, batch := benchRun(b)
	b.ResetTimer()
	for range b.N {
		if _, err := r.Contribute(s, 0, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(batch)), "steps/op")
}

// BenchmarkContributeHashing: the hashing that Contribute adds to the
// computation of the same contribution: one gradient root per step plus the
// update root (the batch root hashes a few dozen bytes). Its ratio to
// BenchmarkContribute, measured in the same run, is the recording cost of
// the hot path (docs/VERIFY.md).
func BenchmarkContributeHashing(b *testing.B) {
	r, s, batch := benchRun(b)
	c, err := r.Contribute(s, 0, batch)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		for range len(batch) + 1 {
			if _, err := verify.GradRoot(s.Params, c.Update); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(batch)+1), "roots/op")
}

// BenchmarkReplay: both steps of the same contribution with op-level
// recording on (records, every tensor root, the §1.3 step root).
func BenchmarkReplay(b *testing.B) {
	r, s, batch := benchRun(b)
	b.ResetTimer()
	var recs int
	for range b.N {
		for _, p := range batch {
			rep, err := r.Replay(s, 0, p)
			if err != nil {
				b.Fatal(err)
			}
			recs = len(rep.Records)
		}
	}
	b.ReportMetric(float64(recs), "records/step")
}

// BenchmarkBlobs: encoding the update and model blobs; reports their sizes.
func BenchmarkBlobs(b *testing.B) {
	r, s, batch := benchRun(b)
	c, err := r.Contribute(s, 0, batch)
	if err != nil {
		b.Fatal(err)
	}
	var ub, mb []byte
	b.ResetTimer()
	for range b.N {
		if ub, err = EncodeUpdate(r.Cfg, c.Update); err != nil {
			b.Fatal(err)
		}
		if mb, err = EncodeModel(s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(ub)), "update-bytes")
	b.ReportMetric(float64(len(mb)), "model-bytes")
	root, _ := s.Root()
	if _, err := DecodeModel(r.Cfg, mb, root); err != nil {
		b.Fatal(err)
	}
}
