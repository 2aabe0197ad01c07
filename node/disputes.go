package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// maxChallenges bounds the challenges a node runs at once (each holds a recomputation and
// its replays in memory); a mismatch found while that many run waits for one to end.
const maxChallenges = 2

// models remembers the transport root of θ_r's blob for every round the node contributed
// to in this process (the store records it too, store.SetModelOf, for a restarted node; it
// keeps the blob itself until the round is final): what the trace server and the responder
// replay from.
type models struct {
	mu sync.Mutex
	by map[uint64]swarm.Root
}

func (m *models) set(r uint64, blob []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.by == nil {
		m.by = map[uint64]swarm.Root{}
	}
	m.by[r] = swarm.RootOf(blob)
}

func (m *models) get(r uint64) (swarm.Root, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	root, ok := m.by[r]
	return root, ok
}

// startCompute builds the run's compute (node/roundcompute), with an adversary's tamper
// on its own contribution and replays, if any.
func (n *Node) startCompute(context.Context) (func() error, error) {
	var opts []roundcompute.Option
	if n.o.adversary.Ops != nil {
		opts = append(opts, roundcompute.WithOwnObserver(n.o.adversary.Ops))
	}
	if n.o.adversary.Check != nil {
		opts = append(opts, roundcompute.WithCheckObserver(n.o.adversary.Check))
	}
	comp, err := roundcompute.New(n.runCfg, n.run, n.key.Address, repops.MustEngine(), opts...)
	if err != nil {
		return nil, err
	}
	n.comp = comp
	return nil, nil
}

// work is what the node committed to round r, as dispute.Work: θ_r from the stored model
// blob, the stored payloads and step roots, and the run's replayer (the node's own engine).
func (n *Node) work(r uint64) (*dispute.Work, error) {
	p, err := n.store.Reload(n.run, r)
	if err != nil {
		return nil, fmt.Errorf("contribution of round %d: %w", r, err)
	}
	if !p.Committed {
		return nil, fmt.Errorf("contribution of round %d: %w: not committed", r, store.ErrNotFound)
	}
	root, ok := n.models.get(r)
	if !ok {
		if root, err = n.store.ModelOf(n.run, r); err != nil {
			return nil, fmt.Errorf("θ_%d: %w", r, err)
		}
	}
	blob, err := n.store.Blob(root)
	if err != nil {
		return nil, fmt.Errorf("θ_%d: %w", r, err)
	}
	s, err := n.comp.State(blob)
	if err != nil {
		return nil, fmt.Errorf("θ_%d: %w", r, err)
	}
	w := &dispute.Work{Replayer: replayer{n.comp}, Model: s, Round: r, Payloads: p.Payloads}
	for _, sr := range p.StepRoots {
		w.StepRoots = append(w.StepRoots, verify.Hash(sr))
	}
	return w, nil
}

// replayer replays through the node's compute: its own engine, like its contribution.
type replayer struct{ c *roundcompute.Compute }

func (r replayer) Replay(s *compute.State, round uint64, payload []byte) (*compute.Replayed, error) {
	return r.c.ReplayState(s, round, payload)
}

// workSource is the responder's dispute.Source over the node's store.
type workSource struct{ n *Node }

// Work implements dispute.Source.
func (w workSource) Work(_ context.Context, run ledger.RunID, r uint64) (*dispute.Work, error) {
	if swarm.RunID(run) != w.n.run {
		return nil, fmt.Errorf("run %x: not this node's run", run)
	}
	return w.n.work(r)
}

// traceSource is the trace server's Source: this node's own committed contributions of its
// run, each step rebuilt by replay.
type traceSource struct{ n *Node }

func (t traceSource) own(k trace.Key) error {
	if k.Run != t.n.run || k.Author != t.n.key.Address {
		return fmt.Errorf("%w: %s is not this node's contribution", trace.ErrNotFound, k)
	}
	return nil
}

