package node

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/ledgerchain"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// flipUpdate is an adversary's compute: the real contribution, with one byte of its update
// changed (an update that is not its trace's output).
type flipUpdate struct {
	Compute
	mu      sync.Mutex
	updates [][]byte
}

func (f *flipUpdate) ContributeSteps(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error) {
	c, steps, err := f.Compute.ContributeSteps(ctx, r, model, batch)
	if err == nil {
		c.Update = bytes.Clone(c.Update)
		c.Update[len(c.Update)/2] ^= 0x40
		f.mu.Lock()
		f.updates = append(f.updates, c.Update)
		f.mu.Unlock()
	}
	return c, steps, err
}

// hideUpdates is an adversary's blob server: it serves everything but the updates its
// compute changed (a withheld update).
type hideUpdates struct {
	blob.Store
	comp *flipUpdate
}

func (h hideUpdates) Get(root swarm.Root) ([]byte, bool) {
	h.comp.mu.Lock()
	defer h.comp.mu.Unlock()
	for _, u := range h.comp.updates {
		if swarm.RootOf(u) == root {
			return nil, false
		}
	}
	return h.Store.Get(root)
}

// dropCommits is an adversary's chain: commits are reported to the test and never sent.
type dropCommits struct {
	swarm.Chain
	seen chan swarm.Commitment
}

func (d dropCommits) Commit(_ context.Context, _ swarm.RunID, _ uint64, c swarm.Commitment) error {
	d.seen <- c
	return nil
}

// TestAdversaryHooks starts a real node (dev chain sealed by hand, real compute, store and
// host) with an adversary's three wrappers and checks that each acts through the honest
// code: the compute wrapper's changed update is what the write-ahead prepares and stores;
// the chain wrapper receives that prepared commitment from the engine and drops it, so the
// chain holds none; the blob server withholds that update (and still serves the rest); the
// peer filter refuses one peer's connection and not another's.
func TestAdversaryHooks(t *testing.T) {
	env := newTestEnvWith(t, envOptions{manual: true})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang guard only
	defer cancel()
	outsider, friend := swarmtest.NewHost(t, swarmtest.NewIdentity(t)), swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	comp := &flipUpdate{}
	drop := dropCommits{seen: make(chan swarm.Commitment, 4)}
	adv := Adversary{
		Compute: func(c Compute) Compute { comp.Compute = c; return comp },
		Chain:   func(c swarm.Chain) swarm.Chain { drop.Chain = c; return drop },
		Serve:   func(s blob.Store) blob.Store { return hideUpdates{s, comp} },
		Peers:   func(p peer.ID) bool { return p != outsider.ID() },
	}
	dir := t.TempDir()
	n, err := New(env.config(t, dir), WithRunConfig(env.runConfig), WithLogger(slog.New(slog.DiscardHandler)),
		WithLookupEnv(func(string) (string, bool) { return "pw", true }), WithAdversary(adv),
		withLedgerOptions(ledger.WithAfterSend(env.sealer(t))))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := n.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()

	// The network hook: the node refuses the outsider, inbound and outbound.
	node := peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.Addrs()}
	if err := friend.Connect(ctx, node); err != nil {
		t.Fatalf("an allowed peer could not connect: %v", err)
	}
	// The outsider's dial may complete its handshake before the node refuses the secured
	// connection: what counts is that the node never holds one.
	_ = outsider.Connect(ctx, node)
	if n.host.Network().Connectedness(outsider.ID()) == network.Connected || len(n.host.Network().ConnsToPeer(outsider.ID())) > 0 {
		t.Fatal("the node holds a connection to the filtered peer")
	}
	if err := n.host.Connect(ctx, peer.AddrInfo{ID: outsider.ID(), Addrs: outsider.Addrs()}); err == nil {
		t.Fatal("the node dialed the filtered peer")
	}

	// Move chain time past round first's critique stage: the engine contributes and commits.
	first := n.first
	head, err := n.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	sched := ledgerchain.Schedule(n.chain.Config())
	at := time.Unix(int64(head.Time), 0)
	if err := env.dc.AdjustTime(sched.CritiquesEnd(first).Sub(at) + time.Second); err != nil {
		t.Fatal(err)
	}
	var c swarm.Commitment
	select {
	case c = <-drop.seen:
	case <-ctx.Done():
		t.Fatal("the engine never committed through the wrapped chain")
	}
	comp.mu.Lock()
	updates := comp.updates
	comp.mu.Unlock()
	if len(updates) != 1 {
		t.Fatalf("the compute wrapper changed %d updates, want 1", len(updates))
	}
	if c.UpdateBlob != swarm.RootOf(updates[0]) || c.UpdateSize != uint64(len(updates[0])) {
		t.Fatalf("the engine committed update blob %s, want the adversary's %s", c.UpdateBlob.Short(), swarm.RootOf(updates[0]).Short())
	}
	rec, err := n.store.Contribution(env.run, first)
	if err != nil || rec.Commitment != c {
		t.Fatalf("write-ahead record %+v (err %v), want the commitment the chain wrapper saw", rec, err)
	}
	if b, err := n.store.Blob(c.UpdateBlob); err != nil || !bytes.Equal(b, updates[0]) {
		t.Fatalf("the store serves %d bytes for the update (err %v), want the adversary's update", len(b), err)
	}
	onChain, err := n.client.Commitment(ctx, ledger.RunID(env.run), first, env.key.Address)
	if err != nil {
		t.Fatal(err)
	}
	if onChain.UpdateRoot != ([32]byte{}) {
		t.Fatalf("the chain holds a commitment %x the chain wrapper dropped", onChain.UpdateRoot)
	}

	// The serving hook: a peer cannot fetch the update the node keeps, but fetches the rest.
	cl, err := blob.NewClient(friend, blob.WithClientLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	if b, err := cl.Fetch(ctx, c.UpdateBlob, []peer.ID{n.host.ID()}); err == nil {
		t.Fatalf("fetched the withheld update (%d bytes)", len(b))
	}
	if b, err := cl.Fetch(ctx, swarm.RootOf(env.runConfig), []peer.ID{n.host.ID()}); err != nil || !bytes.Equal(b, env.runConfig) {
		t.Fatalf("fetch the run config from the node: %d bytes, %v", len(b), err)
	}
}

