package verdicts_test

import (
	"math"
	"math/big"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// TestWrongElementSeedFlipped: the solver trains with the backward seed's
// sign flipped and posts that trace; the challenger's honest replay finds the
// first divergent record and proves its element wrong.
func TestWrongElementSeedFlipped(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	e.commit(e.contribute(e.st, ps, flipSeed), check(e.st.Root())(t))
	id := e.open(0)
	cheat := e.replay(e.st, ps[0], flipSeed)
	e.post(id, cheat.records, cheat.grads)
	honest := e.replay(e.st, ps[0], nil)
	d, ok := verify.FirstDivergence(honest.records, cheat.records)
	if !ok {
		t.Fatal("no divergence")
	}
	out := cheat.ops[d].Outputs[0]
	el := -1
	for i, x := range out.Data {
		if math.Float32bits(x) != math.Float32bits(honest.ops[d].Outputs[0].Data[i]) {
			el = i
			break
		}
	}
	if el < 0 {
		t.Fatalf("record %d: outputs equal", d)
	}
	slice := check(referee.OutputSlice(out, el))(t)
	tr := &referee.Trace{StepRoots: []verify.Hash{stepRoot(cheat.records)}, Steps: [][]verify.Record{cheat.records}}
	proof := check(tr.ElementProof(referee.Claim{Record: d, Element: el}, honest.ops[d].Inputs, slice))(t)
	res := check(e.clients[challenger].Resolve(e.ctx, id, proof))(t)
	e.record("resolve")
	e.settled(res, ledger.OutcomeWrongElement)
	t.Logf("record %d (%v) element %d convicted", d, cheat.ops[d].Kind, el)
	e.logGas("wrong element")
}

// TestWrongExternalOtherModel: the solver trains from another model than the
// round's but commits the round's base; a record reads a parameter whose root
// is not the base model's leaf of that name.
func TestWrongExternalOtherModel(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	other := perturbed(e.st)
	e.commit(e.contribute(other, ps, nil), check(e.st.Root())(t))
	id := e.open(0)
	cheat := e.replay(other, ps[0], nil)
	e.post(id, cheat.records, cheat.grads)
	// The challenger searches the posted records against the round's model.
	ts := check(e.st.Tensors())(t)
	model := verify.NamedSet{}
	for _, x := range ts {
		model.Names, model.Roots = append(model.Names, x.Name), append(model.Roots, verify.TensorRoot(x))
	}
	w, ok := verify.FirstWrongExternal(cheat.records, model)
	if last := e.st.Params[len(e.st.Params)-1].Name; !ok || w.Name != last {
		t.Fatalf("wrong external %+v (%v), want the perturbed %s", w, ok, last)
	}
	claim := e.externalClaim(cheat.records, w.Name)
	res := check(e.clients[challenger].ConvictExternal(e.ctx, id, claim))(t)
	e.record("convictExternal")
	e.settled(res, ledger.OutcomeWrongExternal)
	e.logGas("wrong external")
}

// TestWrongExternalForgedRewards: the solver trains step 0 on rewards other
// than its group's (the batch root commits the true group root); the record
// reading batch.rewards is convicted against the group root, which the
// manifest leaf ties to the batch root.
func TestWrongExternalForgedRewards(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	c := e.contribute(e.st, ps, nil)
	p0 := check(payload.Decode(ps[0]))(t)
	g, groupRoot := check2(e.crun.Group(p0))(t)
	forged := *g
	forged.Rewards = g.Rewards.Clone().Named(g.Rewards.Name)
	forged.Rewards.Data[0] += 1
	cheat := e.replayGroup(e.st, &forged, nil)
	c.StepRoots = slices.Clone(c.StepRoots)
	c.StepRoots[0] = check(verify.GradRoot(e.st.Params, cheat.grads))(t)
	c.TraceRoot = verify.TraceRoot(c.StepRoots)
	e.commit(c, check(e.st.Root())(t)) // batch root of the true groups
	id := e.open(0)
	e.post(id, cheat.records, cheat.grads)

	group := verify.NamedSet{Names: []string{verify.BatchTokens, verify.BatchMask, verify.BatchRewards},
		Roots: []verify.Hash{verify.TensorRoot(g.Tokens), verify.TensorRoot(g.Mask), verify.TensorRoot(g.Rewards)}}
	w, ok := verify.FirstWrongExternal(cheat.records, group)
	if !ok || w.Name != verify.BatchRewards {
		t.Fatalf("wrong external %+v (%v), want batch.rewards", w, ok)
	}
	rec, in := w.Record, w.Input
	groupLeaves := group.Leaves()
	if verify.NamedRootOfLeaves(groupLeaves) != groupRoot {
		t.Fatal("group leaves do not give the group root")
	}
	manifest := make([]verify.Hash, len(ps))
	for k := range ps {
		manifest[k] = verify.ManifestLeaf(c.PayloadRoots[k], c.GroupRoots[k])
	}
	claim := ledger.ExternalClaim{
		Record:      check(referee.StepRecord(cheat.records, rec))(t),
		Input:       uint8(in),
		Leaf:        referee.Named(verify.BatchRewards, verify.TensorRoot(g.Rewards), check(verify.ProveNamed(groupLeaves, 2))(t)),
		PayloadRoot: c.PayloadRoots[0],
		GroupRoot:   groupRoot,
		ManifestAt:  referee.Inclusion(check(verify.ProveManifest(manifest, 0))(t)),
	}
	// Proofs that do not fit revert and leave the dispute open: another
	// step's manifest leaf, a leaf that is not in the group root.
	bad := claim
	bad.ManifestAt = referee.Inclusion(check(verify.ProveManifest(manifest, 1))(t))
	if _, err := e.clients[challenger].ConvictExternal(e.ctx, id, bad); !ledger.IsRevert(err, "VerdictMismatch") {
		t.Fatalf("another step's group: %v, want VerdictMismatch", err)
	}
	bad = claim
	bad.Leaf.Root = verify.TensorRoot(forged.Rewards)
	if _, err := e.clients[challenger].ConvictExternal(e.ctx, id, bad); !ledger.IsRevert(err, "RootMismatch") {
		t.Fatalf("a forged leaf: %v, want RootMismatch", err)
	}
	res := check(e.clients[challenger].ConvictExternal(e.ctx, id, claim))(t)
	e.record("convictExternal")
	e.settled(res, ledger.OutcomeWrongExternal)
	e.logGas("wrong external (batch)")
}

// TestWrongProgramTruncated: the solver posts a trace with half the records.
func TestWrongProgramTruncated(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	e.commit(e.contribute(e.st, ps, nil), check(e.st.Root())(t))
	last := len(ps) - 1
	id := e.open(uint32(last))
	honest := e.replay(e.st, ps[last], nil)
	e.post(id, honest.records[:len(honest.records)/2], honest.grads)
	claim := e.programClaim(nil, 0)
	res := check(e.clients[challenger].ConvictProgram(e.ctx, id, claim))(t)
	e.record("convictProgram")
	e.settled(res, ledger.OutcomeWrongProgram)
	e.logGas("wrong program (truncated)")
}

// TestWrongProgramOtherClip: the solver trains with another PPO clip range
// than the run's (an attribute of a Clamp record); its trace has the right
// length, but a record differs from the run's skeleton leaf.
func TestWrongProgramOtherClip(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	other := e.cfg
	other.ClipEps *= 2
	r := check(compute.NewRun(other, e.crun.ID, repops.MustEngine()))(t)
	e.commit(check(r.Contribute(e.st, 0, ps))(t), check(e.st.Root())(t))
	id := e.open(0)
	p0 := check(payload.Decode(ps[0]))(t)
	g, _ := check2(e.crun.Group(p0))(t)
	cheat := check(recordGroup(other, e.st, g, nil))(t)
	e.post(id, cheat.records, cheat.grads)
	// The challenger rebuilds the skeleton of the posted trace's ops and
	// finds the first record whose leaf differs from the run's.
	sk := verify.NewSkeletonRecorder()
	for i := range cheat.ops {
		sk.Observe(&cheat.ops[i])
	}
	got := check(verify.SkeletonLeaves(sk.Records()))(t)
	want := check(verify.SkeletonLeaves(e.rep.Skeleton))(t)
	if len(got) != len(want) {
		t.Fatalf("%d records, skeleton %d", len(got), len(want))
	}
	i := 0
	for i < len(got) && got[i] == want[i] {
		i++
	}
	if i == len(got) {
		t.Fatal("the trace follows the skeleton")
	}
	res := check(e.clients[challenger].ConvictProgram(e.ctx, id, e.programClaim(&cheat, i)))(t)
	e.record("convictProgram")
	e.settled(res, ledger.OutcomeWrongProgram)
	t.Logf("record %d (%v, attributes %v) is not the skeleton's", i, cheat.ops[i].Kind, cheat.ops[i].Attrs)
	e.logGas("wrong program (clip range)")
}

// TestWrongOutputUpdate: the committed update is not the sum of the steps:
// one element of the first gradient is off.
func TestWrongOutputUpdate(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	c := e.contribute(e.st, ps, nil)
	c.Update = slices.Clone(c.Update)
	c.Update[0] = c.Update[0].Clone().Named(c.Update[0].Name)
	c.Update[0].Data[3] += 1
	c.UpdateRoot = check(verify.GradRoot(e.st.Params, c.Update))(t)
	e.commit(c, check(e.st.Root())(t))
	id := e.open(0)
	res := check(e.clients[challenger].ConvictUpdate(e.ctx, id, e.updateProof(ps, c.StepRoots, c.Update, 0, 3)))(t)
	e.record("convictUpdate")
	e.settled(res, ledger.OutcomeWrongOutput)
	e.logGas("wrong output (update)")
}

// TestWrongOutputStep: the committed step output root s_0 holds a gradient
// that the step's trace does not output.
func TestWrongOutputStep(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	c := e.contribute(e.st, ps, nil)
	honest := e.replay(e.st, ps[0], nil)
	grads := slices.Clone(honest.grads)
	grads[0] = grads[0].Clone()
	grads[0].Data[0] += 1
	c.StepRoots = slices.Clone(c.StepRoots)
	c.StepRoots[0] = check(verify.GradRoot(e.st.Params, grads))(t)
	c.TraceRoot = verify.TraceRoot(c.StepRoots)
	e.commit(c, check(e.st.Root())(t))
	id := e.open(0)
	e.post(id, honest.records, grads)
	res := check(e.clients[challenger].ConvictOutput(e.ctx, id, e.outputClaim(honest.records, c.StepRoots, grads, 0)))(t)
	e.record("convictOutput")
	e.settled(res, ledger.OutcomeWrongOutput)
	e.logGas("wrong output (step)")
}

// TestHonestContributionStands: false challenges of each verdict against an
// honest contribution all lose their bonds; the solver keeps its stake.
func TestHonestContributionStands(t *testing.T) {
	e := newEnv(t)
	ps := e.payloads()
	c := e.contribute(e.st, ps, nil)
	e.commit(c, check(e.st.Root())(t))
	honest := e.replay(e.st, ps[0], nil)
	lost := 0
	for _, c := range []struct {
		name string
		try  func(id uint64) (*ledger.DisputeResolved, error)
	}{
		{"external", func(id uint64) (*ledger.DisputeResolved, error) {
			return e.clients[challenger].ConvictExternal(e.ctx, id, e.externalClaim(honest.records, e.st.Params[0].Name))
		}},
		{"program", func(id uint64) (*ledger.DisputeResolved, error) {
			return e.clients[challenger].ConvictProgram(e.ctx, id, e.programClaim(&honest, int(e.sources[0].Record)))
		}},
		{"output", func(id uint64) (*ledger.DisputeResolved, error) {
			return e.clients[challenger].ConvictOutput(e.ctx, id, e.outputClaim(honest.records, c.StepRoots, honest.grads, 0))
		}},
		{"update", func(id uint64) (*ledger.DisputeResolved, error) {
			return e.clients[challenger].ConvictUpdate(e.ctx, id, e.updateProof(ps, c.StepRoots, c.Update, 0, 3))
		}},
	} {
		name, try := c.name, c.try
		id := e.open(0)
		e.post(id, honest.records, honest.grads)
		res := check(try(id))(t)
		e.record(name)
		e.settled(res, ledger.OutcomeSolverRight)
		lost++
		e.logGas("honest, false " + name)
	}
	if b := check(e.clients[0].Round(e.ctx, e.run, 0))(t).Bonus; b.Cmp(new(big.Int).Mul(bond, big.NewInt(int64(lost)))) != 0 {
		t.Fatalf("round bonus %v after %d lost bonds", b, lost)
	}
}

// externalClaim proves the first record input named name against the base
// model root (the round's model, e.st).
func (e *env) externalClaim(records []verify.Record, name string) ledger.ExternalClaim {
	e.t.Helper()
	nh := verify.Keccak256([]byte(name))
	for i := range records {
		for j, in := range records[i].Inputs {
			if in.Kind != verify.RefExternal || in.NameHash != nh {
				continue
			}
			ts := check(e.st.Tensors())(e.t)
			leaves := check(verify.NamedSetLeaves(ts))(e.t)
			k := slices.IndexFunc(ts, func(x *repops.Tensor) bool { return x.Name == name })
			p := check(verify.ProveNamed(leaves, k))(e.t)
			return ledger.ExternalClaim{Record: check(referee.StepRecord(records, i))(e.t), Input: uint8(j),
				Leaf: referee.Named(name, verify.TensorRoot(ts[k]), p)}
		}
	}
	e.t.Fatalf("no record reads %s", name)
	return ledger.ExternalClaim{}
}

// programClaim is the skeleton leaf i; with tr, also record i of tr with
// its shapes.
func (e *env) programClaim(tr *trace, i int) ledger.ProgramClaim {
	e.t.Helper()
	leaves := check(verify.SkeletonLeaves(e.rep.Skeleton))(e.t)
	c := ledger.ProgramClaim{SkeletonLeaf: leaves[i], SkeletonAt: referee.Inclusion(check(verify.ProveSkeleton(leaves, i))(e.t))}
	if tr != nil {
		c.Record = check(referee.StepRecord(tr.records, i))(e.t)
		c.Shapes = referee.Shapes(append(slices.Clone(tr.ops[i].Inputs), tr.ops[i].Outputs...)...)
	}
	return c
}

// outputClaim compares gradient p's record output with leaf p of step 0's
// committed output root (over grads).
func (e *env) outputClaim(records []verify.Record, stepRoots []verify.Hash, grads []*repops.Tensor, p int) ledger.OutputClaim {
	e.t.Helper()
	leaves := e.gradLeaves(grads)
	return ledger.OutputClaim{
		Record:     check(referee.StepRecord(records, int(e.sources[p].Record)))(e.t),
		Sources:    verify.EncodeOutputSources(e.sources),
		Param:      uint32(p),
		StepOutput: stepRoots[0],
		StepAt:     referee.Inclusion(check(verify.ProveStep(stepRoots, 0))(e.t)),
		Grad:       referee.Named(verify.GradName(e.st.Params[p].Name), verify.TensorRoot(grads[p]), check(verify.ProveNamed(leaves, p))(e.t)),
	}
}

// updateProof is the proof about element el of the update's gradient p: the
// steps' gradients come from the honest replays of the payloads.
func (e *env) updateProof(ps [][]byte, stepRoots []verify.Hash, update []*repops.Tensor, p, el int) ledger.UpdateProof {
	e.t.Helper()
	name := verify.GradName(e.st.Params[p].Name)
	up := ledger.UpdateProof{Param: uint32(p), Element: uint64(el),
		Update:      referee.Named(name, verify.TensorRoot(update[p]), check(verify.ProveNamed(e.gradLeaves(update), p))(e.t)),
		UpdateSlice: check(referee.Slice(update[p], el, el+1))(e.t)}
	for k, b := range ps {
		up.StepOutputs = append(up.StepOutputs, stepRoots[k])
		g := e.replay(e.st, b, nil).grads
		up.Grads = append(up.Grads, referee.Named(name, verify.TensorRoot(g[p]), check(verify.ProveNamed(e.gradLeaves(g), p))(e.t)))
		up.GradSlices = append(up.GradSlices, check(referee.Slice(g[p], el, el+1))(e.t))
	}
	return up
}

func stepRoot(records []verify.Record) verify.Hash {
	hs := make([]verify.Hash, len(records))
	for i := range records {
		hs[i] = records[i].Hash()
	}
	return verify.StepRoot(hs)
}
