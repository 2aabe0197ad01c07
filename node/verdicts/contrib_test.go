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

// payloads returns the batch of two groups of round 0: the solver's own,
// then (if L is 1) the challenger's as an external group.
func (e *env) payloads() [][]byte { return e.batch }

// contribute trains the contribution on s; tamper (nil: honest) sees every
// op before it is recorded, as a cheater's engine would.
func (e *env) contribute(s *compute.State, ps [][]byte, tamper func(*repops.Op)) *compute.Contribution {
	e.t.Helper()
	if tamper == nil && s == e.st && slices.EqualFunc(ps, e.batch, func(a, b []byte) bool { return string(a) == string(b) }) {
		c := *e.contrib // callers replace fields, never change shared slices in place
		return &c
	}
	eng := repops.MustEngine()
	if tamper != nil {
		eng = repops.MustEngine(repops.WithObserver(repops.ObserverFunc(tamper)))
	}
	r := check(compute.NewRun(e.cfg, e.crun.ID, eng))(e.t)
	return check(r.Contribute(s, 0, ps))(e.t)
}

// replay rebuilds the op-level trace of one step with the tamper applied;
// honest traces of the batch on the round's model come from the fixture.
func (e *env) replay(s *compute.State, b []byte, tamper func(*repops.Op)) trace {
	e.t.Helper()
	if tamper == nil && s == e.st {
		for k, x := range e.batch {
			if string(x) == string(b) {
				return e.honest[k]
			}
		}
	}
	return check(replayStep(&fixture{cfg: e.cfg, crun: e.crun}, s, b, tamper))(e.t)
}

// replayGroup records one step on the batch tensors g.
func (e *env) replayGroup(s *compute.State, g *rl.Group, tamper func(*repops.Op)) trace {
	e.t.Helper()
	return check(recordGroup(e.cfg, s, g, tamper))(e.t)
}

// replayStep records the step of payload b on s.
func replayStep(f *fixture, s *compute.State, b []byte, tamper func(*repops.Op)) (trace, error) {
	p, err := payload.Decode(b)
	if err != nil {
		return trace{}, err
	}
	g, _, err := f.crun.Group(p)
	if err != nil {
		return trace{}, err
	}
	return recordGroup(f.cfg, s, g, tamper)
}

// recordGroup runs one contribution step on g with an observer that applies
// tamper (nil: none) to each op before recording it.
func recordGroup(cfg compute.Config, s *compute.State, g *rl.Group, tamper func(*repops.Op)) (trace, error) {
	rec, err := verify.NewRecorder()
	if err != nil {
		return trace{}, err
	}
	var tr trace
	obs := repops.ObserverFunc(func(op *repops.Op) {
		if tamper != nil {
			tamper(op)
		}
		rec.Observe(op)
		tr.ops = append(tr.ops, repops.Op{Kind: op.Kind, Attrs: op.Attrs, Inputs: slices.Clone(op.Inputs), Outputs: slices.Clone(op.Outputs)})
	})
	res, err := rl.GroupStep(repops.MustEngine(repops.WithObserver(obs)), s.Model(cfg),
		rl.StepConfig{Groups: cfg.L + cfg.E, ClipEps: cfg.ClipEps}, g)
	if err != nil {
		return trace{}, err
	}
	tr.records, tr.grads = rec.Records(), res.Grads
	return tr, nil
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
