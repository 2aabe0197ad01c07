package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/testnet"
)

func newTestnetCompareCmd() *cobra.Command {
	var (
		co       testnet.CompareOptions
		settings string
		asJSON   bool
	)
	o := &co.Base
	cmd := &cobra.Command{
		Use:   "compare",
		Short: "Learning together against learning alone: one testnet per own/external setting, then one peer alone",
		Long: "Runs one testnet (`swarm testnet up`) per --settings own/external pair, one after the other,\n" +
			"each in --dir/swarm-<own>-<external>, then as many peers alone (each by itself, averaged): the first swarm's run config (same θ_0,\n" +
			"task and hyperparameters) trained by the contribution step on own+external groups of its own\n" +
			"rollouts per round, without the swarm. Writes compare.json, accuracy.svg (held-out accuracy of\n" +
			"θ_{r+1}), reward.svg (cumulative rollout reward) and compare.txt to --dir and prints the table:\n" +
			"each swarm's total reward and final accuracy over the peer alone's, and 4/4 over 8/0 (SAPO).\n" +
			"docs/TESTNET.md, \"Learning together\".",
		Example: "  swarm testnet compare --nodes 4 --rounds 10\n  swarm testnet compare --settings 4/4,8/0 --rounds 6",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := testnet.ParseSettings(settings)
			if err != nil {
				return fmt.Errorf("--settings: %w", err)
			}
			co.Settings = s
			o.Out = cmd.OutOrStdout()
			o.Logger = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
			cmp, err := testnet.Compare(cmd.Context(), co)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(cmp)
			}
			fmt.Fprint(cmd.OutOrStdout(), cmp.Text())
			fmt.Fprintf(cmd.OutOrStdout(), "curves: %s, %s\n", filepath.Join(o.Dir, "accuracy.svg"), filepath.Join(o.Dir, "reward.svg"))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Dir, "dir", "swarm-compare", "the comparison's directory (one testnet directory per setting in it)")
	f.IntVar(&o.Nodes, "nodes", 4, "nodes of every swarm")
	f.IntVar(&o.Rounds, "rounds", 8, "rounds of every swarm and of the peer alone")
	f.StringVar(&settings, "settings", "8/0,6/2,4/4,2/6", "own/external groups per node and round, one swarm each (the same total)")
	f.IntVar(&o.WarmStart, "warm-start", 0, fmt.Sprintf("supervised warm-start steps of θ_0 (0: %d)", testnet.DefaultWarmStart))
	f.StringVar(&o.Task, "task", "reverse", "task family")
	f.StringVar(&o.Size, "size", "tiny", "model size")
	f.Uint64Var(&o.Seed, "seed", 0, "seed of the initial model and the task stream (0: the task's default)")
	f.IntVar(&co.EvalSize, "eval-size", 0, "held-out problems the peer alone is evaluated on (0: as many as a node)")
	f.BoolVar(&asJSON, "json", false, "print compare.json instead of the table")
	return cmd
}
