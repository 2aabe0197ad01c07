package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/node/keys"
)

// devEnv is an embedded dev chain on loopback, its manifest in a file, and key files
// with cheap scrypt, their passphrase in $SWARM_PASSPHRASE.
type devEnv struct {
	chain    *devchain.Chain
	manifest string
	dir      string
}

// newDevEnv starts a dev chain funding each address with 100 ether.
func newDevEnv(t *testing.T, funded ...common.Address) *devEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	opts := []devchain.Option{devchain.WithPorts(0, 0)}
	if len(funded) > 0 {
		opts = append(opts, devchain.WithFunded(ledger.Ether(100), funded...))
	}
	c, err := devchain.Start(ctx, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	dir := t.TempDir()
	m := c.Manifest()
	path := filepath.Join(dir, "network.json")
	if err := ledger.WriteManifest(path, &m); err != nil {
		t.Fatal(err)
	}
	return &devEnv{chain: c, manifest: path, dir: dir}
}

// newTestKey writes a key file with passphrase "pw" (set in the environment) and returns it.
func newTestKey(t *testing.T) (*keys.Key, string) {
	t.Helper()
	t.Setenv("SWARM_PASSPHRASE", "pw")
	path := filepath.Join(t.TempDir(), "key.json")
	k, err := keys.New(path, "pw", keys.WithScrypt(1<<10, 1))
	if err != nil {
		t.Fatal(err)
	}
	return k, path
}
