package testnet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/plot"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/node/solo"
)

// Setting is a swarm's own/external groups per node and round (SAPO's
// "local/external" rollouts).
type Setting struct{ Own, External int }

func (s Setting) String() string { return fmt.Sprintf("%d/%d", s.Own, s.External) }

// DefaultSettings are issue 12's local/external settings on a 4-node swarm.
var DefaultSettings = []Setting{{8, 0}, {6, 2}, {4, 4}, {2, 6}}

// ParseSettings parses "8/0,4/4": own/external pairs, own at least 1, the same
// total for every pair (so every setting trains on as many groups per node and
// round), each pair once.
func ParseSettings(s string) ([]Setting, error) {
	var out []Setting
	for _, part := range strings.Split(s, ",") {
		a, b, ok := strings.Cut(strings.TrimSpace(part), "/")
		l, err1 := strconv.Atoi(a)
		e, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || l < 1 || e < 0 || l > 64 || e > 64 {
			return nil, fmt.Errorf("setting %q: want own/external, e.g. 4/4 (own 1 to 64, external 0 to 64)", part)
		}
		x := Setting{l, e}
		for _, y := range out {
			if y == x {
				return nil, fmt.Errorf("setting %s given twice", x)
			}
			if y.Own+y.External != l+e {
				return nil, fmt.Errorf("settings %s and %s train on different numbers of groups per round (%d, %d): keep own+external the same",
					y, x, y.Own+y.External, l+e)
			}
		}
		out = append(out, x)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no setting")
	}
	return out, nil
}

// CompareOptions configures Compare: Base is every swarm's testnet (its Dir the
// comparison's directory, Own and External ignored).
type CompareOptions struct {
	Base     Options
	Settings []Setting
	// EvalSize is the held-out problems the peer alone is evaluated on: the nodes'
	// (compute.DefaultEvalSize) unless set.
	EvalSize int
}

// Curve is one contestant's figures per round: mean rollout reward, its running
// sum, and held-out accuracy of θ_{r+1} (NaN where no node evaluated; JSON null).
type Curve struct {
	Name       string     `json:"name"`
	Reward     []float64  `json:"reward"`
	Cumulative []float64  `json:"cumulative_reward"`
	Accuracy   []*float64 `json:"accuracy"`
	// FinalAccuracy is the last evaluated accuracy; TotalReward the cumulative reward
	// after the last round.
	FinalAccuracy *float64 `json:"final_accuracy"`
	TotalReward   float64  `json:"total_reward"`
	// RewardRatio and AccuracyRatio are this curve's total reward and final
	// accuracy over the peer alone's.
	RewardRatio   float64 `json:"reward_ratio_vs_alone"`
	AccuracyRatio float64 `json:"accuracy_ratio_vs_alone,omitempty"`
	Dir           string  `json:"dir,omitempty"`
}

// Comparison is what Compare writes to compare.json.
type Comparison struct {
	Nodes     int    `json:"nodes"`
	Rounds    int    `json:"rounds"`
	Task      string `json:"task"`
	Size      string `json:"size"`
	WarmStart int    `json:"warm_start"`
	// Alone is a peer alone with the run's lag D, averaged over as many peers as a
	// swarm has nodes, each alone with its own rollout keys (the baseline of every
	// ratio); AloneNoLag the same peers applying each round's update at once.
	Alone      Curve          `json:"alone"`
	AloneNoLag Curve          `json:"alone_no_lag"`
	Swarms     []Curve        `json:"swarms"`
	Config     compute.Config `json:"config"`
	// SAPO is the 4/4 swarm's total reward over the 8/0 swarm's, when both ran.
	SAPO float64 `json:"sapo_4_4_over_8_0,omitempty"`
}

