package rl

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

// testGroup returns a small model and a group of 4 completions of one prompt
// with mixed rewards and lengths.
func testGroup(t *testing.T) (*model.Model, *Group, []int, [][]int, []float32) {
	t.Helper()
	c := smallConfig()
	m, err := model.New(c.Model, 3)
	if err != nil {
		t.Fatal(err)
	}
	prompt := []int{tasks.BOS, 5, 6, 30, 7}
	comps := [][]int{{8, tasks.EOS}, {9, 9, 10, tasks.EOS}, {tasks.PAD, 4}, {tasks.EOS}}
	rewards := []float32{1, 0, 0.25, 0}
	g, err := NewGroup(prompt, comps, rewards, c.Model.Context, c.Model.Vocab)
	if err != nil {
		t.Fatal(err)
	}
	return m, g, prompt, comps, rewards
}

// TestStepInputsMatchBatch: ids, positions, targets and attention mask made
// by operators equal model.NewBatch's host-made layout, bit for bit, even
// with a PAD token sampled inside a completion.
func TestStepInputsMatchBatch(t *testing.T) {
	m, g, prompt, comps, _ := testGroup(t)
	tt := m.Cfg.Context
	seqs := [][]int{make([]int, tt)} // a full-length row forces T = context
	for _, c := range comps {
		seqs = append(seqs, append(append([]int(nil), prompt...), c...))
	}
	b, err := model.NewBatch(seqs, tasks.PAD, tt)
	if err != nil {
		t.Fatal(err)
	}
	in := stepInputs(repops.MustEngine(), g, len(comps), tt)
	hostMask := b.Mask()
	for r := range comps {
		for i := 0; i < tt; i++ {
			k, hk := r*tt+i, (r+1)*tt+i
			if in.ids.Data[k] != float32(b.IDs[hk]) || in.pos.Data[k] != float32(b.Pos[hk]) {
				t.Fatalf("row %d col %d: id %v pos %v, want %d %d", r, i, in.ids.Data[k], in.pos.Data[k], b.IDs[hk], b.Pos[hk])
			}
			if i+1 < tt && in.targets.Data[k] != float32(b.IDs[hk+1]) {
				t.Fatalf("row %d col %d: target %v, want %d", r, i, in.targets.Data[k], b.IDs[hk+1])
			}
			for j := 0; j < tt; j++ {
				got, want := in.mask.Data[k*tt+j], hostMask.Data[hk*tt+j]
				if math.Float32bits(got) != math.Float32bits(want) {
					t.Fatalf("mask row %d (%d,%d) = %v, want %v", r, i, j, got, want)
				}
			}
		}
	}
}

// TestGroupStepMatchesHostGradient: the all-ops step computes the same
// gradient as the GRPO loss built from host-made weights and advantages, up
// to the rounding of the different (but fixed) summation orders.
func TestGroupStepMatchesHostGradient(t *testing.T) {
	m, g, prompt, comps, rewards := testGroup(t)
	e := repops.MustEngine()
	const groups = 3
	res, err := GroupStep(e, m, StepConfig{Groups: groups, ClipEps: 0.2}, g)
	if err != nil {
		t.Fatal(err)
	}
	// Host reference: Forward on a batch padded to the context.
	prompts := make([][]int, len(comps)+1)
	all := append([][]int{make([]int, m.Cfg.Context-1)}, comps...)
	for i := range prompts {
		prompts[i] = prompt
	}
	prompts[0] = []int{tasks.BOS}
	s, err := newSequences(prompts, all, m.Cfg.Context)
	if err != nil {
		t.Fatal(err)
	}
	adv := Advantages(rewards, len(rewards))
	k := float32(len(comps) * groups)
	tgt, w := s.targets(func(r int) float32 {
		if r == 0 {
			return 0
		}
		return 1 / (float32(s.n[r]) * k)
	})
	_, advT := s.targets(func(r int) float32 {
		if r == 0 {
			return 0
		}
		return adv[r-1]
	})
	tp := autodiff.NewTape(e)
	ps := m.Vars(tp, true)
	lp := autodiff.Pick(autodiff.LogSoftmax(m.Forward(tp, ps, s.b, nil)), tp.Const(tgt))
	obj := autodiff.Mul(autodiff.Exp(autodiff.Sub(lp, tp.Const(lp.T))), tp.Const(advT))
	tp.Backward(autodiff.Scale(autodiff.WeightedSum(obj, tp.Const(w)), -1))
	var worst float64
	nonzero := 0
	for i, p := range ps {
		var num, den float64
		for j, x := range p.Grad.Data {
			d := float64(x - res.Grads[i].Data[j])
			num += d * d
			den += float64(x) * float64(x)
		}
		if den > 0 {
			nonzero++
			worst = max(worst, math.Sqrt(num/den))
		}
	}
	t.Logf("relative gradient difference to the host-built loss: %.3g", worst)
	if nonzero < len(ps)/2 {
		t.Fatalf("only %d of %d parameters have a non-zero gradient", nonzero, len(ps))
	}
	if worst > 1e-4 {
		t.Fatalf("relative gradient error %g against the host-built loss", worst)
	}
}

