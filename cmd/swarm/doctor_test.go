package main

import (
	"encoding/json"
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/node/doctor"
	"github.com/apiary-rl/apiary/node/keys"
)

// TestDoctor creates a run with `swarm run create`, then runs `swarm doctor` on it with
// a funded key and with an unfunded one whose only bootstrap peer's port is closed.
func TestDoctor(t *testing.T) {
	k, keyFile := newTestKey(t)
	env := newDevEnv(t, k.Address)
	t.Setenv("SWARM_DATA_DIR", t.TempDir())
	out, err := execSwarm(t, "run", "create", "--manifest", env.manifest, "--key-file", keyFile, "--pool", "6", "--size", "tiny", "--json")
	if err != nil {
		t.Fatalf("run create: %v\n%s", err, out)
	}
	var created createdRun
	if err := json.Unmarshal([]byte(out), &created); err != nil {
		t.Fatal(err)
	}
	base := []string{"doctor", "--manifest", env.manifest, "--run", created.Run, "--api-addr", "127.0.0.1:0",
		"--listen", "/ip4/127.0.0.1/tcp/0", "--json"}

	out, err = execSwarm(t, append(base, "--key-file", keyFile)...)
	if err != nil {
		t.Fatalf("doctor with a funded key: %v\n%s", err, out)
	}
	var r doctor.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil || !r.OK {
		t.Fatalf("doctor --json: %v\n%s", err, out)
	}
	for name, want := range map[string]doctor.State{"rpc": doctor.StateOK, "funds": doctor.StateOK, "run": doctor.StateOK,
		"stake": doctor.StateWarn, "selftest": doctor.StateOK, "bootstrap": doctor.StateWarn} {
		if c, _ := r.Get(name); c.State != want {
			t.Errorf("funded key: check %s = %+v, want %s", name, c, want)
		}
	}

	poorFile := t.TempDir() + "/poor.json"
	if _, err := keys.New(poorFile, "pw", keys.WithScrypt(1<<10, 1)); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "/ip4/127.0.0.1/tcp/" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port) + "/p2p/16Uiu2HAmHsTJwTXtGbGXVA6emeaYm9MpAVL4RDs7ifDeqXJqnW5w"
	ln.Close()
	out, err = execSwarm(t, "doctor", "--manifest", env.manifest, "--run", created.Run, "--api-addr", "127.0.0.1:0",
		"--listen", "/ip4/127.0.0.1/tcp/0", "--key-file", poorFile, "--bootstrap", closed)
	if err == nil || !strings.Contains(err.Error(), "3 of 10 checks failed") {
		t.Fatalf("doctor with an unfunded key and a closed bootstrap port: got %v, want 3 failed checks\n%s", err, out)
	}
	for _, want := range []string{"✗ funds", "✗ stake", "✗ bootstrap", "0 of 1 reachable", "connection refused", "swarm chain dev --fund", "✓ selftest"} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
}
