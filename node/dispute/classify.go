package dispute

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// classify proves what is wrong with the solver's record rec at the first
// divergence v.d, in this order: a wrong graph (an input that is not its
// producer's output, or a wrong index), a wrong external (an input of θ_r or
// of the step's group with another root), a wrong program (kind,
// attributes, wiring or a shape other than the skeleton's), and otherwise
// a wrong output element.
func (v *stepView) classify(ctx context.Context, rec *verify.Record) (*Outcome, error) {
	hon := &v.hon.Records[v.d]
	if rec.Index != uint32(v.d) {
		return v.graph(ctx, rec)
	}
	for _, in := range rec.Inputs {
		if in.Kind != verify.RefOutput {
			continue
		}
		if int(in.Producer) >= v.d || int(in.Slot) >= len(v.hon.Records[in.Producer].Outputs) ||
			v.hon.Records[in.Producer].Outputs[in.Slot] != in.Root {
			return v.graph(ctx, rec)
		}
	}
	group, groupTensors, groupRoot, err := v.group()
	if err != nil {
		return nil, err
	}
	if w, ok := verify.FirstWrongExternal([]verify.Record{*rec}, v.x.sets[0], group); ok {
		return v.external(ctx, rec, w, group, groupRoot)
	}
	if !sameStructure(rec, hon) {
		return v.program(ctx, rec, groupTensors)
	}
	for j := range rec.Outputs {
		if rec.Outputs[j] != hon.Outputs[j] {
			return v.element(ctx, rec, j, groupTensors)
		}
	}
	return nil, fmt.Errorf("%w: record %d differs in nothing the referee judges", ErrCannotNarrow, v.d)
}

// sameStructure reports whether two records have the same kind,
// attributes, wiring and external names.
func sameStructure(a, b *verify.Record) bool {
	if a.Kind != b.Kind || !slices.Equal(a.Attrs, b.Attrs) || len(a.Inputs) != len(b.Inputs) || len(a.Outputs) != len(b.Outputs) {
		return false
	}
	for i := range a.Inputs {
		x, y := a.Inputs[i], b.Inputs[i]
		if x.Kind != y.Kind || x.Producer != y.Producer || x.Slot != y.Slot || x.NameHash != y.NameHash {
			return false
		}
	}
	return true
}

// group returns the step's group set, its tensors and its root.
func (v *stepView) group() (verify.NamedSet, []*repops.Tensor, verify.Hash, error) {
	p, err := payload.Decode(v.x.cs.Payloads[v.step])
	if err != nil {
		return verify.NamedSet{}, nil, verify.Hash{}, err
	}
	g, root, err := v.x.cs.Compute.Group(p)
	if err != nil {
		return verify.NamedSet{}, nil, verify.Hash{}, err
	}
	ts := []*repops.Tensor{g.Tokens, g.Mask, g.Rewards}
	set := verify.NamedSet{Names: []string{verify.BatchTokens, verify.BatchMask, verify.BatchRewards}}
	for _, t := range ts {
		set.Roots = append(set.Roots, verify.TensorRoot(t))
	}
	return set, ts, root, nil
}

// recordProof is record rec at inclusion p in the posted step.
func recordProof(rec *verify.Record, p verify.InclusionProof) (bindings.RecordProof, error) {
	b, err := rec.MarshalBinary()
	if err != nil {
		return bindings.RecordProof{}, err
	}
	return bindings.RecordProof{Record: b, InStep: referee.Inclusion(p),
		InTrace: bindings.Inclusion{Index: 0, Count: 1, Siblings: [][32]byte{}}}, nil
}

func (v *stepView) target(rec *verify.Record, i int) (bindings.RecordProof, error) {
	p, err := v.inclusion(i)
	if err != nil {
		return bindings.RecordProof{}, err
	}
	return recordProof(rec, p)
}

// settled fills the outcome from a verdict and checks that it convicts.
func (v *stepView) settled(res *ledger.DisputeResolved, class string) (*Outcome, error) {
	v.out.Verdict, v.out.Class, v.out.Slashed, v.out.Reward = ledger.Outcome(res.Outcome), class, res.Slashed, res.WhistleblowerReward
	if v.out.Verdict == ledger.OutcomeSuperseded {
		v.out.Class = "superseded" // another dispute convicted first
		return v.out, nil
	}
	if !convicts(v.out.Verdict) {
		return v.out, fmt.Errorf("dispute %d: the %s proof ended %v", v.id, class, v.out.Verdict)
	}
	v.x.s.log.Info("dispute: convicted", "id", v.id, "class", class, "outcome", v.out.Verdict, "record", v.out.Record, "element", v.out.Element)
	return v.out, nil
}

