package testnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/apiary-rl/apiary/node/plot"
	"github.com/apiary-rl/apiary/node/runs"
)

// Report is what a testnet did, written as report.json.
type Report struct {
	Run     string `json:"run"`
	ChainID uint64 `json:"chain_id"`
	Task    string `json:"task"`
	Size    string `json:"size"`
	// RoundSeconds is the run's round length; Rounds the rounds it pays for.
	RoundSeconds uint64 `json:"round_seconds"`
	Rounds       int    `json:"rounds"`
	// FinalityLag is the run's D: round r's final set is aggregated in round r+D.
	FinalityLag uint64       `json:"finality_lag"`
	Faults      []string     `json:"faults"`
	Nodes       []NodeReport `json:"nodes"`
	Played      []Round      `json:"played"`
	Kills       []Kill       `json:"kills"`
	Disputes    []Dispute    `json:"disputes"`
	// Adversaries says, per adversary node, what became of its cheats (cheats.go).
	Adversaries []AdversaryReport `json:"adversaries"`
	Summary     Summary           `json:"summary"`
	// Partition, Arm64 and Usage are the partition and arm64 faults' accounts and the nodes'
	// resources (testnet/faults.go).
	Partition *PartitionReport `json:"partition,omitempty"`
	Arm64     *Arm64Report     `json:"arm64,omitempty"`
	Usage     []NodeUsage      `json:"usage,omitempty"`
	// Interrupted is set when the testnet was stopped before the run's last round.
	Interrupted bool `json:"interrupted,omitempty"`
}

// NodeReport is one node over the whole testnet.
type NodeReport struct {
	Index     int    `json:"index"`
	Address   string `json:"address"`
	PeerID    string `json:"peer_id"`
	Adversary string `json:"adversary,omitempty"`
	// StakeBefore is the node's stake once every node started (after its join), StakeAfter at the end (wei, from the chain).
	StakeBefore string `json:"stake_before"`
	StakeAfter  string `json:"stake_after"`
	// Earned, Fees and Slashed sum the node's per-round rewards (wei, from chain events).
	Earned   string `json:"earned"`
	Fees     string `json:"fees"`
	Slashed  string `json:"slashed"`
	Commits  int    `json:"commits"`
	Restarts int    `json:"restarts"`
}

// Round is one round of the run.
type Round struct {
	Round uint64 `json:"round"`
	// ChainRoot is θ_{round+1} as the chain holds it (zero until agreed); Agreed is
	// set when every node that ended the round ended it with that root.
	ChainRoot string `json:"chain_root"`
	Agreed    bool   `json:"agreed"`
	// Commits and Attestations are the chain's counts; Disputes those opened about the round.
	Commits      int    `json:"commits"`
	Attestations uint64 `json:"attestations"`
	Disputes     int    `json:"disputes"`
	// MeanReward and MeanAccuracy average the nodes' curve points (NaN-free: absent when no node reported).
	MeanReward   *float64    `json:"mean_reward,omitempty"`
	MeanAccuracy *float64    `json:"mean_accuracy,omitempty"`
	Nodes        []NodeRound `json:"nodes"`
}

// NodeRound is one node in one round.
type NodeRound struct {
	Node int `json:"node"`
	// Ended is set when the node played the round to its end; Next is its θ_{round+1}.
	Ended      bool   `json:"ended"`
	Next       string `json:"next,omitempty"`
	Committed  bool   `json:"committed"`
	Verified   int    `json:"verified"`
	Attested   int    `json:"attested"`
	Aggregated int    `json:"aggregated"`
	// Reward and Accuracy are the node's curve point for the round, if it reported one.
	Reward   *float64 `json:"reward,omitempty"`
	Accuracy *float64 `json:"accuracy,omitempty"`
	// Stake is the node's stake on chain when the round's line was printed (wei).
	Stake string `json:"stake"`
	// Earned, Fees and Slashed are what chain events credit the node for this round (wei).
	Earned  string `json:"earned,omitempty"`
	Fees    string `json:"fees,omitempty"`
	Slashed string `json:"slashed,omitempty"`
	Down    bool   `json:"down,omitempty"`
}

// Kill is one kill -9 of the fault schedule.
type Kill struct {
	Node  int    `json:"node"`
	Round uint64 `json:"round"`
	// Reloaded is set when the restarted node reloaded the contribution it had written ahead.
	Reloaded bool `json:"reloaded"`
	// BackRound is the round of its next commitment after the restart; Back is set once it came.
	Back      bool   `json:"back"`
	BackRound uint64 `json:"back_round,omitempty"`
}

