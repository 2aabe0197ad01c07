package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/node/keys"
)

// execSwarm runs the command tree in this process, as main does, and returns its stdout.
func execSwarm(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

type keyOut struct {
	Address string `json:"address"`
	PeerID  string `json:"peer_id"`
	File    string `json:"file"`
}

func TestKeysCommands(t *testing.T) {
	keyOptions = []keys.Option{keys.WithScrypt(1<<10, 1)}
	t.Cleanup(func() { keyOptions = nil })
	dir := t.TempDir()
	t.Setenv("SWARM_DATA_DIR", dir)
	t.Setenv("SWARM_PASSPHRASE", "pw")

	out, err := execSwarm(t, "keys", "new", "--json")
	if err != nil {
		t.Fatalf("keys new: %v\n%s", err, out)
	}
	var made keyOut
	if err := json.Unmarshal([]byte(out), &made); err != nil || made.File != filepath.Join(dir, "key.json") {
		t.Fatalf("keys new printed %q (%v), want the key in the data directory", out, err)
	}
	out, err = execSwarm(t, "keys", "show")
	if err != nil || !strings.Contains(out, made.Address) || !strings.Contains(out, made.PeerID) {
		t.Fatalf("keys show: %v\n%s\nwant address %s and peer id %s", err, out, made.Address, made.PeerID)
	}
	if _, err := execSwarm(t, "keys", "new"); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("second keys new: got %v, want a refusal to overwrite", err)
	}

	// A passphrase file takes precedence over the environment; a wrong one is refused.
	passFile := filepath.Join(dir, "pass")
	if err := os.WriteFile(passFile, []byte("nope\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := execSwarm(t, "keys", "show", "--passphrase-file", passFile); err == nil || !strings.Contains(err.Error(), "wrong passphrase") {
		t.Fatalf("show with a wrong passphrase file: got %v", err)
	}
	// The passphrase is never a flag.
	if _, err := execSwarm(t, "keys", "show", "--passphrase", "pw"); err == nil || !strings.Contains(err.Error(), "unknown flag") {
		t.Fatalf("--passphrase: got %v, want unknown flag", err)
	}
	t.Setenv("SWARM_PASSPHRASE", "")
	if _, err := execSwarm(t, "keys", "show"); err == nil || !strings.Contains(err.Error(), "SWARM_PASSPHRASE") {
		t.Fatalf("show without a passphrase: got %v, want a message naming SWARM_PASSPHRASE", err)
	}

	t.Setenv("OTHER_PASS", "pw2")
	hexFile := filepath.Join(dir, "pk.hex")
	if err := os.WriteFile(hexFile, []byte("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	imported := filepath.Join(dir, "imported.json")
	out, err = execSwarm(t, "keys", "import", hexFile, "--key-file", imported, "--passphrase-env", "OTHER_PASS")
	if err != nil || !strings.Contains(out, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("keys import: %v\n%s", err, out)
	}
	t.Setenv("SWARM_KEY_FILE", imported)
	t.Setenv("SWARM_KEY_PASSPHRASE_ENV", "OTHER_PASS")
	if out, err := execSwarm(t, "keys", "show", "--json"); err != nil || !strings.Contains(out, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("keys show of the imported key through the environment: %v\n%s", err, out)
	}
}
