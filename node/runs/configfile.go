package runs

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/node/compute"
)

// ConfigFileName is the name of the file holding the config blob whose
// keccak256 is hash: "run-config-<64 hex digits>.cbor". A node that reads a
// run's configHash from the chain knows the name without any other index.
func ConfigFileName(hash common.Hash) string {
	return "run-config-" + strings.TrimPrefix(hash.Hex(), "0x") + ".cbor"
}

// WriteConfigFile writes blob into dir under ConfigFileName(keccak256(blob))
// and returns its path. A file already there with the same bytes is kept; one
// with other bytes is replaced (its name says they were not the config).
// The write goes through a temporary file and a rename, so a reader never
// sees half a config.
func WriteConfigFile(dir string, blob []byte) (string, error) {
	path := filepath.Join(dir, ConfigFileName(crypto.Keccak256Hash(blob)))
	if old, err := ReadConfigBytes(path); err == nil && string(old) == string(blob) {
		return path, nil
	}
	tmp, err := os.CreateTemp(dir, ".run-config-*")
	if err != nil {
		return "", fmt.Errorf("write run config: %w", err)
	}
	_, werr := tmp.Write(blob)
	if serr := tmp.Sync(); werr == nil {
		werr = serr
	}
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
		return "", fmt.Errorf("write run config %s: %w", path, werr)
	}
	return path, nil
}

// ReadConfigFile reads the config blob named hash from the first of dirs
// that has it, checks that its bytes hash to hash and decodes it strictly
// (compute.DecodeConfig). ErrNoConfig names the directories searched;
// ErrMismatch a file whose bytes are not the config.
func ReadConfigFile(hash common.Hash, dirs ...string) (compute.Config, []byte, string, error) {
	name := ConfigFileName(hash)
	for _, dir := range dirs {
		path := filepath.Join(dir, name)
		b, err := ReadConfigBytes(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return compute.Config{}, nil, path, err
		}
		c, err := DecodeConfigBlob(hash, b)
		if err != nil {
			return compute.Config{}, nil, path, fmt.Errorf("%s: %w", path, err)
		}
		return c, b, path, nil
	}
	return compute.Config{}, nil, "", fmt.Errorf("%w: no %s in %s; copy it from the run's submitter (`swarm run create` wrote it next to the manifest)",
		ErrNoConfig, name, strings.Join(dirs, ", "))
}

// DecodeConfigBlob checks that blob hashes to hash, then decodes it strictly.
func DecodeConfigBlob(hash common.Hash, blob []byte) (compute.Config, error) {
	if got := crypto.Keccak256Hash(blob); got != hash {
		return compute.Config{}, fmt.Errorf("%w: its bytes hash to %s, the run's config hash is %s", ErrMismatch, got.Hex(), hash.Hex())
	}
	c, err := compute.DecodeConfig(blob)
	if err != nil {
		return compute.Config{}, fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	return c, nil
}

// ReadConfigBytes reads a run config file of at most compute.MaxConfigSize bytes; a
// longer file is an error. It does not decode or check the bytes (Load does).
func ReadConfigBytes(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, compute.MaxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("read run config %s: %w", path, err)
	}
	if len(b) > compute.MaxConfigSize {
		return nil, fmt.Errorf("%w: %s is over %d bytes", ErrMismatch, path, compute.MaxConfigSize)
	}
	return b, nil
}

// SearchDirs are the directories a node looks for a run's config file in:
// its data directory, then the manifest's directory (where `swarm run
// create` writes it).
func SearchDirs(dataDir, manifest string) []string {
	dirs := []string{dataDir}
	if manifest != "" {
		dirs = append(dirs, filepath.Dir(manifest))
	}
	return dirs
}
