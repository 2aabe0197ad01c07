package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/ledger/devkeys"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// flipMatMul is a cheater's engine observer: element 0 of every matrix product's output
// is changed (+1), in its contribution and in every replay of it alike (the parameter
// gradients are matrix products, so the committed step roots change even when the
// group's advantages are all zero).
var flipMatMul = repops.ObserverFunc(func(op *repops.Op) {
	if op.Kind != repops.KindMatMul || len(op.Outputs) == 0 || len(op.Outputs[0].Data) == 0 {
		return
	}
	d := op.Outputs[0].Data
	d[0]++
})

// wrongUpdate is a cheater's compute: the honest trace, with an update whose element 0
// is changed and committed under its own update root (an update that is not its trace's
// output).
type wrongUpdate struct {
	Compute
	cfg compute.Config
}

func (w *wrongUpdate) ContributeSteps(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error) {
	c, steps, err := w.Compute.ContributeSteps(ctx, r, model, batch)
	if err != nil {
		return c, steps, err
	}
	u, _, err := compute.ReadUpdate(w.cfg, c.Update)
	if err != nil {
		return c, steps, err
	}
	u[0].Data[0]++
	if c.Update, err = compute.EncodeUpdate(w.cfg, u); err != nil {
		return c, steps, err
	}
	_, root, err := compute.ReadUpdate(w.cfg, c.Update)
	c.UpdateRoot = swarm.Root(root)
	return c, steps, err
}

// withheldTrace is a trace server's source that serves nothing.
type withheldTrace struct{}

func (withheldTrace) StepRoots(context.Context, trace.Key) ([]verify.Hash, error) {
	return nil, trace.ErrNotFound
}

func (withheldTrace) Step(context.Context, trace.Key, uint32) (*trace.Step, error) {
	return nil, trace.ErrNotFound
}

// withheldWork is a responder's source that has nothing: it posts no step.
type withheldWork struct{}

func (withheldWork) Work(context.Context, ledger.RunID, uint64) (*dispute.Work, error) {
	return nil, errors.New("withheld")
}

// swarm4 is four real nodes (loopback hosts, real compute and stores) on a dev chain whose
// time only the test's driver moves.
type swarm4 struct {
	t      *testing.T
	ctx    context.Context
	dc     *devchain.Chain
	rpc    *rpc.Client
	client *ledger.Client
	run    ledger.RunID
	cfg    compute.Config
	nodes  []*Node
	addrs  []common.Address
	// configs and opts start node i again on its data directory (s.start).
	configs []*config.Config
	opts    [][]Option

	mu       sync.Mutex
	outcomes []*dispute.Outcome
	events   map[int][]Event // dispute events, by node
	logs     strings.Builder
	// timeouts are the solvers whose disputes may be moved past their deadlines.
	timeouts map[common.Address]bool
	// posts are the solvers among them that post their disputed step (and then answer no
	// reveal): time is not moved past a dispute's step deadline before their post.
	posts map[common.Address]bool
}

// lockedWriter serializes log lines into the swarm's buffer.
type lockedWriter struct{ s *swarm4 }

func (w lockedWriter) Write(b []byte) (int, error) {
	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	return w.s.logs.Write(b)
}

// swarmSetup changes newSwarm4's defaults (a zero setup keeps them all).
type swarmSetup struct {
	// devKeys gives node i the well-known key devkeys.Key(devKeyBase+i) instead of a new
	// random one, so that the run's rollouts are the same in every test run.
	devKeys bool
	// run changes the run config (task, group size...).
	run func(c *compute.Config)
	// node changes node i's config (e.g. its roles). By default no node is a whistleblower.
	node func(i int, c *config.Config)
	// adversaries, if set, chooses the adversaries once the run exists (its ID and the
	// nodes' addresses known), instead of newSwarm4's adv.
	adversaries func(run ledger.RunID, cfg compute.Config, addrs []common.Address) []*Adversary
}

// devKeyBase is the first devkeys index of newSwarm4's nodes with swarmSetup.devKeys (far
// from the dev chain's own accounts).
const devKeyBase = 40

