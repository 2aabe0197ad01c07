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

// TestImpossibleIDIsWrongShape: RepOps refuses an Embedding, EmbeddingGrad,
// Pick or PickGrad whose id is not an integer in [0, V), so a record that
// commits one is judged WrongShape: for the gathers the elements that read
// the id, for EmbeddingGrad every element (it checks all ids).
func TestImpossibleIDIsWrongShape(t *testing.T) {
	j := deployReferee(t)
	const v = 10
	bad := []float32{2.5, v, -1, float32(math.NaN()), float32(math.Inf(1)), 1e30, 0x1p-149}
	kinds := []struct {
		kind         repops.Kind
		step         func(e *repops.Engine, rng *rand.Rand, ids *repops.Tensor)
		bad, good    int // an element that reads id 1, and one that does not
		everyElement bool
	}{
		{repops.KindEmbedding, func(e *repops.Engine, rng *rand.Rand, ids *repops.Tensor) {
			e.Embedding(randTensor(rng, "table", v, 5), ids)
		}, 5 + 2, 2*5 + 1, false},
		{repops.KindEmbeddingGrad, func(e *repops.Engine, rng *rand.Rand, ids *repops.Tensor) {
			e.EmbeddingGrad(randTensor(rng, "dy", 3, 5), ids, v)
		}, 7*5 + 3, 0, true},
		{repops.KindPick, func(e *repops.Engine, rng *rand.Rand, ids *repops.Tensor) {
			e.Pick(randTensor(rng, "x", 3, v), ids)
		}, 1, 2, false},
		{repops.KindPickGrad, func(e *repops.Engine, rng *rand.Rand, ids *repops.Tensor) {
			e.PickGrad(randTensor(rng, "dy", 3), ids, v)
		}, v + 4, 2*v + 3, false},
	}
	for _, k := range kinds {
		for _, b := range bad {
			rng := rand.New(rand.NewPCG(7, 7))
			ids := repops.FromData([]float32{1, 2, 3}, 3).Named("ids")
			rec := check(verify.RecordStep(func(e *repops.Engine) { k.step(e, rng, ids) }, nil))(t)
			// Commit a record whose id 1 is b.
			ids.Data[1] = b
			rec.Records[0].Inputs[1].Root = verify.TensorRoot(ids)
			rec.StepRoot = verify.StepRoot([]verify.Hash{rec.Records[0].Hash()})
			got, err := j.judge(rec.TraceRoot(), check(referee.RecordingProof(rec, 0, 0, k.bad))(t))
			if err != nil {
				t.Fatalf("%v id %g: %s", k.kind, b, revertReason(err))
			}
			if got.Verdict != referee.WrongShape {
				t.Errorf("%v id %g: verdict %d, want WrongShape", k.kind, b, got.Verdict)
			}
			got, err = j.judge(rec.TraceRoot(), check(referee.RecordingProof(rec, 0, 0, k.good))(t))
			want := referee.SolverRight
			if k.everyElement {
				want = referee.WrongShape
			}
			if err != nil || got.Verdict != want {
				t.Errorf("%v id %g: other element judged %+v, %v; want verdict %d", k.kind, b, got, err, want)
			}
		}
	}
}

// TestDelegatedLimitReverts: an EmbeddingGrad with more ids than
// MaxEmbeddingGradIDs or more than MaxEmbeddingGradHits of them equal to the
// disputed row, or a Sum or Mean of more than MaxRow elements, is refused by
// the proof builder and, built by hand, reverts in the contract with
// RowLimitExceeded; at the limits they are judged.
func TestDelegatedLimitReverts(t *testing.T) {
	j := deployReferee(t)
	cases := []struct {
		kind    repops.Kind
		n, hits int // hits: EmbeddingGrad ids equal to row 0's
	}{
		{repops.KindEmbeddingGrad, verify.MaxEmbeddingGradIDs, verify.MaxEmbeddingGradHits},
		{repops.KindEmbeddingGrad, verify.MaxEmbeddingGradIDs + 1, 1},
		{repops.KindEmbeddingGrad, 300, verify.MaxEmbeddingGradHits + 1},
		{repops.KindSum, verify.MaxRow, 0},
		{repops.KindSum, verify.MaxRow + 1, 0},
		{repops.KindMean, verify.MaxRow + 1, 0},
	}
	for _, c := range cases {
		rng := rand.New(rand.NewPCG(uint64(c.n), 2))
		ids := repops.New(c.n).Named("ids")
		for i := range ids.Data {
			ids.Data[i] = float32(1 + i%3)
			if i < c.hits {
				ids.Data[i] = 0
			}
		}
		rec := check(verify.RecordStep(func(e *repops.Engine) {
			switch c.kind {
			case repops.KindEmbeddingGrad:
				e.EmbeddingGrad(randTensor(rng, "dy", c.n, 3), ids, 4)
			case repops.KindSum:
				e.Sum(randTensor(rng, "x", c.n))
			default:
				e.Mean(randTensor(rng, "x", c.n))
			}
		}, nil))(t)
		const elem = 0
		_, err := referee.RecordingProof(rec, 0, 0, elem)
		over := c.n > verify.MaxRowFor(c.kind) || c.hits > verify.MaxEmbeddingGradHits
		if over != (err != nil) {
			t.Errorf("%v n %d: proof builder error %v, want one: %v", c.kind, c.n, err, over)
		}
		target := check(referee.TraceOf(rec).ProveRecord(0, 0))(t)
		p := referee.Proof{Target: target, Output: check(referee.OutputSlice(rec.Ops[0].Outputs[0], elem))(t), Element: elem}
		for _, in := range rec.Ops[0].Inputs { // whole inputs
			p.Producers = append(p.Producers, []byte{})
			p.ProducerProofs = append(p.ProducerProofs, bindings.Inclusion{Siblings: [][32]byte{}})
			p.Inputs = append(p.Inputs, check(referee.Slice(in, 0, in.Len()))(t))
		}
		got, err := j.judge(rec.TraceRoot(), p)
		switch {
		case over && (err == nil || !strings.Contains(revertReason(err), "RowLimitExceeded")):
			t.Errorf("%v n %d: judged (%+v, %v), want a RowLimitExceeded revert", c.kind, c.n, got, err)
		case !over && err != nil:
			t.Errorf("%v n %d: %s", c.kind, c.n, revertReason(err))
		case !over && (got.Verdict != referee.SolverRight || got.Computed != math.Float32bits(rec.Ops[0].Outputs[0].Data[elem])):
			t.Errorf("%v n %d: verdict %d, computed %#x", c.kind, c.n, got.Verdict, got.Computed)
		}
	}
}
