package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/apiary-rl/apiary/node/selftest"
	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the build, Go version and the RepOps kernel this CPU uses",
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := map[string]string{
				"version": "dev",
				"go":      runtime.Version(),
				"arch":    runtime.GOOS + "/" + runtime.GOARCH,
				"kernel":  selftest.Kernel(),
			}
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
				v["version"] = bi.Main.Version
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(v)
			}
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "swarm %s (%s, %s, repops kernel %s)\n", v["version"], v["go"], v["arch"], v["kernel"])
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}