func newSwarm4(t *testing.T, ctx context.Context, adv []*Adversary) *swarm4 {
	t.Helper()
	return newSwarm4With(t, ctx, adv, swarmSetup{})
}

func newSwarm4With(t *testing.T, ctx context.Context, adv []*Adversary, setup swarmSetup) *swarm4 {
	t.Helper()
	dir := t.TempDir()
	quiet := slog.New(slog.DiscardHandler)
	s := &swarm4{t: t, ctx: ctx, timeouts: map[common.Address]bool{}, posts: map[common.Address]bool{}, events: map[int][]Event{}}
	var files []string
	for i := range 4 {
		f := filepath.Join(dir, fmt.Sprintf("key%d.json", i))
		var k *keys.Key
		var err error
		if setup.devKeys {
			hexFile := filepath.Join(dir, fmt.Sprintf("key%d.hex", i))
			if err := os.WriteFile(hexFile, []byte(hex.EncodeToString(crypto.FromECDSA(devkeys.Key(devKeyBase+i)))), 0o600); err != nil {
				t.Fatal(err)
			}
			k, err = keys.Import(f, hexFile, "pw", keys.WithScrypt(2, 1))
		} else {
			k, err = keys.New(f, "pw", keys.WithScrypt(2, 1))
		}
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		s.addrs = append(s.addrs, k.Address)
	}
	submitter, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if setup.devKeys {
		submitter = devkeys.Key(devKeyBase + 4)
	}
	dc, err := devchain.Start(ctx, devchain.WithManualClock(), devchain.WithLogger(quiet),
		devchain.WithFunded(ledger.Ether(100), append(slices.Clone(s.addrs), crypto.PubkeyToAddress(submitter.PublicKey))...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Close() })
	s.dc = dc
	m := dc.Manifest()
	if s.rpc, err = rpc.DialContext(ctx, m.RPCURL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.rpc.Close)
	manifest := filepath.Join(dir, "network.json")
	if err := ledger.WriteManifest(manifest, &m); err != nil {
		t.Fatal(err)
	}
	if s.client, err = ledger.New(ctx, dc.Client(), m.Contracts, submitter, ledger.WithLogger(quiet)); err != nil {
		t.Fatal(err)
	}
	c := tinyConfig()
	c.G, c.L, c.E, c.Verifiers = 4, 1, 1, 1
	c.RoundDuration, c.CommitWindow, c.VerifyWindow, c.DisputeWindow, c.DisputeDuration = 7200, 600, 300, 600, 6000
	if setup.run != nil {
		setup.run(&c)
	}
	s.cfg = c
	blob, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	params, err := s.client.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := runs.Build(runs.Spec{Config: c, NumRounds: 4, Start: 0, WhistleblowerBps: 4000,
		MinGasPrice: big.NewInt(1e9), VerifierPenalty: new(big.Int).SetUint64(c.Stake - c.Slash), Pool: ledger.Ether(10)}, params)
	if err != nil {
		t.Fatal(err)
	}
	run, err := s.client.CreateRun(ctx, plan.Run, nil, ledger.Ether(10))
	if err != nil {
		t.Fatal(err)
	}
	s.run = run
	if setup.adversaries != nil {
		adv = setup.adversaries(run, c, s.addrs)
	}
	log := slog.New(slog.NewTextHandler(lockedWriter{s}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	var boot []string
	for i, f := range files {
		nc := testEnv{manifest: manifest, runHex: swarm.RunID(run).String(), keyFile: f}.config(t, filepath.Join(dir, fmt.Sprintf("node%d", i)))
		nc.P2P.Bootstrap = boot
		nc.Roles.Whistleblower = false
		if setup.node != nil {
			setup.node(i, nc)
		}
		nlog := log.With("node", i)
		opts := []Option{WithRunConfig(blob), WithLogger(nlog), WithLookupEnv(func(string) (string, bool) { return "pw", true }),
			WithEvents(func(e Event) {
				if e.Kind == EventRound {
					t.Logf("node %d round %d: verified %d attested %d aggregated %d", i, e.Round, e.Verified, e.Attested, e.Aggregated)
				}
				if strings.HasPrefix(e.Kind, "dispute") {
					s.mu.Lock()
					s.events[i] = append(s.events[i], e)
					s.mu.Unlock()
				}
			}),
			withOutcomes(func(o *dispute.Outcome) { s.mu.Lock(); s.outcomes = append(s.outcomes, o); s.mu.Unlock() })}
		if adv[i] != nil {
			opts = append(opts, WithAdversary(*adv[i]))
		}
		s.configs, s.opts = append(s.configs, nc), append(s.opts, opts)
		s.nodes = append(s.nodes, nil)
		s.start(i)
		if i == 0 {
			boot = s.nodes[0].p2pAddrs()
		}
	}
	t.Cleanup(func() {
		for i := range s.nodes {
			s.stop(i)
		}
	})
	return s
}

// start starts node i (again, after stop: on the same data directory).
func (s *swarm4) start(i int) {
	s.t.Helper()
	n, err := New(s.configs[i], s.opts[i]...)
	if err != nil {
		s.t.Fatal(err)
	}
	if err := n.Start(s.ctx); err != nil {
		s.t.Fatal(err)
	}
	s.mu.Lock()
	s.nodes[i] = n
	s.mu.Unlock()
}

// stop stops node i, if it runs.
func (s *swarm4) stop(i int) {
	s.mu.Lock()
	n := s.nodes[i]
	s.nodes[i] = nil
	s.mu.Unlock()
	if n == nil {
		return
	}
	if err := n.Close(); err != nil {
		s.t.Errorf("close node %d: %v", i, err)
	}
}

// live returns the running nodes.
func (s *swarm4) live() []*Node {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*Node
	for _, n := range s.nodes {
		if n != nil {
			out = append(out, n)
		}
	}
	return out
}

// settled reports whether every node is idle at the chain's head (docs/NODE.md, the
// driver) and no challenge still works, except those of solvers in s.timeouts (they wait
// for a deadline); block: a node waits for a block; until: the earliest time one waits for.
func (s *swarm4) settled() (ok, block bool, until uint64, head uint64, now uint64, err error) {
	h, err := s.dc.Client().HeaderByNumber(s.ctx, nil)
	if err != nil {
		return false, false, 0, 0, 0, err
	}
	for _, n := range s.live() {
		st, err := apiNode{n}.Status(s.ctx)
		if err != nil {
			return false, false, 0, 0, 0, nil
		}
		c := st.Clock
		if st.ChainHead != h.Number.Uint64() || c.Now != h.Time || !c.Idle {
			return false, false, 0, 0, 0, nil
		}
		block = block || c.BeaconWaiters > 0 || c.KeeperWaitsBlock
		if c.Waiters > 0 && (until == 0 || c.WaitUntil < until) {
			until = c.WaitUntil
		}
		for _, a := range n.challenging() {
			if !s.timeouts[a] {
				return false, false, 0, 0, 0, nil
			}
		}
	}
	// An open dispute of a solver that answers moves by transactions: wait for it.
	count, err := s.client.DisputeCount(s.ctx)
	if err != nil {
		return false, false, 0, 0, 0, err
	}
	for id := uint64(1); id <= count; id++ {
		d, err := s.client.Dispute(s.ctx, id)
		if err != nil {
			return false, false, 0, 0, 0, err
		}
		if ledger.DisputeState(d.State) != ledger.DisputeOpen {
			continue
		}
		if !s.timeouts[d.Solver] {
			return false, false, 0, 0, 0, nil
		}
		// Time moves only while the dispute waits for the solver: its step (unless it
		// will post it) or a requested reveal. Otherwise the challenger acts.
		posted := d.StepRoot != [32]byte{}
		if (!posted && s.posts[d.Solver]) || (posted && d.RevealDeadline == 0) {
			return false, false, 0, 0, 0, nil
		}
		dl := d.Deadline
		if d.RevealDeadline > h.Time && d.RevealDeadline < dl {
			dl = d.RevealDeadline
		}
		if until == 0 || dl+1 < until {
			until = dl + 1
		}
	}
	again, err := s.dc.Client().HeaderByNumber(s.ctx, nil)
	if err != nil || again.Hash() != h.Hash() {
		return false, false, 0, 0, 0, err
	}
	return true, block, until, h.Number.Uint64(), h.Time, nil
}

// drive moves chain time until done() holds: a block when a node waits for one, else to
// the earliest time a node or an open withheld dispute waits for. It polls the nodes; it
// never moves time because wall time passed.
func (s *swarm4) drive(done func() bool) {
	s.t.Helper()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !done() {
		select {
		case <-s.ctx.Done():
			s.t.Fatalf("driving the chain: %v\n%s", s.ctx.Err(), s.tail())
		case <-tick.C:
		}
		ok, block, until, _, now, err := s.settled()
		if err != nil {
			s.t.Fatal(err)
		}
		if !ok {
			continue
		}
		var res string
		if block || until <= now {
			err = s.rpc.CallContext(s.ctx, &res, "evm_mine")
		} else {
			err = s.rpc.CallContext(s.ctx, &res, "evm_mine", until)
		}
		if err != nil {
			s.t.Fatal(err)
		}
	}
}

// tail is the end of the swarm's log.
func (s *swarm4) tail() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.logs.String()
	if f := os.Getenv("APIARY_SWARM_LOG"); f != "" {
		_ = os.WriteFile(f, []byte(l), 0o644)
	}
	return l[max(0, len(l)-6000):]
}

// outcome returns the challenge outcome against solver, if any ended.
func (s *swarm4) outcome(solver common.Address) *dispute.Outcome {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range s.outcomes {
		if o.Dispute != 0 && o.Verdict != ledger.OutcomeSuperseded {
			d, err := s.client.Dispute(s.ctx, o.Dispute)
			if err == nil && d.Solver == solver {
				return o
			}
		}
	}
	return nil
}

// TestDisputesInTheSwarm runs four real nodes through round 0 of a run on a dev chain
// whose time only the test moves: node 0 is honest; node 1 flips an element of every
// matrix product of its own contribution (and of its replays alike); node 2 commits an
// update that is not its trace's output; node 3 cheats like node 1 and withholds its trace
// and its dispute answers. Each cheat is found by the verifier the beacon assigned, which
// disputes it by itself; the test checks each verdict, the slash, that only the honest
// contribution is in the final set, the events and metrics, and prints the costs.
func TestDisputesInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with disputes")
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	wrong := &wrongUpdate{}
	adv := []*Adversary{nil,
		{Ops: flipMatMul},
		{Compute: func(c Compute) Compute {
			wrong.Compute = c
			wrong.cfg = c.(*roundcompute.Compute).Config()
			return wrong
		}},
		{Ops: flipMatMul, Trace: func(trace.Source) trace.Source { return withheldTrace{} },
			Respond: func(dispute.Source) dispute.Source { return withheldWork{} }}}
	s := newSwarm4(t, ctx, adv)
	s.timeouts[s.addrs[3]] = true
	stakeBefore := make([]*big.Int, 4)
	for i, a := range s.addrs {
		m, err := s.client.Member(ctx, s.run, a)
		if err != nil {
			t.Fatal(err)
		}
		stakeBefore[i] = m.Stake
	}
	s.drive(func() bool {
		r, err := s.client.Round(ctx, s.run, 0)
		return err == nil && r.Finalized
	})
	commits := map[common.Address]uint64{} // the block time of each commit
	cevs, err := ledger.History[ledger.Committed](ctx, s.client, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range cevs {
		h, err := s.dc.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(e.Raw.BlockNumber))
		if err != nil {
			t.Fatal(err)
		}
		commits[e.Peer] = h.Time
	}
	if r, err := s.client.Round(ctx, s.run, 0); err == nil {
		t.Logf("round 0: attestations %d, final %d, contributors %v", r.Attestations, r.FinalCount, r.Contributors)
	}
	for i, a := range s.addrs {
		c, _ := s.client.Commitment(ctx, s.run, 0, a)
		t.Logf("node %d %s: trace root %x update %x", i, a, c.TraceRoot[:4], c.UpdateRoot[:4])
	}
	want := map[int][]string{1: {"element"}, 2: {"output", "update"}, 3: {"step timeout", "reveal timeout"}}
	for i := 1; i <= 3; i++ {
		o := s.outcome(s.addrs[i])
		if o == nil {
			t.Fatalf("no challenge of node %d ended\n%s", i, s.tail())
		}
		if !slices.Contains(want[i], o.Class) {
			t.Errorf("node %d convicted as %q (%s), want one of %v", i, o.Class, o.Verdict, want[i])
		}
		st, err := s.client.Status(ctx, s.run, 0, s.addrs[i])
		if err != nil || st != ledger.StatusConvicted {
			t.Errorf("node %d's contribution is %v (%v), want convicted", i, st, err)
		}
		m, err := s.client.Member(ctx, s.run, s.addrs[i])
		if err != nil {
			t.Fatal(err)
		}
		lost := new(big.Int).Sub(stakeBefore[i], m.Stake)
		if lost.Sign() <= 0 {
			t.Errorf("node %d's stake %s after its conviction, %s before: not slashed", i, m.Stake, stakeBefore[i])
		}
		t.Logf("node %d: verdict %s (%s), step %d, record %d, slot %d, element %d, reveals %d: %d transactions, %d gas, %d chain seconds from commit to conviction (%d from open to end), slashed %s wei, challenge wall %s",
			i, o.Verdict, o.Class, o.Step, o.Record, o.Slot, o.Element, o.Reveals, o.Costs.Txs, o.Costs.Gas, o.Ended-commits[s.addrs[i]], o.Ended-o.Opened, lost, o.Wall.Round(time.Millisecond))
		if commits[s.addrs[i]] == 0 {
			t.Errorf("no Committed event of node %d", i)
		}
	}
	final, err := s.client.FinalSet(ctx, s.run, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(final, []common.Address{s.addrs[0]}) {
		t.Errorf("final set of round 0 is %v, want only the honest node %s", final, s.addrs[0])
	}
	if m, err := s.client.Member(ctx, s.run, s.addrs[0]); err != nil || m.Stake.Cmp(stakeBefore[0]) != 0 {
		t.Errorf("the honest node's stake is %v (%v), want %s", m.Stake, err, stakeBefore[0])
	}
	log := s.tail()
	if !strings.Contains(log, "dispute ended") || !strings.Contains(log, "element=") {
		t.Errorf("the log names no dispute's end with its element:\n%s", log)
	}
	// The API's disputes (node 0's indexer, from the chain's events): each cheater's
	// conviction shows, challenger_won.
	shown := func() bool {
		won := map[common.Address]bool{}
		for _, d := range s.nodes[0].index.Disputes() {
			if d.State == "challenger_won" {
				won[d.Solver] = true
			}
		}
		return won[s.addrs[1]] && won[s.addrs[2]] && won[s.addrs[3]]
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !shown() {
		select {
		case <-ctx.Done():
			t.Fatalf("node 0's /v1/disputes never showed the three convictions: %+v", s.nodes[0].index.Disputes())
		case <-tick.C:
		}
	}
	// Events and metrics: each cheater lost as solver, its challenger won; the honest
	// node was never a solver.
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := 1; i <= 3; i++ {
		lost := false
		for _, e := range s.events[i] {
			lost = lost || (e.Kind == EventDisputeSettled && e.Role == "solver" && e.Result == "lost" && e.Verdict != "")
		}
		if !lost {
			t.Errorf("node %d reported no dispute it lost as solver: %+v", i, s.events[i])
		}
		if v := testutil.ToFloat64(s.nodes[i].metrics.Disputes.WithLabelValues("solver", "lost")); v < 1 {
			t.Errorf("node %d's metric of disputes lost as solver is %v", i, v)
		}
	}
	won := 0.0
	for i, n := range s.nodes {
		won += testutil.ToFloat64(n.metrics.Disputes.WithLabelValues("challenger", "won"))
		for _, e := range s.events[i] {
			if i == 0 && e.Role == "solver" {
				t.Errorf("the honest node was disputed: %+v", e)
			}
		}
	}
	if won < 3 {
		t.Errorf("the challengers' metrics count %v disputes won, want 3", won)
	}
	t.Logf("wall %s", time.Since(start).Round(time.Second))
}

// TestDisputeAfterRestart: a cheating solver (node 1) answers no dispute in its first
// process, which stops once its verifier opened a dispute against it; restarted on its data
// directory (answering now), its responder finds the dispute in the chain's history, replays the step from
// its store (θ_r by the recorded blob root) and posts it, and the challenger convicts it of
// the wrong element.
func TestDisputeAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with a restart")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	// The first process of node 1 does not answer disputes (as if it were down); it serves
	// its blobs and trace, so that its verifier can re-execute it.
	s := newSwarm4(t, ctx, []*Adversary{nil, {Ops: flipMatMul, Respond: func(dispute.Source) dispute.Source { return withheldWork{} }}, nil, nil})
	solver := s.addrs[1]
	s.drive(func() bool {
		n, err := s.client.DisputeCount(ctx)
		if err != nil || n == 0 {
			return false
		}
		d, err := s.client.Dispute(ctx, 1)
		return err == nil && d.Solver == solver
	})
	s.stop(1)
	opts := slices.Clone(s.opts[1][:len(s.opts[1])-1])
	s.opts[1] = append(opts, WithAdversary(Adversary{Ops: flipMatMul}))
	s.start(1)
	s.drive(func() bool {
		r, err := s.client.Round(ctx, s.run, 0)
		return err == nil && r.Finalized
	})
	o := s.outcome(solver)
	if o == nil || o.Class != "element" {
		t.Fatalf("outcome %+v, want a wrong element conviction\n%s", o, s.tail())
	}
	if st, err := s.client.Status(ctx, s.run, 0, solver); err != nil || st != ledger.StatusConvicted {
		t.Fatalf("the solver's contribution is %v (%v), want convicted", st, err)
	}
	s.mu.Lock()
	posts := s.nodes[1].responder.Stats().Posts
	s.mu.Unlock()
	if posts == 0 {
		t.Fatalf("the restarted solver posted no step\n%s", s.tail())
	}
	t.Logf("convicted after the restart: dispute %d, record %d, element %d, %d transactions, %d gas; the restarted responder posted %d steps",
		o.Dispute, o.Record, o.Element, o.Costs.Txs, o.Costs.Gas, posts)
}

// TestFalseChallengeInTheSwarm: every node computes its own contribution honestly but
// re-executes others' with an engine that changes an element of every matrix product (a
// verifier that believes a wrong result), so every contribution is challenged falsely by
// its assigned verifier: each dispute ends solver_right, no solver is slashed or convicted.
func TestFalseChallengeInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with false challenges")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	a := &Adversary{Check: flipMatMul}
	s := newSwarm4(t, ctx, []*Adversary{a, a, a, a})
	before := map[common.Address]*big.Int{}
	for _, addr := range s.addrs {
		m, err := s.client.Member(ctx, s.run, addr)
		if err != nil {
			t.Fatal(err)
		}
		before[addr] = m.Stake
	}
	s.drive(func() bool {
		r, err := s.client.Round(ctx, s.run, 0)
		return err == nil && r.Finalized
	})
	s.mu.Lock()
	outs := slices.Clone(s.outcomes)
	s.mu.Unlock()
	if len(outs) == 0 {
		t.Fatalf("no false challenge ended\n%s", s.tail())
	}
	for _, o := range outs {
		d, err := s.client.Dispute(ctx, o.Dispute)
		if err != nil {
			t.Fatal(err)
		}
		if o.Verdict != ledger.OutcomeSolverRight {
			t.Errorf("a false challenge of %s ended %s (%s), want solver_right", d.Solver, o.Verdict, o.Class)
		}
		t.Logf("false challenge of %s: %s, %d transactions, %d gas, %d chain seconds open to end", d.Solver, o.Verdict, o.Costs.Txs, o.Costs.Gas, o.Ended-o.Opened)
	}
	for i, addr := range s.addrs {
		m, err := s.client.Member(ctx, s.run, addr)
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.client.Status(ctx, s.run, 0, addr)
		if err != nil {
			t.Fatal(err)
		}
		if m.Stake.Cmp(before[addr]) != 0 || st == ledger.StatusConvicted {
			t.Errorf("node %d: stake %s (before %s), status %v after false challenges", i, m.Stake, before[addr], st)
		}
	}
}

