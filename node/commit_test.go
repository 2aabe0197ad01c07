package node

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/ledgerchain"
	"github.com/apiary-rl/apiary/node/metrics"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/training/repops"
)

// TestWriteAhead plays the write-ahead against the real Ledger on a dev chain and a real
// store: Contribute prepares before it returns; a commitment other than the prepared one
// is never sent; a commit refused because the chain already holds the prepared
// commitment (sent by a process killed before it could mark it) marks it committed; after
// a restart Contribute returns the prepared bytes whatever batch it is given, and the
// engine's commit of a committed round sends nothing.
func TestWriteAhead(t *testing.T) {
	env := newTestEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang guard only
	defer cancel()
	quiet := slog.New(slog.DiscardHandler)
	eth, err := ethclient.DialContext(ctx, env.m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	client, err := ledger.New(ctx, eth, env.m.Contracts, env.key.Private, ledger.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.JoinRun(ctx, env.run, ledger.Ether(1)); err != nil {
		t.Fatal(err)
	}
	chain, err := ledgerchain.Open(ctx, client, env.run, ledgerchain.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	self := func(ctx context.Context, r uint64) (swarm.Commitment, error) {
		c, err := client.Commitment(ctx, env.run, r, env.key.Address)
		return swarm.Commitment{Base: c.Base, BatchRoot: c.BatchRoot, TraceRoot: c.TraceRoot, UpdateRoot: c.UpdateRoot,
			UpdateBlob: c.UpdateBlob, UpdateSize: c.UpdateSize, NSteps: c.Nsteps}, err
	}
	st0, err := compute.InitialState(env.cfg)
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := compute.EncodeModel(st0)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	open := func() (*store.Store, *walCompute, *walChain) {
		st, err := store.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		comp, err := roundcompute.New(env.cfg, env.run, env.key.Address, repops.MustEngine())
		if err != nil {
			t.Fatal(err)
		}
		tr := newTracker(st, env.run, metrics.New(nil), nil)
		return st, &walCompute{Compute: comp, st: st, run: env.run, log: quiet, track: tr},
			&walChain{Chain: chain, st: st, self: self, log: quiet, track: tr}
	}
	st, wc, wch := open()
	own, err := wc.Rollouts(ctx, 0, genesis)
	if err != nil {
		t.Fatal(err)
	}
	c, err := wc.Contribute(ctx, 0, genesis, own)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := st.Contribution(env.run, 0)
	if err != nil || rec.Committed || rec.Commitment.UpdateRoot != c.UpdateRoot || len(rec.StepRoots) != len(own) {
		t.Fatalf("after Contribute: record %+v, err %v; want a prepared record of update %s", rec, err, c.UpdateRoot.Short())
	}
	other := rec.Commitment
	other.TraceRoot[0] ^= 1
	if err := wch.Commit(ctx, env.run, 0, other); !errors.Is(err, ErrNotWrittenAhead) {
		t.Fatalf("committing another contribution: got %v, want ErrNotWrittenAhead", err)
	}
	if got, err := self(ctx, 0); err != nil || got != (swarm.Commitment{}) {
		t.Fatalf("the chain holds %+v (err %v) after a refused commit, want nothing", got, err)
	}
	// A process sent the prepared commitment and was killed before marking it.
	if err := chain.Commit(ctx, env.run, 0, rec.Commitment); err != nil {
		t.Fatal(err)
	}
	if err := wch.Commit(ctx, env.run, 0, rec.Commitment); err != nil {
		t.Fatalf("commit of a commitment the chain already holds: %v", err)
	}
	if rec, err := st.Contribution(env.run, 0); err != nil || !rec.Committed {
		t.Fatalf("record %+v (err %v), want it marked committed", rec, err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	// The restart: another batch, the same contribution; the commit sends nothing.
	st, wc, wch = open()
	defer st.Close()
	again, err := wc.Contribute(ctx, 0, genesis, [][]byte{own[0], own[0]})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Update, c.Update) || !bytes.Equal(again.Manifest, c.Manifest) || again.TraceRoot != c.TraceRoot {
		t.Fatalf("after the restart Contribute returned update %s, want the prepared %s", again.UpdateRoot.Short(), c.UpdateRoot.Short())
	}
	if err := wch.Commit(ctx, env.run, 0, rec.Commitment); err != nil {
		t.Fatalf("commit of a round marked committed: %v", err)
	}
	if sent := testutil.ToFloat64(wch.track.m.Commits.WithLabelValues("ok")) + testutil.ToFloat64(wch.track.m.Commits.WithLabelValues("error")); sent != 0 {
		t.Fatalf("the restarted node sent %v commit transactions, want 0", sent)
	}
}