// failCommits is a chain whose commits fail as if the process died before sending them.
type failCommits struct {
	swarm.Chain
	seen chan swarm.Commitment
}

func (f failCommits) Commit(_ context.Context, _ swarm.RunID, _ uint64, c swarm.Commitment) error {
	f.seen <- c
	return errors.New("the process was killed before the transaction went out")
}

// TestRestartCommitsPrepared: a node prepares its contribution and dies before the commit
// transaction leaves (a chain wrapper fails it); restarted on the same data directory in the
// same round, without the run config (the store holds it), its engine gets the prepared
// contribution back from the write-ahead, commits exactly it, and reports it reloaded and
// committed, with no special resume path.
func TestRestartCommitsPrepared(t *testing.T) {
	env := newTestEnvWith(t, envOptions{manual: true})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang guard only
	defer cancel()
	dir := t.TempDir()
	quiet := WithLogger(slog.New(slog.DiscardHandler))
	pass := WithLookupEnv(func(string) (string, bool) { return "pw", true })
	seal := withLedgerOptions(ledger.WithAfterSend(env.sealer(t)))
	fail := failCommits{seen: make(chan swarm.Commitment, 4)}
	n, err := New(env.config(t, dir), WithRunConfig(env.runConfig), quiet, pass, seal,
		WithAdversary(Adversary{Chain: func(c swarm.Chain) swarm.Chain { fail.Chain = c; return fail }}))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	first := n.first
	head, err := n.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	sched := ledgerchain.Schedule(n.chain.Config())
	if err := env.dc.AdjustTime(sched.CritiquesEnd(first).Sub(time.Unix(int64(head.Time), 0)) + time.Second); err != nil {
		t.Fatal(err)
	}
	var prepared swarm.Commitment
	select {
	case prepared = <-fail.seen:
	case <-ctx.Done():
		t.Fatal("the first process never tried to commit")
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	events := make(chan Event, 64)
	again, err := New(env.config(t, dir), quiet, pass, seal, WithEvents(func(e Event) {
		if e.Kind == EventReloaded || e.Kind == EventCommitted {
			events <- e
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	if err := again.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := again.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	}()
	if again.first != first {
		t.Fatalf("the restarted node starts at round %d, want the same round %d", again.first, first)
	}
	var kinds []string
	for len(kinds) < 2 {
		select {
		case e := <-events:
			if e.Round != first || e.Update != prepared.UpdateRoot.String() {
				t.Fatalf("event %+v, want one of round %d and update %s", e, first, prepared.UpdateRoot)
			}
			kinds = append(kinds, e.Kind)
		case <-ctx.Done():
			t.Fatalf("the restarted node reported %v, want reloaded then committed", kinds)
		}
	}
	if kinds[0] != EventReloaded || kinds[1] != EventCommitted {
		t.Fatalf("the restarted node reported %v, want reloaded then committed", kinds)
	}
	c, err := again.client.Commitment(ctx, ledger.RunID(env.run), first, env.key.Address)
	if err != nil {
		t.Fatal(err)
	}
	if swarm.Root(c.UpdateRoot) != prepared.UpdateRoot || swarm.Root(c.UpdateBlob) != prepared.UpdateBlob || c.Nsteps != prepared.NSteps {
		t.Fatalf("the chain holds update %x (%d steps), want the prepared %s (%d steps)", c.UpdateRoot, c.Nsteps, prepared.UpdateRoot, prepared.NSteps)
	}
}
