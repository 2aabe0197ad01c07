//go:build !race

package keys

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStandardScrypt checks that a key made without options uses go-ethereum's standard
// scrypt cost (n = 2^18). It costs one real scrypt (256 MiB), so it does not run under the
// race detector, which makes scrypt many times slower.
func TestStandardScrypt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "key.json")
	if _, err := New(path, "pw"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"n":262144`) {
		t.Fatalf("key file %s, want scrypt n = 262144", b)
	}
}
