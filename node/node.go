package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/ledgerchain"
	"github.com/apiary-rl/apiary/node/metrics"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/trace"
)

// Node is one running Apiary peer in one run. New checks the configuration; Start brings
// the services up in order; Close stops them in reverse. Run does both around ctx.
type Node struct {
	cfg *config.Config
	o   options
	log *slog.Logger
	run swarm.RunID

	life     lifecycle
	up       atomic.Bool // between a successful Start and Close
	mu       sync.Mutex
	startErr error
	failed   chan error // a background service that stopped on its own

	metrics *metrics.Metrics
	track   *tracker

	key         *keys.Key
	store       *store.Store
	eth         *ethclient.Client
	client      *ledger.Client
	deployBlock uint64
	chain       *ledgerchain.Chain
	runCfg      compute.Config
	fetchConfig bool // no run config given or stored: fetch it from peers
	genesis     []byte
	first       uint64
	initial     []byte
	host        *host.Host
	gossip      *gossip.Gossip
	blobSrv     *blob.Server
	blobs       *blob.Client
	engine      *round.Engine
	keeper      *ledgerchain.Keeper
	index       *indexer.Indexer
	api         *api.Server

	comp       *roundcompute.Compute
	models     models
	traceCl    *trace.Client
	responder  *dispute.Responder
	challenger *dispute.Challenger
	challenges *challenges
	dwatch     disputeWatch
}

// Option configures New.
type Option func(*options) error

type options struct {
	log        *slog.Logger
	passphrase func(string) (string, bool)
	runConfig  []byte
	stake      *big.Int
	events     func(Event)
	version    string
	observe    func(string)
	hostOpts   []host.Option
	ledgerOpts []ledger.Option
	adversary  Adversary
	indexSrc   func(indexer.Source) indexer.Source
	outcomes   func(*dispute.Outcome)
}

// WithLogger sets the node's logger (every service logs through it, tagged by component).
func WithLogger(l *slog.Logger) Option {
	return func(o *options) error {
		if l == nil {
			return errors.New("nil logger")
		}
		o.log = l
		return nil
	}
}

// WithLookupEnv sets how the key's passphrase variable is read (default os.LookupEnv).
func WithLookupEnv(f func(string) (string, bool)) Option {
	return func(o *options) error { o.passphrase = f; return nil }
}

// WithRunConfig gives the run's config blob (docs/PROTOCOL.md §3.2), the canonical bytes
// whose hash the chain holds as the run's configHash. The node keeps it in its store, so a
// restarted node does not need it again.
func WithRunConfig(b []byte) Option {
	return func(o *options) error { o.runConfig = b; return nil }
}

// WithStake sets the stake (wei) the node escrows when it is not a member of the run yet.
func WithStake(wei *big.Int) Option {
	return func(o *options) error {
		if wei == nil || wei.Sign() <= 0 {
			return fmt.Errorf("%w: stake must be positive", ErrStake)
		}
		o.stake = new(big.Int).Set(wei)
		return nil
	}
}

// WithEvents sets a function told of every Event (on the node's goroutines; it must not
// block for long).
func WithEvents(f func(Event)) Option {
	return func(o *options) error { o.events = f; return nil }
}

// WithVersion sets the version the API reports.
func WithVersion(v string) Option {
	return func(o *options) error { o.version = v; return nil }
}

// withLedgerOptions adds options to the node's ledger client (tests: a dev chain sealed by
// hand seals after each send).
func withLedgerOptions(opts ...ledger.Option) Option {
	return func(o *options) error { o.ledgerOpts = append(o.ledgerOpts, opts...); return nil }
}

// withIndexSource wraps the indexer's event source (tests).
func withIndexSource(f func(indexer.Source) indexer.Source) Option {
	return func(o *options) error { o.indexSrc = f; return nil }
}

// withOutcomes is told of every challenge this node drove to its end (tests).
func withOutcomes(f func(*dispute.Outcome)) Option {
	return func(o *options) error { o.outcomes = f; return nil }
}

