package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/crypto"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/ledgerchain"
	"github.com/apiary-rl/apiary/node/metrics"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/round"
)

// services is the node's lifecycle, in start order.
func (n *Node) services() []service {
	return []service{
		{"key", n.startKey},
		{"store", n.startStore},
		{"chain", n.startChain},
		{"host", n.startHost},
		{"gossip", n.startGossip},
		{"blob", n.startBlob},
		{"runconfig", n.startRunConfig},
		{"compute", n.startCompute},
		{"trace", n.startTrace},
		{"disputes", n.startDisputes},
		{"engine", n.startEngine},
		{"keeper", n.startKeeper},
		{"indexer", n.startIndexer},
		{"api", n.startAPI},
	}
}

// startKey decrypts the node's key and sets up its metrics, labelled with its address.
func (n *Node) startKey(context.Context) (func() error, error) {
	lookup := n.o.passphrase
	if lookup == nil {
		lookup = os.LookupEnv
	}
	pass, err := keys.Passphrase(n.cfg.Key.PassphraseFile, n.cfg.Key.PassphraseEnv, lookup)
	if err != nil {
		return nil, err
	}
	k, err := keys.Load(n.cfg.Key.File, pass)
	if err != nil {
		return nil, err
	}
	n.key = k
	n.metrics = metrics.New(prometheus.Labels{"address": strings.ToLower(k.Address.Hex())})
	return nil, nil
}

// startStore opens the store (taking the data directory's lock) and the tracker that
// records the round state in it.
func (n *Node) startStore(context.Context) (func() error, error) {
	st, err := store.Open(n.cfg.DataDir, store.WithLogger(n.log))
	if err != nil {
		return nil, err
	}
	n.store = st
	n.track = newTracker(st, n.run, n.metrics, n.o.events)
	if prev, err := st.RoundState(n.run); err == nil {
		n.log.Info("resuming", "last_round", prev.Round, "last_stage", prev.Stage.String(), "model", prev.Model.Short())
	}
	return st.Close, nil
}

// startChain dials the network's endpoint, joins the run if the account is not a member,
// opens the chain adapter, and settles the run config, θ_0 and the round to start at.
func (n *Node) startChain(ctx context.Context) (func() error, error) {
	m, err := n.cfg.Network()
	if err != nil {
		return nil, err
	}
	eth, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", m.RPCURL, err)
	}
	client, err := ledger.New(ctx, eth, m.Contracts, n.key.Private, append([]ledger.Option{ledger.WithLogger(n.log.With("component", "ledger")),
		ledger.WithDeployBlock(m.DeployBlock), ledger.WithEndpoint(m.RPCURL)}, n.o.ledgerOpts...)...)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("cannot use the chain at %s: %w; check --manifest and --rpc-url or run `swarm doctor`", m.RPCURL, err)
	}
	if id := client.ChainID(); id.Uint64() != m.ChainID {
		eth.Close()
		return nil, fmt.Errorf("the endpoint %s serves chain %s, the manifest names chain %d; check --manifest and --rpc-url", m.RPCURL, id, m.ChainID)
	}
	n.eth, n.client, n.deployBlock = eth, client, m.DeployBlock
	if err := n.ensureMember(ctx); err != nil {
		eth.Close()
		return nil, err
	}
	chain, err := ledgerchain.Open(ctx, client, n.run, ledgerchain.WithLogger(n.log), ledgerchain.WithPrometheus(n.registerer()))
	if err != nil {
		eth.Close()
		return nil, err
	}
	n.chain = chain
	stop := func() error { err := chain.Close(); eth.Close(); return err }
	if err := n.settleRun(ctx); err != nil {
		return nil, errors.Join(err, stop())
	}
	return stop, nil
}

