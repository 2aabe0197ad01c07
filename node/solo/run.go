package solo

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/apiary-rl/apiary/node/plot"
	"github.com/apiary-rl/apiary/training/checkpoint"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
)

// Options configures a run. Zero values take the defaults of DefaultOptions.
type Options struct {
	Config          rl.Config
	SFTSteps        int           // warm-start steps
	Rounds          int           // GRPO rounds
	TimeLimit       time.Duration // stop the RL phase after this long (0: no limit)
	EvalEvery       int           // evaluate every N rounds (also after the warm start and at the end)
	CheckpointEvery int           // write a checkpoint every N rounds (0: warm start and end only)
	DataDir         string
	Kernel          repops.Kernel
	Logger          *slog.Logger
	OnRecord        func(Record) // called for every record, in order
}

// DefaultOptions returns the options of `swarm train` without flags.
func DefaultOptions() Options {
	return Options{Config: rl.DefaultConfig(), SFTSteps: 300, Rounds: 400, EvalEvery: 10, CheckpointEvery: 100, DataDir: "swarm-train"}
}

// Run executes the warm start and the RL rounds. Cancelling ctx stops after
// the current round and still writes the final checkpoint, metrics and plot.
func Run(ctx context.Context, o Options) (Summary, error) {
	var sum Summary
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if o.EvalEvery < 1 {
		o.EvalEvery = 1
	}
	if o.SFTSteps < 0 || o.Rounds < 0 {
		return sum, fmt.Errorf("solo: negative step count")
	}
	e, err := repops.NewEngine(repops.WithKernel(o.Kernel))
	if err != nil {
		return sum, err
	}
	tr, err := rl.New(o.Config, e, nil)
	if err != nil {
		return sum, err
	}
	if err := os.MkdirAll(filepath.Join(o.DataDir, "checkpoints"), 0o755); err != nil {
		return sum, fmt.Errorf("create data dir: %w", err)
	}
	if err := checkpoint.SaveConfig(filepath.Join(o.DataDir, "run.json"), runFile{Config: o.Config, SFTSteps: o.SFTSteps, Rounds: o.Rounds}); err != nil {
		return sum, err
	}
	mf, err := os.Create(filepath.Join(o.DataDir, "metrics.jsonl"))
	if err != nil {
		return sum, fmt.Errorf("create metrics file: %w", err)
	}
	defer mf.Close()
	mw := bufio.NewWriter(mf)
	defer mw.Flush()
	var records []Record
	emit := func(r Record) error {
		records = append(records, r)
		b, _ := json.Marshal(r)
		mw.Write(append(b, '\n'))
		if err := mw.Flush(); err != nil {
			return fmt.Errorf("write metrics: %w", err)
		}
		if o.OnRecord != nil {
			o.OnRecord(r)
		}
		return nil
	}
	defer func() { writePlot(o.DataDir, records) }()

	// Warm start.
	start := time.Now()
	log.Info("warm start", "task", o.Config.Task, "level", o.Config.Level, "steps", o.SFTSteps, "params", o.Config.Model.ParamCount(), "kernel", e.Kernel())
	every := max(o.SFTSteps/10, 1)
	var loss float32
	for s := 0; s < o.SFTSteps; s++ {
		if ctx.Err() != nil {
			return sum, ctx.Err()
		}
		loss, err = tr.SFTStep(s)
		if err != nil {
			return sum, err
		}
		if (s+1)%every == 0 && s+1 < o.SFTSteps {
			acc, rew, err := tr.Evaluate()
			if err != nil {
				return sum, err
			}
			el := time.Since(start).Seconds()
			if err := emit(Record{Phase: "warmstart", Round: s + 1, Loss: loss, Accuracy: acc, MeanReward: rew, EvalRound: s + 1,
				ElapsedS: el, ETAS: el / float64(s+1) * float64(o.SFTSteps-s-1)}); err != nil {
				return sum, err
			}
		}
	}
	acc, rew, err := tr.Evaluate()
	if err != nil {
		return sum, err
	}
	root, path, err := save(o.DataDir, "warmstart", tr.Model, o.Config)
	if err != nil {
		return sum, err
	}
	sum.WarmStartAccuracy, sum.BestAccuracy, sum.WarmStartRoot = acc, acc, root
	if err := emit(Record{Phase: "warmstart", Round: o.SFTSteps, Loss: loss, Accuracy: acc, MeanReward: rew, EvalRound: o.SFTSteps, ElapsedS: time.Since(start).Seconds(), ModelRoot: root}); err != nil {
		return sum, err
	}
	log.Info("warm start done", "accuracy", acc, "checkpoint", path, "model_root", root)

	// GRPO.
	tr.StartRL()
	rlStart := time.Now()
	evalRound := 0
	lastAcc := acc
	r := 0
	for ; r < o.Rounds; r++ {
		if ctx.Err() != nil || (o.TimeLimit > 0 && time.Since(rlStart) >= o.TimeLimit) {
			break
		}
		t0 := time.Now()
		st, err := rlStep(tr, r)
		if err != nil {
			return sum, fmt.Errorf("round %d: %w", r, err)
		}
		rec := Record{Phase: "rl", Round: r + 1, MeanReward: st.MeanReward, Exact: st.MeanExact, Loss: st.Loss, KL: st.KL, Tokens: st.Tokens}
		rec.TokensPerS = float64(st.Tokens) / time.Since(t0).Seconds()
		if (r+1)%o.EvalEvery == 0 || r+1 == o.Rounds {
			if lastAcc, _, err = tr.Evaluate(); err != nil {
				return sum, err
			}
			evalRound = r + 1
			sum.BestAccuracy = max(sum.BestAccuracy, lastAcc)
		}
		rec.Accuracy, rec.EvalRound = lastAcc, evalRound
		if o.CheckpointEvery > 0 && (r+1)%o.CheckpointEvery == 0 {
			if rec.ModelRoot, _, err = save(o.DataDir, fmt.Sprintf("round-%05d", r+1), tr.Model, o.Config); err != nil {
				return sum, err
			}
		}
		el := time.Since(rlStart).Seconds()
		rec.ElapsedS = time.Since(start).Seconds()
		rec.ETAS = el / float64(r+1) * float64(o.Rounds-r-1)
		if o.TimeLimit > 0 {
			rec.ETAS = min(rec.ETAS, max(o.TimeLimit.Seconds()-el, 0))
		}
		if err := emit(rec); err != nil {
			return sum, err
		}
	}
	sum.Rounds, sum.RLSeconds = r, time.Since(rlStart).Seconds()
	if evalRound != r {
		if lastAcc, _, err = tr.Evaluate(); err != nil {
			return sum, err
		}
		sum.BestAccuracy = max(sum.BestAccuracy, lastAcc)
	}
	sum.FinalAccuracy = lastAcc
	if sum.FinalRoot, sum.Checkpoint, err = save(o.DataDir, "final", tr.Model, o.Config); err != nil {
		return sum, err
	}
	log.Info("run done", "rounds", r, "warmstart_accuracy", sum.WarmStartAccuracy, "final_accuracy", sum.FinalAccuracy, "model_root", sum.FinalRoot)
	if err := checkpoint.SaveConfig(filepath.Join(o.DataDir, "summary.json"), sum); err != nil {
		return sum, err
	}
	if errors.Is(ctx.Err(), context.Canceled) {
		return sum, ctx.Err()
	}
	return sum, nil
}

