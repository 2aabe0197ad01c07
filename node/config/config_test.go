package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"

	"github.com/apiary-rl/apiary/ledger"
)

const runHex = "0x0101010101010101010101010101010101010101010101010101010101010101"

// env is a fake environment for Load.
func env(kv ...string) func(string) (string, bool) {
	m := map[string]string{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	BindFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestDefaults(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir)})
	if err != nil {
		t.Fatal(err)
	}
	if c.API.Addr != DefaultAPIAddr || !c.API.Metrics || c.API.Public {
		t.Fatalf("api %+v, want %s with metrics, not public", c.API, DefaultAPIAddr)
	}
	for _, a := range c.P2P.Listen {
		if strings.Contains(a, "4001") || !strings.Contains(a, "4111") {
			t.Fatalf("listen %q: want port 4111, never kubo's 4001", a)
		}
	}
	if want := filepath.Join(dir, "key.json"); c.Key.File != want {
		t.Fatalf("key.file %q, want %q", c.Key.File, want)
	}
	if c.File() != "" || c.Origin("api.addr") != SourceDefault || c.Origin("data_dir") != SourceEnv {
		t.Fatalf("file %q, origins %s %s", c.File(), c.Origin("api.addr"), c.Origin("data_dir"))
	}
}

// TestPrecedence sets log.level in all three sources and other keys in one or two, and
// checks flags > environment > file > defaults for each.
func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "node.toml", `
run = "`+runHex+`"
[api]
addr = "127.0.0.1:9000"
[log]
level = "debug"
format = "json"
[p2p]
bootstrap = []
`)
	c, err := Load(Sources{
		LookupEnv: env("SWARM_DATA_DIR", dir, "SWARM_CONFIG", file, "SWARM_LOG_LEVEL", "warn",
			"SWARM_LOG_FORMAT", "text", "SWARM_ROLES_KEEPER", "false",
			"SWARM_P2P_BOOTSTRAP", "/ip4/127.0.0.1/tcp/4111/p2p/16Uiu2HAmHJQc6mS2Fd7MXMt3sUYFFrb7gVkzGrUSBVmuf9C2Sy7o"),
		Flags: flags(t, "--log-level", "error", "--keeper=true", "--verifier=false"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []struct {
		key  string
		got  any
		want any
		src  Source
	}{
		{"log.level", c.Log.Level, "error", SourceFlag},
		{"log.format", c.Log.Format, "text", SourceEnv},
		{"api.addr", c.API.Addr, "127.0.0.1:9000", SourceFile},
		{"run", c.Run, runHex, SourceFile},
		{"roles.keeper", c.Roles.Keeper, true, SourceFlag},
		{"roles.verifier", c.Roles.Verifier, false, SourceFlag},
		{"p2p.bootstrap", len(c.P2P.Bootstrap), 1, SourceEnv},
		{"api.metrics", c.API.Metrics, true, SourceDefault},
	} {
		if !reflect.DeepEqual(w.got, w.want) || c.Origin(w.key) != w.src {
			t.Errorf("%s = %v from %s, want %v from %s", w.key, w.got, c.Origin(w.key), w.want, w.src)
		}
	}
	if c.File() != file {
		t.Fatalf("file %q, want %q", c.File(), file)
	}
	if _, err := c.RunID(); err != nil {
		t.Fatal(err)
	}
}

func TestDefaultFileInDataDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, FileName, "[log]\nlevel = \"debug\"\n")
	c, err := Load(Sources{LookupEnv: env(), Flags: flags(t, "--data-dir", dir)})
	if err != nil {
		t.Fatal(err)
	}
	if c.Log.Level != "debug" || c.File() != filepath.Join(dir, FileName) {
		t.Fatalf("level %q from %q, want debug from the data directory's file", c.Log.Level, c.File())
	}
	if _, err := Load(Sources{LookupEnv: env(), File: filepath.Join(dir, "absent.toml")}); err == nil {
		t.Fatal("an explicit config file that does not exist: got nil error")
	}
}

