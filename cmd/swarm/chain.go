package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/node/devnet"
)

func newChainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run and inspect the chain that settles stakes, rewards and disputes",
	}
	cmd.AddCommand(newChainDevCmd())
	return cmd
}

func newChainDevCmd() *cobra.Command {
	var (
		manifest         string
		httpPort, wsPort int
		period           time.Duration
		fund             []string
		fundEther        int64
		reveal, response time.Duration
		maxReveals       int
		asJSON           bool
		clock            string
	)
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run an embedded dev chain on loopback with the Apiary contracts deployed",
		Long: "Starts an in-process go-ethereum dev node (simulated beacon) serving JSON-RPC on\n" +
			"127.0.0.1, deploys the Ledger and Referee contracts, writes the network manifest\n" +
			"(RPC URL, chain ID, contract addresses) and runs until interrupted.\n\n" +
			"With --clock manual, chain time never follows the wall clock: the chain starts at\n" +
			"2100-01-01T00:00:00Z, seals a block for each transaction one second after its\n" +
			"parent, and otherwise moves only when told through the anvil-compatible JSON-RPC\n" +
			"methods evm_increaseTime, evm_setNextBlockTimestamp and evm_mine (tests drive it).",
		RunE: func(cmd *cobra.Command, _ []string) error {
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: slog.LevelWarn}))
			if fundEther <= 0 {
				return fmt.Errorf("--fund-ether must be positive, got %d", fundEther)
			}
			var manual bool
			switch clock {
			case "wall":
			case "manual":
				manual = true
			default:
				return fmt.Errorf("--clock %q: want wall (chain time follows this machine's clock) or manual (it moves by evm_increaseTime and evm_mine)", clock)
			}
			ctx := cmd.Context()
			c, err := devnet.Start(ctx, devnet.Options{HTTPPort: httpPort, WSPort: wsPort, Period: period, Fund: fund, FundEther: fundEther, Logger: log,
				RevealWindow: reveal, ResponseWindow: response, MaxReveals: maxReveals, ManualClock: manual})
			if err != nil {
				return err
			}
			defer c.Close()
			m := c.Manifest()
			if err := c.WriteManifest(manifest); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(out).Encode(m); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(out, "dev chain %d running\n  rpc      %s\n  ws       %s\n  ledger   %s\n  referee  %s\n  manifest %s\n",
					m.ChainID, m.RPCURL, m.WSURL, m.Contracts.Ledger, m.Contracts.Referee, manifest)
				fmt.Fprintln(out, "press Ctrl-C to stop")
			}
			<-ctx.Done()
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&manifest, "manifest", "network.json", "where to write the network manifest")
	f.IntVar(&httpPort, "http-port", 8545, "HTTP JSON-RPC port on 127.0.0.1 (0: any free port)")
	f.IntVar(&wsPort, "ws-port", 8546, "WebSocket JSON-RPC port on 127.0.0.1 (0: any free port)")
	f.DurationVar(&period, "period", 0, "seal a block this often (0: one block per transaction)")
	f.StringSliceVar(&fund, "fund", nil, "addresses to fund at genesis (repeatable)")
	f.Int64Var(&fundEther, "fund-ether", 1_000_000, "ether given to each --fund address")
	f.DurationVar(&reveal, "reveal-window", 0, "Ledger parameter: time a solver has to post or reveal in a dispute (0: 10m)")
	f.DurationVar(&response, "response-window", 0, "Ledger parameter: time a challenger has to answer in a dispute (0: 10m)")
	f.IntVar(&maxReveals, "max-reveals", 0, "Ledger parameter: forced reveals per dispute (0: 4); a run's dispute duration must hold (max-reveals+1)·(reveal+response)")
	f.BoolVar(&asJSON, "json", false, "print the manifest as JSON")
	f.StringVar(&clock, "clock", "wall", "chain time: wall (follows this machine's clock) or manual (moves only by the evm_increaseTime, evm_setNextBlockTimestamp and evm_mine JSON-RPC calls; blocks for transactions are 1 s apart)")
	return cmd
}