// StepRoots implements trace.Source from the stored record.
func (t traceSource) StepRoots(_ context.Context, k trace.Key) ([]verify.Hash, error) {
	if err := t.own(k); err != nil {
		return nil, err
	}
	rec, err := t.n.store.Contribution(t.n.run, k.Round)
	if err != nil || !rec.Committed {
		return nil, fmt.Errorf("%w: no committed contribution to round %d", trace.ErrNotFound, k.Round)
	}
	out := make([]verify.Hash, len(rec.StepRoots))
	for i, r := range rec.StepRoots {
		out[i] = verify.Hash(r)
	}
	return out, nil
}

// Step implements trace.Source by replay.
func (t traceSource) Step(_ context.Context, k trace.Key, step uint32) (*trace.Step, error) {
	if err := t.own(k); err != nil {
		return nil, err
	}
	w, err := t.n.work(k.Round)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", trace.ErrNotFound, err)
	}
	if int(step) >= len(w.Payloads) {
		return nil, fmt.Errorf("%w: step %d of %d", trace.ErrNotFound, step, len(w.Payloads))
	}
	rep, err := w.Replayer.Replay(w.Model, k.Round, w.Payloads[step])
	if err != nil {
		return nil, fmt.Errorf("replay step %d of round %d: %w", step, k.Round, err)
	}
	out := &trace.Step{Records: rep.Records, Ops: rep.Ops}
	if len(rep.Grads) == len(w.Model.Params) {
		for i, g := range rep.Grads {
			out.Outputs.Names = append(out.Outputs.Names, verify.GradName(w.Model.Params[i].Name))
			out.Outputs.Roots = append(out.Outputs.Roots, verify.TensorRoot(g))
		}
	}
	return out, nil
}

// startTrace serves this node's committed traces (/apiary/trace/1.0.0), through an
// adversary's wrapper if any, and sets up the client challenges fetch with.
func (n *Node) startTrace(context.Context) (func() error, error) {
	var src trace.Source = traceSource{n}
	if n.o.adversary.Trace != nil {
		src = n.o.adversary.Trace(src)
	}
	srv, err := trace.NewServer(n.host, src, trace.WithServerPrometheus(n.registerer()), trace.WithServerLogger(n.log))
	if err != nil {
		return nil, err
	}
	cl, err := trace.NewClient(n.host, trace.WithClientLogger(n.log))
	if err != nil {
		return nil, errors.Join(err, srv.Close())
	}
	n.traceCl = cl
	return srv.Close, nil
}

// startDisputes runs the responder (answers disputes against this node's contributions,
// read from the chain's history at every block, so disputes opened while the node was down
// are answered after a restart) and readies the challenger the engine's Mismatch hook
// starts. Every committed round in the store is watched again at start.
func (n *Node) startDisputes(ctx context.Context) (func() error, error) {
	log := n.log.With("component", "dispute")
	var src dispute.Source = workSource{n}
	if n.o.adversary.Respond != nil {
		src = n.o.adversary.Respond(src)
	}
	heads := dispute.WithHeads(n.chain.Heads())
	opts := []dispute.Option{dispute.WithLogger(log), dispute.WithFromBlock(n.deployBlock), heads}
	resp, err := dispute.NewResponder(n.client, src, opts...)
	if err != nil {
		return nil, err
	}
	ch, err := dispute.NewChallenger(n.client, dispute.WithLogger(log), heads)
	if err != nil {
		return nil, err
	}
	recs, err := n.store.Contributions(n.run)
	if err != nil {
		return nil, fmt.Errorf("committed rounds: %w", err)
	}
	for _, rec := range recs {
		if rec.Committed {
			if err := resp.Watch(ctx, ledger.RunID(n.run), rec.Round); err != nil {
				return nil, err
			}
		}
	}
	n.responder, n.challenger = resp, ch
	bg, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n.challenges = &challenges{ctx: bg, slots: make(chan struct{}, maxChallenges)}
	run := resp.Run
	if n.o.adversary.Answer != nil {
		run = n.o.adversary.Answer(resp)
	}
	stopResp := background(bg, run, n.fail("dispute responder"))
	return func() error {
		cancel()
		n.challenges.wg.Wait()
		return stopResp()
	}, nil
}

