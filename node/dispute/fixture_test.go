package dispute_test

import (
	"fmt"
	"math"
	"slices"
	"sync"
	"testing"

	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// fixture is the compute side every test shares, read only: the run, θ_0,
// the skeleton report, three payloads of round 0 (one per author) and the
// honest replay of each. Built once: a step under -race takes seconds.
type fixture struct {
	cfg      compute.Config
	crun     *compute.Run
	st       *compute.State
	payloads [][]byte
	replays  []*compute.Replayed // by payload
}

// fixtures holds one fixture per task family, built on first use.
var fixtures sync.Map // task → *fixtureOnce

type fixtureOnce struct {
	once sync.Once
	f    *fixture
	err  error
}

// loadFixture returns the fixture of the default task, "add".
func loadFixture(t testing.TB) *fixture { return fixtureFor(t, "add") }

// fixtureFor returns the fixture of a task family's default config.
func fixtureFor(t testing.TB, task string) *fixture {
	t.Helper()
	v, _ := fixtures.LoadOrStore(task, &fixtureOnce{})
	o := v.(*fixtureOnce)
	o.once.Do(func() { o.f, o.err = newFixture(task) })
	if o.err != nil {
		t.Fatalf("fixture of task %s: %v", task, o.err)
	}
	return o.f
}

func newFixture(task string) (*fixture, error) {
	f := &fixture{cfg: compute.DefaultConfig(task)}
	var err error
	if f.crun, err = compute.NewRun(f.cfg, verify.Keccak256([]byte("node/dispute tests")), repops.MustEngine()); err != nil {
		return nil, err
	}
	if f.st, err = compute.InitialState(f.cfg); err != nil {
		return nil, err
	}
	for who := range 3 {
		var a [20]byte
		copy(a[:], devkeys.Address(10+who).Bytes())
		ro, err := f.crun.Rollouts(f.st, 0, a)
		if err != nil {
			return nil, err
		}
		b, err := withSignal(ro[0].Bytes)
		if err != nil {
			return nil, err
		}
		f.payloads = append(f.payloads, b)
	}
	for _, b := range f.payloads {
		r, err := f.crun.Replay(f.st, 0, b)
		if err != nil {
			return nil, err
		}
		f.replays = append(f.replays, r)
	}
	// The tampering replayer, without a tamper, is compute.Run.Replay.
	r, err := (&tamperRun{f: f}).Replay(f.st, 0, f.payloads[0])
	if err != nil {
		return nil, err
	}
	if r.StepRoot != f.replays[0].StepRoot || r.GradRoot != f.replays[0].GradRoot {
		return nil, fmt.Errorf("the test replayer gives step root %v, compute.Replay %v", r.StepRoot, f.replays[0].StepRoot)
	}
	// The contribution built from replays is Contribute's.
	ps, rs := f.batch(0, 1)
	want, err := f.crun.Contribute(f.st, 0, ps)
	if err != nil {
		return nil, err
	}
	got, err := f.contribution(ps, rs)
	if err != nil {
		return nil, err
	}
	if got.TraceRoot != want.TraceRoot || got.UpdateRoot != want.UpdateRoot || got.BatchRoot != want.BatchRoot {
		return nil, fmt.Errorf("contribution from replays differs from Contribute's")
	}
	return f, nil
}

// withSignal gives a group whose rewards are all equal (an untrained model
// mostly earns nothing) other claimed rewards, so that its step has a
// nonzero gradient: with zero advantages every gradient is zero and most
// tampers would change nothing committed.
func withSignal(b []byte) ([]byte, error) {
	p, err := payload.Decode(b)
	if err != nil {
		return nil, err
	}
	if slices.Min(p.RewardValues()) != slices.Max(p.RewardValues()) {
		return b, nil
	}
	for i := range p.Rewards {
		p.Rewards[i] = math.Float32bits(float32(i%3) / 2)
	}
	return p.Encode()
}

// batch returns the payloads with indices idx and their honest replays.
func (f *fixture) batch(idx ...int) ([][]byte, []*compute.Replayed) {
	var ps [][]byte
	var rs []*compute.Replayed
	for _, i := range idx {
		ps, rs = append(ps, f.payloads[i]), append(rs, f.replays[i])
	}
	return ps, rs
}

// tamperRun is a cheater's Replayer: compute.Run.Replay's step with an
// observer that may change each op (its index in the step, the op) before
// it is recorded and before any later op reads it, as a cheater's engine
// would. model, if set, replaces θ_r (a solver training from another
// model); cfg, if set, the run config (another clip range).
type tamperRun struct {
	f      *fixture
	tamper func(i int, op *repops.Op)
	model  *compute.State
	cfg    *compute.Config
}

func (t *tamperRun) Replay(s *compute.State, round uint64, b []byte) (*compute.Replayed, error) {
	p, err := payload.Decode(b)
	if err != nil {
		return nil, err
	}
	g, _, err := t.f.crun.Group(p)
	if err != nil {
		return nil, err
	}
	if t.model != nil {
		s = t.model
	}
	cfg := t.f.cfg
	if t.cfg != nil {
		cfg = *t.cfg
	}
	rec, err := verify.NewRecorder()
	if err != nil {
		return nil, err
	}
	out := &compute.Replayed{}
	obs := repops.ObserverFunc(func(op *repops.Op) {
		if t.tamper != nil {
			t.tamper(len(out.Ops), op)
		}
		rec.Observe(op)
		out.Ops = append(out.Ops, repops.Op{Kind: op.Kind, Attrs: slices.Clone(op.Attrs), Inputs: slices.Clone(op.Inputs), Outputs: slices.Clone(op.Outputs)})
	})
	res, err := rl.GroupStep(repops.MustEngine(repops.WithObserver(obs)), s.Model(cfg), rl.StepConfig{Groups: cfg.L + cfg.E, ClipEps: cfg.ClipEps}, g)
	if err != nil {
		return nil, err
	}
	if out.StepRoot, err = rec.StepRoot(); err != nil {
		return nil, err
	}
	out.Records, out.Grads = rec.Records(), res.Grads
	if out.GradRoot, err = verify.GradRoot(s.Params, res.Grads); err != nil {
		return nil, err
	}
	return out, nil
}

// fixedRun replays from a table of replays by payload: a solver whose
// steps are already computed (an honest one shares the fixture's, a cheater
// its tampered ones).
type fixedRun struct {
	by map[string]*compute.Replayed
}

func newFixedRun(ps [][]byte, rs []*compute.Replayed) *fixedRun {
	f := &fixedRun{by: map[string]*compute.Replayed{}}
	for i := range ps {
		f.by[string(ps[i])] = rs[i]
	}
	return f
}

func (f *fixedRun) Replay(_ *compute.State, _ uint64, b []byte) (*compute.Replayed, error) {
	r := f.by[string(b)]
	if r == nil {
		return nil, fmt.Errorf("no replay of this payload")
	}
	return r, nil
}

// contribution builds the contribution of a batch from its steps' replays,
// as Contribute does (update = seqsum of the steps' gradients from +0).
func (f *fixture) contribution(ps [][]byte, rs []*compute.Replayed) (*compute.Contribution, error) {
	c := &compute.Contribution{}
	var leaves []verify.Hash
	for k, r := range rs {
		if c.Update == nil {
			for _, g := range r.Grads {
				c.Update = append(c.Update, repops.New(g.Shape...))
			}
		}
		for i, g := range r.Grads {
			for j, x := range g.Data {
				c.Update[i].Data[j] += x
			}
		}
		p, err := payload.Decode(ps[k])
		if err != nil {
			return nil, err
		}
		_, groot, err := f.crun.Group(p)
		if err != nil {
			return nil, err
		}
		pr := payload.Root(ps[k])
		c.StepRoots, c.PayloadRoots, c.GroupRoots = append(c.StepRoots, r.GradRoot), append(c.PayloadRoots, pr), append(c.GroupRoots, groot)
		leaves = append(leaves, verify.ManifestLeaf(pr, groot))
	}
	var err error
	if c.UpdateRoot, err = verify.GradRoot(f.st.Params, c.Update); err != nil {
		return nil, err
	}
	c.TraceRoot, c.BatchRoot = verify.TraceRoot(c.StepRoots), verify.BatchRoot(leaves)
	return c, nil
}