// rlStep runs GRPO round r. Without a KL penalty (the default) it is the
// protocol's gradient path: per-group contribution steps summed, then one
// Adam step (docs/PROTOCOL.md §3.6–3.7 with a single contribution), with the
// peer keys (seed, 0). The KL penalty needs a reference model the protocol
// does not carry, so --kl keeps the batched single-loss update.
func rlStep(tr *rl.Trainer, r int) (rl.RoundStats, error) {
	if tr.Cfg.KLCoef != 0 {
		return tr.RLStep(r)
	}
	return tr.GroupRLStep(rl.Keys{Run: tr.Cfg.Seed}, r)
}

// runFile is what run.json holds.
type runFile struct {
	Config   rl.Config `json:"config"`
	SFTSteps int       `json:"sft_steps"`
	Rounds   int       `json:"rounds"`
}

// save writes name.safetensors (the model with its card: config, tokenizer,
// task, level and model root in the metadata, docs/MODEL.md) and name.json
// (the model config) and returns the model root.
func save(dir, name string, m *model.Model, c rl.Config) (root, path string, err error) {
	h, err := verify.ModelRoot(m.Params)
	if err != nil {
		return "", "", err
	}
	card := checkpoint.NewCard(m.Cfg, c.Task, c.Level)
	card.ModelRoot = h.String()
	path = filepath.Join(dir, "checkpoints", name+".safetensors")
	if err := checkpoint.SaveModel(path, m, card); err != nil {
		return "", "", err
	}
	if err := checkpoint.SaveConfig(filepath.Join(dir, "checkpoints", name+".json"), m.Cfg); err != nil {
		return "", "", err
	}
	return h.String(), path, nil
}

// writePlot renders reward and accuracy against the round number.
func writePlot(dir string, recs []Record) {
	var acc, rew, wacc []plot.Point
	for _, r := range recs {
		switch r.Phase {
		case "rl":
			rew = append(rew, plot.Point{X: float64(r.Round), Y: float64(r.MeanReward)})
			if r.EvalRound == r.Round {
				acc = append(acc, plot.Point{X: float64(r.Round), Y: float64(r.Accuracy)})
			}
		case "warmstart":
			wacc = append(wacc, plot.Point{X: float64(r.Round), Y: float64(r.Accuracy)})
		}
	}
	if len(wacc) > 0 {
		acc = append([]plot.Point{{X: 0, Y: wacc[len(wacc)-1].Y}}, acc...)
	}
	c := plot.Chart{Title: "GRPO: rollout reward and held-out accuracy", XLabel: "RL round", YLabel: "reward / accuracy", YMin: 0, YMax: 1.25,
		Series: []plot.Series{{Name: "held-out accuracy", Points: acc}, {Name: "rollout reward", Points: rew}}}
	_ = os.WriteFile(filepath.Join(dir, "curve.svg"), c.SVG(), 0o644)
	w := plot.Chart{Title: "Warm start: held-out accuracy", XLabel: "SFT step", YLabel: "accuracy", YMin: 0, YMax: 1,
		Series: []plot.Series{{Name: "held-out accuracy", Points: wacc}}}
	_ = os.WriteFile(filepath.Join(dir, "warmstart.svg"), w.SVG(), 0o644)
}
