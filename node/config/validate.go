package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/apiary-rl/apiary/swarm"
)

// Validate checks every value and returns all problems at once, each naming its key and
// the source of its value.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		f := fieldByKey(key)
		where := string(c.Origin(key))
		switch c.Origin(key) {
		case SourceEnv:
			where = "environment " + f.env()
		case SourceFlag:
			where = "flag --" + f.flag
		case SourceFile:
			where = "file " + c.file
		}
		errs = append(errs, fmt.Errorf("%w: %s (from %s): %s", ErrInvalid, key, where, fmt.Sprintf(format, args...)))
	}
	if c.DataDir == "" {
		bad("data_dir", "empty")
	}
	if c.Run != "" {
		if _, err := swarm.ParseRunID(c.Run); err != nil {
			bad("run", "%q is not a run ID (64 hex digits)", c.Run)
		}
	}
	if c.Chain.RPCURL != "" {
		if u, err := url.Parse(c.Chain.RPCURL); err != nil || u.Host == "" ||
			(u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss") {
			bad("chain.rpc_url", "%q is not an http(s) or ws(s) URL with a host", c.Chain.RPCURL)
		}
	}
	if len(c.P2P.Listen) == 0 {
		bad("p2p.listen", "no listen address")
	}
	for _, a := range c.P2P.Listen {
		if _, err := ma.NewMultiaddr(a); err != nil {
			bad("p2p.listen", "%q is not a multiaddr (like /ip4/0.0.0.0/tcp/%d)", a, DefaultP2PPort)
		}
	}
	for _, a := range c.P2P.Bootstrap {
		if _, err := peer.AddrInfoFromString(a); err != nil {
			bad("p2p.bootstrap", "%q is not a peer multiaddr (like /ip4/1.2.3.4/tcp/%d/p2p/<peer id>)", a, DefaultP2PPort)
		}
	}
	if c.Key.File == "" {
		bad("key.file", "empty")
	}
	if !envName(c.Key.PassphraseEnv) {
		bad("key.passphrase_env", "%q is not an environment variable name", c.Key.PassphraseEnv)
	}
	c.checkAPIAddr(bad)
	if r := c.Roles.WhistleblowerRate; !(r >= 0 && r <= 1) {
		bad("roles.whistleblower_rate", "%v: want a share from 0 to 1 (0.1 re-executes a tenth of the unassigned contributions)", r)
	}
	if _, ok := levels[c.Log.Level]; !ok {
		bad("log.level", "%q: want debug, info, warn or error", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format", "%q: want text or json", c.Log.Format)
	}
	return errors.Join(errs...)
}

func (c *Config) checkAPIAddr(bad func(key, format string, args ...any)) {
	host, port, err := net.SplitHostPort(c.API.Addr)
	if err != nil {
		bad("api.addr", "%q is not host:port", c.API.Addr)
		return
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		bad("api.addr", "port %q: want 0..65535", port)
	}
	if c.API.Public {
		return
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		bad("api.addr", "%q is not a loopback address; use 127.0.0.1, or set api.public = true to serve the API to other machines", c.API.Addr)
	}
}

// envName reports whether s is a portable environment variable name.
func envName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

var levels = map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}

// LogLevel returns log.level as a slog level.
func (c *Config) LogLevel() slog.Level { return levels[c.Log.Level] }