// Dispute is a dispute of the run, with its outcome.
type Dispute struct {
	ID         uint64 `json:"id"`
	Round      uint64 `json:"round"`
	Solver     string `json:"solver"`
	Challenger string `json:"challenger"`
	State      string `json:"state"`
	Outcome    string `json:"outcome"`
	Slashed    string `json:"slashed"`
}

// Summary is the report in numbers.
type Summary struct {
	RoundsPlayed int `json:"rounds_played"`
	// RoundsAgreed counts rounds whose every ending node agreed the chain's root.
	RoundsAgreed int `json:"rounds_agreed"`
	Kills        int `json:"kills"`
	KillsBackIn2 int `json:"kills_back_within_two_rounds"`
	// KillsSlashedOut counts the kills not back whose node was slashed (a convicted cheat:
	// its stake is below the run's minimum, so `join` refuses to start it again).
	KillsSlashedOut int      `json:"kills_not_back_slashed"`
	SlashedNodes    int      `json:"slashed_nodes"`
	Disputes        int      `json:"disputes"`
	FinalAccuracy   *float64 `json:"final_accuracy,omitempty"`
	// CheatingContributions counts the adversaries' cheating contributions whose fate was
	// decided (not the moot ones, MootCheats, nor the pending ones, PendingCheats: see
	// Cheat.Fate), CheatsCaught
	// those convicted or kept out of the final set; HonestSlashed the honest nodes slashed
	// (must be 0); RoundsAgreedByHonest the rounds whose chain root every honest node that
	// ended the round ended it with; ShamChallenges the disputes adversaries opened and
	// ShamChallengesLost those a sham-dispute node lost (solver right).
	CheatingContributions int `json:"cheating_contributions"`
	CheatsCaught          int `json:"cheats_convicted_or_excluded"`
	MootCheats            int `json:"moot_cheats"`
	PendingCheats         int `json:"pending_cheats"`
	HonestSlashed         int `json:"honest_nodes_slashed"`
	RoundsAgreedByHonest  int `json:"rounds_agreed_by_honest_nodes"`
	ShamChallenges        int `json:"adversary_challenges"`
	ShamChallengesLost    int `json:"sham_challenges_lost"`
}

// summarize fills r.Summary from the rest of r.
func (r *Report) summarize() {
	s := Summary{RoundsPlayed: len(r.Played), Kills: len(r.Kills), Disputes: len(r.Disputes)}
	for _, p := range r.Played {
		if p.Agreed {
			s.RoundsAgreed++
		}
		if p.MeanAccuracy != nil {
			s.FinalAccuracy = p.MeanAccuracy
		}
	}
	slashed := map[int]bool{}
	for _, n := range r.Nodes {
		if v, ok := new(big.Int).SetString(n.Slashed, 10); ok && v.Sign() > 0 {
			s.SlashedNodes++
			slashed[n.Index] = true
		}
	}
	for _, k := range r.Kills {
		switch {
		case k.Back && k.BackRound <= k.Round+2:
			s.KillsBackIn2++
		case !k.Back && slashed[k.Node]:
			s.KillsSlashedOut++
		}
	}
	r.summarizeAdversaries(&s)
	r.Summary = s
}

// Write writes report.json, the SVG plots and report.html into dir.
func (r *Report) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("report: encode: %w", err)
	}
	files := map[string][]byte{"report.json": append(b, '\n')}
	charts := r.charts()
	var page bytes.Buffer
	fmt.Fprintf(&page, "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Apiary testnet %s</title></head><body style=\"font-family:sans-serif\">\n", html.EscapeString(r.Run))
	fmt.Fprintf(&page, "<h1>Apiary testnet</h1>\n<p>run %s, %d nodes, %d of %d rounds played, task %s (%s model), faults: %s</p>\n",
		html.EscapeString(r.Run), len(r.Nodes), len(r.Played), r.Rounds, html.EscapeString(r.Task), html.EscapeString(r.Size), html.EscapeString(strings.Join(r.Faults, ", ")))
	fmt.Fprintf(&page, "<pre>%s</pre>\n", html.EscapeString(r.SummaryText("")))
	for _, c := range charts {
		files[c.file] = c.chart.SVG()
		fmt.Fprintf(&page, "<h2>%s</h2>\n<img src=\"%s\" alt=\"%s\">\n", html.EscapeString(c.chart.Title), c.file, html.EscapeString(c.chart.Title))
	}
	page.WriteString("<p>Numbers: <a href=\"report.json\">report.json</a>.</p>\n</body></html>\n")
	files["report.html"] = page.Bytes()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	return nil
}