// Compare runs one testnet per setting (Base's nodes and rounds, in
// Base.Dir/swarm-<own>-<external>), then Base.Nodes peers alone, each by
// itself (solo.Alone), under the first swarm's run config with all
// own+external groups their own (with and without the run's lag), averaged as
// the swarm's figures average its nodes, and writes
// compare.json, accuracy.svg, reward.svg and compare.txt to Base.Dir.
func Compare(ctx context.Context, co CompareOptions) (*Comparison, error) {
	base := co.Base
	if base.Dir == "" {
		base.Dir = "swarm-compare"
	}
	if base.Out == nil {
		base.Out = io.Discard
	}
	if base.Task == "" {
		base.Task = "reverse"
	}
	if base.Size == "" {
		base.Size = "tiny"
	}
	if len(co.Settings) == 0 {
		co.Settings = DefaultSettings
	}
	if co.EvalSize <= 0 {
		co.EvalSize = compute.DefaultEvalSize
	}
	if err := os.MkdirAll(base.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	cmp := &Comparison{Nodes: base.Nodes, Rounds: base.Rounds, Task: base.Task, Size: base.Size}
	var cfg *compute.Config
	for _, s := range co.Settings {
		o := base
		o.Dir = filepath.Join(base.Dir, fmt.Sprintf("swarm-%d-%d", s.Own, s.External))
		o.Own, o.External = s.Own, s.External
		fmt.Fprintf(base.Out, "== swarm of %d nodes, %s own/external groups, %d rounds (%s)\n", o.Nodes, s, o.Rounds, o.Dir)
		rep, _, err := Up(ctx, o)
		if err != nil {
			return nil, fmt.Errorf("compare: swarm %s: %w", s, err)
		}
		if cfg == nil {
			c, err := readRunConfig(o.Dir)
			if err != nil {
				return nil, fmt.Errorf("compare: swarm %s: %w", s, err)
			}
			cfg = &c
		}
		cv := Curve{Name: "swarm " + s.String(), Dir: o.Dir}
		for _, rd := range rep.Played {
			rw := math.NaN()
			if rd.MeanReward != nil {
				rw = *rd.MeanReward
			}
			cv.add(rw, rd.MeanAccuracy)
		}
		cmp.Swarms = append(cmp.Swarms, cv)
	}
	c := *cfg
	cmp.Config, cmp.WarmStart, cmp.Task = c, c.WarmStart, c.Task
	c.L, c.E = c.L+c.E, 0
	peers := max(base.Nodes, 1)
	for _, lag := range []bool{true, false} {
		fmt.Fprintf(base.Out, "== %d peers alone, one after the other, %d own groups, %d rounds, lag %v\n", peers, c.L, base.Rounds, lag)
		reward, acc := make([]float64, base.Rounds), make([]float64, base.Rounds)
		for i := 0; i < peers; i++ {
			pts, err := solo.Alone(ctx, c, solo.AloneAddr(i), base.Rounds, co.EvalSize, lag)
			if err != nil {
				return nil, fmt.Errorf("compare: alone: %w", err)
			}
			for r, p := range pts {
				reward[r] += p.Reward / float64(peers)
				acc[r] += p.Accuracy / float64(peers)
			}
		}
		cv := Curve{Name: fmt.Sprintf("alone %d/0", c.L)}
		if !lag {
			cv.Name += " no lag"
		}
		for r := range reward {
			a := acc[r]
			cv.add(reward[r], &a)
		}
		if lag {
			cmp.Alone = cv
		} else {
			cmp.AloneNoLag = cv
		}
	}
	cmp.Alone.ratios(cmp.Alone)
	cmp.AloneNoLag.ratios(cmp.Alone)
	var c80, c44 *Curve
	for i := range cmp.Swarms {
		cmp.Swarms[i].ratios(cmp.Alone)
		switch cmp.Swarms[i].Name {
		case "swarm 8/0":
			c80 = &cmp.Swarms[i]
		case "swarm 4/4":
			c44 = &cmp.Swarms[i]
		}
	}
	if c80 != nil && c44 != nil && c80.TotalReward > 0 {
		cmp.SAPO = c44.TotalReward / c80.TotalReward
	}
	return cmp, cmp.write(base.Dir)
}

// readRunConfig reads the run config a testnet wrote to its directory.
func readRunConfig(dir string) (compute.Config, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "run-config-*.cbor"))
	if err != nil || len(paths) != 1 {
		return compute.Config{}, fmt.Errorf("want one run-config-*.cbor in %s, found %d (%v)", dir, len(paths), err)
	}
	b, err := runs.ReadConfigBytes(paths[0])
	if err != nil {
		return compute.Config{}, err
	}
	return compute.DecodeConfig(b)
}

