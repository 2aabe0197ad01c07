package compute

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
)

// TestStepCoverage: for every task family at its default config, every
// record of a contribution step is of a kind with an on-chain element
// program, within its row limit, and reads only parameters and batch tensors
// from outside (Check enforces all three). It prints the table that
// docs/VERIFY.md shows, and pins the add run's skeleton root.
func TestStepCoverage(t *testing.T) {
	for _, name := range tasks.Names() {
		c := DefaultConfig(name)
		if err := c.Validate(); err != nil {
			t.Logf("%s: the default level does not fit, trying level 1: %v", name, err)
			c.Level = 1
		}
		rep, err := Check(c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s level %d: %d records, skeleton root %v\n| kind | records | largest row | limit |\n|---|---|---|---|\n", name, c.Level, rep.Records, rep.SkeletonRoot)
		total := 0
		for _, k := range rep.Kinds {
			fmt.Fprintf(&b, "| %v | %d | %d | %d |\n", k.Kind, k.Count, k.MaxRow, k.Limit)
			total += k.Count
		}
		t.Log(b.String())
		for _, k := range rep.Kinds {
			if k.Kind == repops.KindEmbedding || k.Kind == repops.KindEmbeddingGrad {
				t.Fatalf("%s: the step records %d %v ops; it must embed by one-hot products", name, k.Count, k.Kind)
			}
		}
		if total != rep.Records || len(rep.Externals) != len(c.Model.Names())+3 {
			t.Fatalf("%s: table covers %d of %d records, %d externals", name, total, rep.Records, len(rep.Externals))
		}
		if name == "add" {
			golden(t, "default_add_skeleton_root.hex", rep.SkeletonRoot.String())
		}
	}
}

// TestStepProofsFit: in a real contribution step (the add run's default
// config, rollouts of the initial model), the element proof of the first
// element of every output row of every record can be built within the
// referee's limits, data-dependent ones included: an EmbeddingGrad row may
// be disputed only if its id occurs at most verify.MaxEmbeddingGradHits
// times, which Check (placeholder data, shapes only) cannot see. The step
// embeds by one-hot products, so it has no EmbeddingGrad; the same check on
// an EmbeddingGrad over the step's own token ids (what the step recorded
// before) is refused.
func TestStepProofsFit(t *testing.T) {
	r, s, alice, _ := testRun(t)
	ro, err := r.Rollouts(s, 0, alice)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := r.Replay(s, 0, ro[0].Bytes)
	if err != nil {
		t.Fatal(err)
	}
	var tokenIDs *repops.Tensor
	for i, op := range rep.Ops {
		if err := rowProofsFit(op); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if tokenIDs == nil && op.Kind == repops.KindPickGrad && int(op.Attrs[0]) == r.Cfg.Model.Vocab {
			tokenIDs = op.Inputs[1] // the token one-hot's ids
		}
	}
	if tokenIDs == nil {
		t.Fatal("no token one-hot in the step")
	}
	var eg repops.Op
	e := repops.MustEngine(repops.WithObserver(repops.ObserverFunc(func(op *repops.Op) { eg = *op })))
	dy := repops.New(tokenIDs.Len(), r.Cfg.Model.Dim)
	e.EmbeddingGrad(dy, tokenIDs, r.Cfg.Model.Vocab)
	err = rowProofsFit(eg)
	if err == nil {
		t.Fatal("an EmbeddingGrad over the step's token ids fits the hit limit: the check cannot fail")
	}
	t.Logf("EmbeddingGrad over the step's %d token ids: %v", tokenIDs.Len(), err)
}

// rowProofsFit builds, with verify.SliceRanges, the slices of an element
// proof for the first element of every row of op's first output, and fails
// on the first the referee's limits refuse.
func rowProofsFit(op repops.Op) error {
	out := op.Outputs[0]
	stride := 1
	if out.Rank() > 0 {
		stride = max(out.Shape[out.Rank()-1], 1)
	}
	for e := 0; e < out.Len(); e += stride {
		if _, _, err := verify.SliceRanges(op.Kind, op.Attrs, op.Inputs, e); err != nil {
			return fmt.Errorf("%v, output element %d: %w", op.Kind, e, err)
		}
	}
	return nil
}
