package checkpoint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// MaxConfigSize bounds a configuration file (1 MiB).
const MaxConfigSize = 1 << 20

// SaveConfig writes v as indented JSON (two spaces, a final newline) to
// path, replacing any existing file atomically.
func SaveConfig(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("save config %s: %w", path, err)
	}
	if err := writeFileAtomic(path, append(b, '\n')); err != nil {
		return fmt.Errorf("save config %s: %w", path, err)
	}
	return nil
}

// LoadConfig reads the JSON file at path into v (see DecodeConfig).
func LoadConfig(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	if err := DecodeConfig(b, v); err != nil {
		return fmt.Errorf("load config %s: %w", path, err)
	}
	return nil
}

// DecodeConfig decodes one JSON value into v, rejecting fields that v does
// not have, anything after the value, and input over MaxConfigSize.
func DecodeConfig(data []byte, v any) error {
	if len(data) > MaxConfigSize {
		return fmt.Errorf("config of %d bytes exceeds %d", len(data), MaxConfigSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("decode config: %w", err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		if err != nil {
			return fmt.Errorf("decode config: after the value: %w", err)
		}
		return fmt.Errorf("decode config: unexpected %v after the value", tok)
	}
	return nil
}
