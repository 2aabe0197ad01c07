package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/testnet"
)

func newTestnetCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "testnet",
		Short: "Run a local swarm: a dev chain and N `swarm join` processes on loopback, with faults and a report",
	}
	cmd.AddCommand(newTestnetUpCmd(), newTestnetStatusCmd(), newTestnetDownCmd(), newTestnetCompareCmd())
	return cmd
}

func newTestnetUpCmd() *cobra.Command {
	var (
		o         testnet.Options
		adversary string
		faults    []string
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Start a testnet and play its run to the end, printing one line per round",
		Long: "Starts the embedded dev chain in this process, creates and funds --nodes keys, creates a run\n" +
			"with every node's bootstrap address, and starts --nodes `swarm join` processes on 127.0.0.1\n" +
			"(this very binary), each with its data directory, log and API under --dir. Prints one line per\n" +
			"round (--json: one object) until the run's last round, then writes the report (report.json,\n" +
			"SVG plots, report.html) under --dir/report and prints a summary. Ctrl-C stops everything.\n" +
			"--chaos kill9 kills a node with SIGKILL every --kill-every rounds (a different node each time)\n" +
			"and restarts it on its data directory. On --clock manual (the default) chain time moves only\n" +
			"when every node is idle, so rounds take as long as the CPU needs and no slower machine makes\n" +
			"a node miss a window; a killed node holds the clock until it is back. --clock wall seals a\n" +
			"block every second: real-time rounds. docs/TESTNET.md.",
		Example: "  swarm testnet up --nodes 4 --rounds 8 --chaos kill9\n  swarm testnet status\n  swarm testnet down",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			adv, err := testnet.ParseAdversaries(adversary, o.Nodes)
			if err != nil {
				return fmt.Errorf("--adversary: %w", err)
			}
			if o.Faults, err = testnet.ParseFaults(faults); err != nil {
				return fmt.Errorf("--chaos: %w", err)
			}
			o.Adversaries = adv
			o.Out = cmd.OutOrStdout()
			o.Logger = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
			rep, dir, err := testnet.Up(cmd.Context(), o)
			if rep != nil {
				if o.JSON {
					b, jerr := json.Marshal(map[string]any{"event": "summary", "summary": rep.Summary, "report": dir, "interrupted": rep.Interrupted})
					if jerr == nil {
						fmt.Fprintf(cmd.OutOrStdout(), "%s\n", b)
					}
				} else {
					fmt.Fprint(cmd.OutOrStdout(), rep.SummaryText(dir+"/report.html"))
					fmt.Fprint(cmd.OutOrStdout(), rep.FaultsText())
				}
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Dir, "dir", "swarm-testnet", "the testnet directory: manifest, keys, data directories, logs, report")
	f.IntVar(&o.Nodes, "nodes", 3, "number of node processes (swarm join)")
	f.IntVar(&o.Rounds, "rounds", 6, "rounds of the run; up ends after the last")
	f.StringVar(&o.ChainClock, "clock", testnet.ClockManual, "the dev chain's clock: manual (time moves only when every node is idle: as fast as the CPU allows, no missed windows) or wall (a block every second, real-time rounds)")
	f.DurationVar(&o.Round, "round", 0, "round length in chain time (whole seconds, at least 16s; 0: 60s on the manual clock, 24s on the wall clock)")
	f.StringVar(&o.Task, "task", "reverse", "task family")
	f.StringVar(&o.Size, "size", "tiny", "model size")
	f.Uint64Var(&o.Seed, "seed", 0, "seed of the initial model and the task stream (0: the task's default)")
	f.IntVar(&o.WarmStart, "warm-start", 0, fmt.Sprintf("supervised warm-start steps of θ_0, recomputed by every node (0: %d; -1: the random init, which does not learn)", testnet.DefaultWarmStart))
	f.IntVar(&o.Own, "own", 0, "own groups per node and round (0: 1 own and 1 external)")
	f.IntVar(&o.External, "external", 0, "external groups per node and round, from other nodes' rollouts (with --own)")
	f.StringSliceVar(&faults, "chaos", nil, "faults to inject: kill9, partition (split the nodes in two halves through the connection gater, then heal), arm64 (one honest node built for linux/arm64 under qemu-user)")
	f.IntVar(&o.KillEvery, "kill-every", 2, "with --chaos kill9: rounds between two kills")
	f.IntVar(&o.PartitionAt, "partition-at", 2, "with --chaos partition: the round the split takes effect in")
	f.IntVar(&o.PartitionRounds, "partition-rounds", 2, "with --chaos partition: rounds until the heal")
	f.StringVar(&o.Arm64Binary, "arm64-binary", "", "with --chaos arm64: a linux/arm64 swarm binary (make build-arm: bin/swarm-arm64)")
	f.StringVar(&o.Emulator, "emulator", "qemu-aarch64", "with --chaos arm64: the qemu-user emulator that runs it")
	f.StringVar(&adversary, "adversary", "", "cheating nodes, name=count,... (e.g. tamper=1,lazy=1; the names and what each does: docs/TESTNET.md)")
	f.Float64Var(&o.WhistleblowerRate, "whistleblower-rate", 0, "share of the contributions they are not assigned to that honest nodes re-execute and dispute when wrong (0: 1 with --adversary, so every cheat meets an honest checker; else the node default 0.1)")
	f.StringVar(&o.LogLevel, "log-level", "warn", "the nodes' log level (their logs are under --dir)")
	f.BoolVar(&o.JSON, "json", false, "print one JSON object per round and event")
	return cmd
}

func newTestnetStatusCmd() *cobra.Command {
	var (
		dir    string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show the testnet's processes and ask every node's API for its status",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := testnet.Status(cmd.Context(), dir)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(s)
			}
			s.Print(cmd.OutOrStdout())
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "swarm-testnet", "the testnet directory")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the status as JSON")
	return cmd
}

func newTestnetDownCmd() *cobra.Command {
	var (
		dir   string
		grace time.Duration
	)
	cmd := &cobra.Command{
		Use:   "down",
		Short: "Stop every process of the testnet (SIGINT, then SIGKILL after a grace) and check none is left",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := testnet.Down(dir, grace, nil)
			if res != nil {
				for _, s := range res.Stopped {
					fmt.Fprintf(cmd.OutOrStdout(), "stopped %s\n", s)
				}
				for _, k := range res.Killed {
					fmt.Fprintf(cmd.OutOrStdout(), "killed %s (no exit within %v of SIGINT)\n", k, grace)
				}
				if err == nil {
					fmt.Fprintln(cmd.OutOrStdout(), "no process of the testnet is left")
				}
			}
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "swarm-testnet", "the testnet directory")
	cmd.Flags().DurationVar(&grace, "grace", 20*time.Second, "time a process has to stop after SIGINT before SIGKILL")
	return cmd
}