// challenges tracks the node's running challenges.
type challenges struct {
	ctx   context.Context
	slots chan struct{}
	wg    sync.WaitGroup

	mu       sync.Mutex
	inFlight map[common.Address]int // solvers being challenged
}

func (c *challenges) add(solver common.Address, d int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inFlight == nil {
		c.inFlight = map[common.Address]int{}
	}
	c.inFlight[solver] += d
	if c.inFlight[solver] <= 0 {
		delete(c.inFlight, solver)
	}
}

// challenging returns the solvers this node is challenging now (a test's clock driver
// does not move chain time under a challenge that still works).
func (n *Node) challenging() []common.Address {
	c := n.challenges
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []common.Address
	for a := range c.inFlight {
		out = append(out, a)
	}
	return out
}

// disputesClock reports what the node's dispute services still have to do before the chain
// moves (head is the newest head the node saw): done is false while the responder has not
// passed over head, a challenge works, or a waiting challenge has not read head yet; until is
// the earliest chain time a waiting challenge waits for (0: none waits).
func (n *Node) disputesClock(head uint64) (respHead uint64, calls, waiting int, until uint64, done bool) {
	done = true
	// A responder replaced by an adversary's (node.Adversary.Answer) may stop passing on
	// purpose: going silent is its cheat, and the clock must not wait for it.
	if n.responder != nil {
		respHead = n.responder.Head()
		if n.o.adversary.Answer == nil && respHead < head {
			done = false
		}
	}
	if n.challenger == nil {
		return respHead, 0, 0, 0, done
	}
	p := n.challenger.Progress()
	inFlight := 0
	if c := n.challenges; c != nil {
		c.mu.Lock()
		for _, k := range c.inFlight {
			inFlight += k
		}
		c.mu.Unlock()
	}
	switch {
	case p.Working > 0:
		done = false
	case p.Waiting > 0 && p.Checked < head:
		done = false
	case inFlight > p.Calls && p.Calls < maxChallenges:
		done = false // a mismatch handed over, its challenge not started yet
	}
	return respHead, max(p.Calls, inFlight), p.Waiting, p.Until, done
}

// watchCommitted tells the responder that the node committed to round r.
func (n *Node) watchCommitted(ctx context.Context, r uint64) {
	if n.responder == nil {
		return
	}
	if err := n.responder.Watch(ctx, ledger.RunID(n.run), r); err != nil {
		n.log.Warn("watch a committed round for disputes", "component", "dispute", "round", r, "err", err)
	}
}

// mismatch is the engine's Mismatch hook: it starts a challenge of the contribution in the
// background (at most maxChallenges at once; stopped when the node closes).
func (n *Node) mismatch(m round.Mismatch) {
	cs := n.challenges
	if cs == nil || cs.ctx.Err() != nil {
		return
	}
	n.log.Warn("re-execution differs from the commitment: disputing", "component", "dispute", "round", m.Round,
		"solver", m.Committed.Author, "err", m.Err)
	cs.wg.Add(1)
	cs.add(m.Committed.Author, 1)
	go func() {
		defer cs.wg.Done()
		defer cs.add(m.Committed.Author, -1)
		select {
		case cs.slots <- struct{}{}:
		case <-cs.ctx.Done():
			return
		}
		defer func() { <-cs.slots }()
		if err := n.challenge(cs.ctx, m); err != nil && cs.ctx.Err() == nil {
			n.log.Warn("dispute failed", "component", "dispute", "round", m.Round, "solver", m.Committed.Author, "err", err)
		}
	}()
}

