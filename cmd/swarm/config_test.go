package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigShow(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("SWARM_DATA_DIR", dir)
	t.Setenv("SWARM_API_ADDR", "127.0.0.1:5000")
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("[log]\nlevel = \"debug\"\n[roles]\nkeeper = false\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := execSwarm(t, "config", "show", "--keeper=true", "--log-format", "json")
	if err != nil {
		t.Fatalf("config show: %v\n%s", err, out)
	}
	for _, want := range []*sourcedLine{
		{"level = \"debug\"", "# file"},
		{"addr = \"127.0.0.1:5000\"", "# env"},
		{"keeper = true", "# flag"},
		{"format = \"json\"", "# flag"},
		{"metrics = true", "# default"},
	} {
		if !want.in(out) {
			t.Errorf("config show lacks a line with %q and %q:\n%s", want.value, want.source, out)
		}
	}
	if !strings.Contains(out, filepath.Join(dir, "config.toml")) {
		t.Errorf("config show does not name the file it read:\n%s", out)
	}

	out, err = execSwarm(t, "config", "show", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var settings []struct {
		Key, Source string
		Value       any
	}
	if err := json.Unmarshal([]byte(out), &settings); err != nil || len(settings) < 10 {
		t.Fatalf("config show --json: %v\n%s", err, out)
	}

	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("[log]\nlevle = \"debug\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := execSwarm(t, "config", "show"); err == nil || !strings.Contains(err.Error(), `"log.levle"`) {
		t.Fatalf("a misspelt key: got %v, want an error naming log.levle", err)
	}
	if _, err := execSwarm(t, "config", "show", "--config", filepath.Join(dir, "absent.toml")); err == nil {
		t.Fatal("an explicit config file that does not exist: got nil error")
	}
}

// sourcedLine is a value and a source comment that must share one line.
type sourcedLine struct{ value, source string }

func (l *sourcedLine) in(out string) bool {
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, l.value) && strings.Contains(line, l.source) {
			return true
		}
	}
	return false
}
