package config

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"
)

// BindFlags registers on fs the flags of the given keys (every key when none is given)
// and --config, with the built-in defaults shown in the help. Pass the same FlagSet to
// Load as Sources.Flags: only flags given on the command line override the file and the
// environment. It panics on an unknown key, a programming error.
func BindFlags(fs *pflag.FlagSet, keys ...string) {
	d := Default()
	fs.String(ConfigFlag, "", "config file (default <data_dir>/"+FileName+"; also $"+ConfigEnv+")")
	if len(keys) == 0 {
		for _, f := range fields {
			keys = append(keys, f.key)
		}
	}
	for _, k := range keys {
		f := fieldByKey(k)
		if f == nil {
			panic(fmt.Sprintf("config: BindFlags: unknown key %q", k))
		}
		usage := f.usage + " ($" + f.env() + ")"
		switch {
		case f.str != nil:
			fs.String(f.flag, *f.str(d), usage)
		case f.list != nil:
			fs.StringSlice(f.flag, *f.list(d), usage)
		case f.number != nil:
			fs.Float64(f.flag, *f.number(d), usage)
		default:
			fs.Bool(f.flag, *f.boolean(d), usage)
		}
	}
}

// Keys returns every configuration key, in documentation order.
func Keys() []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.key
	}
	return out
}

// Describe returns a Markdown table of every key, its flag, its environment variable and
// its meaning, as docs/NODE.md shows it.
func Describe() string {
	var b strings.Builder
	b.WriteString("| key | flag | environment | default | meaning |\n|---|---|---|---|---|\n")
	for _, s := range Default().Settings() {
		f := fieldByKey(s.Key)
		def := "`" + strings.Trim(tomlValue(s.Value), `"`) + "`"
		if s.Value == "" {
			def = "unset"
		}
		switch s.Key {
		case "data_dir":
			def = "`~/.apiary`"
		case "key.file":
			def = "`<data_dir>/key.json`"
		}
		fmt.Fprintf(&b, "| `%s` | `--%s` | `%s` | %s | %s |\n", f.key, f.flag, f.env(), def, f.usage)
	}
	return b.String()
}