func TestFileErrors(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       error
		mention    string
	}{
		{"unknown key", "[api]\nadr = \"127.0.0.1:1\"\n", ErrUnknownKey, `"api.adr"`},
		{"unknown table", "[gpu]\nenabled = true\n", ErrUnknownKey, `"gpu`},
		{"wrong type", "[api]\nmetrics = \"yes\"\n", ErrInvalid, "metrics"},
		{"not toml", "data_dir = \n", ErrInvalid, ""},
		{"duplicate", "run = \"a\"\nrun = \"b\"\n", ErrInvalid, ""},
	} {
		_, err := Parse([]byte(c.body))
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.mention) {
			t.Errorf("%s: got %v, want %v mentioning %s", c.name, err, c.want, c.mention)
		}
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		env     []string
		mention string
	}{
		{[]string{"SWARM_RUN", "0x12"}, "run (from environment SWARM_RUN)"},
		{[]string{"SWARM_API_ADDR", "0.0.0.0:4112"}, "not a loopback address"},
		{[]string{"SWARM_API_ADDR", "127.0.0.1:70000"}, "port"},
		{[]string{"SWARM_API_ADDR", "127.0.0.1"}, "host:port"},
		{[]string{"SWARM_P2P_LISTEN", "tcp://0.0.0.0:4111"}, "p2p.listen"},
		{[]string{"SWARM_P2P_LISTEN", ""}, "no listen address"},
		{[]string{"SWARM_P2P_BOOTSTRAP", "/ip4/127.0.0.1/tcp/4111"}, "p2p.bootstrap"},
		{[]string{"SWARM_CHAIN_RPC_URL", "localhost:8545"}, "chain.rpc_url"},
		{[]string{"SWARM_KEY_PASSPHRASE_ENV", "MY-PASS"}, "key.passphrase_env"},
		{[]string{"SWARM_LOG_LEVEL", "verbose"}, "log.level"},
		{[]string{"SWARM_LOG_FORMAT", "xml"}, "log.format"},
		{[]string{"SWARM_API_METRICS", "maybe"}, "SWARM_API_METRICS"},
		{[]string{"SWARM_ROLES_WHISTLEBLOWER_RATE", "often"}, "SWARM_ROLES_WHISTLEBLOWER_RATE"},
		{[]string{"SWARM_ROLES_WHISTLEBLOWER_RATE", "1.5"}, "roles.whistleblower_rate"},
		{[]string{"SWARM_ROLES_WHISTLEBLOWER_RATE", "-0.1"}, "roles.whistleblower_rate"},
		{[]string{"SWARM_ROLES_WHISTLEBLOWER_RATE", "NaN"}, "roles.whistleblower_rate"},
	} {
		_, err := Load(Sources{LookupEnv: env(append([]string{"SWARM_DATA_DIR", dir}, c.env...)...)})
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.mention) {
			t.Errorf("%v: got %v, want ErrInvalid mentioning %q", c.env, err, c.mention)
		}
	}
	c, err := Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir, "SWARM_API_ADDR", "0.0.0.0:4112", "SWARM_API_PUBLIC", "true")})
	if err != nil || c.API.Addr != "0.0.0.0:4112" {
		t.Fatalf("public API: %v", err)
	}
	if _, err := c.RunID(); !errors.Is(err, ErrMissing) {
		t.Fatalf("no run: got %v, want ErrMissing", err)
	}
	if _, err := c.Network(); !errors.Is(err, ErrMissing) {
		t.Fatalf("no manifest: got %v, want ErrMissing", err)
	}
}

