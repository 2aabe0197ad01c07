package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

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
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, append(append([]string{}, base...), tc.args...)...)
			cmd.Env = append(os.Environ(), "SWARM_PASSPHRASE=input test")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			msg := strings.TrimSpace(stderr.String())
			if err == nil || !strings.HasPrefix(msg, "swarm: ") || !strings.Contains(msg, tc.want) || strings.Count(msg, "\n") > 0 {
				t.Fatalf("got exit %v and stderr %q, want one line naming %q", err, msg, tc.want)
			}
			t.Logf("%s", msg)
		})
	}
}
