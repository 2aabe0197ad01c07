package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/apiary-rl/apiary/node/doctor"
	"github.com/apiary-rl/apiary/node/keys"
)

// TestRunBinary runs the submitter's commands as real processes: `swarm chain dev`
// funding a key with short dispute windows, `swarm run create` of a run with 2-minute rounds, `swarm doctor` (exit 0 with the funded key, exit 1 with
// an unfunded one) and `swarm status` with no node (exit 1, one sentence).
func TestRunBinary(t *testing.T) {
	bin := swarmBin(t)
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key.json")
	k, err := keys.New(keyFile, "pw", keys.WithScrypt(1<<10, 1))
	if err != nil {
		t.Fatal(err)
	}
	poorFile := filepath.Join(dir, "poor.json")
	if _, err := keys.New(poorFile, "pw", keys.WithScrypt(1<<10, 1)); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(dir, "network.json")
	chain := exec.Command(bin, "chain", "dev", "--http-port", "0", "--ws-port", "0", "--manifest", manifest, "--json",
		"--fund", k.Address.Hex(), "--reveal-window", "10s", "--response-window", "10s", "--max-reveals", "1")
	stdout, err := chain.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = chain.Process.Signal(syscall.SIGINT)
		_ = chain.Wait()
	}()
	if _, err := bufio.NewReader(stdout).ReadBytes('\n'); err != nil {
		t.Fatalf("swarm chain dev printed no manifest: %v", err)
	}
	env := append(os.Environ(), "SWARM_PASSPHRASE=pw", "SWARM_DATA_DIR="+filepath.Join(dir, "data"))
	swarm := func(args ...string) (string, string, error) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		var o, e strings.Builder
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		return o.String(), e.String(), err
	}

	// The chain's dispute parameters allow a testnet's short rounds: a full dispute takes
	// (1+1)·(10 s+10 s) = 40 s there.
	short := []string{"run", "create", "--manifest", manifest, "--key-file", keyFile, "--pool", "6", "--size", "tiny",
		"--round", "2m", "--commit-window", "30s", "--verify-window", "10s", "--dispute-window", "20s"}
	_, errOut, err := swarm(append(short, "--dispute-duration", "30s")...)
	if err == nil || !strings.Contains(errOut, "below a full dispute on this chain") || !strings.Contains(errOut, "= 40s") {
		t.Fatalf("run create with a dispute duration below the chain's: %v, stderr %q", err, errOut)
	}
	out, errOut, err := swarm(append(short, "--dispute-duration", "40s", "--json")...)
	if err != nil {
		t.Fatalf("run create: %v\n%s", err, errOut)
	}
	var created createdRun
	if err := json.Unmarshal([]byte(out), &created); err != nil {
		t.Fatalf("run create stdout %q: %v", out, err)
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.Base(created.ConfigFile))); err != nil {
		t.Fatalf("the config file is not next to the manifest: %v", err)
	}

	doc := []string{"doctor", "--manifest", manifest, "--run", created.Run, "--listen", "/ip4/127.0.0.1/tcp/0", "--api-addr", "127.0.0.1:0", "--json"}
	out, errOut, err = swarm(append(doc, "--key-file", keyFile)...)
	var r doctor.Report
	if err != nil || json.Unmarshal([]byte(out), &r) != nil || !r.OK {
		t.Fatalf("doctor with the funded key: %v\n%s\n%s", err, out, errOut)
	}
	out, errOut, err = swarm(append(doc, "--key-file", poorFile)...)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(errOut, "checks failed") {
		t.Fatalf("doctor with an unfunded key: %v, stderr %q, want exit 1", err, errOut)
	}
	if json.Unmarshal([]byte(out), &r) != nil || r.OK {
		t.Fatalf("doctor --json with an unfunded key printed %s", out)
	}

	_, errOut, err = swarm("status", "--api-addr", "127.0.0.1:1")
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 ||
		!strings.Contains(errOut, "no node answers") {
		t.Fatalf("status with no node: %v, stderr %q, want exit 1 and one line", err, errOut)
	}
}
