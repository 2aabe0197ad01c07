package config

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Setting is one key of the effective configuration as Show reports it.
type Setting struct {
	Key    string `json:"key"`
	Value  any    `json:"value"`
	Source Source `json:"source"`
	Env    string `json:"env"`
	Flag   string `json:"flag"`
}

// Settings returns every key with its value and source, in documentation order.
func (c *Config) Settings() []Setting {
	out := make([]Setting, len(fields))
	for i := range fields {
		f := &fields[i]
		var v any
		switch {
		case f.str != nil:
			v = *f.str(c)
		case f.list != nil:
			v = append([]string{}, *f.list(c)...)
		case f.number != nil:
			v = *f.number(c)
		default:
			v = *f.boolean(c)
		}
		out[i] = Setting{Key: f.key, Value: v, Source: c.Origin(f.key), Env: f.env(), Flag: "--" + f.flag}
	}
	return out
}

// Show writes the effective configuration as a TOML file, each value commented with its
// source; the output is itself a valid config file.
func (c *Config) Show(w io.Writer) error {
	var b strings.Builder
	file := c.file
	if file == "" {
		file = "none"
	}
	fmt.Fprintf(&b, "# effective configuration; config file: %s\n", file)
	b.WriteString(c.encode(true))
	_, err := io.WriteString(w, b.String())
	return err
}

// ShowJSON writes Settings as a JSON array.
func (c *Config) ShowJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(c.Settings())
}

// encode writes c as TOML: top-level keys first, then one table per section.
func (c *Config) encode(sources bool) string {
	var b strings.Builder
	section := ""
	for _, s := range c.Settings() {
		table, name := "", s.Key
		if i := strings.IndexByte(s.Key, '.'); i >= 0 {
			table, name = s.Key[:i], s.Key[i+1:]
		}
		if table != section {
			fmt.Fprintf(&b, "\n[%s]\n", table)
			section = table
		}
		line := name + " = " + tomlValue(s.Value)
		if sources {
			line = fmt.Sprintf("%-40s # %s", line, s.Source)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

func tomlValue(v any) string {
	switch v := v.(type) {
	case string:
		return tomlString(v)
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case []string:
		q := make([]string, len(v))
		for i, s := range v {
			q[i] = tomlString(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	panic(fmt.Sprintf("config: no TOML form for %T", v))
}

// tomlString quotes s as a TOML basic string: backslash escapes for quote, backslash and
// the common controls, \uXXXX for the other control characters.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
