package config

import (
	"os"
	"path/filepath"
)

// Default ports. 4001 is kubo's (IPFS) and often taken on machines that run it, so the
// node listens on 4111 for libp2p and serves its API on 4112.
const (
	DefaultP2PPort = 4111
	DefaultAPIAddr = "127.0.0.1:4112"
	// DefaultWhistleblowerRate is roles.whistleblower_rate's default: a whistleblower
	// re-executes a tenth of the contributions it is not assigned to (docs/NODE.md,
	// "Whistleblower mode", for the cost and the odds it gives a cheat).
	DefaultWhistleblowerRate = 0.1
)

// DefaultPassphraseEnv is the environment variable the key's passphrase is read from
// when no passphrase file is configured.
const DefaultPassphraseEnv = "SWARM_PASSPHRASE"

// FileName is the name of the config file the node looks for in its data directory when
// none is given.
const FileName = "config.toml"

// Config is the node's configuration. The TOML keys are the field tags; docs/NODE.md
// lists each with its flag and environment variable.
type Config struct {
	// DataDir holds the store, the key (by default) and the config file (by default).
	DataDir string `toml:"data_dir"`
	// Run is the training run's ID (64 hex digits).
	Run   string      `toml:"run"`
	Chain ChainConfig `toml:"chain"`
	P2P   P2PConfig   `toml:"p2p"`
	Key   KeyConfig   `toml:"key"`
	API   APIConfig   `toml:"api"`
	Roles RolesConfig `toml:"roles"`
	Log   LogConfig   `toml:"log"`

	// file is the config file that was read ("" if none); origin maps each key to the
	// source of its value.
	file   string
	origin map[string]Source
}

// ChainConfig says which network the node settles on.
type ChainConfig struct {
	// Manifest is the network manifest file (RPC URL, chain ID, contract addresses).
	Manifest string `toml:"manifest"`
	// RPCURL, when set, replaces the manifest's JSON-RPC endpoint (same chain, another node).
	RPCURL string `toml:"rpc_url"`
}

// P2PConfig is the libp2p host's addresses.
type P2PConfig struct {
	// Listen are the multiaddrs the host listens on.
	Listen []string `toml:"listen"`
	// Bootstrap are peers to connect to first, full multiaddrs ending in /p2p/<id>.
	Bootstrap []string `toml:"bootstrap"`
}

// KeyConfig locates the node's key and its passphrase. The passphrase itself is never a
// configuration value: it is read from a file or an environment variable.
type KeyConfig struct {
	// File is the keystore v3 JSON file; default <data_dir>/key.json.
	File string `toml:"file"`
	// PassphraseFile, when set, holds the passphrase (one trailing newline is ignored).
	PassphraseFile string `toml:"passphrase_file"`
	// PassphraseEnv names the environment variable holding the passphrase otherwise.
	PassphraseEnv string `toml:"passphrase_env"`
}

// APIConfig is the HTTP API, metrics and dashboard.
type APIConfig struct {
	// Addr is host:port of the HTTP API; loopback unless Public.
	Addr string `toml:"addr"`
	// Public allows a non-loopback Addr.
	Public bool `toml:"public"`
	// Metrics serves Prometheus metrics on /metrics.
	Metrics bool `toml:"metrics"`
}

// RolesConfig switches the node's optional duties on or off.
type RolesConfig struct {
	// Verifier re-executes and attests the contributions the beacon assigns to the node.
	Verifier bool `toml:"verifier"`
	// Whistleblower also re-executes contributions the node is not assigned to (a sample
	// of them: WhistleblowerRate) and disputes those it finds wrong; it never attests them.
	Whistleblower bool `toml:"whistleblower"`
	// WhistleblowerRate is the share, 0 to 1, of the round's unassigned contributions a
	// whistleblower re-executes, picked by a deterministic draw from the round's beacon
	// (docs/NODE.md, "Whistleblower mode"). Default DefaultWhistleblowerRate.
	WhistleblowerRate float64 `toml:"whistleblower_rate"`
	// Keeper sends the run's housekeeping transactions (close, attest, finalize, claim).
	Keeper bool `toml:"keeper"`
}

// LogConfig is the node's logging.
type LogConfig struct {
	// Level is debug, info, warn or error.
	Level string `toml:"level"`
	// Format is text or json.
	Format string `toml:"format"`
}

// Default returns the built-in configuration: data directory ~/.apiary, libp2p on TCP and
// QUIC port 4111 on all IPv4 and IPv6 interfaces, no bootstrap peers, the key in
// <data_dir>/key.json with its passphrase in $SWARM_PASSPHRASE, the API on 127.0.0.1:4112
// with metrics, every role on, logs at info level as text. Run and manifest are unset.
func Default() *Config {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return &Config{
		DataDir: filepath.Join(home, ".apiary"),
		P2P: P2PConfig{Listen: []string{
			"/ip4/0.0.0.0/tcp/4111", "/ip4/0.0.0.0/udp/4111/quic-v1",
			"/ip6/::/tcp/4111", "/ip6/::/udp/4111/quic-v1",
		}, Bootstrap: []string{}},
		Key:   KeyConfig{PassphraseEnv: DefaultPassphraseEnv},
		API:   APIConfig{Addr: DefaultAPIAddr, Metrics: true},
		Roles: RolesConfig{Verifier: true, Whistleblower: true, WhistleblowerRate: DefaultWhistleblowerRate, Keeper: true},
		Log:   LogConfig{Level: "info", Format: "text"},
	}
}

// File returns the config file that was read, or "" if none was.
func (c *Config) File() string { return c.file }

// Origin returns where the value of key (e.g. "api.addr") came from.
func (c *Config) Origin(key string) Source {
	if s, ok := c.origin[key]; ok {
		return s
	}
	return SourceDefault
}
