package gossip

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// Gossip is a node's GossipSub membership in one run.
type Gossip struct {
	ps     *pubsub.PubSub
	run    swarm.RunID
	reg    swarm.Registry
	sched  swarm.Schedule
	clock  swarm.Clock
	cfg    *config
	log    *slog.Logger
	met    *metrics
	topics map[wire.Kind]*pubsub.Topic
	relays []pubsub.RelayCancelFunc
	cancel context.CancelFunc

	scoreMu sync.Mutex
	scores  map[peer.ID]float64
}

// New joins the run's topics on h. reg decides which authors are registered; sched read
// against clock decides which rounds are current. Defaults: heartbeat 1s, score sampling every 1s, validator timeout 5s,
// round window 1, no Prometheus registration, slog.Default(). Close it before closing h.
func New(h host.Host, run swarm.RunID, reg swarm.Registry, sched swarm.Schedule, clock swarm.Clock, opts ...Option) (*Gossip, error) {
	if h == nil || reg == nil || clock == nil {
		return nil, errors.New("new gossip: host, registry and clock are required")
	}
	if err := sched.Check(); err != nil {
		return nil, fmt.Errorf("new gossip: %w", err)
	}
	cfg := defaults()
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, fmt.Errorf("new gossip: %w", err)
		}
	}
	met, err := newMetrics(cfg.registerer)
	if err != nil {
		return nil, fmt.Errorf("new gossip: metrics: %w", err)
	}
	g := &Gossip{run: run, reg: reg, sched: sched, clock: clock, cfg: cfg, met: met,
		log: cfg.log.With("component", "gossip"), topics: map[wire.Kind]*pubsub.Topic{}}

	var names []string
	for _, k := range wire.Kinds {
		names = append(names, Topic(run, k))
	}
	params := pubsub.DefaultGossipSubParams()
	params.HeartbeatInterval = cfg.heartbeat
	params.HeartbeatInitialDelay = min(params.HeartbeatInitialDelay, cfg.heartbeat)
	sp, th := scoreParams(names)
	popts := []pubsub.Option{
		pubsub.WithGossipSubParams(params),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMaxMessageSize(maxTransmission),
		pubsub.WithPeerScore(sp, th),
		pubsub.WithPeerExchange(true),
		// Our own messages go to every peer of the topic (above the publish threshold), not
		// only to the mesh. go-libp2p-pubsub v0.16 leaves this off. Without it a message
		// published before the next heartbeat grafts the new peers reaches nobody, and when
		// a node has at most D peers all of them end up in the mesh, where no gossip (IHAVE)
		// goes, so it is never repaired: a fully connected swarm of 4 lost its first round.
		pubsub.WithFloodPublish(true),
		// Traffic is bursty: every peer publishes at the start of each stage. The default
		// queue of 32 RPCs per peer drops messages in such bursts on slow machines.
		// Same for the validation queue (default 32): a full queue silently drops messages.
		pubsub.WithPeerOutboundQueueSize(outboundQueue),
		pubsub.WithValidateQueueSize(validateQueue),
		pubsub.WithSubscriptionFilter(pubsub.NewAllowlistSubscriptionFilter(names...)),
		pubsub.WithLogger(g.log),
	}
	if cfg.tracer != nil {
		popts = append(popts, pubsub.WithRawTracer(cfg.tracer))
	}

	ctx, cancel := context.WithCancel(context.Background())
	g.cancel = cancel
	g.ps, err = pubsub.NewGossipSub(ctx, h, append(popts, pubsub.WithPeerScoreInspect(g.inspect, cfg.inspect))...)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("new gossip: %w", err)
	}
	for _, k := range wire.Kinds {
		name := Topic(run, k)
		if err := g.ps.RegisterTopicValidator(name, g.validator(k), pubsub.WithValidatorTimeout(cfg.valTimeout)); err != nil {
			_ = g.Close()
			return nil, fmt.Errorf("new gossip: validator for %s: %w", k, err)
		}
		t, err := g.ps.Join(name)
		if err != nil {
			_ = g.Close()
			return nil, fmt.Errorf("new gossip: join %s: %w", name, err)
		}
		g.topics[k] = t
		// A member relays every kind of its run from the start, subscribed or not, so the
		// meshes form before the first round and peers see it in every topic.
		rc, err := t.Relay()
		if err != nil {
			_ = g.Close()
			return nil, fmt.Errorf("new gossip: relay %s: %w", name, err)
		}
		g.relays = append(g.relays, rc)
	}
	return g, nil
}

// Publish encodes m canonically and publishes it on its kind's topic. The local validator
// runs first, so a message peers would reject is never sent.
func (g *Gossip) Publish(ctx context.Context, m wire.Message) error {
	b, err := wire.Encode(m)
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	return g.PublishRaw(ctx, m.Kind(), b)
}

