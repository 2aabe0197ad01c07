package config

import "strings"

// Source is where a value came from.
type Source string

// Sources, in rising precedence.
const (
	SourceDefault Source = "default"
	SourceFile    Source = "file"
	SourceEnv     Source = "env"
	SourceFlag    Source = "flag"
)

// field is one configuration key: its TOML path, its flag and how to reach its value.
// Exactly one of str, list, boolean and number is set.
type field struct {
	key     string
	flag    string
	usage   string
	str     func(*Config) *string
	list    func(*Config) *[]string
	boolean func(*Config) *bool
	number  func(*Config) *float64
}

// Env returns the field's environment variable: SWARM_ and the key in upper case with
// dots as underscores (api.addr → SWARM_API_ADDR).
func (f *field) env() string {
	return "SWARM_" + strings.ToUpper(strings.ReplaceAll(f.key, ".", "_"))
}

func (f *field) path() []string { return strings.Split(f.key, ".") }

// fields lists every key in the order Show prints them.
var fields = []field{
	{key: "data_dir", flag: "data-dir", usage: "data directory (store, key, config file)", str: func(c *Config) *string { return &c.DataDir }},
	{key: "run", flag: "run", usage: "training run ID (64 hex digits)", str: func(c *Config) *string { return &c.Run }},
	{key: "chain.manifest", flag: "manifest", usage: "network manifest file (RPC URL, chain ID, contracts)", str: func(c *Config) *string { return &c.Chain.Manifest }},
	{key: "chain.rpc_url", flag: "rpc-url", usage: "JSON-RPC endpoint replacing the manifest's", str: func(c *Config) *string { return &c.Chain.RPCURL }},
	{key: "p2p.listen", flag: "listen", usage: "libp2p listen multiaddrs", list: func(c *Config) *[]string { return &c.P2P.Listen }},
	{key: "p2p.bootstrap", flag: "bootstrap", usage: "bootstrap peers (/ip4/.../tcp/.../p2p/<id>)", list: func(c *Config) *[]string { return &c.P2P.Bootstrap }},
	{key: "key.file", flag: "key-file", usage: "keystore v3 key file (default <data_dir>/key.json)", str: func(c *Config) *string { return &c.Key.File }},
	{key: "key.passphrase_file", flag: "passphrase-file", usage: "file holding the key's passphrase", str: func(c *Config) *string { return &c.Key.PassphraseFile }},
	{key: "key.passphrase_env", flag: "passphrase-env", usage: "environment variable holding the key's passphrase", str: func(c *Config) *string { return &c.Key.PassphraseEnv }},
	{key: "api.addr", flag: "api-addr", usage: "HTTP API host:port", str: func(c *Config) *string { return &c.API.Addr }},
	{key: "api.public", flag: "api-public", usage: "allow a non-loopback API address", boolean: func(c *Config) *bool { return &c.API.Public }},
	{key: "api.metrics", flag: "metrics", usage: "serve Prometheus metrics on /metrics", boolean: func(c *Config) *bool { return &c.API.Metrics }},
	{key: "roles.verifier", flag: "verifier", usage: "verify assigned contributions", boolean: func(c *Config) *bool { return &c.Roles.Verifier }},
	{key: "roles.whistleblower", flag: "whistleblower", usage: "also re-execute a sample of unassigned contributions and dispute wrong ones", boolean: func(c *Config) *bool { return &c.Roles.Whistleblower }},
	{key: "roles.whistleblower_rate", flag: "whistleblower-rate", usage: "share of the contributions not assigned to the node that a whistleblower re-executes, 0 to 1", number: func(c *Config) *float64 { return &c.Roles.WhistleblowerRate }},
	{key: "roles.keeper", flag: "keeper", usage: "send the run's housekeeping transactions", boolean: func(c *Config) *bool { return &c.Roles.Keeper }},
	{key: "log.level", flag: "log-level", usage: "log level: debug, info, warn or error", str: func(c *Config) *string { return &c.Log.Level }},
	{key: "log.format", flag: "log-format", usage: "log format: text or json", str: func(c *Config) *string { return &c.Log.Format }},
}

func fieldByKey(key string) *field {
	for i := range fields {
		if fields[i].key == key {
			return &fields[i]
		}
	}
	return nil
}

// copyValue copies the field's value from src to dst.
func (f *field) copyValue(dst, src *Config) {
	switch {
	case f.str != nil:
		*f.str(dst) = *f.str(src)
	case f.list != nil:
		*f.list(dst) = append([]string{}, *f.list(src)...)
	case f.number != nil:
		*f.number(dst) = *f.number(src)
	default:
		*f.boolean(dst) = *f.boolean(src)
	}
}