// programCount convicts a posted record count other than the skeleton's.
func (v *stepView) programCount(ctx context.Context) (*Outcome, error) {
	at, err := verify.ProveSkeleton(v.x.skeleton, 0)
	if err != nil {
		return nil, err
	}
	res, err := v.x.c.ConvictProgram(ctx, v.id, ledger.ProgramClaim{SkeletonLeaf: v.x.skeleton[0], SkeletonAt: referee.Inclusion(at)})
	if err != nil {
		return nil, fmt.Errorf("dispute %d: convict program (count): %w", v.id, err)
	}
	return v.settled(res, "program")
}

// program convicts a record that is not the skeleton's leaf: its tensor
// roots are opened to shapes from the honest tensors with the same root, or
// from one chunk fetched or revealed.
func (v *stepView) program(ctx context.Context, rec *verify.Record, group []*repops.Tensor) (*Outcome, error) {
	known := map[verify.Hash]*repops.Tensor{}
	for _, t := range append(slices.Clone(v.x.theta), group...) {
		known[verify.TensorRoot(t)] = t
	}
	for i := 0; i < v.d; i++ {
		for j, r := range v.hon.Records[i].Outputs {
			known[r] = v.hon.Ops[i].Outputs[j]
		}
	}
	for j, r := range v.hon.Records[v.d].Outputs {
		known[r] = v.hon.Ops[v.d].Outputs[j]
	}
	var shapes []bindings.ShapeProof
	open := func(slot int, root verify.Hash) error {
		if t := known[root]; t != nil {
			shapes = append(shapes, referee.Shapes(t)...)
			return nil
		}
		tr, err := v.chunk(ctx, rec, slot, 0)
		if err != nil || tr == nil {
			return fmt.Errorf("%w: the shape of tensor %d of record %d: %v", ErrCannotNarrow, slot, v.d, err)
		}
		dr, err := verify.RangeDataRoot(*tr)
		if err != nil {
			return err
		}
		shapes = append(shapes, bindings.ShapeProof{Shape: u32s(tr.Shape), DataRoot: dr})
		return nil
	}
	for j, in := range rec.Inputs {
		if err := open(j, in.Root); err != nil || v.out.Verdict != ledger.OutcomeNone {
			return v.out, err
		}
	}
	for j, r := range rec.Outputs {
		if err := open(len(rec.Inputs)+j, r); err != nil || v.out.Verdict != ledger.OutcomeNone {
			return v.out, err
		}
	}
	return v.programWith(ctx, rec, shapes)
}

func (v *stepView) programWith(ctx context.Context, rec *verify.Record, shapes []bindings.ShapeProof) (*Outcome, error) {
	at, err := verify.ProveSkeleton(v.x.skeleton, v.d)
	if err != nil {
		return nil, err
	}
	t, err := v.target(rec, v.d)
	if err != nil {
		return nil, err
	}
	v.x.s.log.Info("dispute: the record is not the skeleton's", "id", v.id, "record", v.d, "kind", rec.Kind, "attrs", rec.Attrs)
	res, err := v.x.c.ConvictProgram(ctx, v.id, ledger.ProgramClaim{Record: t, Shapes: shapes,
		SkeletonLeaf: v.x.skeleton[v.d], SkeletonAt: referee.Inclusion(at)})
	if err != nil {
		return nil, fmt.Errorf("dispute %d: convict program: %w", v.id, err)
	}
	return v.settled(res, "program")
}

