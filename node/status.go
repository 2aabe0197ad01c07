package node

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/metrics"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
	"github.com/apiary-rl/apiary/verify/payload"
)

// tracker is the node's view of itself for the API, the metrics and `swarm join`'s output:
// the round and stage the engine is in, the models it played, its curve. The engine's
// hooks and the write-ahead wrappers feed it; a small locked type, as the hooks run on the
// engine's goroutines.
type tracker struct {
	st   *store.Store
	run  swarm.RunID
	m    *metrics.Metrics
	emit func(Event)

	mu      sync.Mutex
	round   uint64
	cur     store.Stage
	model   swarm.Root
	curve   map[uint64]api.CurvePoint
	lastErr error
	held    *heldOut // nil until the run config is known
}

func newTracker(st *store.Store, run swarm.RunID, m *metrics.Metrics, emit func(Event)) *tracker {
	return &tracker{st: st, run: run, m: m, emit: emit, curve: map[uint64]api.CurvePoint{}}
}

// event stamps and emits e with the node's round and stage.
func (t *tracker) event(e Event) {
	if e.Time.IsZero() {
		e.Time = time.Now().UTC()
	}
	if t.emit != nil {
		t.emit(e)
	}
}

// stage records that the engine entered stage s of round r and persists the round state.
func (t *tracker) stage(r uint64, s store.Stage) {
	t.mu.Lock()
	changed := t.round != r || t.cur != s
	t.round, t.cur = r, s
	model := t.model
	t.mu.Unlock()
	if !changed {
		return
	}
	t.m.Round.Set(float64(r))
	t.persist(store.RoundState{Round: r, Stage: s, Model: model})
	t.event(Event{Kind: EventStage, Round: r, Stage: s.String()})
}

// stageOnly moves the stage within the current round.
func (t *tracker) stageOnly(s store.Stage) {
	t.mu.Lock()
	r := t.round
	t.mu.Unlock()
	t.stage(r, s)
}

func (t *tracker) persist(s store.RoundState) {
	if t.st == nil {
		return
	}
	if err := t.st.SetRoundState(t.run, s); err != nil {
		t.mu.Lock()
		t.lastErr = err
		t.mu.Unlock()
	}
}

// evaluate puts the held-out figures of θ_{r+1} (root next) in round r's curve point, when
// the node holds that model.
func (t *tracker) evaluate(r uint64, next swarm.Root) {
	t.mu.Lock()
	h := t.held
	t.mu.Unlock()
	if h == nil {
		return
	}
	acc, rew, ok, err := h.score(next)
	t.mu.Lock()
	defer t.mu.Unlock()
	if err != nil {
		t.lastErr = err
		return
	}
	if !ok {
		return
	}
	p := t.curve[r]
	p.Round, p.Accuracy, p.EvalReward, p.Evaluated = r, acc, rew, true
	t.curve[r] = p
}

// rollouts records the mean claimed reward of the node's own rollouts of round r, and the
// share of its completions with full reward, as the round's curve point.
func (t *tracker) rollouts(r uint64, payloads [][]byte) {
	var sum float64
	n, full := 0, 0
	for _, b := range payloads {
		p, err := payload.Decode(b)
		if err != nil {
			continue
		}
		for _, v := range p.RewardValues() {
			sum += float64(v)
			n++
			if v >= 1 {
				full++
			}
		}
	}
	if n == 0 {
		return
	}
	t.mu.Lock()
	p := t.curve[r]
	p.Round, p.Reward, p.RolloutAccuracy = r, sum/float64(n), float64(full)/float64(n)
	t.curve[r] = p
	t.mu.Unlock()
}

// commitResult counts a commit transaction.
func (t *tracker) commitResult(err error) {
	if err != nil {
		t.m.Commits.WithLabelValues("error").Inc()
		return
	}
	t.m.Commits.WithLabelValues("ok").Inc()
}

// committed reports the node's commitment to round r.
func (t *tracker) committed(r uint64, c swarm.Commitment) {
	t.event(Event{Kind: EventCommitted, Round: r, Update: c.UpdateRoot.String(), Committed: true})
}

// hooks returns the engine hooks that feed the tracker and the metrics.
func (t *tracker) hooks() round.Hooks {
	return round.Hooks{
		Round: func(res round.Result) {
			t.mu.Lock()
			t.round, t.cur, t.model = res.Round+1, store.StageRollouts, res.Next
			t.mu.Unlock()
			t.persist(store.RoundState{Round: res.Round + 1, Stage: store.StageRollouts, Model: res.Next})
			t.evaluate(res.Round, res.Next)
			result := "skipped"
			if res.Committed {
				result = "committed"
			}
			t.m.Rounds.WithLabelValues(result).Inc()
			t.m.Verifications.WithLabelValues("match").Add(float64(res.Attested))
			t.m.Verifications.WithLabelValues("mismatch").Add(float64(res.Verified - res.Attested))
			t.m.Verifications.WithLabelValues("whistleblower_match").Add(float64(res.Whistled - res.Mismatched))
			t.m.Verifications.WithLabelValues("whistleblower_mismatch").Add(float64(res.Mismatched))
			t.event(Event{Kind: EventRound, Round: res.Round, Model: res.Model.String(), Next: res.Next.String(),
				Committed: res.Committed, Adopted: res.Adopted, Verified: res.Verified, Attested: res.Attested,
				Whistled: res.Whistled, Aggregated: res.Aggregated})
		},
		Published: func(m wire.Message) {
			t.m.Gossip.WithLabelValues(m.Kind().String(), "out").Inc()
		},
		Received: func(r gossip.Received) {
			t.m.Gossip.WithLabelValues(r.Msg.Kind().String(), "in").Inc()
		},
	}
}