func TestNetwork(t *testing.T) {
	dir := t.TempDir()
	m := ledger.Manifest{Version: ledger.ManifestVersion, ChainID: 1337, RPCURL: "http://127.0.0.1:8545",
		Contracts: ledger.Addresses{Ledger: common.Address{1}, Referee: common.Address{2}}}
	path := filepath.Join(dir, "network.json")
	if err := ledger.WriteManifest(path, &m); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir, "SWARM_CHAIN_MANIFEST", path, "SWARM_CHAIN_RPC_URL", "http://127.0.0.1:9545")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Network()
	if err != nil || got.RPCURL != "http://127.0.0.1:9545" || got.ChainID != 1337 {
		t.Fatalf("network %+v, %v; want chain 1337 at the overriding rpc_url", got, err)
	}
}

// TestShowIsAConfigFile checks that Show prints every key with its source and that its
// output, read back as a config file, gives the same configuration.
func TestShowIsAConfigFile(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir, "SWARM_RUN", runHex),
		Flags: flags(t, "--bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/16Uiu2HAmHJQc6mS2Fd7MXMt3sUYFFrb7gVkzGrUSBVmuf9C2Sy7o", "--log-level", "warn")})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := c.Show(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"run = \"" + runHex + "\"", "# env", "# flag", "level = \"warn\"", "[api]"} {
		if !strings.Contains(out, want) {
			t.Errorf("show output lacks %q:\n%s", want, out)
		}
	}
	again, err := Parse([]byte(out))
	if err != nil {
		t.Fatalf("show output is not a config file: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(again.Settings()[0].Value, c.DataDir) || again.encode(false) != c.encode(false) {
		t.Fatalf("read back:\n%s\nwant:\n%s", again.encode(false), c.encode(false))
	}
	var j strings.Builder
	if err := c.ShowJSON(&j); err != nil || !strings.Contains(j.String(), `"env": "SWARM_API_ADDR"`) {
		t.Fatalf("json: %v\n%s", err, j.String())
	}
}

// TestDocsListEveryKey keeps docs/NODE.md's key table equal to the code's.
func TestDocsListEveryKey(t *testing.T) {
	b, err := os.ReadFile("../../docs/NODE.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), Describe()) {
		t.Fatalf("docs/NODE.md does not hold the current key table; paste this:\n%s", Describe())
	}
}

// TestWhistleblowerRate: the rate's default, and a value from a file, the environment and a
// flag, each shown back by Show as a TOML number.
func TestWhistleblowerRate(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir)})
	if err != nil || c.Roles.WhistleblowerRate != DefaultWhistleblowerRate || !c.Roles.Whistleblower {
		t.Fatalf("default: %v, rate %v, on %v", err, c.Roles.WhistleblowerRate, c.Roles.Whistleblower)
	}
	f, err := Parse([]byte("[roles]\nwhistleblower_rate = 0.25\n"))
	if err != nil || f.Roles.WhistleblowerRate != 0.25 || f.Origin("roles.whistleblower_rate") != SourceFile {
		t.Fatalf("file: %v, rate %v", err, f.Roles.WhistleblowerRate)
	}
	c, err = Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir, "SWARM_ROLES_WHISTLEBLOWER_RATE", " 1 ")})
	if err != nil || c.Roles.WhistleblowerRate != 1 {
		t.Fatalf("environment: %v, rate %v", err, c.Roles.WhistleblowerRate)
	}
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	BindFlags(fs)
	if err := fs.Parse([]string{"--whistleblower-rate", "0"}); err != nil {
		t.Fatal(err)
	}
	c, err = Load(Sources{LookupEnv: env("SWARM_DATA_DIR", dir, "SWARM_ROLES_WHISTLEBLOWER_RATE", "1"), Flags: fs})
	if err != nil || c.Roles.WhistleblowerRate != 0 || c.Origin("roles.whistleblower_rate") != SourceFlag {
		t.Fatalf("flag: %v, rate %v", err, c.Roles.WhistleblowerRate)
	}
	var b strings.Builder
	if err := c.Show(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "whistleblower_rate = 0 ") {
		t.Fatalf("Show lacks the rate:\n%s", b.String())
	}
	if _, err := Parse([]byte(b.String())); err != nil {
		t.Fatalf("Show's output does not parse: %v", err)
	}
}
