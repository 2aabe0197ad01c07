package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// binDir holds the swarm binary TestMain's run builds on first use.
var (
	binDir   string
	binOnce  sync.Once
	binPath  string
	binError error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// swarmBin builds the swarm binary once per test run.
func swarmBin(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		if binDir, binError = os.MkdirTemp("", "swarm-bin"); binError != nil {
			return
		}
		binPath = filepath.Join(binDir, "swarm")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binError = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binError != nil {
		t.Fatal(binError)
	}
	return binPath
}

func run(t *testing.T, bin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

// TestBinary runs the real swarm binary as a user would.
func TestBinary(t *testing.T) {
	bin := swarmBin(t)

	t.Run("selftest", func(t *testing.T) {
		out, errOut, err := run(t, bin, "selftest", "--json")
		if err != nil {
			t.Fatalf("selftest: %v\n%s", err, errOut)
		}
		var r struct {
			OK      bool `json:"ok"`
			Results []struct {
				Kernel string `json:"kernel"`
				Match  bool   `json:"matches_golden"`
			} `json:"results"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil || !r.OK || len(r.Results) == 0 {
			t.Fatalf("selftest output %q: ok=%v err=%v", out, r.OK, err)
		}
	})

	t.Run("train --json", func(t *testing.T) {
		dir := t.TempDir()
		out, errOut, err := run(t, bin, "train", "--size", "tiny", "--level", "1", "--sft-steps", "10", "--rounds", "3",
			"--prompts", "4", "--group-size", "4", "--eval-size", "8", "--eval-every", "1", "--data-dir", dir, "--json")
		if err != nil {
			t.Fatalf("train: %v\n%s", err, errOut)
		}
		rounds := 0
		sc := bufio.NewScanner(strings.NewReader(out))
		for sc.Scan() {
			var r map[string]any
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("stdout line %q is not JSON: %v", sc.Text(), err)
			}
			for _, k := range []string{"round", "mean_reward", "accuracy"} {
				if _, ok := r[k]; !ok {
					t.Fatalf("record %q lacks %q", sc.Text(), k)
				}
			}
			if acc := r["accuracy"].(float64); acc < 0 || acc > 1 {
				t.Fatalf("accuracy %g out of [0,1]", acc)
			}
			if r["phase"] == "rl" {
				rounds++
			}
		}
		if rounds != 3 {
			t.Fatalf("got %d rl records, want 3:\n%s", rounds, out)
		}
		if _, err := os.Stat(filepath.Join(dir, "checkpoints", "final.safetensors")); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("bad flags", func(t *testing.T) {
		for _, args := range [][]string{
			{"train", "--task", "nope"},
			{"train", "--size", "huge"},
			{"train", "--kernel", "gpu"},
			{"train", "--level", "0"},
		} {
			_, errOut, err := run(t, bin, args...)
			if err == nil {
				t.Errorf("%v: exited 0", args)
			}
			if !strings.Contains(errOut, "swarm:") {
				t.Errorf("%v: stderr %q lacks an error message", args, errOut)
			}
		}
	})

	// A real key with the standard scrypt cost, its passphrase in the process environment.
	t.Run("keys new and show", func(t *testing.T) {
		dir := t.TempDir()
		newKey := exec.Command(bin, "keys", "new", "--data-dir", dir, "--json")
		newKey.Env = append(os.Environ(), "SWARM_PASSPHRASE=binary test")
		made, err := newKey.Output()
		if err != nil {
			t.Fatalf("keys new: %v", err)
		}
		show := exec.Command(bin, "keys", "show", "--data-dir", dir, "--json")
		show.Env = append(os.Environ(), "SWARM_PASSPHRASE=binary test")
		shown, err := show.Output()
		if err != nil || !bytes.Equal(made, shown) {
			t.Fatalf("keys show printed %s (%v), keys new %s", shown, err, made)
		}
		_, errOut, err := run(t, bin, "keys", "show", "--data-dir", dir, "--passphrase-env", "APIARY_UNSET_PASSPHRASE")
		if err == nil || !strings.Contains(errOut, "APIARY_UNSET_PASSPHRASE") {
			t.Fatalf("keys show without a passphrase: %v, stderr %q", err, errOut)
		}
	})
}