// replayedWork is a responder's source whose replayer is wrapped: a solver that answers
// disputes from other replays than the honest ones.
type replayedWork struct {
	dispute.Source
	wrap func(dispute.Replayer) dispute.Replayer
}

func (w replayedWork) Work(ctx context.Context, run ledger.RunID, r uint64) (*dispute.Work, error) {
	wk, err := w.Source.Work(ctx, run, r)
	if err != nil {
		return nil, err
	}
	c := *wk
	c.Replayer = w.wrap(wk.Replayer)
	return &c, nil
}

// truncatedWork is a responder's source whose replays keep the first half of each step's
// records: the solver posts a truncated op-level trace.
func truncatedWork(src dispute.Source) dispute.Source {
	return replayedWork{src, func(r dispute.Replayer) dispute.Replayer { return truncatingReplayer{r} }}
}

type truncatingReplayer struct{ dispute.Replayer }

func (t truncatingReplayer) Replay(s *compute.State, r uint64, p []byte) (*compute.Replayed, error) {
	rp, err := t.Replayer.Replay(s, r, p)
	if err != nil {
		return nil, err
	}
	out := *rp
	n := len(rp.Records) / 2
	out.Records, out.Ops = rp.Records[:n], rp.Ops[:n]
	hashes := make([]verify.Hash, n)
	for i := range out.Records {
		hashes[i] = out.Records[i].Hash()
	}
	out.StepRoot = verify.StepRoot(hashes)
	return &out, nil
}