// PublishRaw publishes already-encoded bytes on kind's topic (still validated locally).
func (g *Gossip) PublishRaw(ctx context.Context, k wire.Kind, b []byte) error {
	t, ok := g.topics[k]
	if !ok {
		return fmt.Errorf("publish: %w: %d", wire.ErrKind, uint8(k))
	}
	if err := t.Publish(ctx, b); err != nil {
		return fmt.Errorf("publish %s: %w", k, err)
	}
	g.met.published.WithLabelValues(k.String()).Inc()
	return nil
}

// Received is a validated message with its author.
type Received struct {
	// Msg is the decoded message.
	Msg wire.Message
	// From is the author's peer ID (the message signer).
	From peer.ID
	// Author is the author's Ethereum address.
	Author common.Address
	// Via is the peer that forwarded the message to us.
	Via peer.ID
}

// Subscription delivers the validated messages of one kind.
type Subscription struct{ sub *pubsub.Subscription }

// Subscribe returns a subscription to kind's topic; messages that arrive while nobody calls
// Next are buffered (up to buf) and then dropped, as pubsub does.
func (g *Gossip) Subscribe(k wire.Kind, buf int) (*Subscription, error) {
	t, ok := g.topics[k]
	if !ok {
		return nil, fmt.Errorf("subscribe: %w: %d", wire.ErrKind, uint8(k))
	}
	s, err := t.Subscribe(pubsub.WithBufferSize(buf))
	if err != nil {
		return nil, fmt.Errorf("subscribe %s: %w", k, err)
	}
	return &Subscription{s}, nil
}

// Next blocks until the next message arrives, or ctx ends, or the subscription is cancelled.
func (s *Subscription) Next(ctx context.Context) (Received, error) {
	m, err := s.sub.Next(ctx)
	if err != nil {
		return Received{}, err
	}
	v, ok := m.ValidatorData.(*validated)
	if !ok { // cannot happen: every topic has our validator
		return Received{}, errors.New("gossip: message without validator data")
	}
	return Received{Msg: v.msg, From: m.GetFrom(), Author: v.author, Via: m.ReceivedFrom}, nil
}

// Cancel ends the subscription.
func (s *Subscription) Cancel() { s.sub.Cancel() }

// Score returns the last sampled score of p, and whether p had one.
func (g *Gossip) Score(p peer.ID) (float64, bool) {
	g.scoreMu.Lock()
	defer g.scoreMu.Unlock()
	s, ok := g.scores[p]
	return s, ok
}

// Scores returns a copy of the last sampled peer scores.
func (g *Gossip) Scores() map[peer.ID]float64 {
	g.scoreMu.Lock()
	defer g.scoreMu.Unlock()
	return maps.Clone(g.scores)
}

func (g *Gossip) inspect(s map[peer.ID]float64) {
	g.scoreMu.Lock()
	g.scores = s
	g.scoreMu.Unlock()
}

// ListPeers returns the peers subscribed to kind's topic.
func (g *Gossip) ListPeers(k wire.Kind) []peer.ID { return g.ps.ListPeers(Topic(g.run, k)) }

// Close leaves the topics and stops the router. The host stays open. It returns the
// errors of closing the topics (a topic with live subscriptions cannot close).
func (g *Gossip) Close() error {
	for _, rc := range g.relays {
		rc()
	}
	var errs []error
	for _, k := range wire.Kinds {
		t, ok := g.topics[k]
		if !ok {
			continue
		}
		if err := t.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close gossip topic %v: %w", k, err))
		}
	}
	g.cancel()
	return errors.Join(errs...)
}

// AwaitPeers blocks until every peer of want is subscribed to every topic of the run, as
// this node's router knows it, or ctx ends. It wakes on the router's peer events, and also
// re-checks every 50 ms: the router announces a peer's subscription as soon as it arrives,
// but lists the peer only once its own stream to it is set up, which fires no event.
func (g *Gossip) AwaitPeers(ctx context.Context, want []peer.ID) error {
	for _, k := range wire.Kinds {
		if err := g.awaitTopicPeers(ctx, k, want); err != nil {
			return err
		}
	}
	return nil
}

func (g *Gossip) awaitTopicPeers(ctx context.Context, k wire.Kind, want []peer.ID) error {
	t := g.topics[k]
	ev, err := t.EventHandler()
	if err != nil {
		return fmt.Errorf("await peers of %s: %w", k, err)
	}
	defer ev.Cancel()
	for {
		have := map[peer.ID]bool{}
		for _, p := range t.ListPeers() {
			have[p] = true
		}
		missing := 0
		for _, p := range want {
			if !have[p] {
				missing++
			}
		}
		if missing == 0 {
			return nil
		}
		wctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		_, _ = ev.NextPeerEvent(wctx)
		cancel()
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("await peers of %s (%d of %d missing): %w", k, missing, len(want), err)
		}
	}
}
