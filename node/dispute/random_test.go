package dispute_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
)

// tamper is one bit flipped in one output element of one op of one step
// of one contribution.
type tamper struct {
	batch              []int // payload indices
	step, record, slot int
	element            int
	bit                uint
	replay             *compute.Replayed // the tampered step, re-executed
	contrib            *compute.Contribution
}

func (tp tamper) String() string {
	return fmt.Sprintf("batch %v step %d record %d slot %d element %d bit %d", tp.batch, tp.step, tp.record, tp.slot, tp.element, tp.bit)
}

// retamper is the honest replay hon with tp's bit flipped in the recorded
// op's output, the ops that read a changed tensor run again with RepOps
// and their records, the step root and the gradients rebuilt: what a
// cheater whose engine flipped that bit computes, at the cost of the ops
// downstream of the flip only (an op whose outputs come out bit-equal to
// the honest ones stops the change there).
func retamper(f *fixture, hon *compute.Replayed, tp tamper) (*compute.Replayed, error) {
	eng := repops.MustEngine()
	n := len(hon.Ops)
	outs := make([][]*repops.Tensor, n) // changed outputs, nil where honest
	out := &compute.Replayed{Records: slices.Clone(hon.Records), Ops: slices.Clone(hon.Ops)}
	x := hon.Ops[tp.record].Outputs[tp.slot].Clone()
	x.Data[tp.element] = math.Float32frombits(math.Float32bits(x.Data[tp.element]) ^ 1<<tp.bit)
	outs[tp.record] = slices.Clone(hon.Ops[tp.record].Outputs)
	outs[tp.record][tp.slot] = x
	for j := tp.record; j < n; j++ {
		rec, op := hon.Records[j], hon.Ops[j]
		ins := op.Inputs
		if j > tp.record {
			changed := false
			for k, in := range rec.Inputs {
				if in.Kind == verify.RefOutput && outs[in.Producer] != nil {
					if !changed {
						ins, changed = slices.Clone(op.Inputs), true
					}
					ins[k] = outs[in.Producer][in.Slot]
				}
			}
			if !changed {
				continue
			}
			shapes := make([][]int, len(op.Outputs))
			for k, o := range op.Outputs {
				shapes[k] = o.Shape
			}
			o, err := verify.Execute(eng, rec.Kind, rec.Attrs, ins, shapes)
			if err != nil {
				return nil, fmt.Errorf("re-execute record %d: %w", j, err)
			}
			for k := range o {
				if sameBits(o[k].Data, op.Outputs[k].Data) {
					o[k] = op.Outputs[k]
				} else {
					outs[j] = o
				}
			}
		}
		r := rec
		r.Inputs = slices.Clone(rec.Inputs)
		for k := range r.Inputs {
			if r.Inputs[k].Kind == verify.RefOutput && outs[r.Inputs[k].Producer] != nil {
				r.Inputs[k].Root = out.Records[r.Inputs[k].Producer].Outputs[r.Inputs[k].Slot]
			}
		}
		outputs := op.Outputs
		if outs[j] != nil {
			outputs = outs[j]
			r.Outputs = make([]verify.Hash, len(outs[j]))
			for k, t := range outs[j] {
				if t == op.Outputs[k] {
					r.Outputs[k] = rec.Outputs[k]
				} else {
					r.Outputs[k] = verify.TensorRoot(t)
				}
			}
		}
		out.Records[j] = r
		out.Ops[j] = repops.Op{Kind: op.Kind, Attrs: op.Attrs, Inputs: ins, Outputs: outputs}
	}
	out.StepRoot = verify.StepRoot(hashes(out.Records))
	out.Grads = slices.Clone(hon.Grads)
	for p, s := range f.crun.Report.GradSources {
		if outs[s.Record] != nil {
			out.Grads[p] = outs[s.Record][s.Slot]
		}
	}
	var err error
	out.GradRoot, err = verify.GradRoot(f.st.Params, out.Grads)
	return out, err
}

