package runs_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/node/runs"
)

// TestCreateAndLoad creates a run on the embedded dev chain over its JSON-RPC endpoint,
// as `swarm run create` does, then loads it as a joining node does: the config found by
// the chain's hash and verified, the bootstrap addresses from the creation event.
func TestCreateAndLoad(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	chain, err := devchain.Start(ctx, devchain.WithPorts(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	m := chain.Manifest()
	c, closeRPC, err := runs.Connect(ctx, &m, chain.FaucetKey(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer closeRPC()

	params, err := c.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	spec := runs.DefaultSpec("add")
	spec.Pool = ledger.Ether(6)
	spec.Bootstrap = []string{"/ip4/127.0.0.1/tcp/4111/p2p/16Uiu2HAmHsTJwTXtGbGXVA6emeaYm9MpAVL4RDs7ifDeqXJqnW5w"}
	plan, err := runs.Build(spec, params)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path, err := runs.WriteConfigFile(dir, plan.Blob)
	if err != nil || filepath.Base(path) != runs.ConfigFileName(plan.ConfigHash) {
		t.Fatalf("config written to %s (%v), want the name of hash %s", path, err, plan.ConfigHash.Hex())
	}
	created, err := runs.Create(ctx, c, plan)
	if err != nil {
		t.Fatal(err)
	}
	if created.Run.Cfg.Start == 0 || created.Run.Pool.Cmp(spec.Pool) != 0 {
		t.Fatalf("run %+v: want a start filled in and a pool of %v", created.Run, spec.Pool)
	}

	got, err := runs.Load(ctx, c, created.ID, t.TempDir(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Config != spec.Config || got.ConfigFile != path || !slices.Equal(got.Bootstrap, spec.Bootstrap) {
		t.Fatalf("loaded %+v from %s with bootstrap %v", got.Config, got.ConfigFile, got.Bootstrap)
	}

	// A file under the hash's name whose bytes are another config is refused.
	other := spec.Config
	other.Seed++
	otherBlob, err := other.Encode()
	if err != nil {
		t.Fatal(err)
	}
	forged := t.TempDir()
	if err := os.WriteFile(filepath.Join(forged, runs.ConfigFileName(plan.ConfigHash)), otherBlob, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runs.Load(ctx, c, created.ID, forged, dir); !errors.Is(err, runs.ErrMismatch) {
		t.Fatalf("Load of a forged config file: got %v, want ErrMismatch", err)
	}
	if _, err := runs.Load(ctx, c, created.ID, t.TempDir()); !errors.Is(err, runs.ErrNoConfig) {
		t.Fatalf("Load without the config file: got %v, want ErrNoConfig", err)
	}
	if _, err := runs.Load(ctx, c, ledger.RunID{1}, dir); !errors.Is(err, runs.ErrUnknownRun) {
		t.Fatalf("Load of an unknown run: got %v, want ErrUnknownRun", err)
	}

	// The chain refuses what Build would have refused (here: the pool below the fees).
	poor := *plan
	poor.Spec.Pool = ledger.Ether(1)
	if _, err := runs.Create(ctx, c, &poor); !ledger.IsRevert(err, "BadRunConfig") {
		t.Fatalf("Create with a pool below the fees: got %v, want BadRunConfig", err)
	}

	wrong := m
	wrong.ChainID++
	if _, _, err := runs.Connect(ctx, &wrong, chain.FaucetKey(), nil); !errors.Is(err, runs.ErrWrongChain) {
		t.Fatalf("Connect with another chain ID: got %v, want ErrWrongChain", err)
	}
}
