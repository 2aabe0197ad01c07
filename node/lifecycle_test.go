package node

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
)

// TestLifecycleUnwinds: services start in order; when one fails, the started ones stop in
// reverse and their stop errors join the start error; stop collects every error.
func TestLifecycleUnwinds(t *testing.T) {
	var seen []string
	l := lifecycle{observe: func(s string) { seen = append(seen, s) }}
	boom, stopErr := errors.New("boom"), errors.New("stuck")
	ok := func(context.Context) (func() error, error) { return func() error { return nil }, nil }
	svcs := []service{{"a", ok}, {"b", func(context.Context) (func() error, error) { return func() error { return stopErr }, nil }},
		{"c", ok}, {"d", func(context.Context) (func() error, error) { return nil, boom }}, {"e", ok}}
	err := l.start(context.Background(), svcs)
	if !errors.Is(err, boom) || !errors.Is(err, stopErr) || !strings.Contains(err.Error(), "start d") {
		t.Fatalf("got %v, want the start error of d joined with b's stop error", err)
	}
	want := []string{"start a", "start b", "start c", "start d", "stop c", "stop b", "stop a"}
	if !slices.Equal(seen, want) {
		t.Fatalf("got %v, want %v", seen, want)
	}
	if err := l.stop(); err != nil || len(l.started) != 0 {
		t.Fatalf("a second stop: %v, %d started", err, len(l.started))
	}
}

// testEnv is a dev chain with a run of the tiny config and a funded key.
type testEnv struct {
	manifest, runHex, keyFile string
	runConfig                 []byte
	cfg                       compute.Config
	key                       *keys.Key
	run                       swarm.RunID
	m                         ledger.Manifest
	// dc is the dev chain; with envOptions.manual its blocks are sealed by hand (seal).
	dc *devchain.Chain
}

// envOptions vary newTestEnvWith: manual seals blocks only when a transaction was sent
// (ledger.WithAfterSend(env.seal)) or the test moves time (dc.AdjustTime); mutate changes
// the run's on-chain record before createRun.
type envOptions struct {
	manual bool
	mutate func(*ledger.RunConfig)
}

func newTestEnv(t *testing.T) testEnv { return newTestEnvWith(t, envOptions{}) }

func newTestEnvWith(t *testing.T, eo envOptions) testEnv {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	k, err := keys.New(filepath.Join(dir, "key.json"), "pw", keys.WithScrypt(2, 1))
	if err != nil {
		t.Fatal(err)
	}
	submitter, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.DiscardHandler)
	opts := []devchain.Option{devchain.WithFunded(ledger.Ether(100), k.Address, crypto.PubkeyToAddress(submitter.PublicKey)),
		devchain.WithLogger(quiet)}
	if eo.manual {
		opts = append(opts, devchain.WithManualBlocks())
	}
	chain, err := devchain.Start(ctx, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	m := chain.Manifest()
	manifest := filepath.Join(dir, "network.json")
	if err := ledger.WriteManifest(manifest, &m); err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	env := testEnv{dc: chain}
	lopts := []ledger.Option{ledger.WithLogger(quiet)}
	if eo.manual {
		lopts = append(lopts, ledger.WithAfterSend(env.sealer(t)))
	}
	client, err := ledger.New(ctx, eth, m.Contracts, submitter, lopts...)
	if err != nil {
		t.Fatal(err)
	}
	c := tinyConfig()
	c.G, c.L, c.E = 4, 1, 1
	c.RoundDuration, c.CommitWindow, c.VerifyWindow, c.DisputeWindow, c.DisputeDuration = 7200, 600, 300, 600, 6000
	blob, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	params, err := client.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := runs.Build(runs.Spec{Config: c, NumRounds: 4, Start: 0, WhistleblowerBps: 4000,
		MinGasPrice: big.NewInt(1e9), VerifierPenalty: new(big.Int).SetUint64(c.Stake - c.Slash), Pool: ledger.Ether(10)}, params)
	if err != nil {
		t.Fatal(err)
	}
	rc := plan.Run
	if eo.mutate != nil {
		eo.mutate(&rc)
	}
	run, err := client.CreateRun(ctx, rc, nil, ledger.Ether(10))
	if err != nil {
		t.Fatal(err)
	}
	env.manifest, env.runHex, env.keyFile, env.runConfig = manifest, swarm.RunID(run).String(), filepath.Join(dir, "key.json"), blob
	env.cfg, env.key, env.run, env.m = c, k, swarm.RunID(run), m
	return env
}