// TestTruncatedTraceInTheSwarm: a cheating solver (node 1, an element changed at every
// matrix product) posts, when disputed, a truncated op-level trace (half the records of the
// step); its assigned verifier convicts it of the wrong program by the posted record count,
// and it is slashed and leaves the final set.
func TestTruncatedTraceInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with a dispute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	s := newSwarm4(t, ctx, []*Adversary{nil,
		{Ops: flipMatMul, Respond: func(src dispute.Source) dispute.Source { return truncatedWork(src) }}, nil, nil})
	solver := s.addrs[1]
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
		t.Fatalf("no challenge of node 1 ended\n%s", s.tail())
	}
	if o.Class != "program" || o.Verdict != ledger.OutcomeWrongProgram {
		t.Errorf("node 1 convicted as %q (%s), want program (wrong_program)", o.Class, o.Verdict)
	}
	_, slashed := s.convicted(1, before.Stake)
	t.Logf("node 1: verdict %s (%s), step %d, %d transactions, %d gas, %d chain seconds from open to end; slashed %s wei",
		o.Verdict, o.Class, o.Step, o.Costs.Txs, o.Costs.Gas, o.Ended-o.Opened, slashed)
}

// rootsOnlyTrace is a trace server's source that serves a contribution's step roots
// but no step's records.
type rootsOnlyTrace struct{ trace.Source }

