package verdicts_test

import (
	"math"
	"slices"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// trace is one step's op-level trace as its author replays it.
type trace struct {
	records []verify.Record
	ops     []repops.Op
	grads   []*repops.Tensor
}

// flipSeed is the "seed sign flipped" cheat of node/compute's tests: the
// backward seed, Clamp(loss, 1, 1) of a [1] tensor, negated in place before
// any later op reads it.
func flipSeed(op *repops.Op) {
	if op.Kind == repops.KindClamp && op.Attrs[0] == math.Float32bits(1) && slices.Equal(op.Inputs[0].Shape, []int{1}) {
		op.Outputs[0].Data[0] = -op.Outputs[0].Data[0]
	}
}

// payloads returns a batch of two groups of round 0: the solver's own,
// then (if L is 1) the challenger's as an external group.
func (e *env) payloads() [][]byte {
	e.t.Helper()
	var a [20]byte
	copy(a[:], e.addr(solver).Bytes())
	ro := check(e.crun.Rollouts(e.st, 0, a))(e.t)
	var out [][]byte
	for _, r := range ro[:min(2, len(ro))] {
		out = append(out, r.Bytes)
	}
	if len(out) < 2 && e.cfg.E > 0 { // an external group: another peer's rollout
		var b [20]byte
		copy(b[:], e.addr(challenger).Bytes())
		out = append(out, check(e.crun.Rollouts(e.st, 0, b))(e.t)[0].Bytes)
	}
	return out
}

// contribute trains the contribution on s; tamper (nil: honest) sees every
// op before it is recorded, as a cheater's engine would.
func (e *env) contribute(s *compute.State, ps [][]byte, tamper func(*repops.Op)) *compute.Contribution {
	e.t.Helper()
	eng := repops.MustEngine()
	if tamper != nil {
		eng = repops.MustEngine(repops.WithObserver(repops.ObserverFunc(tamper)))
	}
	r := check(compute.NewRun(e.cfg, e.crun.ID, eng))(e.t)
	return check(r.Contribute(s, 0, ps))(e.t)
}

// replay rebuilds the op-level trace of one step with the tamper applied
// (nil: compute.Replay's honest trace, whose step root it checks).
func (e *env) replay(s *compute.State, b []byte, tamper func(*repops.Op)) trace {
	e.t.Helper()
	p := check(payload.Decode(b))(e.t)
	g, _ := check2(e.crun.Group(p))(e.t)
	tr := e.replayGroup(s, g, tamper)
	if tamper == nil {
		want := check(e.crun.Replay(s, 0, b))(e.t)
		if got := stepRoot(tr.records); got != want.StepRoot {
			e.t.Fatalf("replay step root %v, compute.Replay's %v", got, want.StepRoot)
		}
	}
	return tr
}

// replayGroup records one step on the batch tensors g.
func (e *env) replayGroup(s *compute.State, g *rl.Group, tamper func(*repops.Op)) trace {
	e.t.Helper()
	rec := check(verify.NewRecorder())(e.t)
	var tr trace
	obs := repops.ObserverFunc(func(op *repops.Op) {
		if tamper != nil {
			tamper(op)
		}
		rec.Observe(op)
		tr.ops = append(tr.ops, repops.Op{Kind: op.Kind, Attrs: op.Attrs, Inputs: slices.Clone(op.Inputs), Outputs: slices.Clone(op.Outputs)})
	})
	res := check(rl.GroupStep(repops.MustEngine(repops.WithObserver(obs)), s.Model(e.cfg),
		rl.StepConfig{Groups: e.cfg.L + e.cfg.E, ClipEps: e.cfg.ClipEps}, g))(e.t)
	tr.records, tr.grads = rec.Records(), res.Grads
	return tr
}

// gradLeaves returns the named leaves grad.<p> of gradients, and their root.
func (e *env) gradLeaves(grads []*repops.Tensor) []verify.Hash {
	leaves := make([]verify.Hash, len(grads))
	for i, g := range grads {
		leaves[i] = verify.NamedLeaf(verify.GradName(e.st.Params[i].Name), verify.TensorRoot(g))
	}
	return leaves
}

// perturbed returns s with element 0 of its last parameter doubled: another
// model than the round's.
func perturbed(s *compute.State) *compute.State {
	ps := *s
	ps.Params = slices.Clone(s.Params)
	last := len(s.Params) - 1
	ps.Params[last] = repops.FromData(slices.Clone(s.Params[last].Data), s.Params[last].Shape...).Named(s.Params[last].Name)
	ps.Params[last].Data[0] = 2*ps.Params[last].Data[0] + 1
	return &ps
}

func check2[A, B any](a A, b B, err error) func(interface {
	Helper()
	Fatal(...any)
}) (A, B) {
	return func(t interface {
		Helper()
		Fatal(...any)
	}) (A, B) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a, b
	}
}
