package verify

import (
	"testing"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
)

// TestExecuteReplaysEveryRecordOfAStep: re-executing each record of a real
// contribution step from its recorded input tensors gives its recorded
// output roots, bit for bit, for every kind a step uses.
func TestExecuteReplaysEveryRecordOfAStep(t *testing.T) {
	mc := model.Config{Vocab: tasks.VocabSize(), Dim: 16, Layers: 1, Heads: 2, FFN: 32, Context: 16, NormEps: 1e-5}
	m, err := model.New(mc, 1)
	if err != nil {
		t.Fatal(err)
	}
	g, err := rl.NewGroup([]int{tasks.BOS, 5, 6}, [][]int{{7, tasks.EOS}, {8}, {tasks.EOS}}, []float32{1, 0, 0.5}, mc.Context, mc.Vocab)
	if err != nil {
		t.Fatal(err)
	}
	rec := newRecorder(t)
	var ops []repops.Op
	tee := repops.ObserverFunc(func(op *repops.Op) {
		rec.Observe(op)
		ops = append(ops, repops.Op{Kind: op.Kind, Attrs: op.Attrs, Inputs: append([]*repops.Tensor(nil), op.Inputs...), Outputs: append([]*repops.Tensor(nil), op.Outputs...)})
	})
	if _, err := rl.GroupStep(repops.MustEngine(repops.WithObserver(tee)), m, rl.StepConfig{Groups: 2, ClipEps: 0.2}, g); err != nil {
		t.Fatal(err)
	}
	records := rec.Records()
	kinds := map[repops.Kind]bool{}
	for i, op := range ops {
		shapes := make([][]int, len(op.Outputs))
		for s, o := range op.Outputs {
			shapes[s] = o.Shape
		}
		outs, err := Execute(repops.MustEngine(), op.Kind, op.Attrs, op.Inputs, shapes)
		if err != nil {
			t.Fatalf("record %d (%v): %v", i, op.Kind, err)
		}
		for s, o := range outs {
			if TensorRoot(o) != records[i].Outputs[s] {
				t.Fatalf("record %d (%v) output %d: re-execution differs from the record", i, op.Kind, s)
			}
		}
		kinds[op.Kind] = true
		if i%50 == 0 {
			ok, _, err := JudgeElement(op.Kind, op.Attrs, op.Inputs, shapes, 0, 0, op.Outputs[0].Data[0])
			if err != nil || !ok {
				t.Fatalf("record %d: the honest element is convicted (%v)", i, err)
			}
		}
	}
	t.Logf("%d records of %d kinds re-executed", len(ops), len(kinds))
	// Adam (aggregation, not a step) re-executes from its attributes too.
	var adam *repops.Op
	e := repops.MustEngine(repops.WithObserver(repops.ObserverFunc(func(op *repops.Op) { adam = op })))
	p, gr := repops.FromData([]float32{1, -2}, 2, 1), repops.FromData([]float32{0.5, 3}, 2, 1)
	p2, _, _ := e.Adam(p, gr, repops.New(2, 1), repops.New(2, 1), repops.AdamConfig{LR: 0.01, Beta1: 0.9, Beta2: 0.99, Eps: 1e-8, C1: 10, C2: 100, WeightDecay: 0.1})
	if ok, _, err := JudgeElement(adam.Kind, adam.Attrs, adam.Inputs, nil, 0, 1, p2.Data[1]); err != nil || !ok {
		t.Fatalf("adam re-execution: %v", err)
	}
	x := repops.FromData([]float32{1, 2}, 2)
	if ok, want, _ := JudgeElement(repops.KindScale, []uint32{0x40000000}, []*repops.Tensor{x}, nil, 0, 1, 4.0000005); ok || want != 4 {
		t.Fatalf("a wrong element: ok %v, want %v", ok, want)
	}
	if _, err := Execute(repops.MustEngine(), repops.KindAdd, nil, []*repops.Tensor{x, repops.New(3)}, nil); err == nil {
		t.Fatal("mismatched shapes re-execute without error")
	}
}