func (rootsOnlyTrace) Step(context.Context, trace.Key, uint32) (*trace.Step, error) {
	return nil, trace.ErrNotFound
}

// silentWork is a responder's source whose replays keep each step's op-level root and
// record count but not its records: the solver posts its step when disputed and then cannot
// answer a single reveal (a solver that withholds its records).
func silentWork(src dispute.Source) dispute.Source {
	return replayedWork{src, func(r dispute.Replayer) dispute.Replayer { return silentReplayer{r} }}
}

type silentReplayer struct{ dispute.Replayer }

func (s silentReplayer) Replay(st *compute.State, r uint64, p []byte) (*compute.Replayed, error) {
	rp, err := s.Replayer.Replay(st, r, p)
	if err != nil {
		return nil, err
	}
	// Each record keeps its kind and shape, with its first output root changed: a record
	// the solver can send but that never proves against its posted root, so every reveal
	// it tries fails (at gas estimation, before a transaction).
	recs := make([]verify.Record, len(rp.Records))
	for i, r := range rp.Records {
		r.Outputs = slices.Clone(r.Outputs)
		r.Outputs[0][0] ^= 0xff
		recs[i] = r
	}
	return &compute.Replayed{StepRoot: rp.StepRoot, GradRoot: rp.GradRoot, Grads: rp.Grads, Records: recs, Ops: rp.Ops}, nil
}

