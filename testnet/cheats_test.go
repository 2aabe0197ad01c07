package testnet

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/indexer"
)

// TestAdversaryReports classifies a sample of cheats: a convicted one (by its dispute), a
// duplicate, one nobody attested, one that got through (final), a moot one (final with an
// honest peer's update), a pending one; the lazy and sham-dispute nodes' lines; and the
// summary's numbers, with an honest node slashed and a round an adversary ended apart.
func TestAdversaryReports(t *testing.T) {
	addr := func(i int) string { return common.BigToAddress(common.Big1).Hex()[:41] + string(rune('0'+i)) }
	root := "0x" + strings.Repeat("ab", 32)
	r := &Report{Rounds: 3}
	advs := []string{"", "tamper", "copy", "withhold", "lazy", "sham-dispute"}
	for i, a := range advs {
		slashed := "0"
		if i == 1 {
			slashed = "500"
		}
		r.Nodes = append(r.Nodes, NodeReport{Index: i, Address: addr(i), Adversary: a, Slashed: slashed})
	}
	for n := range uint64(3) {
		p := Round{Round: n, ChainRoot: root}
		for i := range advs {
			next := root
			if i == 1 && n == 2 {
				next = "0x" + strings.Repeat("cd", 32) // an adversary apart: still agreed by the honest
			}
			p.Nodes = append(p.Nodes, NodeRound{Node: i, Ended: true, Next: next, Attested: 1})
		}
		p.Agreed = agreedRoot(&p)
		r.Played = append(r.Played, p)
	}
	a := func(i int) common.Address { return common.HexToAddress(addr(i)) }
	u1, u2 := common.HexToHash("0x01"), common.HexToHash("0x02")
	rounds := map[uint64]api.RoundResponse{
		0: {Round: indexer.Round{Commits: []indexer.Commit{{Peer: a(0), UpdateRoot: u1, Attestations: 1}, {Peer: a(1), UpdateRoot: u2, Convicted: true},
			{Peer: a(2), UpdateRoot: u1, Duplicate: true, Attestations: 0}, {Peer: a(3), UpdateRoot: u2}}}},
		1: {Round: indexer.Round{Commits: []indexer.Commit{{Peer: a(0), UpdateRoot: u1, Attestations: 1}, {Peer: a(4), UpdateRoot: u2, Attestations: 1},
			{Peer: a(3), UpdateRoot: u2, Attestations: 1}}}}, // the lazy node's update: an honest contribution
		2: {Round: indexer.Round{Commits: []indexer.Commit{{Peer: a(0), UpdateRoot: u1, Attestations: 1}, {Peer: a(3), UpdateRoot: u2, Attestations: 1}}}},
	}
	r.Disputes = []Dispute{{Round: 0, Solver: addr(1), Challenger: addr(0), State: "challenger_won", Outcome: "wrong_element"},
		{Round: 1, Solver: addr(0), Challenger: addr(5), State: "solver_won", Outcome: "solver_right"}}
	final := map[int]map[uint64]bool{0: {0: true, 1: true, 2: true}, 3: {1: true}}
	r.Adversaries = buildAdversaryReports(r, rounds, final)
	r.summarize()

	fates := map[string][]string{}
	for _, ar := range r.Adversaries {
		for _, c := range ar.Cheats {
			fates[ar.Adversary] = append(fates[ar.Adversary], c.Fate+"/"+c.Verdict)
		}
	}
	want := map[string]string{"tamper": "convicted/wrong_element", "copy": "duplicate/", "withhold": "not attested/ moot/ pending/"}
	for adv, w := range want {
		if got := strings.Join(fates[adv], " "); got != w {
			t.Errorf("%s: fates %q, want %q", adv, got, w)
		}
	}
	if len(fates["lazy"])+len(fates["sham-dispute"]) != 0 {
		t.Errorf("verifier adversaries have contribution cheats: %v", fates)
	}
	for _, ar := range r.Adversaries {
		if ar.Adversary == "sham-dispute" && (ar.Challenges != 1 || ar.ChallengesLost != 1) {
			t.Errorf("sham-dispute: %+v", ar)
		}
		if ar.Adversary == "lazy" && ar.Attested != 3 {
			t.Errorf("lazy: %+v", ar)
		}
	}
	s := r.Summary
	if s.CheatingContributions != 3 || s.CheatsCaught != 3 || s.MootCheats != 1 || s.PendingCheats != 1 || s.HonestSlashed != 0 ||
		s.RoundsAgreedByHonest != 3 || s.RoundsAgreed != 2 || s.ShamChallengesLost != 1 {
		t.Errorf("summary %+v", s)
	}
	text := r.SummaryText("")
	for _, w := range []string{"convicted or excluded: 3 of 3", "node 1 (tamper): 1 contributions: 1 convicted (wrong_element)", "node 5 (sham-dispute): opened 1 disputes, 1 ended with the solver right"} {
		if !strings.Contains(text, w) {
			t.Errorf("summary text lacks %q:\n%s", w, text)
		}
	}
	// A cheat that got through is not caught; an honest node slashed is counted.
	final[3][2] = true
	r.Nodes[0].Slashed = "1"
	r.Adversaries = buildAdversaryReports(r, rounds, final)
	r.summarize()
	if s := r.Summary; s.CheatsCaught != 3 || s.CheatingContributions != 4 || s.HonestSlashed != 1 {
		t.Errorf("with a cheat through and an honest node slashed: %+v", s)
	}
	// A withheld update the swarm aggregated D rounds later (here D = 1: in round 2's end,
	// round 1's final set; with D = 0 in the same round) was served by a peer holding the
	// same bytes: moot. Not when no node aggregated it with the chain's root.
	r.FinalityLag = 0
	r.Played[2].Nodes[4].Aggregated = 1
	r.Played[2].Nodes[4].Next = "0x" + strings.Repeat("ef", 32) // not the chain's root
	r.Adversaries = buildAdversaryReports(r, rounds, final)
	r.summarize()
	if s := r.Summary; s.CheatingContributions != 4 || s.MootCheats != 1 {
		t.Errorf("a withheld update aggregated into another root than the chain's: %+v", s)
	}
	r.Played[2].Nodes[4].Next = root
	r.Adversaries = buildAdversaryReports(r, rounds, final)
	r.summarize()
	if s := r.Summary; s.CheatingContributions != 3 || s.MootCheats != 2 || s.CheatsCaught != 3 {
		t.Errorf("a withheld update the swarm aggregated: %+v, want it moot", s)
	}
}