// challenge builds the Case of a mismatch and drives it to a verdict.
func (n *Node) challenge(ctx context.Context, m round.Mismatch) error {
	run := ledger.RunID(n.run)
	cm, err := n.client.Commitment(ctx, run, m.Round, m.Committed.Author)
	if err != nil {
		return fmt.Errorf("read the commitment: %w", err)
	}
	if bg := (*round.BadGroup)(nil); errors.As(m.Err, &bg) {
		return n.challengeReward(ctx, m, cm, bg.Step)
	}
	s, honest, err := n.comp.Recompute(m.Round, m.Model, m.Batch)
	if err != nil {
		return err
	}
	update, err := n.comp.DecodeUpdate(m.Update)
	if err != nil {
		update = nil // an undecodable update: the dispute is about the trace (or the update root)
	}
	cs := &dispute.Case{Run: run, Round: m.Round, Solver: m.Committed.Author, Commitment: cm, Compute: n.comp.Run(),
		Model: s, Payloads: m.Batch, Honest: honest, Update: update,
		Trace: &peerTrace{cl: n.traceCl, peers: authorsFirst(m.Committed.Author, m.Providers),
			key: trace.Key{Run: n.run, Round: m.Round, Author: m.Committed.Author}}}
	n.metrics.Disputes.WithLabelValues("challenger", "started").Inc()
	out, err := n.challenger.Challenge(ctx, cs)
	if out == nil {
		return err
	}
	n.log.Info("dispute ended", "component", "dispute", "round", m.Round, "solver", m.Committed.Author,
		"dispute", out.Dispute, "verdict", out.Verdict.String(), "class", out.Class, "step", out.Step,
		"record", out.Record, "slot", out.Slot, "element", out.Element, "reveals", out.Reveals,
		"txs", out.Costs.Txs, "gas", out.Costs.Gas, "chain_seconds", out.Ended-out.Opened, "wall", out.Wall)
	n.lastOutcome(out)
	return err
}

// challengeReward disputes group step of a mismatch's batch with a wrong-reward proof
// (the chain recomputes the group's problem and rewards): no re-execution, no trace.
func (n *Node) challengeReward(ctx context.Context, m round.Mismatch, cm ledger.Commitment, step int) error {
	groups := make([]verify.Hash, len(m.Manifest))
	for k, e := range m.Manifest {
		groups[k] = verify.Hash(e.GroupRoot)
	}
	cs := &dispute.RewardCase{Run: ledger.RunID(n.run), Round: m.Round, Solver: m.Committed.Author, Commitment: cm,
		Compute: n.comp.Run(), Payloads: m.Batch, GroupRoots: groups, Step: step}
	n.metrics.Disputes.WithLabelValues("challenger", "started").Inc()
	out, err := n.challenger.ChallengeReward(ctx, cs)
	if out == nil {
		return err
	}
	n.log.Info("dispute ended", "component", "dispute", "round", m.Round, "solver", m.Committed.Author,
		"dispute", out.Dispute, "verdict", out.Verdict.String(), "class", out.Class, "step", out.Step,
		"txs", out.Costs.Txs, "gas", out.Costs.Gas, "chain_seconds", out.Ended-out.Opened, "wall", out.Wall)
	n.lastOutcome(out)
	return err
}

// lastOutcome hands a challenge's outcome to the test hook, if any.
func (n *Node) lastOutcome(out *dispute.Outcome) {
	if n.o.outcomes != nil {
		n.o.outcomes(out)
	}
}

// authorsFirst orders the providers: the peers whose key is the author's first (only the
// author serves its trace), then the others.
func authorsFirst(author common.Address, ps []peer.ID) []peer.ID {
	var first, rest []peer.ID
	for _, p := range ps {
		if a, err := swarm.AddressOf(p); err == nil && a == author {
			first = append(first, p)
		} else {
			rest = append(rest, p)
		}
	}
	return append(first, rest...)
}

// peerTrace is a dispute.Trace over the trace protocol, bound to one contribution and the
// peers that may serve it (tried in order; the first checked answer wins).
type peerTrace struct {
	cl    *trace.Client
	peers []peer.ID
	key   trace.Key
}

