package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/apiary-rl/apiary/node/solo"
	"github.com/spf13/cobra"
)

func newTrainCmd() *cobra.Command {
	o := solo.DefaultOptions()
	var (
		size, kernel string
		context      int
		asJSON       bool
		quiet        bool
	)
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train a policy alone (no network): supervised warm start, then GRPO on a verifiable task",
		Long: `train runs a solo training run: a supervised warm start on generated solutions, then GRPO
rounds (groups of sampled completions per prompt, group-relative advantages, clipped ratio
objective) on a task with a verifiable reward. Every step is bit-reproducible: the same flags
give the same checkpoint roots on any machine.

It writes to --data-dir: metrics.jsonl (one record per evaluation point and round), curve.svg
(reward and held-out accuracy), warmstart.svg, run.json, summary.json, and checkpoints/*.safetensors
(their metadata carry the model root, the model config, the tokenizer, the task
and level: docs/MODEL.md)`,
		Example: `  swarm train                                  # defaults: task add, level 2, small model
  swarm train --task reverse --level 3 --rounds 200 --json | jq .accuracy
  swarm train --time-limit 15m --data-dir run1`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := o.Apply(size, context, kernel); err != nil {
				return err
			}
			stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			level := slog.LevelInfo
			if quiet || asJSON {
				level = slog.LevelWarn
			}
			o.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
			prog := newProgress(stderr, o, quiet || asJSON)
			enc := json.NewEncoder(stdout)
			o.OnRecord = func(r solo.Record) {
				if asJSON {
					_ = enc.Encode(r)
				}
				prog.update(r)
			}
			sum, err := solo.Run(cmd.Context(), o)
			prog.done()
			if err != nil && sum.FinalRoot == "" {
				return err
			}
			if !asJSON && !quiet {
				fmt.Fprintf(stdout, "warm start accuracy %.1f%% -> after %d GRPO rounds %.1f%% (best %.1f%%) in %s\n",
					100*sum.WarmStartAccuracy, sum.Rounds, 100*sum.FinalAccuracy, 100*sum.BestAccuracy, time.Duration(sum.RLSeconds*float64(time.Second)).Round(time.Second))
				fmt.Fprintf(stdout, "final checkpoint %s\nmodel root %s\n", sum.Checkpoint, sum.FinalRoot)
			}
			return err
		},
	}
	f := cmd.Flags()
	c := &o.Config
	f.StringVar(&c.Task, "task", c.Task, "task family: "+strings.Join(solo.TaskNames(), ", "))
	f.IntVar(&c.Level, "level", c.Level, "difficulty level of the task")
	f.Uint64Var(&c.Seed, "seed", c.Seed, "seed of the whole run (model init, prompts, sampling)")
	f.StringVar(&size, "size", "small", "model size: "+strings.Join(solo.SizeNames(), ", "))
	f.IntVar(&context, "context", 0, "override the model's context length")
	f.IntVar(&o.SFTSteps, "sft-steps", o.SFTSteps, "supervised warm-start steps")
	f.IntVar(&c.SFTBatch, "sft-batch", c.SFTBatch, "warm-start batch size")
	f.IntVar(&o.Rounds, "rounds", o.Rounds, "GRPO rounds")
	f.DurationVar(&o.TimeLimit, "time-limit", 0, "stop the GRPO phase after this long (0: none)")
	f.IntVar(&c.Prompts, "prompts", c.Prompts, "prompts per round")
	f.IntVar(&c.GroupSize, "group-size", c.GroupSize, "completions per prompt (the GRPO group)")
	f.Float32Var(&c.Temperature, "temperature", c.Temperature, "sampling temperature of rollouts")
	f.Float32Var(&c.RLLR, "lr", c.RLLR, "GRPO learning rate")
	f.Float32Var(&c.SFTLR, "sft-lr", c.SFTLR, "warm-start learning rate")
	f.Float32Var(&c.ClipEps, "clip", c.ClipEps, "PPO clip range of the ratio")
	f.Float32Var(&c.KLCoef, "kl", c.KLCoef, "KL penalty to the warm-start policy (0: off)")
	f.Float32Var(&c.PartialWeight, "partial-weight", c.PartialWeight, "weight of the partial-credit reward")
	f.IntVar(&c.EvalSize, "eval-size", c.EvalSize, "held-out evaluation problems")
	f.IntVar(&o.EvalEvery, "eval-every", o.EvalEvery, "evaluate held-out accuracy every N rounds")
	f.IntVar(&o.CheckpointEvery, "checkpoint-every", o.CheckpointEvery, "write a checkpoint every N rounds (0: only warm start and final)")
	f.StringVar(&o.DataDir, "data-dir", o.DataDir, "directory for metrics, plots and checkpoints")
	f.StringVar(&kernel, "kernel", "auto", "matrix kernel: auto, portable or simd (results are identical)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object per record on stdout (no progress line)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress output")
	return cmd
}

// progress draws a live status line (on a terminal) or prints one line per
// evaluation (otherwise).
type progress struct {
	w        io.Writer
	tty, off bool
	o        solo.Options
	drawn    bool
}

func newProgress(w io.Writer, o solo.Options, off bool) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progress{w: w, tty: tty, off: off, o: o}
}

func (p *progress) update(r solo.Record) {
	if p.off {
		return
	}
	var line string
	switch r.Phase {
	case "warmstart":
		line = fmt.Sprintf("warm start %4d/%d  loss %.3f  held-out acc %5.1f%%  ETA %s",
			r.Round, p.o.SFTSteps, r.Loss, 100*r.Accuracy, eta(r.ETAS))
	default:
		line = fmt.Sprintf("round %4d/%d  reward %.3f  exact %5.1f%%  held-out acc %5.1f%% (round %d)  %6.0f tok/s  ETA %s",
			r.Round, p.o.Rounds, r.MeanReward, 100*r.Exact, 100*r.Accuracy, r.EvalRound, r.TokensPerS, eta(r.ETAS))
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
		p.drawn = true
		return
	}
	if r.Phase == "warmstart" || r.EvalRound == r.Round {
		fmt.Fprintln(p.w, line)
	}
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

func eta(s float64) string {
	return time.Duration(s * float64(time.Second)).Round(time.Second).String()
}