// TestRevealTimeoutInTheSwarm: a cheating solver (node 1, an element changed at every
// matrix product) serves its step roots but no records peer to peer and, when disputed,
// posts its step but answers no reveal; its assigned verifier narrows by forced reveals on
// chain, and the first unanswered one convicts it once the reveal window has passed
// (reveal_timeout).
func TestRevealTimeoutInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with a dispute")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	s := newSwarm4(t, ctx, []*Adversary{nil,
		{Ops: flipMatMul, Trace: func(src trace.Source) trace.Source { return rootsOnlyTrace{src} },
			Respond: func(src dispute.Source) dispute.Source { return silentWork(src) }}, nil, nil})
	solver := s.addrs[1]
	s.timeouts[solver], s.posts[solver] = true, true
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
		t.Fatalf("no challenge of node 1 ended\n%s", s.tail())
	}
	if o.Class != "reveal timeout" || o.Verdict != ledger.OutcomeRevealTimeout {
		t.Errorf("node 1 convicted as %q (%s), want reveal timeout (reveal_timeout)", o.Class, o.Verdict)
	}
	d, err := s.client.Dispute(ctx, o.Dispute)
	if err != nil {
		t.Fatal(err)
	}
	if d.StepRoot == [32]byte{} {
		t.Errorf("the solver's step is not posted: not a reveal timeout")
	}
	if st := s.nodes[1].responder.Stats(); st.Posts == 0 || st.Reveals != 0 {
		t.Errorf("the solver's responder posted %d steps and revealed %d records, want a post and no reveal", st.Posts, st.Reveals)
	}
	_, slashed := s.convicted(1, before.Stake)
	commit := s.commitTime(solver)
	t.Logf("node 1: verdict %s (%s), step %d, reveals %d: %d transactions, %d gas, %d chain seconds from commit to conviction (%d from open to end); slashed %s wei",
		o.Verdict, o.Class, o.Step, o.Reveals, o.Costs.Txs, o.Costs.Gas, o.Ended-commit, o.Ended-o.Opened, slashed)
}