func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// drawTampers draws n tampers that change the committed contribution (a
// flip whose effect vanishes before the gradients, in an unused output or
// a rounding, commits the honest roots: nothing to dispute; those are
// counted and drawn again, as are flips of token ids or indices, which
// RepOps refuses: such a step cannot be computed, let alone committed).
func drawTampers(t *testing.T, f *fixture, rng *rand.Rand, batches [][]int, n int) ([]tamper, int) {
	var out []tamper
	masked := 0
	// Candidates are drawn in order and re-executed in parallel, a fixed
	// number at a time, and kept in draw order: the same tampers on any
	// machine.
	const round = 16
	for len(out) < n {
		cands := make([]tamper, round)
		for i := range cands {
			tp := tamper{batch: batches[rng.IntN(len(batches))], bit: uint(rng.IntN(32))}
			tp.step = rng.IntN(len(tp.batch))
			hon := f.replays[tp.batch[tp.step]]
			tp.record = rng.IntN(len(hon.Ops))
			tp.slot = rng.IntN(len(hon.Ops[tp.record].Outputs))
			tp.element = rng.IntN(len(hon.Ops[tp.record].Outputs[tp.slot].Data))
			cands[i] = tp
		}
		errs := make([]error, round)
		var wg sync.WaitGroup
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		for i := range cands {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				cands[i].replay, errs[i] = retamper(f, f.replays[cands[i].batch[cands[i].step]], cands[i])
			})
		}
		wg.Wait()
		for i, tp := range cands {
			if len(out) == n {
				break
			}
			if errors.Is(errs[i], verify.ErrBadRecord) {
				masked++ // a flipped token id or index: RepOps refuses the step, nothing is committed
				continue
			}
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			if tp.replay.GradRoot == f.replays[tp.batch[tp.step]].GradRoot {
				masked++
				continue
			}
			ps, rs := f.batch(tp.batch...)
			rs = slices.Clone(rs)
			rs[tp.step] = tp.replay
			tp.contrib = check(f.contribution(ps, rs))(t)
			out = append(out, tp)
		}
	}
	return out, masked
}

// TestRandomTampers: random bit flips in random output elements of random
// ops of random steps of a few contributions, across every task family,
// each committed by its own solver, disputed by the challenger and
// convicted on chain; and random honest contributions (the honest solver
// computed its steps on its own engine), none disputed.
func TestRandomTampers(t *testing.T) {
	n := 200
	if testing.Short() {
		n = 20
	}
	start := time.Now()
	rng := rand.New(rand.NewPCG(11, 2026))
	families := tasks.Names()
	total, honestTotal := 0, 0
	for i, task := range families {
		// n tampers and n honest contributions in all, shared among the families.
		k := n / len(families)
		if i < n%len(families) {
			k++
		}
		t.Run(task, func(t *testing.T) {
			tampered, honest := randomTampers(t, fixtureFor(t, task), rng, k)
			total, honestTotal = total+tampered, honestTotal+honest
		})
	}
	if !t.Failed() && (total < n || honestTotal < n) {
		t.Fatalf("%d tampers and %d honest contributions, want %d each", total, honestTotal, n)
	}
	t.Logf("%d tampers convicted and %d honest contributions verified across %d task families %v in %v",
		total, honestTotal, len(families), families, time.Since(start).Round(time.Millisecond))
}

