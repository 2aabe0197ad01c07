package ledger_test

import (
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// kitSeeds is the number of distinct contributions a verdictKit offers.
const kitSeeds = 8

// verdictKit gives random accounting sequences real roots, so that every
// verdict call can convict or acquit: trainStep's trace (honest, or with
// element 77 of record 1 tampered) as the posted step, the run's skeleton,
// base model and outputs roots, and per seed s a one-step contribution whose
// step gradient is off (s&1), whose update is off (s&2), and whose batch
// holds a wrong batch.x (s&4). Gradient and update are record 1's output
// (one parameter); "off" moves element 0 by one ulp.
type verdictKit struct {
	traces  [2]*verify.Recording // honest, cheat
	leaves  []verify.Hash        // skeleton
	params  []*repops.Tensor     // the base model: param.w, param.b
	base    verify.Hash
	srcs    []verify.OutputSource
	seeds   [kitSeeds]kitSeed
	element [2]ledger.ElementProof // about record 1, element 77, per trace
}

type kitSeed struct {
	c            ledger.Commitment
	grad, update *repops.Tensor
	x            *repops.Tensor // the batch's batch.x
	stepOutput   verify.Hash
	payload      verify.Hash
	group        verify.Hash
}

const kitGrad = "grad.param.h"

// off returns a copy of t named name, element 0 one ulp up if yes.
func off(t *repops.Tensor, name string, yes bool) *repops.Tensor {
	d := append([]float32(nil), t.Data...)
	if yes {
		d[0] = math.Nextafter32(d[0], float32(math.Inf(1)))
	}
	return repops.FromData(d, t.Shape...).Named(name)
}

func newVerdictKit(t *testing.T) *verdictKit {
	k := &verdictKit{srcs: []verify.OutputSource{{Record: 1, Slot: 0}}}
	k.traces[0] = check(verify.RecordStep(trainStep, nil))(t)
	k.traces[1] = check(verify.RecordStep(trainStep, func(i int, op *repops.Op) {
		if i == 1 {
			op.Outputs[0].Data[77] = math.Nextafter32(op.Outputs[0].Data[77], float32(math.Inf(1)))
		}
	}))(t)
	sk := verify.NewSkeletonRecorder()
	trainStep(repops.MustEngine(repops.WithObserver(sk)))
	k.leaves = check(verify.SkeletonLeaves(sk.Records()))(t)
	honest := k.traces[0]
	k.params = []*repops.Tensor{honest.Ops[0].Inputs[1], honest.Ops[1].Inputs[1]}
	k.base = check(verify.NamedRoot(k.params))(t)
	for s := range k.seeds {
		g := off(honest.Ops[1].Outputs[0], kitGrad, s&1 != 0)
		ks := kitSeed{grad: g, update: off(g, kitGrad, s&2 != 0), x: off(honest.Ops[0].Inputs[0], "batch.x", s&4 != 0),
			payload: verify.Hash{0x9a, byte(s)}}
		ks.stepOutput = check(verify.NamedRoot([]*repops.Tensor{ks.grad}))(t)
		ks.group = check(verify.NamedRoot([]*repops.Tensor{ks.x}))(t)
		ks.c = ledger.Commitment{Base: k.base, BatchRoot: verify.BatchRoot([]verify.Hash{verify.ManifestLeaf(ks.payload, ks.group)}),
			TraceRoot: verify.TraceRoot([]verify.Hash{ks.stepOutput}), UpdateRoot: check(verify.NamedRoot([]*repops.Tensor{ks.update}))(t),
			UpdateBlob: common.Hash{4, byte(s)}, UpdateSize: 512, Nsteps: 1}
		k.seeds[s] = ks
	}
	k.element[0] = check(referee.RecordingProof(honest, 1, 0, 77))(t)
	chunk := check(referee.Slice(k.traces[1].Ops[1].Outputs[0], 77, 78))(t)
	k.element[1] = check(referee.TraceOf(k.traces[1]).ElementProof(referee.Claim{Record: 1, Element: 77}, honest.Ops[1].Inputs, chunk))(t)
	return k
}

// outputs are what the solver of seed s posts with a step root: its one step
// output root and that step's one gradient.
func (k *verdictKit) outputs(s int) ledger.StepOutputs {
	ks := k.seeds[s]
	return ledger.NewStepOutputs([][32]byte{ks.stepOutput}, []string{ks.grad.Name}, [][32]byte{verify.TensorRoot(ks.grad)})
}

// config sets the run's skeleton, base model and outputs roots.
func (k *verdictKit) config(cfg ledger.RunConfig) ledger.RunConfig {
	cfg.SkeletonRoot, cfg.InitialModelRoot, cfg.OutputsRoot = verify.SkeletonRoot(k.leaves), k.base, verify.OutputsRoot(k.srcs)
	return cfg
}

// named proves tensor i of the named set ts.
func named(t *testing.T, ts []*repops.Tensor, i int) ledger.NamedProof {
	leaves := check(verify.NamedSetLeaves(ts))(t)
	return referee.Named(ts[i].Name, verify.TensorRoot(ts[i]), check(verify.ProveNamed(leaves, i))(t))
}

// external is a wrong-external claim about trace tr's record 0: its input
// param.w against the base (never convicts) or, with group, its batch.x
// against seed s's batch (convicts if s&4). A corrupt claim's leaf is not in
// its set.
func (k *verdictKit) external(t *testing.T, tr, s int, group, corrupt bool) ledger.ExternalClaim {
	c := ledger.ExternalClaim{Record: check(referee.StepRecord(k.traces[tr].Records, 0))(t), Input: 1, Leaf: named(t, k.params, 0)}
	if group {
		ks := k.seeds[s]
		c.Input, c.Leaf, c.PayloadRoot, c.GroupRoot = 0, named(t, []*repops.Tensor{ks.x}, 0), ks.payload, ks.group
		c.ManifestAt = referee.Inclusion(check(verify.ProveManifest([]verify.Hash{verify.ManifestLeaf(ks.payload, ks.group)}, 0))(t))
	}
	if corrupt {
		c.Leaf.Root[0] ^= 1
	}
	return c
}

// program is a wrong-program claim: the record count alone or, with full,
// trace tr's record 2 with its shapes (convicts only if the posted record
// count is not the skeleton's). A corrupt claim's skeleton leaf is not the run's.
func (k *verdictKit) program(t *testing.T, tr int, full, corrupt bool) ledger.ProgramClaim {
	i := 0
	if full {
		i = 2
	}
	c := ledger.ProgramClaim{SkeletonLeaf: k.leaves[i], SkeletonAt: referee.Inclusion(check(verify.ProveSkeleton(k.leaves, i))(t))}
	if full {
		op := k.traces[tr].Ops[i]
		c.Record = check(referee.StepRecord(k.traces[tr].Records, i))(t)
		c.Shapes = referee.Shapes(append(append([]*repops.Tensor{}, op.Inputs...), op.Outputs...)...)
	}
	if corrupt {
		c.SkeletonLeaf[0] ^= 1
	}
	return c
}

// output is a wrong-output claim: trace tr's record 1 against seed s's step
// gradient (convicts if either is off).
func (k *verdictKit) output(t *testing.T, tr, s int, corrupt bool) ledger.OutputClaim {
	ks := k.seeds[s]
	c := ledger.OutputClaim{Record: check(referee.StepRecord(k.traces[tr].Records, 1))(t),
		Sources: verify.EncodeOutputSources(k.srcs), StepOutput: ks.stepOutput,
		StepAt: referee.Inclusion(check(verify.ProveStep([]verify.Hash{ks.stepOutput}, 0))(t)),
		Grad:   named(t, []*repops.Tensor{ks.grad}, 0)}
	if corrupt {
		c.Grad.Root[0] ^= 1
	}
	return c
}

// update is a wrong-output proof about element el of seed s's update
// (convicts if s&2 and el is 0).
func (k *verdictKit) update(t *testing.T, s, el int, corrupt bool) ledger.UpdateProof {
	ks := k.seeds[s]
	p := ledger.UpdateProof{Element: uint64(el), StepOutputs: [][32]byte{ks.stepOutput},
		Grads:      []ledger.NamedProof{named(t, []*repops.Tensor{ks.grad}, 0)},
		GradSlices: []ledger.TensorSlice{check(referee.Slice(ks.grad, el, el+1))(t)},
		Update:     named(t, []*repops.Tensor{ks.update}, 0), UpdateSlice: check(referee.Slice(ks.update, el, el+1))(t)}
	if corrupt {
		p.Update.Root[0] ^= 1
	}
	return p
}