// startHost starts the libp2p host with the node's key. A node whose every listen address
// is loopback stays on loopback (no mDNS, no NAT traversal, dials only to loopback).
func (n *Node) startHost(context.Context) (func() error, error) {
	sk, err := swarm.PeerKey(n.key.Private)
	if err != nil {
		return nil, err
	}
	opts := []host.Option{host.WithRun(n.run), host.WithListen(n.cfg.P2P.Listen...),
		host.WithPrometheus(n.registerer()), host.WithLogger(n.log)}
	if len(n.cfg.P2P.Bootstrap) > 0 {
		opts = append(opts, host.WithBootstrap(n.cfg.P2P.Bootstrap...))
	}
	if allLoopback(n.cfg.P2P.Listen) {
		opts = append(opts, host.WithLoopbackOnly(), host.WithMDNS(false), host.WithNATTraversal(false))
	}
	h, err := host.New(crypto.PrivKey(sk), append(opts, n.o.hostOpts...)...)
	if err != nil {
		return nil, err
	}
	n.host = h
	return h.Close, nil
}

func allLoopback(addrs []string) bool {
	for _, s := range addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil || !manet.IsIPLoopback(a) {
			return false
		}
	}
	return len(addrs) > 0
}

// startGossip joins the run's topics; the chain's cached registry validates authors.
func (n *Node) startGossip(context.Context) (func() error, error) {
	g, err := gossip.New(n.host, n.run, n.chain.Registry(), n.chain.Schedule(), n.chain.Clock(),
		gossip.WithPrometheus(n.registerer()), gossip.WithLogger(n.log))
	if err != nil {
		return nil, err
	}
	n.gossip = g
	return g.Close, nil
}

// startBlob serves the store's blobs (through an adversary's serving wrapper, if any) and
// sets up the fetching client.
func (n *Node) startBlob(context.Context) (func() error, error) {
	srv, err := blob.NewServer(n.host, n.o.wrapServe(n.store), blob.WithServerPrometheus(n.registerer()), blob.WithServerLogger(n.log))
	if err != nil {
		return nil, err
	}
	cl, err := blob.NewClient(n.host, blob.WithClientLogger(n.log))
	if err != nil {
		return nil, errors.Join(err, srv.Close())
	}
	n.blobSrv, n.blobs = srv, cl
	return srv.Close, nil
}

// startEngine runs the round engine from the chain's current round, with the write-ahead
// wrappers around the real compute and the chain adapter (and, inside them, an adversary's
// wrappers: WithAdversary).
func (n *Node) startEngine(ctx context.Context) (func() error, error) {
	log := n.log.With("component", "node")
	wc := &walCompute{Compute: n.o.wrapCompute(n.comp), st: n.store, run: n.run, log: log, track: n.track, models: &n.models}
	ch := &walChain{Chain: n.o.wrapChain(n.chain), st: n.store, log: log, track: n.track, watch: n.watchCommitted,
		self: func(ctx context.Context, r uint64) (swarm.Commitment, error) {
			c, err := n.client.Commitment(ctx, n.run, r, n.key.Address)
			return swarm.Commitment{Base: c.Base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot,
				UpdateBlob: c.UpdateBlob, UpdateSize: c.UpdateSize, NSteps: c.Nsteps}, err
		}}
	ropts := []round.Option{round.WithHooks(n.hooks()), round.WithSAPO(n.runCfg.L, n.runCfg.E), round.WithLogger(n.log)}
	if w, ok := n.whistleblower(); ok {
		ropts = append(ropts, round.WithWhistleblower(w))
	}
	e, err := round.New(n.run, round.Deps{Host: n.host, Gossip: n.gossip, Store: n.store, Blobs: n.blobs, Chain: ch,
		Schedule: n.chain.Schedule(), Clock: n.chain.Clock(), Compute: newMeteredCompute(wc, n.metrics.ComputeCPU)}, ropts...)
	if err != nil {
		return nil, err
	}
	n.engine = e
	first, initial := n.first, n.initial
	return background(context.WithoutCancel(ctx), func(ctx context.Context) error {
		return e.Run(ctx, first, initial, 0)
	}, n.fail("round engine")), nil
}

// startKeeper runs the keeper (closes, finalizes, claims) when the role is on.
func (n *Node) startKeeper(ctx context.Context) (func() error, error) {
	if !n.cfg.Roles.Keeper {
		return nil, nil
	}
	k, err := ledgerchain.NewKeeper(n.chain)
	if err != nil {
		return nil, err
	}
	n.keeper = k
	return background(context.WithoutCancel(ctx), k.Run, n.fail("keeper")), nil
}

