package verify

import (
	"errors"
	"runtime"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

func newRecorder(t testing.TB, opts ...RecorderOption) *Recorder {
	t.Helper()
	r, err := NewRecorder(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func named(name string, seed float32, shape ...int) *repops.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return repops.FromData(ramp(n, seed), shape...).Named(name)
}

func TestRecorderRefsOnMatMulChain(t *testing.T) {
	rec := newRecorder(t)
	e := repops.MustEngine(repops.WithObserver(rec))
	x := named("batch.x", 1, 4, 8)
	w1 := named("layer0.w", 2, 16, 8)
	w2 := named("layer1.w", 3, 5, 16)
	h := e.MatMul(x, w1) // [4,16]
	y := e.MatMul(h, w2) // [4,5]
	g := e.MatMul(h, h)  // [4,4]: one tensor in both operands
	if err := rec.Err(); err != nil {
		t.Fatal(err)
	}
	rs := rec.Records()
	if len(rs) != 3 {
		t.Fatalf("got %d records, want 3", len(rs))
	}
	ext := func(tt *repops.Tensor) InputRef {
		return InputRef{Kind: RefExternal, NameHash: refH([]byte(tt.Name)), Root: refTensorRoot(tt.Shape, tt.Data)}
	}
	out := func(tt *repops.Tensor, op uint32, slot uint8) InputRef {
		return InputRef{Kind: RefOutput, Producer: op, Slot: slot, Root: refTensorRoot(tt.Shape, tt.Data)}
	}
	want := []Record{
		{Index: 0, Kind: repops.KindMatMul, Inputs: []InputRef{ext(x), ext(w1)}, Outputs: []Hash{refTensorRoot(h.Shape, h.Data)}},
		{Index: 1, Kind: repops.KindMatMul, Inputs: []InputRef{out(h, 0, 0), ext(w2)}, Outputs: []Hash{refTensorRoot(y.Shape, y.Data)}},
		{Index: 2, Kind: repops.KindMatMul, Inputs: []InputRef{out(h, 0, 0), out(h, 0, 0)}, Outputs: []Hash{refTensorRoot(g.Shape, g.Data)}},
	}
	for i := range want {
		if !rs[i].Equal(&want[i]) {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, rs[i], want[i])
		}
	}
	if i, ok := FirstDivergence(rs, want); ok {
		t.Errorf("FirstDivergence against the expected records: %d", i)
	}
	hs := rec.RecordHashes()
	for i := range rs {
		if hs[i] != rs[i].Hash() {
			t.Errorf("record hash %d: got %v, want %v", i, hs[i], rs[i].Hash())
		}
	}
	root, err := rec.StepRoot()
	if err != nil {
		t.Fatal(err)
	}
	if wantRoot := refCounted(0x12, []Hash{want[0].Hash(), want[1].Hash(), want[2].Hash()}); root != wantRoot {
		t.Fatalf("step root %v, want %v", root, wantRoot)
	}
	if r, ok := rec.Root(y); !ok || r != want[1].Outputs[0] {
		t.Errorf("Root(y) = %v, %v; want %v", r, ok, want[1].Outputs[0])
	}
	if ref, ok := rec.Ref(w2); !ok || ref != ext(w2) {
		t.Errorf("Ref(w2) = %+v, %v; want %+v", ref, ok, ext(w2))
	}
}

func TestRecorderMultiOutputSlots(t *testing.T) {
	rec := newRecorder(t)
	p, g := named("p", 1, 3), named("g", 2, 3)
	m, v := named("m", 3, 3), named("v", 4, 3)
	p2, m2, v2 := named("", 5, 3), named("", 6, 3), named("", 7, 3)
	rec.Observe(&repops.Op{Kind: repops.KindAdam, Attrs: []uint32{1, 2}, Inputs: []*repops.Tensor{p, g, m, v}, Outputs: []*repops.Tensor{p2, m2, v2}})
	rec.Observe(&repops.Op{Kind: repops.KindAdd, Inputs: []*repops.Tensor{v2, p2}, Outputs: []*repops.Tensor{named("", 8, 3)}})
	// An op that hands back one of its inputs keeps the first reference.
	rec.Observe(&repops.Op{Kind: repops.KindScale, Inputs: []*repops.Tensor{m2}, Outputs: []*repops.Tensor{m2}})
	rec.Observe(&repops.Op{Kind: repops.KindSub, Inputs: []*repops.Tensor{m2, p}, Outputs: []*repops.Tensor{named("", 9, 3)}})
	if err := rec.Err(); err != nil {
		t.Fatal(err)
	}
	rs := rec.Records()
	if in := rs[1].Inputs; in[0].Producer != 0 || in[0].Slot != 2 || in[1].Producer != 0 || in[1].Slot != 0 || in[0].Kind != RefOutput {
		t.Errorf("record 1 inputs: got %+v, want slots 2 and 0 of op 0", in)
	}
	if in := rs[3].Inputs; in[0].Kind != RefOutput || in[0].Producer != 0 || in[0].Slot != 1 {
		t.Errorf("record 3 input 0: got %+v, want slot 1 of op 0", in[0])
	}
	if in := rs[3].Inputs[1]; in.Kind != RefExternal || in.NameHash != refH([]byte("p")) {
		t.Errorf("record 3 input 1: got %+v, want external p", in)
	}
	if rs[2].Outputs[0] != rs[0].Outputs[1] {
		t.Errorf("returned input's root %v, want %v", rs[2].Outputs[0], rs[0].Outputs[1])
	}
	// The op's attribute slice is copied, not kept.
	attrs := []uint32{7}
	rec.Observe(&repops.Op{Kind: repops.KindScale, Attrs: attrs, Inputs: []*repops.Tensor{p}, Outputs: []*repops.Tensor{named("", 1, 1)}})
	attrs[0] = 8
	if got := rec.Records()[4].Attrs[0]; got != 7 {
		t.Errorf("recorded attribute changed with the caller's slice: got %d, want 7", got)
	}
}

func TestRecorderErrorsAreSticky(t *testing.T) {
	cases := []struct {
		name string
		op   *repops.Op
	}{
		{"bad kind", &repops.Op{Kind: repops.KindInvalid, Outputs: []*repops.Tensor{repops.New(1)}}},
		{"inconsistent input", &repops.Op{Kind: repops.KindAdd, Inputs: []*repops.Tensor{{Shape: []int{2}}}, Outputs: []*repops.Tensor{repops.New(2)}}},
		{"nil output", &repops.Op{Kind: repops.KindAdd, Outputs: []*repops.Tensor{nil}}},
		{"no outputs", &repops.Op{Kind: repops.KindAdd}},
		{"too many outputs", &repops.Op{Kind: repops.KindConcat, Outputs: make([]*repops.Tensor, MaxOutputs+1)}},
		{"too many attrs", &repops.Op{Kind: repops.KindAdd, Attrs: make([]uint32, MaxAttrs+1), Outputs: []*repops.Tensor{repops.New(1)}}},
	}
	for _, c := range cases {
		rec := newRecorder(t)
		rec.Observe(&repops.Op{Kind: repops.KindAdd, Outputs: []*repops.Tensor{repops.New(1)}})
		rec.Observe(c.op)
		rec.Observe(&repops.Op{Kind: repops.KindAdd, Outputs: []*repops.Tensor{repops.New(1)}})
		if err := rec.Err(); !errors.Is(err, ErrBadShape) && !errors.Is(err, ErrBadRecord) {
			t.Errorf("%s: Err() = %v, want a shape or record error", c.name, err)
		}
		if _, err := rec.StepRoot(); err == nil {
			t.Errorf("%s: StepRoot succeeded on a broken step", c.name)
		}
		if rec.Len() != 1 {
			t.Errorf("%s: %d records after the error, want 1", c.name, rec.Len())
		}
		rec.Reset()
		if rec.Err() != nil || rec.Len() != 0 {
			t.Errorf("%s: Reset left err %v and %d records", c.name, rec.Err(), rec.Len())
		}
	}
}

// step runs a small deterministic graph: two layers forward and a product
// large enough that tensors are hashed in parallel.
func step(e *repops.Engine) {
	x := named("x", 1, 64, 96)
	w1 := named("w1", 2, 512, 96)
	w2 := named("w2", 3, 80, 512)
	h := e.MatMul(x, w1)
	e.MatMul(h, w2)
	e.MatMul(h, h)
}

func stepRoot(t *testing.T, engineWorkers, hashWorkers int, background bool) Hash {
	t.Helper()
	rec := newRecorder(t, WithHashWorkers(hashWorkers), WithBackgroundHashing(background))
	step(repops.MustEngine(repops.WithObserver(rec), repops.WithWorkers(engineWorkers)))
	r, err := rec.StepRoot()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRecorderDeterministic(t *testing.T) {
	want := stepRoot(t, 1, 1, false)
	for _, bg := range []bool{false, true} {
		for _, c := range [][2]int{{1, 1}, {2, 2}, {4, 3}, {8, 0}} {
			if got := stepRoot(t, c[0], c[1], bg); got != want {
				t.Fatalf("engine workers %d, hash workers %d, background %v: step root %v, want %v", c[0], c[1], bg, got, want)
			}
		}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, p := range []int{1, 3, 8} {
		runtime.GOMAXPROCS(p)
		if got := stepRoot(t, 0, 0, true); got != want {
			t.Fatalf("GOMAXPROCS %d: step root %v, want %v", p, got, want)
		}
	}
}

func TestRecorderResetStartsNewStep(t *testing.T) {
	rec := newRecorder(t)
	e := repops.MustEngine(repops.WithObserver(rec))
	step(e)
	first, _ := rec.StepRoot()
	kept := rec.Records()
	n := len(kept)
	rec.Reset()
	step(e)
	second, _ := rec.StepRoot()
	if first != second {
		t.Fatalf("same step after Reset: root %v, want %v", second, first)
	}
	if len(kept) != n || kept[0].Index != 0 {
		t.Fatal("Reset disturbed records returned before it")
	}
	// Without Reset the step simply goes on.
	step(e)
	third, _ := rec.StepRoot()
	if third == first || rec.Len() != 2*n {
		t.Fatalf("continuing the step: %d records, root %v", rec.Len(), third)
	}
}

func TestRecorderProofs(t *testing.T) {
	rec := newRecorder(t)
	step(repops.MustEngine(repops.WithObserver(rec)))
	root, _ := rec.StepRoot()
	for i, r := range rec.Records() {
		p, err := rec.ProveRecord(i)
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyRecord(root, r.Hash(), p); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		other := rec.Records()[(i+1)%rec.Len()]
		if err := VerifyRecord(root, other.Hash(), p); !errors.Is(err, ErrRootMismatch) {
			t.Fatalf("record %d proof with another record: got %v, want ErrRootMismatch", i, err)
		}
	}
	if _, err := rec.ProveRecord(rec.Len()); !errors.Is(err, ErrBadProof) {
		t.Fatalf("proof past the end: got %v, want ErrBadProof", err)
	}
}

func TestNewRecorderRejectsBadOptions(t *testing.T) {
	if _, err := NewRecorder(WithHashWorkers(-1)); err == nil {
		t.Fatal("NewRecorder accepted a negative worker count")
	}
}

func TestRecorderExternalRootCache(t *testing.T) {
	x, w1, w2 := named("x", 1, 64, 96), named("w1", 2, 512, 96), named("w2", 3, 80, 512)
	run := func(e *repops.Engine) { e.MatMul(e.MatMul(x, w1), w2) }
	fresh := func() Hash {
		rec := newRecorder(t)
		run(repops.MustEngine(repops.WithObserver(rec)))
		r, err := rec.StepRoot()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	want := fresh()
	rec := newRecorder(t, WithExternalRootCache(true))
	e := repops.MustEngine(repops.WithObserver(rec))
	for step := 0; step < 3; step++ {
		run(e)
		if got, _ := rec.StepRoot(); got != want {
			t.Fatalf("step %d with cached external roots: %v, want %v", step, got, want)
		}
		rec.Reset()
		if len(rec.kept) != 3 {
			t.Fatalf("step %d: %d external roots kept, want 3", step, len(rec.kept))
		}
	}
	// A renamed tensor is hashed again under its new name.
	w2.Named("w2.renamed")
	run(e)
	got, _ := rec.StepRoot()
	if want := fresh(); got != want {
		t.Fatalf("after renaming: %v, want %v", got, want)
	}
	// Externals the last step did not use are dropped.
	rec.Reset()
	e.MatMul(x, x)
	rec.Reset()
	if len(rec.kept) != 1 {
		t.Fatalf("%d external roots kept after a step using one, want 1", len(rec.kept))
	}
}
