package compute

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// recorded is one step's op records and operator calls.
type recorded struct {
	records []verify.Record
	ops     []repops.Op
}

// recordStep runs a step of group g with an observer that may tamper with an
// op's output in place before any later op reads it (a cheater who changes
// one value and computes everything after it honestly).
func recordStep(t *testing.T, r *Run, s *State, g *rl.Group, tamper func(i int, op *repops.Op)) recorded {
	t.Helper()
	rec, err := verify.NewRecorder()
	if err != nil {
		t.Fatal(err)
	}
	var out recorded
	obs := repops.ObserverFunc(func(op *repops.Op) {
		if tamper != nil {
			tamper(len(out.ops), op)
		}
		rec.Observe(op)
		out.ops = append(out.ops, repops.Op{Kind: op.Kind, Attrs: op.Attrs,
			Inputs: slices.Clone(op.Inputs), Outputs: slices.Clone(op.Outputs)})
	})
	if _, err := rl.GroupStep(r.e.WithObserver(obs), s.Model(r.Cfg), r.Cfg.stepConfig(), g); err != nil {
		t.Fatal(err)
	}
	out.records = rec.Records()
	return out
}

func shapeIs(t *repops.Tensor, shape ...int) bool { return slices.Equal(t.Shape, shape) }

// TestCheatsAreCaught: a cheater who tampers with one recorded value — the
// backward seed's sign, the advantages (scaled), one token weight (zeroed) —
// is found at the first record that diverges from an honest replay, and the
// element judge convicts that record from its (agreed) inputs. A cheater who
// instead tampers with an external input and computes consistently from it
// is convicted by the external check against the group or model root.
func TestCheatsAreCaught(t *testing.T) {
	r, s, alice, _ := testRun(t)
	ra, err := r.Rollouts(s, 0, alice)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := payload.Decode(ra[0].Bytes)
	g, groupRoot, err := r.Group(p)
	if err != nil {
		t.Fatal(err)
	}
	honest := recordStep(t, r, s, g, nil)
	gs := r.Cfg.G
	cases := map[string]func(op *repops.Op) bool{
		// The seed is the first Clamp(·, 1, 1) of a [1] tensor (the loss).
		"seed sign flipped": func(op *repops.Op) bool {
			if op.Kind != repops.KindClamp || op.Attrs[0] != math.Float32bits(1) || !shapeIs(op.Inputs[0], 1) {
				return false
			}
			op.Outputs[0].Data[0] = -op.Outputs[0].Data[0]
			return true
		},
		// The advantages are the Select of shape [G,1].
		"advantages doubled": func(op *repops.Op) bool {
			if op.Kind != repops.KindSelect || !shapeIs(op.Outputs[0], gs, 1) {
				return false
			}
			for i := range op.Outputs[0].Data {
				op.Outputs[0].Data[i] *= 2
			}
			return true
		},
		// The per-row weights are the Div of shape [G].
		"weight zeroed": func(op *repops.Op) bool {
			if op.Kind != repops.KindDiv || !shapeIs(op.Outputs[0], gs) {
				return false
			}
			op.Outputs[0].Data[1] = 0
			return true
		},
	}
	for name, mutate := range cases {
		at := -1
		cheat := recordStep(t, r, s, g, func(i int, op *repops.Op) {
			if at < 0 && mutate(op) {
				at = i
			}
		})
		if at < 0 {
			t.Fatalf("%s: the tampered op was not found", name)
		}
		d, ok := verify.FirstDivergence(honest.records, cheat.records)
		if !ok || d != at {
			t.Fatalf("%s: first divergence at %d (%v), tampered record %d", name, d, ok, at)
		}
		hr, cr := honest.records[d], cheat.records[d]
		if !slices.EqualFunc(hr.Inputs, cr.Inputs, func(a, b verify.InputRef) bool { return a == b }) {
			t.Fatalf("%s: the divergent record's inputs differ too", name)
		}
		// Element judge: the first differing element of the claimed output,
		// recomputed from the agreed inputs.
		op, claimed := honest.ops[d], cheat.ops[d].Outputs[0]
		e := 0
		for i, x := range claimed.Data {
			if math.Float32bits(x) != math.Float32bits(op.Outputs[0].Data[i]) {
				e = i
				break
			}
		}
		okElem, want, err := verify.JudgeElement(op.Kind, op.Attrs, op.Inputs, [][]int{claimed.Shape}, 0, e, claimed.Data[e])
		if err != nil || okElem {
			t.Fatalf("%s: judge of record %d element %d: ok %v, %v", name, d, e, okElem, err)
		}
		t.Logf("%s: record %d (%v) element %d claimed %v, referee computes %v: convicted", name, d, op.Kind, e, claimed.Data[e], want)
	}

	// Consistent computation from tampered externals: the rewards (which
	// scales the advantages) and one parameter.
	forged := *g
	forged.Rewards = repops.FromData(slices.Clone(g.Rewards.Data), g.Rewards.Shape...).Named(rl.NameRewards)
	forged.Rewards.Data[0] += 1
	paramState := *s
	paramState.Params = slices.Clone(s.Params)
	last := len(s.Params) - 1
	paramState.Params[last] = repops.FromData(slices.Clone(s.Params[last].Data), s.Params[last].Shape...).Named(s.Params[last].Name)
	paramState.Params[last].Data[0] *= 2

	groupLeaves := []verify.Hash{}
	for _, nt := range []*repops.Tensor{g.Tokens, g.Mask, g.Rewards} {
		groupLeaves = append(groupLeaves, verify.NamedLeaf(nt.Name, verify.TensorRoot(nt)))
	}
	modelTensors, _ := s.Tensors()
	modelLeaves, _ := verify.NamedSetLeaves(modelTensors)
	modelRoot, _ := s.Root()
	for name, c := range map[string]struct {
		st   *State
		g    *rl.Group
		ext  string
		root verify.Hash
		idx  int
		set  []verify.Hash
	}{
		"rewards forged":   {s, &forged, rl.NameRewards, groupRoot, 2, groupLeaves},
		"parameter forged": {&paramState, g, s.Params[last].Name, modelRoot, last, modelLeaves},
	} {
		cheat := recordStep(t, r, c.st, c.g, nil)
		if d, ok := verify.FirstDivergence(honest.records, cheat.records); !ok {
			t.Fatalf("%s: no divergence", name)
		} else {
			t.Logf("%s: first divergent record %d (%v)", name, d, cheat.records[d].Kind)
		}
		nh := verify.Keccak256([]byte(c.ext))
		var used *verify.InputRef
		for i := range cheat.records {
			for j, in := range cheat.records[i].Inputs {
				if in.Kind == verify.RefExternal && in.NameHash == nh && used == nil {
					used = &cheat.records[i].Inputs[j]
				}
			}
		}
		if used == nil {
			t.Fatalf("%s: no record reads %s", name, c.ext)
		}
		proof, err := verify.ProveNamed(c.set, c.idx)
		if err != nil {
			t.Fatal(err)
		}
		if err := verify.VerifyNamed(c.root, c.ext, used.Root, proof); !errors.Is(err, verify.ErrRootMismatch) {
			t.Fatalf("%s: external check: got %v, want a root mismatch", name, err)
		}
	}
}
