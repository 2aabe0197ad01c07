package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/runs"
)

// TestRunCreate creates a run with `swarm run create` against the embedded dev chain and
// loads it back as a joining node does (config found by the chain's hash and verified).
func TestRunCreate(t *testing.T) {
	k, keyFile := newTestKey(t)
	env := newDevEnv(t, k.Address)
	t.Setenv("SWARM_DATA_DIR", t.TempDir())
	boot := "/ip4/127.0.0.1/tcp/4111/p2p/16Uiu2HAmHsTJwTXtGbGXVA6emeaYm9MpAVL4RDs7ifDeqXJqnW5w"
	base := []string{"run", "create", "--manifest", env.manifest, "--key-file", keyFile}

	out, err := execSwarm(t, append(base, "--pool", "6", "--size", "tiny", "--start-in", "10m", "--bootstrap", boot, "--warm-start", "20", "--json")...)
	if err != nil {
		t.Fatalf("run create: %v\n%s", err, out)
	}
	var got createdRun
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout %q: %v", out, err)
	}
	if got.Submitter != k.Address.Hex() || got.Pool != ledger.Ether(6).String() || got.Task != "add" || got.NumRounds != 10 {
		t.Fatalf("created %+v: want submitter %s, a pool of 6 ether, task add, 10 rounds", got, k.Address.Hex())
	}
	ctx := context.Background()
	m := env.chain.Manifest()
	c, closeRPC, err := runs.Connect(ctx, &m, k.Private, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer closeRPC()
	loaded, err := runs.Load(ctx, c, common.HexToHash(got.Run), env.dir)
	if err != nil {
		t.Fatalf("load the created run from the manifest's directory: %v", err)
	}
	if loaded.Config.Model.Layers != 1 || loaded.Config.WarmStart != 20 || len(loaded.Bootstrap) != 1 || loaded.Bootstrap[0] != boot || loaded.ConfigFile != got.ConfigFile {
		t.Fatalf("loaded %+v", loaded)
	}
	head, err := c.Backend().HeaderByNumber(ctx, nil)
	if err != nil || loaded.Run.Cfg.Start < head.Time+500 {
		t.Fatalf("start %d, head time %d (%v): want about 10 minutes ahead", loaded.Run.Cfg.Start, head.Time, err)
	}

	out, err = execSwarm(t, append(base, "--pool", "6")...)
	if err != nil || !strings.Contains(out, "created on chain") || !strings.Contains(out, "swarm join --manifest") {
		t.Fatalf("run create (text): %v\n%s", err, out)
	}
}

func TestRunCreateRefuses(t *testing.T) {
	k, keyFile := newTestKey(t)
	env := newDevEnv(t, k.Address)
	t.Setenv("SWARM_DATA_DIR", t.TempDir())
	base := []string{"run", "create", "--manifest", env.manifest, "--key-file", keyFile}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--pool", "6", "--commit-window", "0s"}, "every window must be positive"},
		{[]string{"--pool", "6", "--verify-window", "0s"}, "every window must be positive"},
		{[]string{"--pool", "0"}, "reward pool is 0"},
		{nil, "no reward pool: pass --pool"},
		{[]string{"--pool", "6", "--task", "chess"}, "chess"},
		{[]string{"--pool", "6", "--size", "huge"}, "unknown model size"},
		{[]string{"--pool", "6", "--round", "90m", "--dispute-duration", "10m"}, "below a full dispute"},
		{[]string{"--pool", "1"}, "pool at least 5.12 ether"},
		{[]string{"--pool", "6", "--commit-window", "1.5s"}, "whole number of seconds"},
		{[]string{"--pool", "six"}, "not a decimal number"},
		{[]string{"--pool", "6", "--stake", "20"}, "64 bits"},
		{[]string{"--pool", "6", "--bootstrap", "/ip4/127.0.0.1/tcp/1"}, "is not a peer multiaddr"},
		{[]string{"--pool", "6", "--passphrase", "pw"}, "unknown flag"},
		{[]string{"--pool", "6", "--manifest", ""}, "no network manifest"},
		{[]string{"--pool", "2000"}, "insufficient funds"},
	} {
		out, err := execSwarm(t, append(append([]string{}, base...), tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run create %v: got %v (output %q), want an error saying %q", tc.args, err, out, tc.want)
		}
	}
}