// startIndexer follows the run's chain events (the leaderboard) at every new head. It
// resumes from the state it stored at its last sync (store.IndexState), so a restart reads
// only the blocks since then; a stored state it cannot use is dropped and the events are
// read again from the deploy block.
func (n *Node) startIndexer(ctx context.Context) (func() error, error) {
	src := indexer.ChainSource(n.client)
	if n.o.indexSrc != nil {
		src = n.o.indexSrc(src)
	}
	opts := []indexer.Option{indexer.WithLogger(n.log), indexer.WithFromBlock(n.deployBlock), indexer.WithSynced(n.saveIndex)}
	if st, ok := n.storedIndex(ctx); ok {
		opts = append(opts, indexer.WithState(st))
	}
	ix, err := indexer.New(src, ledger.RunID(n.run), opts...)
	if err != nil {
		return nil, err
	}
	n.index = ix
	heads := n.chain.Heads()
	return background(context.WithoutCancel(ctx), func(ctx context.Context) error {
		wake := make(chan struct{})
		go func() {
			defer close(wake)
			for {
				_, next := heads.Head()
				select {
				case <-ctx.Done():
					return
				case <-next:
				}
				select {
				case wake <- struct{}{}:
				case <-ctx.Done():
					return
				}
			}
		}()
		err := ix.Follow(ctx, wake)
		for range wake {
		}
		return err
	}, nil), nil
}

// storedIndex returns the indexer state the store holds for the run, when it is usable: it
// decodes strictly, is of this run, and its cursor is not past the chain's head (a state
// of another chain that reused the data directory).
func (n *Node) storedIndex(ctx context.Context) (*indexer.State, bool) {
	b, err := n.store.IndexState(n.run)
	if errors.Is(err, store.ErrNotFound) {
		return nil, false
	}
	log := n.log.With("component", "indexer")
	if err != nil {
		log.Warn("stored indexer state unreadable; reading the chain's events from the deploy block", "err", err)
		return nil, false
	}
	st, err := indexer.UnmarshalState(b)
	if err == nil && st.Run != ledger.RunID(n.run) {
		err = fmt.Errorf("%w: state of run %x", indexer.ErrOtherRun, st.Run)
	}
	if err == nil {
		head, herr := n.eth.BlockNumber(ctx)
		switch {
		case herr != nil:
			err = fmt.Errorf("read the head: %w", herr)
		case st.Cursor.Block > head+1:
			err = fmt.Errorf("its cursor (block %d) is past the chain's head %d: another chain", st.Cursor.Block, head)
		}
	}
	if err != nil {
		log.Warn("stored indexer state not usable; reading the chain's events from the deploy block", "err", err)
		return nil, false
	}
	log.Info("resuming the chain's events from the stored state", "block", st.Cursor.Block)
	return st, true
}

// saveIndex stores the indexer's state after a sync that moved its cursor; a failure only
// costs a longer read after a restart.
func (n *Node) saveIndex(st *indexer.State) {
	b, err := indexer.MarshalState(st)
	if err == nil {
		err = n.store.SetIndexState(n.run, b)
	}
	if err != nil {
		n.log.Warn("store the indexer state", "component", "indexer", "err", err)
	}
	n.disputesSynced(st)
}

// hooks are the tracker's engine hooks plus the challenger's.
func (n *Node) hooks() round.Hooks {
	h := n.track.hooks()
	h.Mismatch = n.mismatch
	return h
}

// startAPI serves the HTTP API, metrics and dashboard.
func (n *Node) startAPI(context.Context) (func() error, error) {
	opts := []api.Option{api.WithAddr(n.cfg.API.Addr), api.WithLogger(n.log)}
	if n.cfg.API.Public {
		opts = append(opts, api.WithPublic())
	}
	s, err := api.New(apiNode{n}, n.index, n.metrics, opts...)
	if err != nil {
		return nil, err
	}
	if err := s.Start(); err != nil {
		return nil, err
	}
	n.api = s
	return s.Close, nil
}
