package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/testnet"
)

// TestTestnetAdversaries brings up 5 real `swarm join` processes for 4 rounds, three of them
// adversaries (tamper, copy, wrong-reward) and two honest, on the manual clock, with one
// kill -9 (node 1, honest, in round 2: CI's short scenario with an adversary and a kill), and
// reads the report: the killed node is back within two rounds; a tamper's contribution is convicted by a dispute with a verdict, every copy is
// marked a duplicate by the chain, a wrong-reward contribution is convicted by a
// wrong_reward dispute (its verifier's critique flags the group it trained on, and the
// chain recomputes the reward) or at least not attested, and one is convicted; every decided cheat was convicted or excluded and
// there is at least one; the honest node is never slashed and ends every round with the
// chain's root; the convicted tamper is slashed. Nothing waits on the wall clock: the
// testnet's clock driver moves chain time only when every node is idle.
func TestTestnetAdversaries(t *testing.T) {
	if testing.Short() {
		t.Skip("plays real rounds of chain time with cheating nodes")
	}
	bin := swarmBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute) // a hang guard only
	defer cancel()
	dir := filepath.Join(t.TempDir(), "tn")
	const rounds = 4
	up := startUp(t, bin, "--dir", dir, "--nodes", "5", "--rounds", "4", "--adversary", "tamper=1,copy=1,wrong-reward=1", "--chaos", "kill9")
	up.await(t, ctx, "testnet")
	rep := up.report(t, ctx)
	if len(rep.Played) != rounds || rep.Interrupted {
		t.Fatalf("report: %d rounds played (interrupted %v), want %d", len(rep.Played), rep.Interrupted, rounds)
	}
	s := rep.Summary
	if s.Kills != 1 || s.KillsBackIn2 != 1 {
		t.Errorf("kill -9: %d, back within two rounds: %d; want 1 and 1 (kills %+v)", s.Kills, s.KillsBackIn2, rep.Kills)
	}
	for _, k := range rep.Kills {
		if k.Node != 1 {
			t.Errorf("kill %+v: want node 1, an honest node", k)
		}
	}
	if s.CheatingContributions == 0 || s.CheatsCaught != s.CheatingContributions {
		t.Errorf("cheats convicted or excluded: %d of %d, want all of at least one; adversaries %+v", s.CheatsCaught, s.CheatingContributions, rep.Adversaries)
	}
	if s.HonestSlashed != 0 || s.RoundsAgreedByHonest != rounds {
		t.Errorf("honest nodes slashed %d, rounds agreed by every honest node %d of %d", s.HonestSlashed, s.RoundsAgreedByHonest, rounds)
	}
	byName := map[string]testnet.AdversaryReport{}
	for _, a := range rep.Adversaries {
		byName[a.Adversary] = a
	}
	if len(byName) != 3 {
		t.Fatalf("adversary reports %+v, want tamper, copy and wrong-reward", rep.Adversaries)
	}
	convicted := false
	for _, c := range byName["tamper"].Cheats {
		convicted = convicted || (c.Fate == "convicted" && c.Verdict != "")
	}
	if a := byName["tamper"]; !convicted || a.Slashed == "0" {
		t.Errorf("tamper: %+v, want a contribution convicted with a verdict, and slashed", a)
	}
	for name, fate := range map[string]string{"copy": "duplicate"} {
		a := byName[name]
		if len(a.Cheats) == 0 {
			t.Errorf("%s committed nothing", name)
		}
		for _, c := range a.Cheats {
			if c.Fate != fate {
				t.Errorf("%s round %d: %s, want %s", name, c.Round, c.Fate, fate)
			}
		}
	}
	wrongReward := 0
	for _, c := range byName["wrong-reward"].Cheats {
		switch {
		case c.Fate == "convicted" && c.Verdict == "wrong_reward":
			wrongReward++
		case c.Fate != "not attested":
			t.Errorf("wrong-reward round %d: %s (%s), want convicted (wrong_reward) or not attested", c.Round, c.Fate, c.Verdict)
		}
	}
	if a := byName["wrong-reward"]; wrongReward == 0 || a.Slashed == "0" {
		t.Errorf("wrong-reward: %+v, want a contribution convicted wrong_reward, and slashed", a)
	}
	for _, n := range rep.Nodes {
		if n.Adversary == "" && (n.Slashed != "0" || n.StakeBefore != n.StakeAfter) {
			t.Errorf("honest node %d: slashed %s, stake %s → %s", n.Index, n.Slashed, n.StakeBefore, n.StakeAfter)
		}
	}
	assertNoneLeft(t, dir)
}
