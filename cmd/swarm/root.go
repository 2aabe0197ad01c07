package main

import "github.com/spf13/cobra"

// newRootCmd assembles the command tree; each subcommand lives in its own file.
func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "swarm",
		Short:         "Apiary: a verifiable peer-to-peer swarm for collaborative RL training",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		newVersionCmd(),
		newChainCmd(),
		newSelftestCmd(),
		newTrainCmd(),
		newKeysCmd(),
		newConfigCmd(),
		newRunCmd(),
		newStatusCmd(),
		newDoctorCmd(),
		newJoinCmd(),
		newTestnetCmd(),
	)
	return root
}
