package verify

import (
	"fmt"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// go test ./verify -run XXX -bench . -benchmem

func BenchmarkTensorRoot(b *testing.B) {
	type impl struct {
		name string
		p    func(*[25][8]uint64)
		g    *gatherers
	}
	impls := []impl{{"x1", nil, nil}}
	if permute8 != nil {
		impls = append(impls, impl{"x8copy", permute8, nil})
	}
	if gather8 != nil {
		impls = append(impls, impl{"x8gather", permute8, gather8})
	}
	for _, n := range []int{4 << 10, 64 << 10, 1 << 20} {
		t := repops.FromData(ramp(n, 1), n/64, 64)
		for _, w := range []int{1, 0} {
			for _, im := range impls {
				ws := fmt.Sprint(w)
				if w == 0 {
					ws = "gomaxprocs"
				}
				b.Run(fmt.Sprintf("elems=%d/workers=%s/keccak=%s", n, ws, im.name), func(b *testing.B) {
					withBatch(im.p, im.g, func() {
						b.SetBytes(int64(4 * n))
						b.ReportAllocs()
						for b.Loop() {
							if _, err := tensorRoot(t, w); err != nil {
								b.Fatal(err)
							}
						}
					})
				})
			}
		}
	}
}

// benchStep is the forward pass of a small transformer block's projections:
// x[128,256] through an attention projection and a 4x MLP, plus the score
// product. Every parameter is an external input, hashed once per step.
type benchStep struct {
	x, wq, wk, up, down *repops.Tensor
}

func newBenchStep() benchStep {
	return benchStep{
		x:    named("x", 1, 128, 256),
		wq:   named("wq", 2, 256, 256),
		wk:   named("wk", 3, 256, 256),
		up:   named("up", 4, 1024, 256),
		down: named("down", 5, 256, 1024),
	}
}

func (s benchStep) run(e *repops.Engine) {
	q := e.MatMul(s.x, s.wq)
	k := e.MatMul(s.x, s.wk)
	e.MatMul(q, k) // scores [128,128]
	u := e.MatMul(q, s.up)
	e.MatMul(u, s.down)
}

// BenchmarkRecorder runs benchStep with recording off and on; the difference
// is the cost of recording (target: under 10% of the step).
func BenchmarkRecorder(b *testing.B) {
	s := newBenchStep()
	b.Run("record=off", func(b *testing.B) {
		e := repops.MustEngine()
		b.ReportAllocs()
		for b.Loop() {
			s.run(e)
		}
	})
	for _, bg := range []bool{false, true} {
		b.Run(fmt.Sprintf("record=on/background=%v", bg), func(b *testing.B) {
			rec := newRecorder(b, WithBackgroundHashing(bg))
			e := repops.MustEngine(repops.WithObserver(rec))
			b.ReportAllocs()
			for b.Loop() {
				rec.Reset()
				s.run(e)
				if _, err := rec.StepRoot(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRecordMarshal(b *testing.B) {
	r := sampleRecord()
	buf := make([]byte, 0, MaxRecordSize)
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = r.AppendBinary(buf[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecordUnmarshal(b *testing.B) {
	r := sampleRecord()
	enc, _ := r.MarshalBinary()
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	for b.Loop() {
		var back Record
		if err := back.UnmarshalBinary(enc); err != nil {
			b.Fatal(err)
		}
	}
}