// withObserver sees the lifecycle's starts and stops (tests).
func withObserver(f func(string)) Option {
	return func(o *options) error { o.observe = f; return nil }
}

// New returns a node for cfg, which must be valid (config.Load validates). Defaults:
// slog.Default(), the passphrase from the process environment, no run config given (the
// store must hold it from an earlier start), the run's minimum stake when it has to join,
// no events, version "dev".
func New(cfg *config.Config, opts ...Option) (*Node, error) {
	if cfg == nil {
		return nil, errors.New("new node: nil config")
	}
	o := options{log: slog.Default(), version: "dev"}
	for _, f := range opts {
		if err := f(&o); err != nil {
			return nil, fmt.Errorf("new node: %w", err)
		}
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("new node: %w", err)
	}
	run, err := cfg.RunID()
	if err != nil {
		return nil, fmt.Errorf("new node: %w", err)
	}
	n := &Node{cfg: cfg, o: o, log: o.log, run: run, failed: make(chan error, 1)}
	n.life.observe = o.observe
	return n, nil
}

// Start starts the services in order: key, store, chain, host, gossip, blob, run config,
// compute, trace, disputes, engine, keeper, indexer, API. If one fails, those already started are stopped in reverse
// and the error names the one that failed. The services run until Close; ctx bounds the
// start only.
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.life.started != nil {
		return ErrStarted
	}
	if err := n.life.start(ctx, n.services()); err != nil {
		return err
	}
	n.up.Store(true)
	n.track.event(Event{Kind: EventStarted, Round: n.first, Address: n.key.Address.Hex(), PeerID: n.host.ID().String(),
		Addrs: n.p2pAddrs(), API: n.apiAddr()})
	return nil
}

// Run starts the node, runs it until ctx ends or a service fails, and stops it. A stop
// because ctx ended is not an error.
func (n *Node) Run(ctx context.Context) error {
	if err := n.Start(ctx); err != nil {
		return err
	}
	var cause error
	select {
	case <-ctx.Done():
	case cause = <-n.failed:
	}
	err := errors.Join(cause, n.Close())
	ev := Event{Kind: EventStopped}
	if err != nil {
		ev.Err = err.Error()
	}
	n.track.event(ev)
	return err
}

// Close stops the started services in reverse order and returns their errors joined.
// Closing a node that is not running does nothing.
func (n *Node) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.up.Store(false)
	return n.life.stop()
}

// fail records that a background service stopped on its own.
func (n *Node) fail(name string) func(error) {
	return func(err error) {
		select {
		case n.failed <- fmt.Errorf("%s stopped: %w", name, err):
		default:
		}
	}
}

// Address returns the node's account (valid after Start).
func (n *Node) Address() string { return n.key.Address.Hex() }

// connectedPeers returns the peers the host is connected to.
func (n *Node) connectedPeers() []peer.ID {
	var out []peer.ID
	for _, id := range n.host.Network().Peers() {
		if n.host.Network().Connectedness(id) == network.Connected {
			out = append(out, id)
		}
	}
	return out
}

func (n *Node) p2pAddrs() []string {
	var out []string
	for _, a := range n.host.P2PAddrs() {
		out = append(out, a.String())
	}
	return out
}

func (n *Node) apiAddr() string {
	if n.api == nil || n.api.Addr() == nil {
		return ""
	}
	return n.api.Addr().String()
}

// registerer is the node's Prometheus registry for the other packages' collectors.
func (n *Node) registerer() prometheus.Registerer { return n.metrics.Registry() }

// Status returns the node's status as the API shows it, with its rank from the chain's
// events when the indexer has one (valid after Start).
func (n *Node) Status(ctx context.Context) (api.Status, *indexer.Entry, error) {
	if !n.up.Load() {
		return api.Status{}, nil, ErrNotRunning
	}
	s, err := apiNode{n}.Status(ctx)
	if err != nil {
		return s, nil, err
	}
	if e, ok := n.index.Rank(n.key.Address); ok {
		return s, &e, nil
	}
	return s, nil, nil
}
