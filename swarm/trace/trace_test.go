package trace_test

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// linearStep returns a small training step of a linear layer with a squared loss (matmul,
// row bias, difference, product, scaling, row sums), its tensors drawn from seed. The
// batch input x has 64×96 elements: 96 chunks, enough for a 64-chunk range.
func linearStep(seed uint64) func(e *repops.Engine) {
	return func(e *repops.Engine) {
		rng := rand.New(rand.NewPCG(seed, 7))
		fill := func(name string, shape ...int) *repops.Tensor {
			t := repops.New(shape...)
			for i := range t.Data {
				t.Data[i] = float32(rng.NormFloat64())
			}
			return t.Named(name)
		}
		x, w, b, y := fill("batch.x", 64, 96), fill("param.w", 48, 96), fill("param.b", 48), fill("batch.y", 64, 48)
		h := e.AddRow(e.MatMul(x, w), b) // records 0, 1
		d := e.Sub(h, y)                 // 2
		sq := e.Mul(d, d)                // 3
		l := e.Scale(sq, 1.0/48)         // 4
		e.SumRows(l)                     // 5
	}
}

// recordStep records linearStep(seed) with verify.RecordStep; tamper, if not nil, may alter
// an op's outputs before it is recorded.
func recordStep(t testing.TB, seed uint64, tamper func(i int, op *repops.Op)) *verify.Recording {
	t.Helper()
	rec, err := verify.RecordStep(linearStep(seed), tamper)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// contribution is a recorded two-step contribution as a solver holds it.
type contribution struct {
	recs      []*verify.Recording
	roots     []verify.Hash // s_k: here each step's op-level step root
	traceRoot verify.Hash
}

func newContribution(t testing.TB, seeds ...uint64) *contribution {
	c := &contribution{}
	for _, s := range seeds {
		r := recordStep(t, s, nil)
		c.recs = append(c.recs, r)
		c.roots = append(c.roots, r.StepRoot)
	}
	c.traceRoot = verify.TraceRoot(c.roots)
	return c
}

func (c *contribution) steps() []*trace.Step {
	var out []*trace.Step
	for _, r := range c.recs {
		out = append(out, &trace.Step{Records: r.Records, Ops: r.Ops})
	}
	return out
}

func hashesOf(recs []verify.Record) []verify.Hash {
	out := make([]verify.Hash, len(recs))
	for i := range recs {
		out[i] = recs[i].Hash()
	}
	return out
}

// slotRoot returns the tensor root record i commits for slot (inputs, then outputs).
func slotRoot(r *verify.Record, slot int) verify.Hash {
	if slot < len(r.Inputs) {
		return r.Inputs[slot].Root
	}
	return r.Outputs[slot-len(r.Inputs)]
}

func slotTensor(op *repops.Op, slot int) *repops.Tensor {
	if slot < len(op.Inputs) {
		return op.Inputs[slot]
	}
	return op.Outputs[slot-len(op.Inputs)]
}

// env is a client host connected to server hosts, one connection per pair.
type env struct {
	client *trace.Client
	ch     *host.Host
}

func newHost(t testing.TB) (*host.Host, swarmtest.Identity) {
	id := swarmtest.NewIdentity(t)
	return swarmtest.NewHost(t, id), id
}

// newEnv starts a client host and connects it to hs.
func newEnv(t testing.TB, hs []*host.Host, opts ...trace.ClientOption) *env {
	t.Helper()
	ch, _ := newHost(t)
	swarmtest.ConnectOnce(t, append([]*host.Host{ch}, hs...))
	c, err := trace.NewClient(ch, append([]trace.ClientOption{trace.WithClientLogger(swarmtest.Logger(t))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return &env{client: c, ch: ch}
}

// solver is a host serving a source.
type solver struct {
	h   *host.Host
	key trace.Key
	srv *trace.Server
}

func newSolver(t testing.TB, src func(k trace.Key) trace.Source, opts ...trace.ServerOption) *solver {
	t.Helper()
	h, id := newHost(t)
	k := trace.Key{Run: swarmtest.Run, Round: 3, Author: id.Address}
	srv, err := trace.NewServer(h, src(k), append([]trace.ServerOption{trace.WithServerLogger(swarmtest.Logger(t))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return &solver{h: h, key: k, srv: srv}
}

// memSolver serves c from a MemSource.
func memSolver(t testing.TB, c *contribution, opts ...trace.ServerOption) *solver {
	return newSolver(t, func(k trace.Key) trace.Source {
		ms := trace.NewMemSource()
		ms.Put(k, c.roots, c.steps())
		return ms
	}, opts...)
}

func ctxFor(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // hang guard
	t.Cleanup(cancel)
	return ctx
}

func wantErr(t *testing.T, what string, err error, want ...error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want %v", what, want)
	}
	for _, w := range want {
		if !errors.Is(err, w) {
			t.Fatalf("%s: got %v, want %v", what, err, w)
		}
	}
}

// TestHonestAnswersVerify fetches a real recorded two-step contribution: step roots, record
// hashes, every record, and every tensor of every record, whole and in part, all checked.
func TestHonestAnswersVerify(t *testing.T) {
	c := newContribution(t, 1, 2)
	s := memSolver(t, c)
	e := newEnv(t, []*host.Host{s.h})
	ctx, p := ctxFor(t), s.h.ID()

	roots, err := e.client.StepRoots(ctx, p, s.key, c.traceRoot)
	if err != nil {
		t.Fatal(err)
	}
	if len(roots) != 2 || roots[0] != c.roots[0] || roots[1] != c.roots[1] {
		t.Fatalf("step roots %v, want %v", roots, c.roots)
	}
	ranges := 0
	for k, rec := range c.recs {
		step := uint32(k)
		hashes, err := e.client.RecordHashes(ctx, p, s.key, step, rec.StepRoot)
		if err != nil {
			t.Fatal(err)
		}
		if len(hashes) != len(rec.Records) {
			t.Fatalf("step %d: %d hashes, want %d", k, len(hashes), len(rec.Records))
		}
		idx := make([]uint32, len(hashes))
		for i := range idx {
			idx[i] = uint32(len(idx) - 1 - i) // any order
		}
		want := make([]verify.Hash, len(idx))
		for i, j := range idx {
			want[i] = hashes[j]
		}
		got, err := e.client.Records(ctx, p, s.key, step, idx, want)
		if err != nil {
			t.Fatal(err)
		}
		for i, j := range idx {
			if !got[i].Equal(&rec.Records[j]) {
				t.Fatalf("step %d record %d differs", k, j)
			}
		}
		for i := range rec.Records {
			r, op := &rec.Records[i], &rec.Ops[i]
			for slot := 0; slot < len(r.Inputs)+len(r.Outputs); slot++ {
				tensor := slotTensor(op, slot)
				n := verify.NumChunks(tensor.Len())
				spans := [][2]int{{0, min(n, trace.MaxRangeChunks)}, {n / 2, n/2 + 1}, {n - 1, n}}
				for _, sp := range spans {
					tr, err := e.client.Range(ctx, p, s.key, step, uint32(i), uint32(slot), sp[0], sp[1], slotRoot(r, slot))
					if err != nil {
						t.Fatalf("step %d record %d slot %d chunks %v: %v", k, i, slot, sp, err)
					}
					el := tr.FirstChunk * verify.ChunkElems
					if got := math.Float32frombits(uint32(tr.Chunks[0]) | uint32(tr.Chunks[1])<<8 | uint32(tr.Chunks[2])<<16 | uint32(tr.Chunks[3])<<24); math.Float32bits(got) != math.Float32bits(tensor.Data[el]) {
						t.Fatalf("element %d: %v, want %v", el, got, tensor.Data[el])
					}
					ranges++
				}
			}
		}
	}
	t.Logf("%d steps, %d records each, %d ranges verified", len(c.recs), len(c.recs[0].Records), ranges)
}

// TestChallengerFindsTamperedElement: a solver flips one element of an op's output; the
// challenger, who replayed the step honestly, finds the first divergent record from the
// fetched record hashes, fetches that record and the chunk around the element, checked
// against the solver's own commitments, and names the element.
func TestChallengerFindsTamperedElement(t *testing.T) {
	const tamperOp, tamperElem = 1, 1234 // AddRow output
	honest := recordStep(t, 1, nil)
	cheat := recordStep(t, 1, func(i int, op *repops.Op) {
		if i == tamperOp {
			d := op.Outputs[0].Data
			d[tamperElem] = math.Nextafter32(d[tamperElem], float32(math.Inf(1)))
		}
	})
	c := &contribution{recs: []*verify.Recording{cheat}, roots: []verify.Hash{cheat.StepRoot}}
	c.traceRoot = verify.TraceRoot(c.roots)
	s := memSolver(t, c)
	e := newEnv(t, []*host.Host{s.h})
	ctx, p := ctxFor(t), s.h.ID()

	hashes, err := e.client.RecordHashes(ctx, p, s.key, 0, cheat.StepRoot) // the posted root
	if err != nil {
		t.Fatal(err)
	}
	at, ok := verify.FirstDivergentHash(hashesOf(honest.Records), hashes)
	if !ok || at != tamperOp {
		t.Fatalf("first divergence at %d (%v), want %d", at, ok, tamperOp)
	}
	recs, err := e.client.Records(ctx, p, s.key, 0, []uint32{uint32(at)}, hashes[at:at+1])
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	slot := len(r.Inputs) // output 0
	if r.Outputs[0] == honest.Records[at].Outputs[0] {
		t.Fatal("the divergent record's output root equals the honest one")
	}
	chunk := tamperElem / verify.ChunkElems
	tr, err := e.client.Range(ctx, p, s.key, 0, uint32(at), uint32(slot), chunk, chunk+1, r.Outputs[0])
	if err != nil {
		t.Fatal(err)
	}
	off := tamperElem % verify.ChunkElems
	var diverge []int
	for j := 0; j < verify.ChunkElems; j++ {
		b := tr.Chunks[4*j:]
		got := math.Float32frombits(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
		if math.Float32bits(got) != math.Float32bits(honest.Ops[at].Outputs[0].Data[chunk*verify.ChunkElems+j]) {
			diverge = append(diverge, j)
		}
	}
	if len(diverge) != 1 || diverge[0] != off {
		t.Fatalf("divergent offsets %v in chunk %d, want [%d]", diverge, chunk, off)
	}
	t.Logf("record %d, element %d: the solver's committed value differs", at, chunk*verify.ChunkElems+diverge[0])
}

// TestNotFoundAndBadRequest: a contribution or step the server does not hold, and indices
// outside what it holds.
func TestNotFoundAndBadRequest(t *testing.T) {
	c := newContribution(t, 1)
	s := newSolver(t, func(k trace.Key) trace.Source {
		ms := trace.NewMemSource()
		ms.Put(k, c.roots, []*trace.Step{{Records: c.recs[0].Records, Ops: c.recs[0].Ops}, nil})
		return ms
	})
	e := newEnv(t, []*host.Host{s.h})
	ctx, p, k := ctxFor(t), s.h.ID(), s.key
	other := k
	other.Round++
	rec := c.recs[0]
	h0 := rec.Records[0].Hash()

	_, err := e.client.StepRoots(ctx, p, other, c.traceRoot)
	wantErr(t, "step roots of another round", err, trace.ErrNotFound)
	_, err = e.client.RecordHashes(ctx, p, other, 0, rec.StepRoot)
	wantErr(t, "hashes of another round", err, trace.ErrNotFound)
	_, err = e.client.RecordHashes(ctx, p, k, 1, rec.StepRoot)
	wantErr(t, "a step not held", err, trace.ErrNotFound)
	_, err = e.client.RecordHashes(ctx, p, k, 7, rec.StepRoot)
	wantErr(t, "a step beyond", err, trace.ErrNotFound)
	_, err = e.client.Records(ctx, p, other, 0, []uint32{0}, []verify.Hash{h0})
	wantErr(t, "records of another round", err, trace.ErrNotFound)
	_, err = e.client.Range(ctx, p, other, 0, 0, 0, 0, 1, rec.Records[0].Inputs[0].Root)
	wantErr(t, "range of another round", err, trace.ErrNotFound)

	n := uint32(len(rec.Records))
	_, err = e.client.Records(ctx, p, k, 0, []uint32{0, n}, []verify.Hash{h0, h0})
	wantErr(t, "a record beyond the step", err, trace.ErrBadRequest)
	_, err = e.client.Range(ctx, p, k, 0, n, 0, 0, 1, h0)
	wantErr(t, "a range of a record beyond", err, trace.ErrBadRequest)
	r0 := &rec.Records[0]
	_, err = e.client.Range(ctx, p, k, 0, 0, uint32(len(r0.Inputs)+len(r0.Outputs)), 0, 1, h0)
	wantErr(t, "a slot beyond the record's", err, trace.ErrBadRequest)
	nch := verify.NumChunks(rec.Ops[0].Inputs[0].Len())
	_, err = e.client.Range(ctx, p, k, 0, 0, 0, nch-1, nch+1, r0.Inputs[0].Root)
	wantErr(t, "chunks beyond the tensor", err, trace.ErrBadRequest)

	// Arguments the client refuses before asking.
	for _, bad := range []func() error{
		func() error { _, err := e.client.Records(ctx, p, k, 0, []uint32{0}, nil); return err },
		func() error { _, err := e.client.Records(ctx, p, k, 0, nil, nil); return err },
		func() error { _, err := e.client.Range(ctx, p, k, 0, 0, trace.MaxSlots, 0, 1, h0); return err },
		func() error { _, err := e.client.Range(ctx, p, k, 0, 0, 0, 1, 1, h0); return err },
		func() error { _, err := e.client.Range(ctx, p, k, 0, 0, 0, 0, trace.MaxRangeChunks+1, h0); return err },
		func() error { _, err := e.client.StepRoots(ctx, e.ch.ID(), k, c.traceRoot); return err },
	} {
		if err := bad(); err == nil || errors.Is(err, trace.ErrProtocol) {
			t.Fatalf("bad argument: got %v, want a local error", err)
		}
	}
}

// lyingSource serves a contribution other than the committed one.
type lyingSource struct {
	roots []verify.Hash
	step  *trace.Step
}

func (s lyingSource) StepRoots(context.Context, trace.Key) ([]verify.Hash, error) {
	return s.roots, nil
}

func (s lyingSource) Step(context.Context, trace.Key, uint32) (*trace.Step, error) {
	return s.step, nil
}

// TestLyingServer: a server whose step roots, records or tensors are not the committed
// ones is caught by every check.
func TestLyingServer(t *testing.T) {
	c := newContribution(t, 1, 2)
	rec := c.recs[0]
	hashes := hashesOf(rec.Records)

	// Wrong step roots: one flipped bit, one dropped, one added.
	flip := append([]verify.Hash(nil), c.roots...)
	flip[1][5] ^= 1
	// A record that does not hash to its committed hash: another attribute.
	recs := append([]verify.Record(nil), rec.Records...)
	r4 := recs[4]
	r4.Attrs = []uint32{math.Float32bits(1.0 / 47)}
	recs[4] = r4
	// A wrong chunk: the tensors of record 3's output with one element changed.
	ops := append([]repops.Op(nil), rec.Ops...)
	out := &repops.Tensor{Shape: ops[3].Outputs[0].Shape, Data: append([]float32(nil), ops[3].Outputs[0].Data...)}
	out.Data[100] += 1
	ops[3].Outputs = []*repops.Tensor{out}

	for _, tc := range []struct {
		name string
		src  lyingSource
		ask  func(e *env, p peer.ID, k trace.Key) error
	}{
		{"flipped step root", lyingSource{roots: flip}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.StepRoots(context.Background(), p, k, c.traceRoot)
			return err
		}},
		{"missing step root", lyingSource{roots: c.roots[:1]}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.StepRoots(context.Background(), p, k, c.traceRoot)
			return err
		}},
		{"extra step root", lyingSource{roots: append(append([]verify.Hash(nil), c.roots...), verify.Hash{})}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.StepRoots(context.Background(), p, k, c.traceRoot)
			return err
		}},
		{"tampered record's hashes", lyingSource{step: &trace.Step{Records: recs, Ops: rec.Ops}}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.RecordHashes(context.Background(), p, k, 0, rec.StepRoot)
			return err
		}},
		{"truncated record list", lyingSource{step: &trace.Step{Records: rec.Records[:5], Ops: rec.Ops[:5]}}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.RecordHashes(context.Background(), p, k, 0, rec.StepRoot)
			return err
		}},
		{"tampered record", lyingSource{step: &trace.Step{Records: recs, Ops: rec.Ops}}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.Records(context.Background(), p, k, 0, []uint32{3, 4}, []verify.Hash{hashes[3], hashes[4]})
			return err
		}},
		{"another step's record", lyingSource{step: &trace.Step{Records: c.recs[1].Records, Ops: c.recs[1].Ops}}, func(e *env, p peer.ID, k trace.Key) error {
			_, err := e.client.Records(context.Background(), p, k, 0, []uint32{0}, hashes[:1])
			return err
		}},
		{"wrong chunk", lyingSource{step: &trace.Step{Records: rec.Records, Ops: ops}}, func(e *env, p peer.ID, k trace.Key) error {
			r3 := &rec.Records[3]
			_, err := e.client.Range(context.Background(), p, k, 0, 3, uint32(len(r3.Inputs)), 1, 2, r3.Outputs[0])
			return err
		}},
		{"another tensor", lyingSource{step: &trace.Step{Records: rec.Records, Ops: rec.Ops}}, func(e *env, p peer.ID, k trace.Key) error {
			r3 := &rec.Records[3]
			_, err := e.client.Range(context.Background(), p, k, 0, 3, 0, 0, 1, r3.Outputs[0]) // slot 0 is an input
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.src
			s := newSolver(t, func(trace.Key) trace.Source { return src })
			e := newEnv(t, []*host.Host{s.h})
			wantErr(t, tc.name, tc.ask(e, s.h.ID(), s.key), trace.ErrProtocol, trace.ErrMismatch)
		})
	}
}

// failingSource fails every call, or returns a step that is not one.
type failingSource struct{ step *trace.Step }

func (s failingSource) StepRoots(context.Context, trace.Key) ([]verify.Hash, error) {
	return nil, errors.New("disk on fire")
}

func (s failingSource) Step(context.Context, trace.Key, uint32) (*trace.Step, error) {
	if s.step != nil {
		return s.step, nil
	}
	return nil, errors.New("replay failed")
}

// TestSourceFailures: a source that fails, or gives a step whose ops do not match its
// records, makes the server answer unavailable, not wrong data.
func TestSourceFailures(t *testing.T) {
	rec := recordStep(t, 1, nil)
	for _, tc := range []struct {
		name string
		src  trace.Source
	}{
		{"failing", failingSource{}},
		{"ops missing", failingSource{step: &trace.Step{Records: rec.Records, Ops: rec.Ops[:2]}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSolver(t, func(trace.Key) trace.Source { return tc.src })
			e := newEnv(t, []*host.Host{s.h})
			ctx, p := ctxFor(t), s.h.ID()
			_, err := e.client.StepRoots(ctx, p, s.key, verify.TraceRoot(nil))
			wantErr(t, "step roots", err, trace.ErrUnavailable)
			_, err = e.client.RecordHashes(ctx, p, s.key, 0, rec.StepRoot)
			wantErr(t, "record hashes", err, trace.ErrUnavailable)
			_, err = e.client.Range(ctx, p, s.key, 0, 0, 0, 0, 1, rec.Records[0].Inputs[0].Root)
			wantErr(t, "range", err, trace.ErrUnavailable)
		})
	}
}

// TestStepOutputs: a step's named outputs are served and checked against its step root s_k;
// a lying server (a flipped root, a renamed or dropped output) is caught; a step without
// outputs is not found.
func TestStepOutputs(t *testing.T) {
	c := newContribution(t, 1, 1)
	rec := c.recs[0]
	outs := verify.NamedSet{Names: []string{"grad.w", "grad.b"}, Roots: []verify.Hash{rec.Records[1].Outputs[0], rec.Records[2].Outputs[0]}}
	sk := verify.NamedRootOfLeaves(outs.Leaves())
	flipped := verify.NamedSet{Names: outs.Names, Roots: []verify.Hash{outs.Roots[0], {7}}}
	renamed := verify.NamedSet{Names: []string{"grad.w", "grad.c"}, Roots: outs.Roots}
	dropped := verify.NamedSet{Names: outs.Names[:1], Roots: outs.Roots[:1]}
	serve := func(o verify.NamedSet) *solver {
		return newSolver(t, func(trace.Key) trace.Source {
			return lyingSource{step: &trace.Step{Records: rec.Records, Ops: rec.Ops, Outputs: o}}
		})
	}
	s := serve(outs)
	e := newEnv(t, []*host.Host{s.h})
	got, err := e.client.StepOutputs(ctxFor(t), s.h.ID(), s.key, 0, sk)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Names, outs.Names) || !slices.Equal(got.Roots, outs.Roots) {
		t.Fatalf("outputs %+v, want %+v", got, outs)
	}
	for _, tc := range []struct {
		name string
		o    verify.NamedSet
	}{{"flipped root", flipped}, {"renamed output", renamed}, {"dropped output", dropped}} {
		s := serve(tc.o)
		e := newEnv(t, []*host.Host{s.h})
		_, err := e.client.StepOutputs(ctxFor(t), s.h.ID(), s.key, 0, sk)
		wantErr(t, tc.name, err, trace.ErrProtocol, trace.ErrMismatch)
	}
	none := serve(verify.NamedSet{})
	e = newEnv(t, []*host.Host{none.h})
	_, err = e.client.StepOutputs(ctxFor(t), none.h.ID(), none.key, 0, sk)
	wantErr(t, "no outputs", err, trace.ErrNotFound)
}
