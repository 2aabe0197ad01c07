package testnet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func validManifest(dir string) *Manifest {
	m := &Manifest{Version: 1, PID: 1234, ChainRPC: "http://127.0.0.1:8545", ChainID: 1337, Network: filepath.Join(dir, "network.json"),
		Run: "0x01", Rounds: 3, Report: filepath.Join(dir, "report")}
	for i := range 2 {
		nd := filepath.Join(dir, "node")
		m.Nodes = append(m.Nodes, NodeEntry{Index: i, PID: 99, API: "127.0.0.1:4112", DataDir: nd,
			Log: filepath.Join(nd, "node.log"), Events: filepath.Join(nd, "events.jsonl")})
	}
	return m
}

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadManifest(dir); !errors.Is(err, ErrNoTestnet) {
		t.Fatalf("empty dir: %v, want ErrNoTestnet", err)
	}
	m := validManifest(dir)
	m.Clock = ClockManual
	if err := WriteManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	got, err := ReadManifest(dir)
	if err != nil || got.PID != m.PID || got.Clock != ClockManual || len(got.Nodes) != 2 || got.Nodes[1].API != m.Nodes[1].API {
		t.Fatalf("ReadManifest: %+v, %v", got, err)
	}
}

func TestManifestRejects(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		edit func(*Manifest)
		want string
	}{
		{"version", func(m *Manifest) { m.Version = 2 }, "version 2"},
		{"pid", func(m *Manifest) { m.PID = 0 }, "not a process id"},
		{"no nodes", func(m *Manifest) { m.Nodes = nil }, "0 nodes"},
		{"index", func(m *Manifest) { m.Nodes[1].Index = 5 }, "index 5"},
		{"api off loopback", func(m *Manifest) { m.Nodes[0].API = "10.0.0.1:80" }, "not a loopback"},
		{"relative path", func(m *Manifest) { m.Nodes[0].DataDir = "node-0" }, "not absolute"},
		{"clock", func(m *Manifest) { m.Clock = "sundial" }, `clock "sundial"`},
	} {
		m := validManifest(dir)
		c.edit(m)
		if err := WriteManifest(dir, m); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadManifest(dir); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	for _, bad := range []string{`{"version":1,"bogus":1}`, `{"version":1}{}`, `[]`, ``} {
		if _, err := DecodeManifest([]byte(bad)); err == nil {
			t.Errorf("DecodeManifest(%q) accepted it", bad)
		}
	}
}

// TestPrepareDir: a directory with other files and no manifest is refused, not cleared.
func TestPrepareDir(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "mine.txt")
	if err := os.WriteFile(keep, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := prepareDir(dir); err == nil || !strings.Contains(err.Error(), "holds no testnet") {
		t.Fatalf("prepareDir on a foreign directory: %v", err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Fatal("prepareDir removed a file it does not own")
	}
	// A stopped testnet is cleared of what it wrote, and only that.
	dir = t.TempDir()
	m := validManifest(dir)
	m.PID = 1 << 30 // no such process
	for i := range m.Nodes {
		m.Nodes[i].PID = 1<<30 + 1
	}
	if err := WriteManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"node-0/key.json", "report/report.json", "other/keep"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := prepareDir(dir); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{"node-0": false, "report": false, ManifestFile: false, "other/keep": true} {
		if _, err := os.Stat(filepath.Join(dir, p)); (err == nil) != want {
			t.Errorf("after prepareDir: %s exists %v, want %v", p, err == nil, want)
		}
	}
}

// TestPrepareDirRunning: a testnet whose `up` runs (this very process stands in, its
// command line holding the marker "testnet") is refused.
func TestPrepareDirRunning(t *testing.T) {
	dir := t.TempDir()
	m := validManifest(dir)
	m.PID = os.Getpid()
	if err := WriteManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	if !ours(os.Getpid(), "testnet") {
		t.Skip("this test binary's command line does not name the package")
	}
	if err := prepareDir(dir); err == nil || !strings.Contains(err.Error(), "testnet down") {
		t.Fatalf("prepareDir with a live up: %v", err)
	}
}

func FuzzDecodeManifest(f *testing.F) {
	dir := f.TempDir()
	if err := WriteManifest(dir, validManifest(dir)); err != nil {
		f.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"version":1,"pid":1,"nodes":[{"index":0,"api":"[::1]:1","data_dir":"/a","log":"/b","events":"/c"}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeManifest(b)
		if err != nil {
			return
		}
		if m.Version != 1 || m.PID <= 0 || len(m.Nodes) == 0 || len(m.Nodes) > maxNodes {
			t.Fatalf("accepted an invalid manifest: %+v", m)
		}
		for i, n := range m.Nodes {
			if n.Index != i || loopback(n.API) != nil || !filepath.IsAbs(n.DataDir) {
				t.Fatalf("accepted node %d: %+v", i, n)
			}
		}
	})
}
