package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/keys"
)

// keyOptions are passed to keys.New and keys.Import; tests set a cheap scrypt cost.
var keyOptions []keys.Option

// keyConfigKeys are the configuration keys the keys commands read.
var keyConfigKeys = []string{"data_dir", "key.file", "key.passphrase_file", "key.passphrase_env"}

func newKeysCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Create, import and show the node's key (its Ethereum account and libp2p identity)",
		Long: "The key is a go-ethereum keystore v3 file, by default <data_dir>/key.json. Its passphrase\n" +
			"comes from the file named by --passphrase-file or from the environment variable named by\n" +
			"--passphrase-env (default " + config.DefaultPassphraseEnv + "), never from a flag.",
	}
	cmd.AddCommand(
		newKeysActionCmd("new", "Create a new key", cobra.NoArgs,
			func(c *config.Config, pass string, _ []string) (*keys.Key, error) {
				return keys.New(c.Key.File, pass, keyOptions...)
			}),
		newKeysActionCmd("import <hex key file>", "Import a hex private key from a file", cobra.ExactArgs(1),
			func(c *config.Config, pass string, args []string) (*keys.Key, error) {
				return keys.Import(c.Key.File, args[0], pass, keyOptions...)
			}),
		newKeysActionCmd("show", "Decrypt the key and show its address and peer ID", cobra.NoArgs,
			func(c *config.Config, pass string, _ []string) (*keys.Key, error) {
				return keys.Load(c.Key.File, pass)
			}),
	)
	return cmd
}

// newKeysActionCmd builds one keys subcommand: load the configuration, read the
// passphrase, run act and print the key.
func newKeysActionCmd(use, short string, args cobra.PositionalArgs,
	act func(c *config.Config, pass string, args []string) (*keys.Key, error)) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  args,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			pass, err := keys.Passphrase(c.Key.PassphraseFile, c.Key.PassphraseEnv, os.LookupEnv)
			if err != nil {
				return err
			}
			k, err := act(c, pass, args)
			if err != nil {
				return err
			}
			return printKey(cmd.OutOrStdout(), k, c.Key.File, asJSON)
		},
	}
	config.BindFlags(cmd.Flags(), keyConfigKeys...)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the key's address, peer ID and file as JSON")
	return cmd
}

func loadConfig(fs *pflag.FlagSet) (*config.Config, error) {
	return config.Load(config.Sources{Flags: fs})
}

func printKey(w io.Writer, k *keys.Key, file string, asJSON bool) error {
	id, err := k.PeerID()
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(w).Encode(struct {
			Address string `json:"address"`
			PeerID  string `json:"peer_id"`
			File    string `json:"file"`
		}{k.Address.Hex(), id.String(), file})
	}
	_, err = fmt.Fprintf(w, "address  %s\npeer id  %s\nfile     %s\n", k.Address.Hex(), id, file)
	return err
}
