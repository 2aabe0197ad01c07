package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/testnet"
)

// upReport runs `swarm testnet up --json args...` to its end and returns its report.
func upReport(t *testing.T, bin string, args ...string) *testnet.Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute) // a hang guard only
	defer cancel()
	return startUp(t, bin, args...).report(t, ctx)
}

// report waits for `up`'s summary and its exit, and reads the report it wrote.
func (up *upProc) report(t *testing.T, ctx context.Context) *testnet.Report {
	t.Helper()
	summary := up.await(t, ctx, "summary")
	if err := <-up.done; err != nil {
		t.Fatalf("testnet up: %v; stderr:\n%s", err, tail(up.stderr.String(), 4000))
	}
	reportDir, _ := summary["report"].(string)
	b, err := os.ReadFile(filepath.Join(reportDir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep testnet.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	return &rep
}

// TestTestnetPartition splits a 4-node testnet into {0,1} | {2,3} through the connection
// gater (deny lists, SIGHUP) for rounds 2 and 3 and heals it: every node acknowledges the
// split having closed its connections to the other side and the heal having redialed its
// bootstrap peers; every round's root is agreed by every node and the chain; the swarm is
// back to the attestations it had before the split within the run; nobody is slashed.
func TestTestnetPartition(t *testing.T) {
	if testing.Short() {
		t.Skip("plays real rounds of chain time")
	}
	bin := swarmBin(t)
	dir := filepath.Join(t.TempDir(), "tn")
	const rounds = 7
	rep := upReport(t, bin, "--dir", dir, "--nodes", "4", "--rounds", fmt.Sprint(rounds), "--chaos", "partition",
		"--partition-at", "2", "--partition-rounds", "2")
	p := rep.Partition
	if p == nil {
		t.Fatal("no partition in the report")
	}
	if fmt.Sprint(p.Sides) != "[[0 1] [2 3]]" || p.SplitRound != 2 || p.HealRound != 4 {
		t.Fatalf("partition %v split %d heal %d, want [[0 1] [2 3]] 2 4", p.Sides, p.SplitRound, p.HealRound)
	}
	for i := range 4 {
		s, h := p.Split[i], p.Heal[i]
		if s == nil || h == nil {
			t.Fatalf("node %d did not acknowledge the split (%v) or the heal (%v)", i, s, h)
		}
		if s.Denied != 2 || h.Denied != 0 || h.Redialed == 0 {
			t.Errorf("node %d: split %+v heal %+v, want 2 denied, then 0 denied and its bootstrap peers redialed", i, s, h)
		}
	}
	closed := 0
	for _, s := range p.Split {
		closed += s.Closed
	}
	if closed < 4 { // 4 cross-side pairs, each closed from at least one end
		t.Errorf("the split closed %d connections, want at least one per cross-side pair (4)", closed)
	}
	// A round that ends during the split may need an update blob held only on the other side
	// (its final set was attested there): then no node of this side can aggregate it and the
	// round is left unended (docs/TESTNET.md). The D rounds from the heal on still aggregate
	// the final sets of split rounds, and a side that could not end the last split round
	// missed the notices of the model it needs: they may be left unended too (seen once, under
	// load, for the heal round). No node may ever end a round with a root other than the
	// chain's; every round before the split, and every round from heal + D on, must be agreed.
	if rep.FinalityLag != 2 || p.HealRound+rep.FinalityLag >= rounds {
		t.Fatalf("finality lag %d with the heal in round %d: no round of %d after heal + D to check", rep.FinalityLag, p.HealRound, rounds)
	}
	if len(rep.Played) != rounds {
		t.Errorf("%d rounds played, want %d", len(rep.Played), rounds)
	}
	for _, r := range rep.Played {
		for _, n := range r.Nodes {
			if n.Ended && !strings.EqualFold(n.Next, r.ChainRoot) {
				t.Errorf("round %d: node %d ended with %s, the chain holds %s", r.Round, n.Node, n.Next, r.ChainRoot)
			}
		}
		if (r.Round < p.SplitRound || r.Round >= p.HealRound+rep.FinalityLag) && !r.Agreed {
			t.Errorf("round %d, before the split (round %d) or from heal + D (round %d) on, not agreed", r.Round, p.SplitRound, p.HealRound+rep.FinalityLag)
		}
	}
	if p.RecoveredRound < 0 {
		t.Errorf("not recovered after the heal: %+v", p.Rounds)
	}
	for _, n := range rep.Nodes {
		if n.Slashed != "0" {
			t.Errorf("node %d slashed %s", n.Index, n.Slashed)
		}
	}
	assertNoneLeft(t, dir)
}

// TestTestnetArm64 runs a 3-node testnet whose node 2 is a linux/arm64 build of swarm under
// qemu-aarch64: it ends every round with the chain's root, nobody disputes it and it disputes
// nobody (its verifications agree with the amd64 nodes'), and it commits, verifies and attests
// like them. It builds the arm64 binary (cached by the go build cache after the first time).
func TestTestnetArm64(t *testing.T) {
	if testing.Short() {
		t.Skip("plays real rounds of chain time, one node emulated")
	}
	emu, err := exec.LookPath("qemu-aarch64")
	if err != nil {
		t.Skip("qemu-aarch64 is not installed (make deps, or apt-get install qemu-user): cannot run an arm64 node")
	}
	bin := swarmBin(t)
	arm := filepath.Join(t.TempDir(), "swarm-arm64")
	build := exec.Command("go", "build", "-o", arm, ".")
	build.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build the arm64 binary: %v\n%s", err, out)
	}
	dir := filepath.Join(t.TempDir(), "tn")
	const rounds = 4
	rep := upReport(t, bin, "--dir", dir, "--nodes", "3", "--rounds", fmt.Sprint(rounds), "--chaos", "arm64",
		"--arm64-binary", arm, "--emulator", emu)
	a := rep.Arm64
	if a == nil || a.Node != 2 || len(a.Nodes) != 3 {
		t.Fatalf("arm64 account %+v, want node 2 of 3", a)
	}
	if a.RoundsEnded != rounds || a.RoundsWithChainRoot != rounds {
		t.Errorf("the arm64 node ended %d rounds, %d with the chain's root, want %d", a.RoundsEnded, a.RoundsWithChainRoot, rounds)
	}
	for _, n := range a.Nodes {
		if n.DisputesAgainst != 0 || n.DisputesBy != 0 || n.Slashed != "0" {
			t.Errorf("node %d (%s): disputes against %d, by %d, slashed %s; want none", n.Node, n.Arch, n.DisputesAgainst, n.DisputesBy, n.Slashed)
		}
		if n.Commits != rounds {
			t.Errorf("node %d (%s): %d commits, want %d", n.Node, n.Arch, n.Commits, rounds)
		}
	}
	if arm := a.Nodes[2]; arm.Arch != "arm64" || arm.Verified == 0 || arm.Attested == 0 {
		t.Errorf("arm64 node %+v: want it to verify and attest", arm)
	}
	if rep.Summary.RoundsAgreed != rounds {
		t.Errorf("%d rounds agreed, want %d", rep.Summary.RoundsAgreed, rounds)
	}
	if !strings.Contains(a.Emulator, "qemu-aarch64") {
		t.Errorf("emulator %q", a.Emulator)
	}
	assertNoneLeft(t, dir)
}
