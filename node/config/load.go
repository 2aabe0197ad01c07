package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/spf13/pflag"
)

// MaxFileSize bounds the config file the node reads (64 KiB).
const MaxFileSize = 64 << 10

// ConfigFlag and ConfigEnv name the config file explicitly.
const (
	ConfigFlag = "config"
	ConfigEnv  = "SWARM_CONFIG"
)

// Sources are where Load reads from besides the defaults.
type Sources struct {
	// File is the config file. When empty Load uses --config, then $SWARM_CONFIG, then
	// <data_dir>/config.toml if that file exists (data_dir from flag, environment or default).
	File string
	// LookupEnv reads the environment; nil means os.LookupEnv.
	LookupEnv func(string) (string, bool)
	// Flags, when set, are the flags BindFlags registered; only those set on the command
	// line count.
	Flags *pflag.FlagSet
}

// Load builds the effective configuration: defaults, then the file, then `SWARM_*`
// environment variables, then flags; derives key.file from data_dir when unset; and
// validates the result.
func Load(src Sources) (*Config, error) {
	if src.LookupEnv == nil {
		src.LookupEnv = os.LookupEnv
	}
	c := Default()
	c.origin = map[string]Source{}
	// data_dir decides where the default file is, so it is settled first without the file.
	pre := Default()
	if err := applyEnv(pre, nil, src.LookupEnv); err != nil {
		return nil, err
	}
	if err := applyFlags(pre, nil, src.Flags); err != nil {
		return nil, err
	}
	path, explicit, err := configPath(src, pre.DataDir)
	if err != nil {
		return nil, err
	}
	if path != "" {
		b, err := readFile(path, explicit)
		if err != nil {
			return nil, err
		}
		if b != nil {
			fc, defined, err := parse(b)
			if err != nil {
				return nil, fmt.Errorf("config file %s: %w", path, err)
			}
			for _, k := range defined {
				f := fieldByKey(k)
				f.copyValue(c, fc)
				c.origin[k] = SourceFile
			}
			c.file = path
		}
	}
	if err := applyEnv(c, c.origin, src.LookupEnv); err != nil {
		return nil, err
	}
	if err := applyFlags(c, c.origin, src.Flags); err != nil {
		return nil, err
	}
	if c.Key.File == "" {
		c.Key.File = filepath.Join(c.DataDir, "key.json")
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

func configPath(src Sources, dataDir string) (path string, explicit bool, err error) {
	if src.File != "" {
		return src.File, true, nil
	}
	if src.Flags != nil && src.Flags.Changed(ConfigFlag) {
		p, err := src.Flags.GetString(ConfigFlag)
		return p, true, err
	}
	if p, ok := src.LookupEnv(ConfigEnv); ok && p != "" {
		return p, true, nil
	}
	return filepath.Join(dataDir, FileName), false, nil
}

// readFile reads the config file; a missing default file is no file (nil), a missing
// explicit one is an error.
func readFile(path string, explicit bool) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) && !explicit {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("config file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("config file %s: %w", path, err)
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("config file %s: %w: over %d bytes", path, ErrInvalid, MaxFileSize)
	}
	return b, nil
}

// Parse decodes a config file strictly: TOML, only known keys, each with its type. It
// returns a configuration holding the file's values over the defaults, not validated.
func Parse(b []byte) (*Config, error) {
	fc, defined, err := parse(b)
	if err != nil {
		return nil, err
	}
	c := Default()
	c.origin = map[string]Source{}
	for _, k := range defined {
		fieldByKey(k).copyValue(c, fc)
		c.origin[k] = SourceFile
	}
	return c, nil
}

// parse decodes b into a zero Config and lists the keys it defines, in field order.
func parse(b []byte) (*Config, []string, error) {
	var fc Config
	md, err := toml.NewDecoder(bytes.NewReader(b)).Decode(&fc)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		names := make([]string, len(und))
		for i, k := range und {
			names[i] = strconv.Quote(k.String())
		}
		return nil, nil, fmt.Errorf("%w %s; the keys are listed in docs/NODE.md and by `swarm config show`",
			ErrUnknownKey, strings.Join(names, ", "))
	}
	var defined []string
	for _, f := range fields {
		if md.IsDefined(f.path()...) {
			defined = append(defined, f.key)
		}
	}
	return &fc, defined, nil
}

// applyEnv sets every field whose SWARM_* variable is set. Lists are comma-separated.
func applyEnv(c *Config, origin map[string]Source, lookup func(string) (string, bool)) error {
	for i := range fields {
		f := &fields[i]
		v, ok := lookup(f.env())
		if !ok {
			continue
		}
		switch {
		case f.str != nil:
			*f.str(c) = v
		case f.list != nil:
			*f.list(c) = splitList(v)
		case f.number != nil:
			x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				return fmt.Errorf("%w: %s=%q: want a number", ErrInvalid, f.env(), v)
			}
			*f.number(c) = x
		default:
			b, err := strconv.ParseBool(strings.TrimSpace(v))
			if err != nil {
				return fmt.Errorf("%w: %s=%q: want true or false", ErrInvalid, f.env(), v)
			}
			*f.boolean(c) = b
		}
		if origin != nil {
			origin[f.key] = SourceEnv
		}
	}
	return nil
}

func splitList(v string) []string {
	out := []string{}
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// applyFlags sets every field whose flag was given on the command line.
func applyFlags(c *Config, origin map[string]Source, fs *pflag.FlagSet) error {
	if fs == nil {
		return nil
	}
	for i := range fields {
		f := &fields[i]
		if fs.Lookup(f.flag) == nil || !fs.Changed(f.flag) {
			continue
		}
		var err error
		switch {
		case f.str != nil:
			*f.str(c), err = fs.GetString(f.flag)
		case f.list != nil:
			var l []string
			l, err = fs.GetStringSlice(f.flag)
			*f.list(c) = append([]string{}, l...)
		case f.number != nil:
			*f.number(c), err = fs.GetFloat64(f.flag)
		default:
			*f.boolean(c), err = fs.GetBool(f.flag)
		}
		if err != nil {
			return fmt.Errorf("%w: --%s: %v", ErrInvalid, f.flag, err)
		}
		if origin != nil {
			origin[f.key] = SourceFlag
		}
	}
	return nil
}