// convicted checks that node i's round-0 contribution (the round is final) is convicted,
// that node i's stake fell below before, and that it is not in the final set; it returns
// the final set and the stake node i lost.
func (s *swarm4) convicted(i int, before *big.Int) ([]common.Address, *big.Int) {
	s.t.Helper()
	solver := s.addrs[i]
	if st, err := s.client.Status(s.ctx, s.run, 0, solver); err != nil || st != ledger.StatusConvicted {
		s.t.Errorf("node %d's contribution is %v (%v), want convicted", i, st, err)
	}
	after, err := s.client.Member(s.ctx, s.run, solver)
	if err != nil {
		s.t.Fatal(err)
	}
	if after.Stake.Cmp(before) >= 0 {
		s.t.Errorf("node %d's stake %s after its conviction, %s before: not slashed", i, after.Stake, before)
	}
	final, err := s.client.FinalSet(s.ctx, s.run, 0)
	if err != nil {
		s.t.Fatal(err)
	}
	if slices.Contains(final, solver) {
		s.t.Errorf("the convicted node %d is in the final set %v", i, final)
	}
	return final, new(big.Int).Sub(before, after.Stake)
}

// commitTime returns the block time of author's Committed event (0 if none).
func (s *swarm4) commitTime(author common.Address) uint64 {
	s.t.Helper()
	evs, err := ledger.History[ledger.Committed](s.ctx, s.client, 0, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	for _, e := range evs {
		if e.Peer != author {
			continue
		}
		h, err := s.dc.Client().HeaderByNumber(s.ctx, new(big.Int).SetUint64(e.Raw.BlockNumber))
		if err != nil {
			s.t.Fatal(err)
		}
		return h.Time
	}
	return 0
}
