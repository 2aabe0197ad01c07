package main

import (
	"github.com/spf13/cobra"

	"github.com/apiary-rl/apiary/node/config"
)

func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Inspect the node's configuration",
	}
	cmd.AddCommand(newConfigShowCmd())
	return cmd
}

func newConfigShowCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration and where each value comes from",
		Long: "Builds the configuration `swarm join` would use from the defaults, the config file\n" +
			"(--config, $SWARM_CONFIG or <data_dir>/config.toml), SWARM_* environment variables and\n" +
			"these flags, in rising precedence, validates it and prints it as TOML with the source\n" +
			"of each value (a valid config file), or with --json as a list of settings.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			if asJSON {
				return c.ShowJSON(cmd.OutOrStdout())
			}
			return c.Show(cmd.OutOrStdout())
		},
	}
	config.BindFlags(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the settings as JSON")
	return cmd
}