// external convicts an external input whose root is not its name's in θ_r
// or in the step's group.
func (v *stepView) external(ctx context.Context, rec *verify.Record, w verify.WrongExternal, group verify.NamedSet, groupRoot verify.Hash) (*Outcome, error) {
	t, err := v.target(rec, v.d)
	if err != nil {
		return nil, err
	}
	claim := ledger.ExternalClaim{Record: t, Input: uint8(w.Input), ManifestAt: bindings.Inclusion{Siblings: [][32]byte{}}}
	if w.Set == 0 {
		p, err := verify.ProveNamed(v.x.leaves, w.Index)
		if err != nil {
			return nil, err
		}
		claim.Leaf = referee.Named(w.Name, w.Committed, p)
	} else {
		p, err := verify.ProveNamed(group.Leaves(), w.Index)
		if err != nil {
			return nil, err
		}
		h := v.x.cs.Honest
		manifest := make([]verify.Hash, len(h.PayloadRoots))
		for k := range manifest {
			manifest[k] = verify.ManifestLeaf(h.PayloadRoots[k], h.GroupRoots[k])
		}
		at, err := verify.ProveManifest(manifest, int(v.step))
		if err != nil {
			return nil, err
		}
		claim.Leaf, claim.PayloadRoot, claim.GroupRoot, claim.ManifestAt = referee.Named(w.Name, w.Committed, p), h.PayloadRoots[v.step], groupRoot, referee.Inclusion(at)
	}
	v.out.Slot = w.Input
	v.x.s.log.Info("dispute: wrong external input", "id", v.id, "record", v.d, "input", w.Input, "name", w.Name)
	res, err := v.x.c.ConvictExternal(ctx, v.id, claim)
	if err != nil {
		return nil, fmt.Errorf("dispute %d: convict external: %w", v.id, err)
	}
	return v.settled(res, "external")
}

// graph convicts a record whose index is not its position or whose input
// is not its producer's output (the referee checks the graph first).
func (v *stepView) graph(ctx context.Context, rec *verify.Record) (*Outcome, error) {
	p, err := v.elementBase(rec)
	if err != nil {
		return nil, err
	}
	p.Output = bindings.TensorSlice{}
	p.Inputs = make([]bindings.TensorSlice, len(rec.Inputs))
	v.x.s.log.Info("dispute: wrong graph", "id", v.id, "record", v.d)
	res, err := v.x.c.Resolve(ctx, v.id, p)
	if err != nil {
		return nil, fmt.Errorf("dispute %d: resolve (graph): %w", v.id, err)
	}
	return v.settled(res, "graph")
}

// elementBase is an element proof's target and producers.
func (v *stepView) elementBase(rec *verify.Record) (bindings.ElementProof, error) {
	t, err := v.target(rec, v.d)
	if err != nil {
		return bindings.ElementProof{}, err
	}
	p := bindings.ElementProof{Target: t, Producers: make([][]byte, len(rec.Inputs)), ProducerProofs: make([]bindings.Inclusion, len(rec.Inputs))}
	for i, in := range rec.Inputs {
		p.Producers[i] = []byte{}
		p.ProducerProofs[i] = bindings.Inclusion{Siblings: [][32]byte{}}
		if in.Kind != verify.RefOutput || int(in.Producer) >= v.d {
			continue
		}
		if p.Producers[i], err = v.hon.Records[in.Producer].MarshalBinary(); err != nil {
			return p, err
		}
		ip, err := v.inclusion(int(in.Producer))
		if err != nil {
			return p, err
		}
		p.ProducerProofs[i] = referee.Inclusion(ip)
	}
	return p, nil
}

// chunk returns chunk c of the tensor in slot (inputs, then outputs) of the
// solver's record at v.d: peer to peer, else (outputs only) by a forced
// reveal. nil with v.out set: the dispute ended meanwhile.
func (v *stepView) chunk(ctx context.Context, rec *verify.Record, slot, c int) (*verify.TensorRange, error) {
	var root verify.Hash
	if slot < len(rec.Inputs) {
		root = rec.Inputs[slot].Root
	} else {
		root = rec.Outputs[slot-len(rec.Inputs)]
	}
	tr, err := v.x.cs.Trace.Range(ctx, v.step, uint32(v.d), uint32(slot), c, c+1, root)
	if err == nil {
		if err = verify.VerifyRange(root, tr); err == nil && tr.FirstChunk == c && len(tr.Chunks) == verify.ChunkBytes {
			return &tr, nil
		}
	}
	if slot < len(rec.Inputs) {
		return nil, fmt.Errorf("input chunk not served (inputs cannot be revealed on chain): %v", err)
	}
	v.x.s.log.Info("dispute: chunk not served; forcing its reveal", "id", v.id, "record", v.d, "slot", slot, "chunk", c, "err", err)
	rv, err := v.reveal(ctx, ledger.RevealRequest{Record: uint32(v.d), WithChunk: true, Slot: uint8(slot - len(rec.Inputs)), Chunk: uint32(c)})
	if err != nil || rv == nil {
		return nil, err
	}
	if rv.rec.Hash() != rec.Hash() {
		return nil, fmt.Errorf("%w: revealed another record", ErrBadAnswer)
	}
	return rv.chunk, nil
}

