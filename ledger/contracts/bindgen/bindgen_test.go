package bindgen

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

const (
	contractsDir = ".."
	artifactsDir = "../artifacts"
	bindingsFile = "../../bindings/bindings.go"
)

// TestBindingsCurrent proves the committed bindings are what abigen v2
// generates from the committed artifacts.
func TestBindingsCurrent(t *testing.T) {
	got, err := Generate(artifactsDir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(bindingsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("ledger/bindings/bindings.go is stale: run ledger/contracts/build.sh")
	}
}

// TestArtifactsCurrent proves the committed artifacts are what the pinned
// solcjs compiles from the sources. It needs the npm install of
// package-lock.json (`npm ci` in ledger/contracts, which CI runs).
func TestArtifactsCurrent(t *testing.T) {
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules", "solc", "package.json")); err != nil {
		t.Skip("solcjs not installed: run `npm ci` in ledger/contracts to check the artifacts against the sources")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH: cannot run solcjs")
	}
	out := t.TempDir()
	cmd := exec.Command(node, "compile.js", out)
	cmd.Dir = contractsDir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile: %v\n%s", err, b)
	}
	for _, name := range Contracts {
		for _, ext := range []string{".abi", ".bin"} {
			fresh, err := os.ReadFile(filepath.Join(out, name+ext))
			if err != nil {
				t.Fatal(err)
			}
			committed, err := os.ReadFile(filepath.Join(artifactsDir, name+ext))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(fresh, committed) {
				t.Errorf("ledger/contracts/artifacts/%s%s differs from a fresh compile: run ledger/contracts/build.sh", name, ext)
			}
		}
	}
}