type namedChart struct {
	file  string
	chart plot.Chart
}

// charts are the report's plots: reward, accuracy, stakes, activity over rounds.
func (r *Report) charts() []namedChart {
	reward := plot.Chart{Title: "Mean rollout reward per node", XLabel: "round", YLabel: "reward"}
	acc := plot.Chart{Title: "Accuracy per node (as the node reports it)", XLabel: "round", YLabel: "accuracy", YMin: 0, YMax: 1}
	stakes := plot.Chart{Title: "Stake per node (chain)", XLabel: "round", YLabel: "ether"}
	for _, n := range r.Nodes {
		name := fmt.Sprintf("node %d", n.Index)
		if n.Adversary != "" {
			name += " (" + n.Adversary + ")"
		}
		rs, as, ss := plot.Series{Name: name}, plot.Series{Name: name}, plot.Series{Name: name}
		for _, p := range r.Played {
			for _, nr := range p.Nodes {
				if nr.Node != n.Index {
					continue
				}
				x := float64(p.Round)
				if nr.Reward != nil {
					rs.Points = append(rs.Points, plot.Point{X: x, Y: *nr.Reward})
				}
				if nr.Accuracy != nil {
					as.Points = append(as.Points, plot.Point{X: x, Y: *nr.Accuracy})
				}
				if v, ok := new(big.Float).SetString(nr.Stake); ok {
					e, _ := new(big.Float).Quo(v, big.NewFloat(1e18)).Float64()
					ss.Points = append(ss.Points, plot.Point{X: x, Y: e})
				}
			}
		}
		reward.Series = append(reward.Series, rs)
		acc.Series = append(acc.Series, as)
		stakes.Series = append(stakes.Series, ss)
	}
	activity := plot.Chart{Title: "Commits, attestations and disputes per round (chain)", XLabel: "round", YLabel: "count"}
	cs, at, ds := plot.Series{Name: "commits"}, plot.Series{Name: "attestations"}, plot.Series{Name: "disputes"}
	for _, p := range r.Played {
		x := float64(p.Round)
		cs.Points = append(cs.Points, plot.Point{X: x, Y: float64(p.Commits)})
		at.Points = append(at.Points, plot.Point{X: x, Y: float64(p.Attestations)})
		ds.Points = append(ds.Points, plot.Point{X: x, Y: float64(p.Disputes)})
	}
	activity.Series = []plot.Series{cs, at, ds}
	return []namedChart{{"reward.svg", reward}, {"accuracy.svg", acc}, {"stakes.svg", stakes}, {"activity.svg", activity}}
}

// SummaryText is the printed summary; path (when set) names the report.
func (r *Report) SummaryText(path string) string {
	var b strings.Builder
	s := r.Summary
	fmt.Fprintf(&b, "testnet of %d nodes, run %s: %d of %d rounds played", len(r.Nodes), short(r.Run), s.RoundsPlayed, r.Rounds)
	if r.Interrupted {
		b.WriteString(" (interrupted)")
	}
	fmt.Fprintf(&b, "\n  model roots agreed by every node and the chain in %d of %d rounds\n", s.RoundsAgreed, s.RoundsPlayed)
	if s.FinalAccuracy != nil {
		fmt.Fprintf(&b, "  accuracy at the last round: %.3f\n", *s.FinalAccuracy)
	}
	fmt.Fprintf(&b, "  kill -9: %d, back within two rounds: %d", s.Kills, s.KillsBackIn2)
	if s.KillsSlashedOut > 0 {
		fmt.Fprintf(&b, " (not back: %d slashed below the run's stake, refused by join)", s.KillsSlashedOut)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "  disputes: %d, nodes slashed: %d\n", s.Disputes, s.SlashedNodes)
	r.adversaryText(&b)
	for _, n := range r.Nodes {
		fmt.Fprintf(&b, "  node %d %s: %d commits, earned %s, stake %s → %s, restarts %d\n", n.Index, short(n.Address), n.Commits,
			ether(n.Earned), ether(n.StakeBefore), ether(n.StakeAfter), n.Restarts)
	}
	if path != "" {
		fmt.Fprintf(&b, "report: %s\n", path)
	}
	return b.String()
}

// printJSON writes v as one JSON line.
func printJSON(w io.Writer, v any) {
	b, err := json.Marshal(v)
	if err == nil {
		fmt.Fprintf(w, "%s\n", b)
	}
}

func short(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// ether formats a decimal wei string as ether ("-" when unknown).
func ether(w string) string {
	v, ok := new(big.Int).SetString(w, 10)
	if !ok {
		return "-"
	}
	return runs.FormatEther(v)
}