// position returns the round, stage and model the engine last reported.
func (t *tracker) position() (uint64, store.Stage, swarm.Root) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.round, t.cur, t.model
}

// points returns the curve in round order.
func (t *tracker) points() []api.CurvePoint {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]api.CurvePoint, 0, len(t.curve))
	for _, p := range t.curve {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b api.CurvePoint) int { return int(a.Round) - int(b.Round) })
	return out
}

// apiNode implements api.Node for a running node.
type apiNode struct{ n *Node }

var _ api.Node = apiNode{}

// Status is the node's state: the round and stage by chain time, its connected peers, and
// the root of the model it plays the round with.
func (a apiNode) Status(ctx context.Context) (api.Status, error) {
	n := a.n
	peers := n.connectedPeers()
	n.metrics.Peers.Set(float64(len(peers)))
	r, _, model := n.track.position()
	now := n.chain.Clock().Now()
	cur := n.chain.Schedule().RoundAt(now)
	if cur != r {
		model = swarm.Root{}
	}
	head, _ := n.chain.Heads().Head()
	var headNum uint64
	if head != nil {
		headNum = head.Number.Uint64()
	}
	var indexed uint64
	if n.index != nil {
		indexed = n.index.Cursor().Block
	}
	return api.Status{Address: n.key.Address, PeerID: n.host.ID().String(), Run: common.Hash(n.run),
		Round: cur, Stage: stageAt(n.chain.Schedule(), now), Peers: len(peers), ModelRoot: common.Hash(model),
		ChainHead: headNum, IndexedTo: indexed, Version: n.o.version, Clock: n.clockStatus(headNum)}, ctx.Err()
}

// clockStatus reports what the node waits for on the chain, head being the newest head it
// saw. The readings are taken one after the other, not atomically: a driver acts on them
// only when it has seen the same idle state with the chain's head unchanged (docs/NODE.md).
func (n *Node) clockStatus(head uint64) api.ClockStatus {
	var cs api.ClockStatus
	waiters, earliest, _ := n.chain.Clock().Waiting()
	cs.Now = unixSeconds(n.chain.Clock().Now())
	cs.Waiters, cs.BeaconWaiters = waiters, n.chain.BeaconWaiters()
	if waiters > 0 {
		cs.WaitUntil = unixSeconds(earliest)
	}
	keeperDone := true
	if n.keeper != nil {
		cs.KeeperHead, cs.KeeperWaitsBlock = n.keeper.Settled()
		keeperDone = cs.KeeperHead >= head
	}
	var disputesDone bool
	var until uint64
	cs.ResponderHead, cs.Challenges, cs.ChallengesWaiting, until, disputesDone = n.disputesClock(head)
	if until > 0 {
		cs.Waiters++
		if cs.WaitUntil == 0 || until < cs.WaitUntil {
			cs.WaitUntil = until
		}
	}
	cs.Idle = keeperDone && disputesDone && (cs.Waiters > 0 || cs.BeaconWaiters > 0)
	return cs
}

// unixSeconds is t in Unix seconds, 0 before 1970.
func unixSeconds(t time.Time) uint64 {
	if t.Unix() < 0 {
		return 0
	}
	return uint64(t.Unix())
}

// Peers lists the peers the host is connected to that speak for a run member.
func (a apiNode) Peers(ctx context.Context) ([]api.Peer, error) {
	n := a.n
	var out []api.Peer
	for _, id := range n.host.Peerstore().Peers() {
		if id == n.host.ID() {
			continue
		}
		addr, err := swarm.AddressOf(id)
		if err != nil {
			continue
		}
		p := api.Peer{PeerID: id.String(), Address: addr, Connected: n.host.Network().Connectedness(id) == network.Connected}
		for _, ma := range n.host.Peerstore().Addrs(id) {
			p.Addrs = append(p.Addrs, ma.String())
		}
		slices.Sort(p.Addrs)
		out = append(out, p)
	}
	slices.SortFunc(out, func(x, y api.Peer) int {
		switch {
		case x.PeerID < y.PeerID:
			return -1
		case x.PeerID > y.PeerID:
			return 1
		}
		return 0
	})
	return out, ctx.Err()
}

// Curve returns the node's per-round figures: its own rollouts' rewards and the held-out
// accuracy of the model it computed.
func (a apiNode) Curve(ctx context.Context) ([]api.CurvePoint, error) {
	return a.n.track.points(), ctx.Err()
}

// stageAt names the stage of the round in progress at t, as the API reports it.
func stageAt(s swarm.Schedule, t time.Time) string {
	if t.Before(s.Start) {
		return "waiting"
	}
	r := s.RoundAt(t)
	switch {
	case t.Before(s.RolloutsEnd(r)):
		return "rollouts"
	case t.Before(s.CritiquesEnd(r)):
		return "critiques"
	case t.Before(s.C(r)):
		return "updates"
	case t.Before(s.V(r)):
		return "verification"
	}
	return "waiting"
}