// TestGroupStepExternals: the only tensors a step reads without producing
// them are the parameters and the three batch tensors.
func TestGroupStepExternals(t *testing.T) {
	m, g, _, _, _ := testGroup(t)
	allowed := map[string]bool{NameTokens: true, NameMask: true, NameRewards: true}
	for _, n := range m.Cfg.Names() {
		allowed[n] = true
	}
	produced := map[*repops.Tensor]bool{}
	var bad []string
	obs := repops.ObserverFunc(func(op *repops.Op) {
		for _, in := range op.Inputs {
			if !produced[in] && !allowed[in.Name] {
				bad = append(bad, op.Kind.String()+":"+in.Name)
			}
		}
		for _, o := range op.Outputs {
			produced[o] = true
		}
	})
	if _, err := GroupStep(repops.MustEngine(repops.WithObserver(obs)), m, StepConfig{Groups: 1, ClipEps: 0.2}, g); err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Fatalf("host-made external inputs: %s", strings.Join(bad, ", "))
	}
}

// TestPeersDrawDifferentGroups: two peers of a round draw different problems
// and samples; the same peer draws the same group again.
func TestPeersDrawDifferentGroups(t *testing.T) {
	c := smallConfig()
	m, err := model.New(c.Model, 1)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := tasks.Get(c.Task)
	s := Sampler{Task: f, Seed: c.Seed, Level: c.Level, G: 4, MaxNew: c.MaxNew, Temperature: 1, PartialWeight: c.PartialWeight}
	a, b := Keys{Run: 7, Peer: 1}, Keys{Run: 7, Peer: 2}
	if a.ProblemIndex(0, 0) == b.ProblemIndex(0, 0) || a.ProblemIndex(0, 0) == a.ProblemIndex(0, 1) || a.ProblemIndex(0, 0) == a.ProblemIndex(1, 0) {
		t.Fatal("problem indices collide across peers, groups or rounds")
	}
	e := repops.MustEngine()
	ga, err := s.Sample(e, m, a, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := s.Sample(e, m, a, 0, 0)
	for i := range ga.Completions {
		if !slices.Equal(ga.Completions[i], again.Completions[i]) || ga.Rewards[i] != again.Rewards[i] {
			t.Fatalf("completion %d differs on re-sampling: %v vs %v", i, ga.Completions[i], again.Completions[i])
		}
	}
	// Another peer's group 0 of the round is another sample.
	gb, err := s.Sample(e, m, Keys{Run: 7, Peer: 3}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	differs := gb.Index != ga.Index
	for i := range gb.Completions {
		differs = differs || !slices.Equal(gb.Completions[i], ga.Completions[i])
	}
	if !differs {
		t.Fatal("two peers sampled identical completions")
	}
}

// TestGroupRLStepDeterministic: the gradient-path round gives the same bits
// under any GOMAXPROCS, moves the parameters, and refuses a KL penalty.
func TestGroupRLStepDeterministic(t *testing.T) {
	c := smallConfig()
	c.Prompts = 2
	params := func(procs int) []*repops.Tensor {
		prev := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(prev)
		tr, err := New(c, repops.MustEngine(), nil)
		if err != nil {
			t.Fatal(err)
		}
		tr.StartRL()
		for r := 0; r < 2; r++ {
			if _, err := tr.GroupRLStep(Keys{Run: 5, Peer: 1}, r); err != nil {
				t.Fatal(err)
			}
		}
		return tr.Model.Params
	}
	a, b := params(1), params(2)
	init, _ := model.New(c.Model, c.Seed)
	moved := false
	for i := range a {
		if !repops.Equal(a[i], b[i]) {
			t.Fatalf("parameter %s differs between GOMAXPROCS 1 and 2", a[i].Name)
		}
		moved = moved || !repops.Equal(a[i], init.Params[i])
	}
	if !moved {
		t.Fatal("two rounds left every parameter unchanged")
	}
	c.KLCoef = 0.1
	tr, _ := New(c, repops.MustEngine(), nil)
	if _, err := tr.GroupRLStep(Keys{}, 0); err == nil {
		t.Fatal("a KL penalty was accepted")
	}
}
