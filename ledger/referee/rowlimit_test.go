package referee_test

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// TestRowLimitReverts: a proof about an op whose row is longer than the
// kind's limit is refused by the proof builder and, built by hand, by the
// contract with RowLimitExceeded; a row at the limit is judged.
func TestRowLimitReverts(t *testing.T) {
	j := deployReferee(t)
	cases := []struct {
		kind repops.Kind
		n    int
		step func(e *repops.Engine, x *repops.Tensor)
	}{
		{repops.KindSoftmax, verify.MaxExpRow, func(e *repops.Engine, x *repops.Tensor) { e.Softmax(x) }},
		{repops.KindSoftmax, verify.MaxExpRow + 1, func(e *repops.Engine, x *repops.Tensor) { e.Softmax(x) }},
		{repops.KindRMSNormGrad, verify.MaxNormGradRow + 1, func(e *repops.Engine, x *repops.Tensor) { e.RMSNormGrad(x, x, 1e-5) }},
	}
	for _, c := range cases {
		rng := rand.New(rand.NewPCG(uint64(c.n), 1))
		x := randTensor(rng, "x", 2, c.n)
		rec := check(verify.RecordStep(func(e *repops.Engine) { c.step(e, x) }, nil))(t)
		const elem = 3
		_, err := referee.RecordingProof(rec, 0, 0, elem)
		over := c.n > verify.MaxRowFor(c.kind)
		if over != (err != nil) {
			t.Errorf("%v row %d: proof builder error %v, want one: %v", c.kind, c.n, err, over)
		}
		// The proof the builder would refuse, assembled from its parts.
		target := check(referee.TraceOf(rec).ProveRecord(0, 0))(t)
		p := referee.Proof{
			Target:  target,
			Output:  check(referee.OutputSlice(rec.Ops[0].Outputs[0], elem))(t),
			Element: elem,
		}
		for _, in := range rec.Ops[0].Inputs { // external inputs, read along row 0
			p.Producers = append(p.Producers, []byte{})
			p.ProducerProofs = append(p.ProducerProofs, bindings.Inclusion{Siblings: [][32]byte{}})
			p.Inputs = append(p.Inputs, check(referee.Slice(in, 0, c.n))(t))
		}
		got, err := j.judge(rec.TraceRoot(), p)
		switch {
		case over && (err == nil || !strings.Contains(revertReason(err), "RowLimitExceeded")):
			t.Errorf("%v row %d: judged (%+v, %v), want a RowLimitExceeded revert", c.kind, c.n, got, err)
		case !over && err != nil:
			t.Errorf("%v row %d: %s", c.kind, c.n, revertReason(err))
		case !over && (got.Verdict != referee.SolverRight || got.Computed != math.Float32bits(rec.Ops[0].Outputs[0].Data[elem])):
			t.Errorf("%v row %d: verdict %d, computed %#x", c.kind, c.n, got.Verdict, got.Computed)
		}
	}
}

// TestImpossibleTargetIsWrongShape: RepOps refuses a cross-entropy target
// that is not an integer id in [0, V), so a record committing one (with
// otherwise consistent data) is judged WrongShape, the committer's fault.
func TestImpossibleTargetIsWrongShape(t *testing.T) {
	j := deployReferee(t)
	const v = 10
	bad := []float32{2.5, v, -1, float32(math.NaN()), float32(math.Inf(1)), 1e30, 0x1p-149}
	for _, grad := range []bool{false, true} {
		for _, b := range bad {
			rng := rand.New(rand.NewPCG(7, 7))
			logits := randTensor(rng, "logits", 3, v)
			targets := repops.FromData([]float32{1, 2, 3}, 3).Named("targets")
			rec := check(verify.RecordStep(func(e *repops.Engine) {
				if grad {
					e.CrossEntropyGrad(logits, targets, randTensor(rng, "dloss", 3))
				} else {
					e.CrossEntropy(logits, targets)
				}
			}, nil))(t)
			// Commit a record whose row-1 target is b.
			targets.Data[1] = b
			rec.Records[0].Inputs[1].Root = verify.TensorRoot(targets)
			rec.StepRoot = verify.StepRoot([]verify.Hash{rec.Records[0].Hash()})
			elem := 1
			if grad {
				elem = v + 4 // row 1
			}
			got, err := j.judge(rec.TraceRoot(), check(referee.RecordingProof(rec, 0, 0, elem))(t))
			if err != nil {
				t.Fatalf("grad %v target %g: %s", grad, b, revertReason(err))
			}
			if got.Verdict != referee.WrongShape {
				t.Errorf("grad %v target %g: verdict %d, want WrongShape", grad, b, got.Verdict)
			}
			// Another row with a valid target is still judged normally.
			other := 0
			if grad {
				other = 2*v + 1
			}
			got, err = j.judge(rec.TraceRoot(), check(referee.RecordingProof(rec, 0, 0, other))(t))
			if err != nil || got.Verdict != referee.SolverRight {
				t.Errorf("grad %v: valid row judged %+v, %v", grad, got, err)
			}
		}
	}
}
