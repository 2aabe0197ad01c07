package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/testnet"
)

// upProc is a `swarm testnet up --json` process and its JSON lines.
type upProc struct {
	cmd    *exec.Cmd
	stderr *lockedWriter
	lines  chan map[string]any
	done   chan error
}

func startUp(t *testing.T, bin string, args ...string) *upProc {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"testnet", "up", "--json"}, args...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &upProc{cmd: cmd, stderr: &lockedWriter{w: &bytes.Buffer{}}, lines: make(chan map[string]any, 256), done: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Errorf("testnet up printed %q, not a JSON object: %v", sc.Text(), err)
				continue
			}
			p.lines <- m
		}
		close(p.lines)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
		}
	})
	return p
}

// await returns the next line whose "event" is kind, failing when up ends first or the guard expires.
func (p *upProc) await(t *testing.T, ctx context.Context, kind string) map[string]any {
	t.Helper()
	for {
		select {
		case m, ok := <-p.lines:
			if !ok {
				t.Fatalf("testnet up ended before a %q line; stderr:\n%s", kind, tail(p.stderr.String(), 4000))
			}
			t.Logf("up: %v", m)
			if m["event"] == kind {
				return m
			}
		case <-ctx.Done():
			t.Fatalf("no %q line before the guard expired; stderr:\n%s", kind, tail(p.stderr.String(), 4000))
		}
	}
}

// assertNoneLeft fails if a process the manifest in dir names is alive.
func assertNoneLeft(t *testing.T, dir string) {
	t.Helper()
	m, err := testnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	pids := []int{m.PID}
	for _, n := range m.Nodes {
		pids = append(pids, n.PID)
	}
	for _, pid := range pids {
		if b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline")); err == nil && len(b) > 0 && bytes.Contains(b, []byte(dir)) {
			t.Errorf("process %d (%q) is left", pid, strings.ReplaceAll(string(b), "\x00", " "))
		}
	}
}