func try[T any](ctx context.Context, t *peerTrace, f func(p peer.ID) (T, error)) (T, error) {
	var zero T
	var errs []error
	for _, p := range t.peers {
		v, err := f(p)
		if err == nil {
			return v, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", p.ShortString(), err))
		if ctx.Err() != nil {
			break
		}
	}
	if len(errs) == 0 {
		errs = append(errs, errors.New("no peer to ask"))
	}
	return zero, fmt.Errorf("%w: %w", dispute.ErrWithheld, errors.Join(errs...))
}

// StepRoots implements dispute.Trace.
func (t *peerTrace) StepRoots(ctx context.Context, traceRoot verify.Hash) ([]verify.Hash, error) {
	return try(ctx, t, func(p peer.ID) ([]verify.Hash, error) { return t.cl.StepRoots(ctx, p, t.key, traceRoot) })
}

// RecordHashes implements dispute.Trace.
func (t *peerTrace) RecordHashes(ctx context.Context, step uint32, stepRoot verify.Hash) ([]verify.Hash, error) {
	return try(ctx, t, func(p peer.ID) ([]verify.Hash, error) { return t.cl.RecordHashes(ctx, p, t.key, step, stepRoot) })
}

// Records implements dispute.Trace.
func (t *peerTrace) Records(ctx context.Context, step uint32, idx []uint32, hashes []verify.Hash) ([]verify.Record, error) {
	return try(ctx, t, func(p peer.ID) ([]verify.Record, error) { return t.cl.Records(ctx, p, t.key, step, idx, hashes) })
}

// StepOutputs implements dispute.OutputTrace: the tensor roots of the step's grad.<p>,
// checked against s_k by the trace client.
func (t *peerTrace) StepOutputs(ctx context.Context, step uint32, stepOutput verify.Hash) ([]verify.Hash, error) {
	set, err := try(ctx, t, func(p peer.ID) (verify.NamedSet, error) { return t.cl.StepOutputs(ctx, p, t.key, step, stepOutput) })
	return set.Roots, err
}

var _ dispute.OutputTrace = (*peerTrace)(nil)

// Range implements dispute.Trace.
func (t *peerTrace) Range(ctx context.Context, step, record, slot uint32, lo, hi int, root verify.Hash) (verify.TensorRange, error) {
	return try(ctx, t, func(p peer.ID) (verify.TensorRange, error) {
		return t.cl.Range(ctx, p, t.key, step, record, slot, lo, hi, root)
	})
}

// disputeWatch turns the indexer's disputes (chain events) that involve this node into
// metrics (opened, won, lost, by role) and events, each once.
type disputeWatch struct {
	mu     sync.Mutex
	opened map[uint64]bool
	ended  map[uint64]bool
}

// synced looks at the indexer state after a sync.
func (n *Node) disputesSynced(st *indexer.State) {
	me := n.key.Address
	w := &n.dwatch
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.opened == nil {
		w.opened, w.ended = map[uint64]bool{}, map[uint64]bool{}
	}
	ids := make([]uint64, 0, len(st.Disputes))
	for id := range st.Disputes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		d := st.Disputes[id]
		role := ""
		switch me {
		case d.Solver:
			role = "solver"
		case d.Challenger:
			role = "challenger"
		default:
			continue
		}
		if !w.opened[id] {
			w.opened[id] = true
			n.metrics.Disputes.WithLabelValues(role, "opened").Inc()
			n.track.event(Event{Kind: EventDisputeOpened, Round: d.Round, Dispute: id, Role: role,
				Solver: d.Solver.Hex(), Challenger: d.Challenger.Hex(), Step: d.Step})
		}
		if d.Resolved && !w.ended[id] {
			w.ended[id] = true
			res := "superseded"
			switch d.Winner {
			case me:
				res = "won"
			case d.Solver, d.Challenger:
				res = "lost"
			}
			n.metrics.Disputes.WithLabelValues(role, res).Inc()
			ev := Event{Kind: EventDisputeSettled, Round: d.Round, Dispute: id, Role: role, Result: res,
				Verdict: ledger.Outcome(d.Outcome).String(), Solver: d.Solver.Hex(), Challenger: d.Challenger.Hex(), Step: d.Step}
			if d.Slashed != nil {
				ev.Slashed = d.Slashed.String()
			}
			n.track.event(ev)
		}
	}
}
