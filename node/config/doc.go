// Package config is the node's configuration: one typed struct, read from a TOML file,
// `SWARM_*` environment variables and command-line flags, in that rising precedence
// over the built-in defaults. Unknown keys in the file are an error; every value is
// validated with a message naming the key and where its value came from; Show prints
// the effective configuration with the source of each value.
//
// It does not read keys or passphrases (node/keys does) and opens nothing; node/
// wires the values into the services. The key table is in docs/NODE.md.
package config