// element finds an output element of slot j that differs from the honest
// one and proves it wrong. Chunk descent: fetch a chunk; if it equals the
// honest one, its range proof's siblings show which subtree differs (the
// lowest differing one); fetch that subtree's first chunk; repeat.
func (v *stepView) element(ctx context.Context, rec *verify.Record, j int, group []*repops.Tensor) (*Outcome, error) {
	ht := v.hon.Ops[v.d].Outputs[j]
	hp := verify.NewRangeProver(ht)
	slot := len(rec.Inputs) + j
	v.out.Slot = j
	for c := 0; ; {
		tr, err := v.chunk(ctx, rec, slot, c)
		if err != nil || tr == nil {
			return v.out, err
		}
		if !slices.Equal(tr.Shape, ht.Shape) {
			return v.program(ctx, rec, group)
		}
		hr, err := hp.Prove(c*verify.ChunkElems, c*verify.ChunkElems+1)
		if err != nil {
			return nil, err
		}
		if e := firstDiff(tr.Chunks, hr.Chunks); e >= 0 {
			return v.prove(ctx, rec, j, c*verify.ChunkElems+e, *tr)
		}
		next := -1
		for l := range min(len(tr.Siblings), len(hr.Siblings)) {
			if tr.Siblings[l] != hr.Siblings[l] {
				next = ((c >> l) ^ 1) << l
				break
			}
		}
		if next < 0 || next >= verify.NumChunks(len(ht.Data)) {
			return nil, fmt.Errorf("%w: output %d of record %d: no differing chunk", ErrBadAnswer, j, v.d)
		}
		c = next
	}
}

// firstDiff is the first element whose bits differ between two chunks.
func firstDiff(a, b []byte) int {
	for i := 0; i+4 <= len(a) && i+4 <= len(b); i += 4 {
		if binary.LittleEndian.Uint32(a[i:]) != binary.LittleEndian.Uint32(b[i:]) {
			return i / 4
		}
	}
	return -1
}

// prove resolves with the proof about element e of output j.
func (v *stepView) prove(ctx context.Context, rec *verify.Record, j, e int, out verify.TensorRange) (*Outcome, error) {
	p, err := v.elementBase(rec)
	if err != nil {
		return nil, err
	}
	ins := v.hon.Ops[v.d].Inputs
	which, ranges, err := verify.SliceRanges(rec.Kind, rec.Attrs, ins, e)
	if err != nil {
		return nil, err
	}
	for i, r := range ranges {
		s, err := referee.Slice(ins[which[i]], r[0], r[1])
		if err != nil {
			return nil, err
		}
		p.Inputs = append(p.Inputs, s)
	}
	p.Slot, p.Element, p.Output = uint8(j), uint64(e), referee.TensorSlice(out)
	v.out.Element = e
	off := (e % verify.ChunkElems) * 4
	got := binary.LittleEndian.Uint32(out.Chunks[off:])
	v.x.s.log.Info("dispute: divergent element", "id", v.id, "step", v.step, "record", v.d, "kind", rec.Kind, "slot", j, "element", e,
		"committed", math.Float32frombits(got), "honest", v.hon.Ops[v.d].Outputs[j].Data[e])
	res, err := v.x.c.Resolve(ctx, v.id, p)
	if err != nil {
		return nil, fmt.Errorf("dispute %d: resolve: %w", v.id, err)
	}
	return v.settled(res, "element")
}