// add appends a round: its mean reward (NaN: none reported, counted as 0 in the
// sum) and accuracy (nil: none evaluated).
func (c *Curve) add(reward float64, acc *float64) {
	sum := 0.0
	if n := len(c.Cumulative); n > 0 {
		sum = c.Cumulative[n-1]
	}
	if !math.IsNaN(reward) {
		sum += reward
	}
	c.Reward = append(c.Reward, reward)
	c.Cumulative = append(c.Cumulative, sum)
	c.Accuracy = append(c.Accuracy, acc)
	c.TotalReward = sum
	if acc != nil {
		a := *acc
		c.FinalAccuracy = &a
	}
}

// ratios sets c's ratios against alone.
func (c *Curve) ratios(alone Curve) {
	if alone.TotalReward > 0 {
		c.RewardRatio = c.TotalReward / alone.TotalReward
	}
	if c.FinalAccuracy != nil && alone.FinalAccuracy != nil && *alone.FinalAccuracy > 0 {
		c.AccuracyRatio = *c.FinalAccuracy / *alone.FinalAccuracy
	}
}

// write puts compare.json, the two charts and compare.txt in dir.
func (cmp *Comparison) write(dir string) error {
	b, err := json.MarshalIndent(cmp, "", "  ")
	if err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "compare.json"), b, 0o644); err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	acc := plot.Chart{Title: "Held-out accuracy of θ_{r+1}", XLabel: "round", YLabel: "accuracy", YMin: 0, YMax: 1}
	rew := plot.Chart{Title: "Cumulative rollout reward", XLabel: "round", YLabel: "sum of mean reward"}
	for _, c := range append([]Curve{cmp.Alone, cmp.AloneNoLag}, cmp.Swarms...) {
		as, rs := plot.Series{Name: c.Name}, plot.Series{Name: c.Name}
		for r := range c.Reward {
			if c.Accuracy[r] != nil {
				as.Points = append(as.Points, plot.Point{X: float64(r), Y: *c.Accuracy[r]})
			}
			rs.Points = append(rs.Points, plot.Point{X: float64(r), Y: c.Cumulative[r]})
		}
		acc.Series, rew.Series = append(acc.Series, as), append(rew.Series, rs)
	}
	if err := os.WriteFile(filepath.Join(dir, "accuracy.svg"), acc.SVG(), 0o644); err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "reward.svg"), rew.SVG(), 0o644); err != nil {
		return fmt.Errorf("compare: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "compare.txt"), []byte(cmp.Text()), 0o644)
}

// Text is the comparison as a table.
func (cmp *Comparison) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "task %s, model %s, warm start %d steps, %d rounds; swarms of %d nodes\n", cmp.Task, cmp.Size, cmp.WarmStart, cmp.Rounds, cmp.Nodes)
	fmt.Fprintf(&b, "%-17s %14s %10s %14s %10s\n", "", "total reward", "vs alone", "final accuracy", "vs alone")
	for _, c := range append([]Curve{cmp.Alone, cmp.AloneNoLag}, cmp.Swarms...) {
		fa := "n/a"
		if c.FinalAccuracy != nil {
			fa = fmt.Sprintf("%.3f", *c.FinalAccuracy)
		}
		fmt.Fprintf(&b, "%-17s %14.3f %9.2fx %14s %9.2fx\n", c.Name, c.TotalReward, c.RewardRatio, fa, c.AccuracyRatio)
	}
	if cmp.SAPO > 0 {
		fmt.Fprintf(&b, "swarm 4/4 over swarm 8/0, total reward: %.2fx (SAPO paper: 1.94x)\n", cmp.SAPO)
	}
	return b.String()
}
