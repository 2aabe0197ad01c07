package doctor_test

import (
	"context"
	"crypto/rand"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/node/doctor"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/runs"
)

// world is a dev chain with a run on it, a libp2p peer listening on loopback, and the
// address of a closed port.
type world struct {
	t        *testing.T
	chain    *devchain.Chain
	manifest string
	run      ledger.RunID
	live     string // a bootstrap address that answers
	closed   string // one whose port is closed
}

func newKey(t *testing.T) (*keys.Key, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "key.json")
	k, err := keys.New(path, "pw", keys.WithScrypt(1<<10, 1))
	if err != nil {
		t.Fatal(err)
	}
	return k, path
}

func newWorld(t *testing.T, funded ...common.Address) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()
	c, err := devchain.Start(ctx, devchain.WithPorts(0, 0), devchain.WithFunded(ledger.Ether(100), funded...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	dir := t.TempDir()
	m := c.Manifest()
	w := &world{t: t, chain: c, manifest: filepath.Join(dir, "network.json")}
	if err := ledger.WriteManifest(w.manifest, &m); err != nil {
		t.Fatal(err)
	}
	client, closeRPC, err := runs.Connect(ctx, &m, c.FaucetKey(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer closeRPC()
	spec := runs.DefaultSpec("add")
	spec.Pool = ledger.Ether(6)
	if err := spec.SetModelSize("tiny"); err != nil {
		t.Fatal(err)
	}
	plan, err := runs.Build(spec, ledger.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runs.WriteConfigFile(dir, plan.Blob); err != nil {
		t.Fatal(err)
	}
	created, err := runs.Create(ctx, client, plan)
	if err != nil {
		t.Fatal(err)
	}
	w.run = created.ID

	sk, _, err := crypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	h, err := libp2p.New(libp2p.Identity(sk), libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	w.live = h.Addrs()[0].String() + "/p2p/" + h.ID().String()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	// Another peer ID: a dial to the live peer's ID would reuse its connection.
	other, _, err := crypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	otherID, err := peer.IDFromPrivateKey(other)
	if err != nil {
		t.Fatal(err)
	}
	w.closed = "/ip4/127.0.0.1/tcp/" + strconv.Itoa(port) + "/p2p/" + otherID.String()
	return w
}

// join stakes the run's minimum from key's account.
func (w *world) join(k *keys.Key) {
	w.t.Helper()
	ctx := context.Background()
	m := w.chain.Manifest()
	c, closeRPC, err := runs.Connect(ctx, &m, k.Private, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	defer closeRPC()
	if _, err := c.JoinRun(ctx, w.run, ledger.DefaultRunConfig().MinStake); err != nil {
		w.t.Fatal(err)
	}
}

// diagnose runs the doctor with env as the whole environment (config and passphrase).
func (w *world) diagnose(keyFile string, bootstrap ...string) doctor.Report {
	w.t.Helper()
	env := map[string]string{
		"SWARM_DATA_DIR": w.t.TempDir(), "SWARM_CHAIN_MANIFEST": w.manifest, "SWARM_KEY_FILE": keyFile,
		"SWARM_RUN": common.Hash(w.run).Hex(), "SWARM_P2P_LISTEN": "/ip4/127.0.0.1/tcp/0,/ip4/127.0.0.1/udp/0/quic-v1",
		"SWARM_API_ADDR": "127.0.0.1:0", "SWARM_P2P_BOOTSTRAP": strings.Join(bootstrap, ","), "SWARM_PASSPHRASE": "pw",
	}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	c, err := config.Load(config.Sources{LookupEnv: lookup})
	if err != nil {
		w.t.Fatal(err)
	}
	return doctor.Run(context.Background(), doctor.Options{Config: c, LookupEnv: lookup, Timeout: 10 * time.Second,
		SelfTest: func() (bool, error) { return true, nil }})
}

func wantStates(t *testing.T, r doctor.Report, want map[string]doctor.State) {
	t.Helper()
	var b strings.Builder
	_ = r.Print(&b)
	for name, st := range want {
		c, ok := r.Get(name)
		if !ok || c.State != st {
			t.Errorf("check %s: got %+v, want %s\n%s", name, c, st, b.String())
		}
	}
}

func TestDoctor(t *testing.T) {
	staked, stakedFile := newKey(t)
	funded, fundedFile := newKey(t)
	_, poorFile := newKey(t)
	w := newWorld(t, staked.Address, funded.Address)
	w.join(staked)

	r := w.diagnose(stakedFile, w.live, w.closed)
	wantStates(t, r, map[string]doctor.State{"manifest": doctor.StateOK, "rpc": doctor.StateOK, "key": doctor.StateOK,
		"funds": doctor.StateOK, "run": doctor.StateOK, "stake": doctor.StateOK, "listen": doctor.StateOK, "api": doctor.StateOK,
		"bootstrap": doctor.StateWarn, "selftest": doctor.StateOK})
	if !r.OK {
		t.Errorf("a staked key with one reachable bootstrap peer: report failed: %+v", r.Failed())
	}
	if c, _ := r.Get("bootstrap"); !strings.Contains(c.Detail, "1 of 2 reachable") || !strings.Contains(c.Detail, w.closed) {
		t.Errorf("bootstrap detail %q: want 1 of 2 reachable, naming the closed one", c.Detail)
	}

	r = w.diagnose(fundedFile, w.live)
	wantStates(t, r, map[string]doctor.State{"funds": doctor.StateOK, "stake": doctor.StateWarn, "bootstrap": doctor.StateOK})

	r = w.diagnose(poorFile, w.closed)
	wantStates(t, r, map[string]doctor.State{"key": doctor.StateOK, "funds": doctor.StateFail, "stake": doctor.StateFail,
		"bootstrap": doctor.StateFail})
	if r.OK || len(r.Failed()) != 3 {
		t.Errorf("an unfunded key and a closed bootstrap port: got %d failed checks, want 3: %+v", len(r.Failed()), r.Failed())
	}
	if c, _ := r.Get("funds"); !strings.Contains(c.Hint, "swarm chain dev --fund") {
		t.Errorf("funds hint %q: want how to fund the key", c.Hint)
	}
}

// TestDoctorWrongChainAndBusyPort: a manifest naming another chain ID fails the rpc check
// and skips what needs it; a held listen port fails the listen check.
func TestDoctorWrongChainAndBusyPort(t *testing.T) {
	k, keyFile := newKey(t)
	w := newWorld(t, k.Address)
	m := w.chain.Manifest()
	m.ChainID++
	if err := ledger.WriteManifest(w.manifest, &m); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env := map[string]string{"SWARM_DATA_DIR": t.TempDir(), "SWARM_CHAIN_MANIFEST": w.manifest, "SWARM_KEY_FILE": keyFile,
		"SWARM_PASSPHRASE": "pw", "SWARM_P2P_LISTEN": "/ip4/127.0.0.1/tcp/" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port),
		"SWARM_API_ADDR": ln.Addr().String()}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	c, err := config.Load(config.Sources{LookupEnv: lookup})
	if err != nil {
		t.Fatal(err)
	}
	r := doctor.Run(context.Background(), doctor.Options{Config: c, LookupEnv: lookup, SelfTest: func() (bool, error) { return false, nil }})
	wantStates(t, r, map[string]doctor.State{"rpc": doctor.StateFail, "funds": doctor.StateSkip, "run": doctor.StateWarn,
		"stake": doctor.StateSkip, "listen": doctor.StateFail, "api": doctor.StateFail, "bootstrap": doctor.StateWarn,
		"selftest": doctor.StateFail})
	if c, _ := r.Get("rpc"); !strings.Contains(c.Detail, "the manifest says") {
		t.Errorf("rpc detail %q: want the two chain IDs", c.Detail)
	}
}
