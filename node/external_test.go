package node

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// otherModel is a cheater that trains from θ' (the initial model of another seed) instead
// of θ_r: it commits under θ_r's model root (the chain refuses another base) and answers
// disputes and trace requests from θ' alike, as a consistent cheater would.
type otherModel struct {
	blob  []byte         // θ'
	state *compute.State // θ'

	mu  sync.Mutex
	src dispute.Source // the node's own responder source, once wrapped
}

func newOtherModel(t *testing.T, cfg compute.Config) *otherModel {
	t.Helper()
	cfg.Seed++
	st, err := compute.InitialState(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := compute.EncodeModel(st)
	if err != nil {
		t.Fatal(err)
	}
	return &otherModel{blob: b, state: st}
}

func (o *otherModel) adversary() *Adversary {
	return &Adversary{
		Compute: func(c Compute) Compute { return &otherModelCompute{Compute: c, o: o} },
		Respond: func(src dispute.Source) dispute.Source {
			o.mu.Lock()
			o.src = src
			o.mu.Unlock()
			return otherModelWork{o}
		},
		Trace: func(src trace.Source) trace.Source { return otherModelTrace{Source: src, o: o} },
	}
}

// work is the node's work of round r with θ' in place of θ_r.
func (o *otherModel) work(ctx context.Context, run ledger.RunID, r uint64) (*dispute.Work, error) {
	o.mu.Lock()
	src := o.src
	o.mu.Unlock()
	if src == nil {
		return nil, fmt.Errorf("no responder source yet")
	}
	w, err := src.Work(ctx, run, r)
	if err != nil {
		return nil, err
	}
	c := *w
	c.Model = o.state
	return &c, nil
}

type otherModelCompute struct {
	Compute
	o *otherModel
}

func (c *otherModelCompute) ContributeSteps(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error) {
	base, err := c.Compute.ModelRoot(model)
	if err != nil {
		return round.Contribution{}, nil, err
	}
	ct, steps, err := c.Compute.ContributeSteps(ctx, r, c.o.blob, batch)
	ct.Base = base
	return ct, steps, err
}

type otherModelWork struct{ o *otherModel }

func (w otherModelWork) Work(ctx context.Context, run ledger.RunID, r uint64) (*dispute.Work, error) {
	return w.o.work(ctx, run, r)
}

// otherModelTrace serves the cheater's trace peer to peer: the committed step roots, and
// each step replayed from θ'.
type otherModelTrace struct {
	trace.Source
	o *otherModel
}

func (t otherModelTrace) Step(ctx context.Context, k trace.Key, step uint32) (*trace.Step, error) {
	w, err := t.o.work(ctx, ledger.RunID(k.Run), k.Round)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", trace.ErrNotFound, err)
	}
	if int(step) >= len(w.Payloads) {
		return nil, fmt.Errorf("%w: step %d", trace.ErrNotFound, step)
	}
	rep, err := w.Replayer.Replay(w.Model, k.Round, w.Payloads[step])
	if err != nil {
		return nil, err
	}
	out := &trace.Step{Records: rep.Records, Ops: rep.Ops}
	for i, g := range rep.Grads {
		out.Outputs.Names = append(out.Outputs.Names, verify.GradName(w.Model.Params[i].Name))
		out.Outputs.Roots = append(out.Outputs.Roots, verify.TensorRoot(g))
	}
	return out, nil
}

// informative returns the indices of the addresses whose round-0 own group on θ_0 has
// rewards that are not all equal (nonzero advantages, so a nonzero gradient).
func informative(t *testing.T, run ledger.RunID, cfg compute.Config, addrs []common.Address) []int {
	t.Helper()
	cr, err := compute.NewRun(cfg, verify.Hash(run), repops.MustEngine())
	if err != nil {
		t.Fatal(err)
	}
	st, err := compute.InitialState(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for i, a := range addrs {
		ro, err := cr.Rollouts(st, 0, a)
		if err != nil {
			t.Fatal(err)
		}
		rw := ro[0].Payload.Rewards
		if slices.Min(rw) != slices.Max(rw) {
			out = append(out, i)
		}
	}
	return out
}

// TestWrongExternalInTheSwarm: a cheater trains from another model θ' than the round's
// θ_r (and answers its trace and disputes from θ' alike). The run ("mod" task, groups of 8,
// seed 12, fixed dev keys) gives the cheater's own group rewards that differ, so its gradient is not
// zero and the cheat changes what it commits; its assigned verifier disputes it, finds the
// first divergent record at the first read of a parameter and convicts it "wrong external"
// (the record's input is not θ_r's parameter), and the cheater is slashed and out of the
// final set.
func TestWrongExternalInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with a dispute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	cheat := -1
	s := newSwarm4With(t, ctx, nil, swarmSetup{
		devKeys: true,
		run: func(c *compute.Config) {
			c.Task = "mod"
			c.Model.Vocab = compute.DefaultConfig("mod").Model.Vocab
			c.G = 8
			// Seed 12 gives nodes 1 and 2 informative groups with these keys (most seeds
			// give one node or none: an untrained model rarely earns partial credit).
			c.Seed = 12
		},
		adversaries: func(run ledger.RunID, cfg compute.Config, addrs []common.Address) []*Adversary {
			inf := informative(t, run, cfg, addrs)
			t.Logf("nodes whose own group has differing rewards: %v", inf)
			for _, i := range inf {
				if i != 0 {
					cheat = i
					break
				}
			}
			if cheat < 0 {
				t.Fatalf("no node but node 0 has an informative group in this run (%v): change the run's seed or task", inf)
			}
			adv := make([]*Adversary, 4)
			adv[cheat] = newOtherModel(t, cfg).adversary()
			return adv
		},
	})
	solver := s.addrs[cheat]
	before, err := s.client.Member(ctx, s.run, solver)
	if err != nil {
		t.Fatal(err)
	}
	s.drive(func() bool {
		r, err := s.client.Round(ctx, s.run, 0)
		return err == nil && r.Finalized
	})
	o := s.outcome(solver)
	if o == nil {
		t.Fatalf("no challenge of node %d ended\n%s", cheat, s.tail())
	}
	if o.Class != "external" || o.Verdict != ledger.OutcomeWrongExternal {
		t.Errorf("node %d convicted as %q (%s), want external (wrong_external)", cheat, o.Class, o.Verdict)
	}
	final, slashed := s.convicted(cheat, before.Stake)
	if len(final) != 3 {
		t.Errorf("final set %v, want the three honest nodes", final)
	}
	for i, a := range s.addrs {
		if i == cheat {
			continue
		}
		if m, err := s.client.Member(ctx, s.run, a); err != nil || m.Stake.Cmp(before.Stake) != 0 {
			t.Errorf("honest node %d's stake is %v (%v)", i, m.Stake, err)
		}
	}
	commit := s.commitTime(solver)
	t.Logf("node %d: verdict %s (%s), step %d, record %d, slot %d, element %d, reveals %d: %d transactions, %d gas, %d chain seconds from commit to conviction (%d from open to end); slashed %s wei",
		cheat, o.Verdict, o.Class, o.Step, o.Record, o.Slot, o.Element, o.Reveals, o.Costs.Txs, o.Costs.Gas, o.Ended-commit, o.Ended-o.Opened, slashed)
}
