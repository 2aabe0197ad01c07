package testnet

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fp(v float64) *float64 { return &v }

// sampleReport is two nodes over three rounds: round 1 not agreed (node 1 ended with
// another root), node 1 killed in round 1 and back in round 2, node 1 slashed.
func sampleReport() *Report {
	root := "0x" + strings.Repeat("ab", 32)
	r := &Report{Run: "0x01", Rounds: 3, Task: "reverse", Size: "tiny", Faults: []string{"kill9"},
		Nodes: []NodeReport{{Index: 0, Slashed: "0", StakeBefore: "1000000000000000000", StakeAfter: "1000000000000000000"},
			{Index: 1, Slashed: "500000000000000000", StakeBefore: "1000000000000000000", StakeAfter: "500000000000000000"}},
		Kills: []Kill{{Node: 1, Round: 1, Back: true, BackRound: 2}}}
	for n := range uint64(3) {
		p := Round{Round: n, ChainRoot: root, Commits: 2, Attestations: 2}
		for i := range 2 {
			next := root
			if n == 1 && i == 1 {
				next = "0x" + strings.Repeat("cd", 32)
			}
			p.Nodes = append(p.Nodes, NodeRound{Node: i, Ended: true, Next: next, Reward: fp(0.1 * float64(n)), Accuracy: fp(0.2), Stake: "1000000000000000000"})
		}
		p.Agreed = agreedRoot(&p)
		p.MeanReward, p.MeanAccuracy = fp(0.1*float64(n)), fp(0.2)
		r.Played = append(r.Played, p)
	}
	return r
}

func TestReportSummary(t *testing.T) {
	r := sampleReport()
	r.summarize()
	s := r.Summary
	if s.RoundsPlayed != 3 || s.RoundsAgreed != 2 || s.Kills != 1 || s.KillsBackIn2 != 1 || s.SlashedNodes != 1 || s.FinalAccuracy == nil {
		t.Fatalf("summary %+v", s)
	}
	r.Kills[0].BackRound = 4 // three rounds after its kill
	r.summarize()
	if r.Summary.KillsBackIn2 != 0 {
		t.Fatalf("a node back after three rounds counted as back within two: %+v", r.Summary)
	}
	r.Kills[0].Back, r.Kills[0].BackRound = false, 0 // node 1, slashed: join refuses it
	r.summarize()
	if r.Summary.KillsBackIn2 != 0 || r.Summary.KillsSlashedOut != 1 {
		t.Fatalf("a slashed node not back: %+v, want it counted as slashed out", r.Summary)
	}
	r.Nodes[1].Slashed = "0"
	r.summarize()
	if r.Summary.KillsSlashedOut != 0 {
		t.Fatalf("an unslashed node not back counted as slashed out: %+v", r.Summary)
	}
	r.Nodes[1].Slashed = "500000000000000000"
	r.summarize()
	text := r.SummaryText("/x/report.html")
	for _, want := range []string{"3 of 3 rounds played", "in 2 of 3 rounds", "nodes slashed: 1", "not back: 1 slashed below the run's stake", "report: /x/report.html", "stake 1 ether → 0.5 ether"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary text lacks %q:\n%s", want, text)
		}
	}
}

func TestAgreedRoot(t *testing.T) {
	p := &Round{ChainRoot: "0x" + strings.Repeat("00", 32), Nodes: []NodeRound{{Ended: true, Next: "0x" + strings.Repeat("00", 32)}}}
	if agreedRoot(p) {
		t.Fatal("a zero chain root (no vote agreed) counted as agreed")
	}
	p = &Round{ChainRoot: "0xAB", Nodes: []NodeRound{{Ended: false}}}
	if agreedRoot(p) {
		t.Fatal("a round no node ended counted as agreed")
	}
	p.Nodes = append(p.Nodes, NodeRound{Ended: true, Next: "0xab"})
	if !agreedRoot(p) {
		t.Fatal("roots differing only in hex case not agreed")
	}
}

// TestReportWrite: report.json decodes back, every plot is well-formed SVG with one line
// per node, and report.html shows every plot.
func TestReportWrite(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport()
	r.summarize()
	if err := r.Write(dir); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil || len(back.Played) != 3 || back.Summary.RoundsAgreed != 2 {
		t.Fatalf("report.json: %v, %+v", err, back.Summary)
	}
	page, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"reward.svg", "accuracy.svg", "stakes.svg", "activity.svg"} {
		if !strings.Contains(string(page), `src="`+name+`"`) {
			t.Errorf("report.html does not show %s", name)
		}
		svg, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(strings.NewReader(string(svg)))
		paths := 0
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed: %v", name, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "path" {
				paths++
			}
		}
		want := 2 // one line per node
		if name == "activity.svg" {
			want = 3 // commits, attestations, disputes
		}
		if paths != want {
			t.Errorf("%s draws %d lines, want %d", name, paths, want)
		}
	}
}