// sealer returns an after-send hook that seals a block on the manual dev chain (the
// transaction just sent goes into it).
func (e *testEnv) sealer(t *testing.T) func() {
	return func() {
		if err := e.dc.Seal(); err != nil {
			t.Errorf("seal: %v", err)
		}
	}
}

// config returns a node config on loopback for env in dataDir.
func (e testEnv) config(t *testing.T, dataDir string) *config.Config {
	t.Helper()
	c := config.Default()
	c.DataDir, c.Run, c.Chain.Manifest = dataDir, e.runHex, e.manifest
	c.Key.File = e.keyFile
	c.P2P.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
	c.API.Addr = "127.0.0.1:0"
	return c
}

// TestStartFailureStopsWhatStarted fails a real node's start at several steps and checks
// that exactly the services started before it were stopped, in reverse order, and that
// the data directory is free again; a node that starts stops every service in reverse.
func TestStartFailureStopsWhatStarted(t *testing.T) {
	env := newTestEnv(t)
	order := []string{"key", "store", "chain", "host", "gossip", "blob", "runconfig", "compute", "trace", "disputes", "engine", "keeper", "indexer", "api"}
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	cases := []struct {
		name, failAt string
		setup        func(c *config.Config) (undo func())
		pass         string
		want         error
	}{
		{name: "wrong passphrase", failAt: "key", pass: "not it"},
		{name: "locked data directory", failAt: "store", want: store.ErrLocked, setup: func(c *config.Config) func() {
			st, err := store.Open(c.DataDir)
			if err != nil {
				t.Fatal(err)
			}
			return func() { _ = st.Close() }
		}},
		{name: "unreachable chain", failAt: "chain", setup: func(c *config.Config) func() {
			c.Chain.RPCURL = "http://127.0.0.1:1"
			return func() {}
		}},
		{name: "API port taken", failAt: "api", setup: func(c *config.Config) func() {
			c.API.Addr = busy.Addr().String()
			return func() {}
		}},
		{name: "no failure"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			c := env.config(t, dir)
			undo := func() {}
			if tc.setup != nil {
				undo = tc.setup(c)
			}
			pass := "pw"
			if tc.pass != "" {
				pass = tc.pass
			}
			var seen []string
			n, err := New(c, WithRunConfig(env.runConfig), WithLogger(slog.New(slog.DiscardHandler)),
				WithLookupEnv(func(string) (string, bool) { return pass, true }),
				withObserver(func(s string) { seen = append(seen, s) }))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang guard only
			defer cancel()
			err = n.Start(ctx)
			undo()
			k := len(order)
			if tc.failAt != "" {
				k = slices.Index(order, tc.failAt)
				if err == nil || !strings.Contains(err.Error(), "start "+tc.failAt) {
					t.Fatalf("got %v, want a failed start of %s", err, tc.failAt)
				}
				if tc.want != nil && !errors.Is(err, tc.want) {
					t.Fatalf("got %v, want %v", err, tc.want)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				st, _, err := n.Status(ctx)
				if err != nil || st.Address != env.key.Address || swarm.RunID(st.Run) != env.run || st.Stage == "" {
					t.Fatalf("status of the running node: %+v, %v", st, err)
				}
				if err := n.Close(); err != nil {
					t.Fatalf("close: %v", err)
				}
				if _, _, err := n.Status(ctx); !errors.Is(err, ErrNotRunning) {
					t.Fatalf("status after close: got %v, want ErrNotRunning", err)
				}
			}
			var want []string
			for _, s := range order[:min(k+1, len(order))] {
				want = append(want, "start "+s)
			}
			for i := k - 1; i >= 0; i-- {
				want = append(want, "stop "+order[i])
			}
			if !slices.Equal(seen, want) {
				t.Fatalf("got\n%v\nwant\n%v", seen, want)
			}
			if tc.failAt == "store" {
				return
			}
			st, err := store.Open(dir) // the lock was released
			if err != nil {
				t.Fatalf("data directory still locked after the node stopped: %v", err)
			}
			_ = st.Close()
		})
	}
}