// randomTampers convicts n random tampers of f's task and verifies n honest contributions;
// it returns how many of each it checked.
func randomTampers(t *testing.T, f *fixture, rng *rand.Rand, n int) (tampered, honestN int) {
	start := time.Now()
	batches := [][]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}}
	tampers, masked := drawTampers(t, f, rng, batches, n)
	drawn := time.Since(start)

	// The re-execution is what a cheater's engine computes: checked on the first two tampers
	// of an op whose output is a tensor of its own. A view's output (Reshape) shares its
	// input's memory, so an engine flipping it in place flips the input too, another cheat
	// than the one re-executed (which changes the recorded output alone).
	checked := 0
	for _, tp := range tampers {
		if checked == 2 {
			break
		}
		if aliased(&f.replays[tp.batch[tp.step]].Ops[tp.record], tp.slot) {
			continue
		}
		checked++
		want := check((&tamperRun{f: f, tamper: func(i int, op *repops.Op) {
			if i == tp.record {
				d := op.Outputs[tp.slot].Data
				d[tp.element] = math.Float32frombits(math.Float32bits(d[tp.element]) ^ 1<<tp.bit)
			}
		}}).Replay(f.st, 0, f.payloads[tp.batch[tp.step]]))(t)
		if want.StepRoot != tp.replay.StepRoot || want.GradRoot != tp.replay.GradRoot {
			t.Fatalf("%v: re-execution gives another step than the tampering engine", tp)
		}
	}

	e := newEnvWith(t, f, n)
	var cms []ledger.Commitment
	for i, tp := range tampers {
		cm, _ := e.commit(e.solver(i), tp.contrib)
		cms = append(cms, cm)
	}
	e.closeCommits()
	classes := map[string]int{}
	var txs, gas, secs uint64
	for i, tp := range tampers {
		ps, honest := f.batch(tp.batch...)
		rs := slices.Clone(honest)
		rs[tp.step] = tp.replay
		w := &dispute.Work{Replayer: newFixedRun(ps, rs), Model: f.st, Payloads: ps, StepRoots: tp.contrib.StepRoots}
		blk := check(e.chain.Client.BlockNumber(e.ctx))(t)
		stop := e.respondUntil(e.solver(i), w, blk)
		out, err := e.challengeQuiet(e.solver(i), cms[i], ps, honest, dispute.NewLocalTrace(w))
		stop()
		if err != nil || !convictsOutcome(out.Verdict) {
			t.Fatalf("tamper %d (%v): %+v, %v", i, tp, out, err)
		}
		if out.Step != uint32(tp.step) || (out.Class == "element" && out.Record != tp.record) {
			t.Fatalf("tamper %d (%v): convicted at step %d record %d (%s)", i, tp, out.Step, out.Record, out.Class)
		}
		classes[out.Class+"/"+out.Verdict.String()]++
		txs, gas, secs = txs+uint64(out.Costs.Txs), gas+out.Costs.Gas, secs+out.Ended-out.Opened
	}
	t.Logf("%s: %d tampers convicted (%d flips redrawn: masked before the gradients, or refused by RepOps): %v; %d transactions, %d gas, %d chain seconds from open to conviction in all; drawn in %v, %v in all",
		f.cfg.Task, len(tampers), masked, classes, txs, gas, secs, drawn.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))

	// Honest contributions: the solver's own steps, random batches.
	mine := make([]*compute.Replayed, len(f.payloads))
	own := check(compute.NewRun(f.cfg, f.crun.ID, repops.MustEngine()))(t)
	for i, b := range f.payloads {
		mine[i] = check(own.Replay(f.st, 0, b))(t)
	}
	before := check(e.clients[0].DisputeCount(e.ctx))(t)
	steps := 0
	for range n {
		k := 1 + rng.IntN(2)
		idx := rng.Perm(len(f.payloads))[:k]
		ps, honest := f.batch(idx...)
		_, theirs := f.batch(idx...)
		for j, p := range idx {
			theirs[j] = mine[p]
		}
		c := check(f.contribution(ps, theirs))(t)
		w := &dispute.Work{Replayer: newFixedRun(ps, theirs), Model: f.st, Payloads: ps, StepRoots: c.StepRoots}
		cm := ledger.Commitment{Base: e.base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot, Nsteps: uint32(k)}
		_, err := e.challengeQuiet(e.solver(0), cm, ps, honest, dispute.NewLocalTrace(w))
		if !errors.Is(err, dispute.ErrNoDivergence) {
			t.Fatalf("honest batch %v: %v, want ErrNoDivergence", idx, err)
		}
		steps += k
	}
	if after := check(e.clients[0].DisputeCount(e.ctx))(t); after != before {
		t.Fatalf("%d disputes opened against honest contributions", after-before)
	}
	t.Logf("%s: %d honest contributions (%d steps) verified, none disputed; %v in all", f.cfg.Task, n, steps, time.Since(start).Round(time.Millisecond))
	return len(tampers), n
}

// aliased reports whether output slot of op shares memory with one of its inputs (a view).
func aliased(op *repops.Op, slot int) bool {
	out := op.Outputs[slot].Data
	for _, in := range op.Inputs {
		if len(in.Data) > 0 && len(out) > 0 && &in.Data[0] == &out[0] {
			return true
		}
	}
	return false
}

func convictsOutcome(o ledger.Outcome) bool {
	return o != ledger.OutcomeNone && o != ledger.OutcomeSolverRight && o != ledger.OutcomeProofTimeout && o != ledger.OutcomeSuperseded
}

// respondUntil runs a responder for acct from block from; stop ends it.
func (e *env) respondUntil(acct int, w *dispute.Work, from uint64) (stop func()) {
	e.t.Helper()
	r := check(dispute.NewResponder(e.clients[acct], source{w}, dispute.WithLogger(quietLog), dispute.WithFromBlock(from)))(e.t)
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			e.t.Errorf("responder: %v", err)
		}
	}
}

// challengeQuiet is challenge without the log.
func (e *env) challengeQuiet(acct int, cm ledger.Commitment, ps [][]byte, honest []*compute.Replayed, tr dispute.Trace) (*dispute.Outcome, error) {
	e.t.Helper()
	key := string(slices.Concat(ps...))
	if e.honest == nil {
		e.honest = map[string]*compute.Contribution{}
		e.quiet = check(dispute.NewChallenger(e.clients[challenger], dispute.WithLogger(quietLog)))(e.t)
	}
	h := e.honest[key]
	if h == nil {
		h = check(e.f.contribution(ps, honest))(e.t)
		e.honest[key] = h
	}
	ch := e.quiet
	ctx, cancel := context.WithTimeout(e.ctx, 5*time.Minute) // a hang guard
	defer cancel()
	return ch.Challenge(ctx, &dispute.Case{Run: e.run, Round: 0, Solver: e.addr(acct), Commitment: cm, Compute: e.f.crun,
		Model: e.f.st, Payloads: ps, Honest: h, Replays: honest, Trace: tr})
}
