package keys

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// light is a cheap scrypt cost for tests only.
var light = WithScrypt(1<<10, 1)

func TestNewAndLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "key.json")
	k, err := New(path, "correct horse", light)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v (%v), want 0600", st.Mode().Perm(), err)
	}
	got, err := Load(path, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if got.Address != k.Address || !got.Private.Equal(k.Private) {
		t.Fatalf("loaded %s, want %s", got.Address, k.Address)
	}
	id, err := got.PeerID()
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := swarm.PeerIDOf(&k.Private.PublicKey); id != want {
		t.Fatalf("peer id %s, want %s", id, want)
	}
	if _, err := Load(path, "wrong"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: got %v, want ErrWrongPassphrase", err)
	}
	if _, err := New(path, "other", light); !errors.Is(err, ErrExists) {
		t.Fatalf("new over an existing key: got %v, want ErrExists", err)
	}
	if again, _ := Load(path, "correct horse"); again == nil || again.Address != k.Address {
		t.Fatal("the refused New changed the key file")
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.json"), "x"); !errors.Is(err, ErrNoKey) {
		t.Fatalf("missing file: got %v, want ErrNoKey", err)
	}
	if _, err := New(filepath.Join(t.TempDir(), "k.json"), "", light); !errors.Is(err, ErrNoPassphrase) {
		t.Fatalf("empty passphrase: got %v, want ErrNoPassphrase", err)
	}
	if _, err := New(filepath.Join(t.TempDir(), "k.json"), "x", WithScrypt(1000, 1)); err == nil {
		t.Fatal("scrypt n = 1000: got nil error")
	}
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	hexFile := filepath.Join(dir, "pk.hex")
	// The first well-known development key (anvil, hardhat).
	if err := os.WriteFile(hexFile, []byte("  0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	k, err := Import(filepath.Join(dir, "key.json"), hexFile, "pw", light)
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"); k.Address != want {
		t.Fatalf("imported address %s, want %s", k.Address, want)
	}
	for _, bad := range []string{"", "xyz", "00", strings.Repeat("0", 64), strings.Repeat("f", 64)} {
		if err := os.WriteFile(hexFile, []byte(bad), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Import(filepath.Join(dir, "other.json"), hexFile, "pw", light); !errors.Is(err, ErrBadPrivateKey) {
			t.Errorf("import %q: got %v, want ErrBadPrivateKey", bad, err)
		}
	}
}

// goodFile returns a valid light key file as a JSON object for tests to break.
func goodFile(t *testing.T) (string, map[string]any) {
	path := filepath.Join(t.TempDir(), "key.json")
	if _, err := New(path, "pw", light); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return path, m
}

func TestBadKeyFiles(t *testing.T) {
	for _, c := range []struct {
		name   string
		mutate func(m map[string]any)
	}{
		{"version", func(m map[string]any) { m["version"] = 1 }},
		{"unknown field", func(m map[string]any) { m["extra"] = true }},
		{"kdf", func(m map[string]any) { m["crypto"].(map[string]any)["kdf"] = "pbkdf2" }},
		{"huge n", func(m map[string]any) { kdf(m)["n"] = 1 << 30 }},
		{"n not a power of two", func(m map[string]any) { kdf(m)["n"] = 1000 }},
		{"p", func(m map[string]any) { kdf(m)["p"] = 0 }},
		{"r", func(m map[string]any) { kdf(m)["r"] = 1 }},
		{"salt", func(m map[string]any) { kdf(m)["salt"] = "zz" }},
		{"id", func(m map[string]any) { m["id"] = "not-a-uuid" }},
		// go-ethereum panicked on this one (found by FuzzParseFile).
		{"member case", func(m map[string]any) { kdf(m)["Salt"] = kdf(m)["salt"]; delete(kdf(m), "salt") }},
		{"other address", func(m map[string]any) { m["address"] = strings.Repeat("ab", 20) }},
	} {
		path, m := goodFile(t)
		c.mutate(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(path, "pw"); !errors.Is(err, ErrBadKeyFile) {
			t.Errorf("%s: got %v, want ErrBadKeyFile", c.name, err)
		}
	}
}

func kdf(m map[string]any) map[string]any {
	return m["crypto"].(map[string]any)["kdfparams"].(map[string]any)
}

func TestPassphrase(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pass")
	noEnv := func(string) (string, bool) { return "", false }
	if err := os.WriteFile(file, []byte("secret phrase\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if p, err := Passphrase(file, "X", noEnv); err != nil || p != "secret phrase" {
		t.Fatalf("from file: %q, %v", p, err)
	}
	env := func(k string) (string, bool) { return "from env", k == "MY_PASS" }
	if p, err := Passphrase("", "MY_PASS", env); err != nil || p != "from env" {
		t.Fatalf("from env: %q, %v", p, err)
	}
	if _, err := Passphrase("", "MY_PASS", noEnv); !errors.Is(err, ErrNoPassphrase) || !strings.Contains(err.Error(), "MY_PASS") {
		t.Fatalf("unset: got %v, want ErrNoPassphrase naming MY_PASS", err)
	}
	if err := os.WriteFile(file, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Passphrase(file, "X", env); !errors.Is(err, ErrNoPassphrase) {
		t.Fatalf("empty file: got %v, want ErrNoPassphrase", err)
	}
}