// TestTestnetUp brings up a 3-node testnet for 5 rounds with one kill -9 (node 1 in round
// 3, the first whose θ is an aggregate: D = 2) as real processes: `swarm testnet status`
// answers with every node while it runs; the root every node ended each round with equals
// the one the test reads from the chain itself while the testnet runs; the report says
// every round's model root was agreed by every node, the killed one included (restarted,
// it resumes the round from the θ_3 its store holds), and equals the chain's, the killed
// node committed again within two rounds, no node was slashed; `swarm testnet down` then
// finds no process left.
//
// The dev chain runs on the manual clock (`--clock manual`, the default): chain time moves
// only when every node is idle (testnet.ClockDriver in `up`), and the killed node holds it
// until it is back, so no node can miss a window however slow or loaded the machine is;
// the test waits on the nodes' events only.
func TestTestnetUp(t *testing.T) {
	if testing.Short() {
		t.Skip("plays real rounds of chain time")
	}
	bin := swarmBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	dir := filepath.Join(t.TempDir(), "tn")
	const nodes, rounds, killRound, killed = 3, 5, 3, 1
	up := startUp(t, bin, "--dir", dir, "--nodes", "3", "--rounds", "5", "--clock", "manual", "--chaos", "kill9", "--kill-every", "3")
	up.await(t, ctx, "testnet")
	first := up.await(t, ctx, "round")

	// The chain, read by the test itself while the testnet runs (the dev chain lives in `up`).
	nm, err := ledger.ReadManifest(filepath.Join(dir, "network.json"))
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, nm.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	reader, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	chain, err := ledger.New(ctx, eth, nm.Contracts, reader)
	if err != nil {
		t.Fatal(err)
	}
	tm, err := testnet.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if tm.Clock != testnet.ClockManual {
		t.Errorf("manifest clock %q, want %s", tm.Clock, testnet.ClockManual)
	}
	runID, err := swarm.ParseRunID(tm.Run)
	if err != nil {
		t.Fatal(err)
	}

	out, errOut, err := run(t, bin, "testnet", "status", "--dir", dir, "--json")
	if err != nil {
		t.Fatalf("testnet status: %v\n%s", err, errOut)
	}
	var st testnet.TestnetStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil || !st.Up || len(st.Nodes) != nodes {
		t.Fatalf("testnet status: %s (%v), want up with %d nodes", out, err, nodes)
	}
	for _, n := range st.Nodes {
		if n.Status == nil || n.Status.Peers < 1 {
			t.Errorf("status of node %d: %+v, want its API's answer with a peer", n.Index, n)
		}
	}

	// Once round r+1 is printed, θ_{r+1} of round r is on chain for good: the test reads it
	// there and compares it with the root every node ended round r with.
	lines := []map[string]any{first}
	for len(lines) < rounds {
		lines = append(lines, up.await(t, ctx, "round"))
		r := len(lines) - 2
		root, err := chain.ModelRoot(ctx, runID, uint64(r)+1)
		if err != nil {
			t.Fatal(err)
		}
		want := common.Hash(root).Hex()
		if root == ([32]byte{}) {
			t.Errorf("round %d: no model root agreed on chain", r)
		}
		nodesOf, _ := lines[r]["nodes"].([]any)
		for _, x := range nodesOf {
			n, _ := x.(map[string]any)
			if n["ended"] == true && !strings.EqualFold(n["next"].(string), want) {
				t.Errorf("round %d: node %v ended with %v, the chain holds %s", r, n["node"], n["next"], want)
			}
		}
	}
	rep := up.report(t, ctx)
	if len(rep.Played) != rounds || rep.Interrupted {
		t.Fatalf("report: %d rounds played (interrupted %v), want %d", len(rep.Played), rep.Interrupted, rounds)
	}
	zero := "0x0000000000000000000000000000000000000000000000000000000000000000"
	for _, p := range rep.Played {
		if !p.Agreed || p.ChainRoot == "" || p.ChainRoot == zero {
			t.Errorf("round %d: agreed %v, chain root %s", p.Round, p.Agreed, p.ChainRoot)
		}
		for _, n := range p.Nodes {
			if !n.Ended || !strings.EqualFold(n.Next, p.ChainRoot) {
				t.Errorf("round %d node %d: ended %v with %s, the chain holds %s", p.Round, n.Node, n.Ended, n.Next, p.ChainRoot)
			}
		}
	}
	if len(rep.Kills) != 1 {
		t.Fatalf("kills %+v, want one", rep.Kills)
	}
	if k := rep.Kills[0]; k.Node != killed || k.Round != killRound || !k.Back || k.BackRound > k.Round+2 {
		t.Errorf("kill %+v: want node %d killed in round %d and back within two rounds", k, killed, killRound)
	}
	for _, n := range rep.Nodes {
		if n.Slashed != "0" || n.StakeBefore == "" || n.StakeBefore != n.StakeAfter {
			t.Errorf("node %d: slashed %s, stake %s → %s", n.Index, n.Slashed, n.StakeBefore, n.StakeAfter)
		}
	}
	if rep.Summary.SlashedNodes != 0 || rep.Summary.RoundsAgreed != rounds || rep.Summary.KillsBackIn2 != 1 {
		t.Errorf("summary %+v", rep.Summary)
	}
	reportDir := filepath.Join(dir, "report") // docs/TESTNET.md: <dir>/report/
	for _, f := range []string{"report.html", "reward.svg", "accuracy.svg", "stakes.svg", "activity.svg"} {
		if b, err := os.ReadFile(filepath.Join(reportDir, f)); err != nil || len(b) == 0 {
			t.Errorf("report file %s: %v", f, err)
		}
	}

	out, errOut, err = run(t, bin, "testnet", "down", "--dir", dir)
	if err != nil || !strings.Contains(out, "no process of the testnet is left") {
		t.Fatalf("testnet down: %v\n%s%s", err, out, errOut)
	}
	assertNoneLeft(t, dir)
}

// TestTestnetDown stops a running testnet with `swarm testnet down`: `up` ends with an
// interrupted report and no process of the testnet is left.
func TestTestnetDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and two nodes")
	}
	bin := swarmBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang guard only
	defer cancel()
	dir := filepath.Join(t.TempDir(), "tn")
	up := startUp(t, bin, "--dir", dir, "--nodes", "2", "--rounds", "20")
	up.await(t, ctx, "testnet")
	out, errOut, err := run(t, bin, "testnet", "down", "--dir", dir)
	if err != nil || !strings.Contains(out, "stopped swarm testnet up") {
		t.Fatalf("testnet down: %v\n%s%s", err, out, errOut)
	}
	summary := up.await(t, ctx, "summary")
	if summary["interrupted"] != true {
		t.Errorf("summary %v: want interrupted", summary)
	}
	if err := <-up.done; err != nil {
		t.Fatalf("testnet up after down: %v", err)
	}
	assertNoneLeft(t, dir)
	// A second down finds nothing to stop; status says the testnet is stopped.
	if out, errOut, err := run(t, bin, "testnet", "down", "--dir", dir); err != nil || !strings.Contains(out, "no process of the testnet is left") {
		t.Fatalf("second down: %v\n%s%s", err, out, errOut)
	}
	if out, _, err := run(t, bin, "testnet", "status", "--dir", dir); err != nil || !strings.Contains(out, "stopped") {
		t.Fatalf("status after down: %v\n%s", err, out)
	}
}
