package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/keys"
)

// TestJoinBadInput: `swarm join` given a wrong input exits 1 with one sentence that says
// what to do, before it touches the network where it can.
func TestJoinBadInput(t *testing.T) {
	bin := swarmBin(t)
	dir := t.TempDir()
	if _, err := keys.New(filepath.Join(dir, "key.json"), "input test", keys.WithScrypt(2, 1)); err != nil {
		t.Fatal(err)
	}
	unreachable := filepath.Join(dir, "unreachable.json")
	m := ledger.Manifest{Version: ledger.ManifestVersion, ChainID: 1337, RPCURL: "http://127.0.0.1:1",
		Contracts: ledger.Addresses{Ledger: common.HexToAddress("0x01"), Referee: common.HexToAddress("0x02")}}
	if err := ledger.WriteManifest(unreachable, &m); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte(`{"version": 1, "rpc_url": 5}`), 0o600); err != nil {
		t.Fatal(err)
	}
	run := "0x" + strings.Repeat("ab", 32)
	base := []string{"join", "--data-dir", dir, "--listen", "/ip4/127.0.0.1/tcp/0", "--api-addr", "127.0.0.1:0"}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no run", []string{"--manifest", unreachable}, "--run"},
		{"no manifest", []string{"--run", run}, "--manifest"},
		{"missing manifest file", []string{"--run", run, "--manifest", filepath.Join(dir, "nope.json")}, "nope.json"},
		{"malformed manifest", []string{"--run", run, "--manifest", garbage}, "garbage.json"},
		{"unreachable RPC", []string{"--run", run, "--manifest", unreachable}, "swarm doctor"},
		{"bad stake", []string{"--run", run, "--manifest", unreachable, "--stake", "-1"}, "--stake"},
		{"unknown adversary", []string{"--run", run, "--manifest", unreachable, "--adversary", "bogus"}, `--adversary "bogus": unknown adversary`},
		{"missing deny list", []string{"--run", run, "--manifest", unreachable, "--deny-peers", filepath.Join(dir, "no-deny")}, "--deny-peers"},
		{"bad deny list", []string{"--run", run, "--manifest", unreachable, "--deny-peers", garbage}, "line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			joinFails(t, exec.Command(bin, append(append([]string{}, base...), tc.args...)...), "input test", tc.want)
		})
	}
}

// TestJoinBadChainInput: `swarm join` against a real chain (a `swarm chain dev` process with
// a run on it) exits 1 with one sentence that says what to do when its key holds no ether,
// its run is not on the chain, or its manifest names another chain or contracts that are not
// there. (An unreachable RPC is in TestJoinBadInput, a data directory in use in
// TestJoinSwarm.)
func TestJoinBadChainInput(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain process")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang guard only
	defer cancel()
	s := newSwarmNet(t, ctx, 1)

	unfunded := t.TempDir()
	if _, err := keys.New(filepath.Join(unfunded, "key.json"), joinPassphrase, keys.WithScrypt(2, 1)); err != nil {
		t.Fatal(err)
	}
	manifest := func(name string, edit func(*ledger.Manifest)) string {
		m := s.m
		edit(&m)
		p := filepath.Join(t.TempDir(), name)
		if err := ledger.WriteManifest(p, &m); err != nil {
			t.Fatal(err)
		}
		return p
	}
	otherChain := manifest("other-chain.json", func(m *ledger.Manifest) { m.ChainID++ })
	noContracts := manifest("no-contracts.json", func(m *ledger.Manifest) {
		m.Contracts.Ledger = common.HexToAddress("0x00000000000000000000000000000000000a1b2c")
	})
	for _, tc := range []struct {
		name     string
		dir      string
		run      string
		manifest string
		want     string
	}{
		{"unfunded key", unfunded, s.runHex, s.manifest, "fund it first"},
		{"run not on the chain", s.dirs[0], "0x" + strings.Repeat("cd", 32), s.manifest, "does not exist on this chain"},
		{"manifest of another chain", s.dirs[0], s.runHex, otherChain, "check --manifest"},
		{"manifest without the contracts", s.dirs[0], s.runHex, noContracts, "check --manifest"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			joinFails(t, exec.CommandContext(ctx, s.bin, "join", "--data-dir", tc.dir, "--run", tc.run, "--manifest", tc.manifest,
				"--listen", "/ip4/127.0.0.1/tcp/0", "--api-addr", "127.0.0.1:0"), joinPassphrase, tc.want)
		})
	}
}

// joinFails runs cmd (a `swarm join` with the key's passphrase in the environment) and
// requires exit status 1 with one line on stderr, "swarm: …", naming want.
func joinFails(t *testing.T, cmd *exec.Cmd, passphrase, want string) {
	t.Helper()
	cmd.Env = append(os.Environ(), "SWARM_PASSPHRASE="+passphrase)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	msg := strings.TrimSpace(stderr.String())
	if err == nil || !strings.HasPrefix(msg, "swarm: ") || !strings.Contains(msg, want) || strings.Count(msg, "\n") > 0 {
		t.Fatalf("got exit %v and stderr %q, want one line naming %q", err, msg, want)
	}
	t.Logf("%s", msg)
}
