package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/doctor"
)

func newDoctorCmd() *cobra.Command {
	var (
		asJSON  bool
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check that this machine can run a node: chain, key, funds, stake, ports, peers, self-test",
		Long: "Reads the configuration `swarm join` would use and checks, each with a hint when it fails:\n" +
			"the manifest; the RPC endpoint (its chain ID against the manifest's, the Ledger's code); the key\n" +
			"and its passphrase; the key's balance; the run and its config file; the key's stake in the run;\n" +
			"the libp2p and API listen addresses; the bootstrap peers (configured and published with the\n" +
			"run, each dialed over libp2p); the RepOps self-test. Exits non-zero when a check fails.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			r := doctor.Run(cmd.Context(), doctor.Options{Config: c, Timeout: timeout})
			w := cmd.OutOrStdout()
			if asJSON {
				err = json.NewEncoder(w).Encode(r)
			} else {
				err = r.Print(w)
			}
			if err != nil {
				return err
			}
			if n := len(r.Failed()); n > 0 {
				return fmt.Errorf("%d of %d checks failed; see the hints above", n, len(r.Checks))
			}
			return nil
		},
	}
	config.BindFlags(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the checks as JSON")
	cmd.Flags().DurationVar(&timeout, "timeout", 10*time.Second, "time allowed to each network check")
	return cmd
}
