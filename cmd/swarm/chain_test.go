package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
)

// TestChainDev runs `swarm chain dev` as a user would, reads the manifest it
// prints and writes, talks to the chain, and stops it with SIGINT.
func TestChainDev(t *testing.T) {
	bin := swarmBin(t)
	path := filepath.Join(t.TempDir(), "network.json")
	cmd := exec.Command(bin, "chain", "dev", "--http-port", "0", "--ws-port", "0", "--manifest", path, "--json",
		"--fund", "0x00000000000000000000000000000000000000aa")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadBytes('\n')
	if err != nil {
		t.Fatalf("no manifest on stdout: %v", err)
	}
	var printed ledger.Manifest
	if err := json.Unmarshal(line, &printed); err != nil {
		t.Fatalf("stdout %q: %v", line, err)
	}
	m, err := ledger.ReadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	if *m != printed {
		t.Fatalf("written manifest %+v differs from printed %+v", m, printed)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	c, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil || id.Uint64() != m.ChainID {
		t.Fatalf("chain id %v (%v), manifest says %d", id, err, m.ChainID)
	}
	code, err := c.CodeAt(ctx, m.Contracts.Ledger, nil)
	if err != nil || len(code) == 0 {
		t.Fatalf("no Ledger code at %s: %v", m.Contracts.Ledger, err)
	}
	funded, err := c.BalanceAt(ctx, common.HexToAddress("0xaa"), nil)
	if err != nil || funded.Cmp(ledger.Ether(1_000_000)) != 0 {
		t.Fatalf("--fund address holds %v (%v), want 1,000,000 ether", funded, err)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("swarm chain dev exited with %v after SIGINT", err)
	}
}

// TestChainDevClockFlag: --clock takes wall or manual; anything else is one sentence.
func TestChainDevClockFlag(t *testing.T) {
	bin := swarmBin(t)
	_, stderr, err := run(t, bin, "chain", "dev", "--http-port", "0", "--ws-port", "0", "--clock", "fast",
		"--manifest", filepath.Join(t.TempDir(), "network.json"))
	if err == nil || !strings.Contains(stderr, `--clock "fast": want wall`) {
		t.Fatalf("--clock fast: err %v, stderr %q", err, stderr)
	}
	_, stderr, err = run(t, bin, "chain", "dev", "--http-port", "0", "--ws-port", "0", "--clock", "manual", "--period", "1s",
		"--manifest", filepath.Join(t.TempDir(), "network.json"))
	if err == nil || !strings.Contains(stderr, "drop the block period") {
		t.Fatalf("--clock manual --period 1s: err %v, stderr %q", err, stderr)
	}
}