// output convicts a step whose posted op-level trace is the honest one but
// whose committed output root s_k is not that trace's output: it needs the
// solver's gradient roots (OutputTrace) and step roots.
func (v *stepView) output(ctx context.Context) (*Outcome, error) {
	roots, grads, err := v.committedOutputs(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCannotNarrow, err)
	}
	params := v.x.cs.Model.Params
	leaves := make([]verify.Hash, len(grads))
	for i, g := range grads {
		leaves[i] = verify.NamedLeaf(verify.GradName(params[i].Name), g)
	}
	sk := roots[v.step]
	v.hs = v.honHashes // the posted trace is the honest one
	for p, g := range grads {
		if g == verify.TensorRoot(v.hon.Grads[p]) {
			continue
		}
		src := v.x.cs.Compute.Report.GradSources[p]
		rp, err := v.target(&v.hon.Records[src.Record], int(src.Record))
		if err != nil {
			return nil, err
		}
		srcs := make([]verify.OutputSource, len(v.x.cs.Compute.Report.GradSources))
		for i, s := range v.x.cs.Compute.Report.GradSources {
			srcs[i] = verify.OutputSource{Record: s.Record, Slot: s.Slot}
		}
		np, err := verify.ProveNamed(leaves, p)
		if err != nil {
			return nil, err
		}
		at, err := verify.ProveStep(roots, int(v.step))
		if err != nil {
			return nil, err
		}
		v.out.Record, v.out.Slot = int(src.Record), int(src.Slot)
		v.x.s.log.Info("dispute: the step's gradient is not its trace's output", "id", v.id, "step", v.step, "param", params[p].Name, "record", src.Record)
		res, err := v.x.c.ConvictOutput(ctx, v.id, ledger.OutputClaim{Record: rp, Sources: verify.EncodeOutputSources(srcs),
			Param: uint32(p), StepOutput: sk, StepAt: referee.Inclusion(at),
			Grad: referee.Named(verify.GradName(params[p].Name), g, np)})
		if err != nil {
			return nil, fmt.Errorf("dispute %d: convict output: %w", v.id, err)
		}
		return v.settled(res, "output")
	}
	return nil, ErrNoDivergence
}

// committedOutputs returns the solver's committed step output roots and the
// disputed step's gradient roots: as the solver posted them with its step
// root (the chain checked them against the commitment, so a solver cannot
// withhold them), else as served peer to peer.
func (v *stepView) committedOutputs(ctx context.Context) ([]verify.Hash, []verify.Hash, error) {
	params := v.x.cs.Model.Params
	posted, err := v.x.c.PostedOutputs(ctx, v.id)
	if err == nil && posted != nil {
		if len(posted.GradRoots) != len(params) || len(posted.Steps) != int(v.x.cs.Commitment.Nsteps) {
			return nil, nil, fmt.Errorf("%w: posted %d gradient roots for %d parameters", ErrBadAnswer, len(posted.GradRoots), len(params))
		}
		roots := make([]verify.Hash, len(posted.Steps))
		for k, r := range posted.Steps {
			roots[k] = r
		}
		grads := make([]verify.Hash, len(posted.GradRoots))
		for i, g := range posted.GradRoots {
			if posted.GradNames[i] != verify.Keccak256([]byte(verify.GradName(params[i].Name))) {
				return nil, nil, fmt.Errorf("%w: posted gradient %d is not %s", ErrBadAnswer, i, verify.GradName(params[i].Name))
			}
			grads[i] = g
		}
		return roots, grads, nil
	}
	if err != nil {
		v.x.s.log.Info("dispute: posted step outputs unread; asking the solver", "id", v.id, "err", err)
	}
	ot, ok := v.x.cs.Trace.(OutputTrace)
	if !ok || v.x.roots == nil {
		return nil, nil, errors.New("the solver's step output roots are neither posted nor served")
	}
	sk := v.x.roots[v.step]
	grads, err := ot.StepOutputs(ctx, v.step, sk)
	if err == nil && len(grads) != len(params) {
		err = fmt.Errorf("%d gradient roots for %d parameters", len(grads), len(params))
	}
	if err != nil {
		return nil, nil, err
	}
	leaves := make([]verify.Hash, len(grads))
	for i, g := range grads {
		leaves[i] = verify.NamedLeaf(verify.GradName(params[i].Name), g)
	}
	if verify.NamedRootOfLeaves(leaves) != sk {
		return nil, nil, fmt.Errorf("%w: gradient roots of step %d", ErrBadAnswer, v.step)
	}
	return v.x.roots, grads, nil
}

func u32s(xs []int) []uint32 {
	out := make([]uint32, len(xs))
	for i, x := range xs {
		out[i] = uint32(x)
	}
	return out
}
