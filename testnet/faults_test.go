package testnet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestArm64Node(t *testing.T) {
	for _, c := range []struct {
		advs []string
		want int
	}{
		{[]string{""}, 0},
		{[]string{"", "", ""}, 2},
		{[]string{"", "", "tamper"}, 1},
		{[]string{"", "lazy", "tamper"}, -1},
	} {
		if got := arm64Node(c.advs); got != c.want {
			t.Errorf("arm64Node(%q) = %d, want %d", c.advs, got, c.want)
		}
	}
}

func TestCheckArm64ELF(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o700); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hdr := func(machine byte) []byte {
		h := make([]byte, 64)
		copy(h, "\x7fELF")
		h[4], h[5], h[18] = 2, 1, machine
		return h
	}
	if err := checkArm64ELF(write("arm64", hdr(183))); err != nil {
		t.Fatalf("an arm64 header: %v", err)
	}
	if err := checkArm64ELF(write("amd64", hdr(62))); err == nil {
		t.Fatal("an x86-64 header was taken for arm64")
	}
	if err := checkArm64ELF(write("short", []byte("#!"))); err == nil {
		t.Fatal("a two-byte file was taken for arm64")
	}
	if err := checkArm64ELF(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("a missing file was taken for arm64")
	}
}

func TestFaultDefaults(t *testing.T) {
	o := Options{Nodes: 4, Rounds: 6, Faults: []string{"partition"}}
	if err := o.faultDefaults(); err != nil || o.PartitionAt != 2 || o.PartitionRounds != 2 {
		t.Fatalf("defaults: %v, at %d for %d", err, o.PartitionAt, o.PartitionRounds)
	}
	for _, bad := range []Options{
		{Nodes: 1, Rounds: 6, Faults: []string{"partition"}},
		{Nodes: 4, Rounds: 4, Faults: []string{"partition"}},
		{Nodes: 4, Rounds: 6, Faults: []string{"partition"}, PartitionAt: 4, PartitionRounds: 2},
	} {
		if err := bad.faultDefaults(); err == nil {
			t.Errorf("%+v was accepted", bad)
		}
	}
	o = Options{Nodes: 3, Rounds: 4, Faults: []string{"arm64"}}
	if err := o.faultDefaults(); err == nil || !strings.Contains(err.Error(), "--arm64-binary") {
		t.Fatalf("arm64 without a binary: %v", err)
	}
	o = Options{Nodes: 3, Rounds: 4, Faults: []string{"arm64"}, Arm64Binary: "x", Emulator: "no-such-emulator-here"}
	if err := o.faultDefaults(); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("a missing emulator: %v", err)
	}
}

func TestPartitionSides(t *testing.T) {
	p := &PartitionReport{Sides: [2][]int{{0, 1}, {2, 3, 4}}}
	for i, want := range []int{0, 0, 1, 1, 1} {
		if got := p.side(i); got != want {
			t.Errorf("side(%d) = %d, want %d", i, got, want)
		}
	}
}

// TestPartitionRounds: the partition's per-round account starts at the round before the
// split, sorts nodes by side, and recovery waits for an agreed round after the heal with the
// attestations of the rounds before the split.
func TestPartitionRounds(t *testing.T) {
	const root = "0x01"
	var rep Report
	for r, att := range []uint64{4, 4, 2, 1, 3, 4} {
		pl := Round{Round: uint64(r), ChainRoot: root, Attestations: att, Agreed: true, Commits: 4}
		for i := range 4 {
			next := root
			if r == 2 && i == 3 {
				next = "0x02"
			}
			pl.Nodes = append(pl.Nodes, NodeRound{Node: i, Ended: true, Next: next, Verified: 1})
		}
		rep.Played = append(rep.Played, pl)
	}
	p := &PartitionReport{Sides: [2][]int{{0, 1}, {2, 3}}, SplitRound: 2, HealRound: 4, RecoveredRound: -1}
	(&testnet{}).partitionRounds(p, &rep)
	if len(p.Rounds) != 5 || p.Rounds[0].Round != 1 || p.Rounds[0].Phase != "before" || p.Rounds[1].Phase != "split" || p.Rounds[3].Phase != "healed" {
		t.Fatalf("rounds %+v", p.Rounds)
	}
	if s := p.Rounds[1].Sides; s[0].WithChainRoot != 2 || s[1].WithChainRoot != 1 || len(s[1].Roots) != 2 || s[1].Verified != 2 {
		t.Fatalf("round 2 sides %+v", s)
	}
	if p.RecoveredRound != 5 {
		t.Fatalf("recovered in round %d, want 5 (round 4 has 3 attestations, the rounds before the split 4)", p.RecoveredRound)
	}
}
