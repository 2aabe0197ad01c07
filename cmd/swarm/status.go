package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/runs"
)

func newStatusCmd() *cobra.Command {
	var (
		asJSON  bool
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Ask the running node what it is doing (its round, stage, peers and rank)",
		Long: "Asks the node running on this machine over its HTTP API (GET /v1/status on api.addr,\n" +
			"default " + config.DefaultAPIAddr + ") and prints its address, run, round and stage, peers,\n" +
			"model root, chain head and leaderboard row. --json prints the API's answer.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			s, err := api.GetStatus(cmd.Context(), c.API.Addr, timeout)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(s)
			}
			return printStatus(cmd.OutOrStdout(), s)
		},
	}
	config.BindFlags(cmd.Flags(), "data_dir", "api.addr")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the node's status as JSON")
	cmd.Flags().DurationVar(&timeout, "timeout", 15*time.Second, "how long to wait for the node's answer")
	return cmd
}

func printStatus(w io.Writer, s api.StatusResponse) error {
	fmt.Fprintf(w, "node     %s (peer %s)\n", s.Address.Hex(), s.PeerID)
	fmt.Fprintf(w, "run      %s\n", s.Run.Hex())
	fmt.Fprintf(w, "round    %d, %s\n", s.Round, s.Stage)
	fmt.Fprintf(w, "peers    %d connected\n", s.Peers)
	fmt.Fprintf(w, "model    %s\n", s.ModelRoot.Hex())
	fmt.Fprintf(w, "chain    block %d\n", s.ChainHead)
	fmt.Fprintf(w, "version  %s\n", s.Version)
	r := s.Rank
	if r == nil {
		_, err := fmt.Fprintln(w, "rank     none yet (the chain has no event naming this node)")
		return err
	}
	eth := func(a *big.Int) string { return runs.FormatEther(a) }
	fmt.Fprintf(w, "rank     #%d: earned %s, claimed %s, stake %s\n", r.Rank, eth(r.Earned.Int), eth(r.Claimed.Int), eth(r.Stake.Int))
	_, err := fmt.Fprintf(w, "work     %d contributions (%d final, %d duplicates), %d attestations, disputes %d won %d lost, slashed %s, penalized %s\n",
		r.Contributions, r.Final, r.Duplicates, r.Attestations, r.DisputesWon, r.DisputesLost, eth(r.Slashed.Int), eth(r.Penalized.Int))
	return err
}
