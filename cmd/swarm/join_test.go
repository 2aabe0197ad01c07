package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/devnet"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/training/model"
)

// joinRunConfig is the reverse task on the tiny model, groups of 4, one own and one
// external group per round, D = 2, one verifier; rounds of 24 s of chain time: three
// 5-second stages, then 9 s to verify (16-second rounds let a model vote miss its window
// under -race on two busy cores). Small enough for three nodes on two busy cores.
func joinRunConfig() compute.Config {
	c := compute.DefaultConfig("reverse")
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = compute.DefaultConfig("reverse").Model.Vocab
	c.PartialWeight = 1
	c.G, c.L, c.E, c.Lag, c.Verifiers = 4, 1, 1, 2, 1
	c.RoundDuration, c.CommitWindow, c.VerifyWindow, c.DisputeWindow, c.DisputeDuration = 24, 15, 9, 9, 4
	c.Stake, c.Slash, c.Bond, c.VerifierFee = 1e18, 5e17, 1e15, 1e15
	return c
}

// joinProc is one `swarm join --json` process and the events it printed.
type joinProc struct {
	t      *testing.T
	name   string
	cmd    *exec.Cmd
	stderr *lockedWriter
	events chan node.Event
	done   chan error
}

// startJoin starts `swarm join` with args and reads its JSON events.
func startJoin(t *testing.T, bin, name string, args ...string) *joinProc {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"join", "--json"}, args...)...)
	cmd.Env = append(os.Environ(), "SWARM_PASSPHRASE=join test")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &joinProc{t: t, name: name, cmd: cmd, stderr: &lockedWriter{w: &bytes.Buffer{}}, events: make(chan node.Event, 1024), done: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			var e node.Event
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				t.Errorf("%s: stdout line %q is not an event: %v", name, sc.Text(), err)
				continue
			}
			p.events <- e
		}
		_, _ = io.Copy(io.Discard, out)
		close(p.events)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
		}
	})
	return p
}

// next returns the next event of p that match accepts, failing the test when the process
// ends first or ctx (the hang guard) expires.
func (p *joinProc) next(ctx context.Context, what string, match func(node.Event) bool) node.Event {
	p.t.Helper()
	for {
		select {
		case e, ok := <-p.events:
			if !ok {
				p.t.Fatalf("%s ended before %s; stderr:\n%s", p.name, what, p.stderr)
			}
			if match(e) {
				return e
			}
		case <-ctx.Done():
			p.t.Fatalf("%s: no %s before the guard expired; stderr tail:\n%s", p.name, what, tail(p.stderr.String(), 4000))
		}
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// String returns what was written so far; the process may still be writing.
func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// TestJoinSwarm runs three real `swarm join` processes on loopback against an embedded
// dev chain with a run created on it: every node ends every round with the model root the
// chain attests; one node killed with SIGKILL right after it committed a round restarts on
// its data directory, reloads that very contribution and plays the following rounds with
// the others; a node started without the run config fetches it from its peers; a second
// node on a data directory in use is refused; SIGINT stops a node with exit status 0.
func TestJoinSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("plays real rounds of chain time")
	}
	bin := swarmBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard only
	defer cancel()

	const nodes = 3
	dirs := make([]string, nodes)
	var fund []string
	for i := range dirs {
		dirs[i] = t.TempDir()
		k, err := keys.New(filepath.Join(dirs[i], "key.json"), "join test", keys.WithScrypt(2, 1))
		if err != nil {
			t.Fatal(err)
		}
		fund = append(fund, k.Address.Hex())
	}
	submitter, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	fund = append(fund, crypto.PubkeyToAddress(submitter.PublicKey).Hex())
	params := ledger.DefaultParams()
	params.RevealWindow, params.ResponseWindow, params.MaxCommitsPerRound, params.MaxReveals = 1, 1, 8, 1
	chain, err := devnet.Start(ctx, devnet.Options{Period: time.Second, Fund: fund, FundEther: 100, Params: &params,
		Logger: swarmtestLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	work := t.TempDir()
	manifest := filepath.Join(work, "network.json")
	if err := chain.WriteManifest(manifest); err != nil {
		t.Fatal(err)
	}
	m := chain.Manifest()
	eth, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	client, err := ledger.New(ctx, eth, m.Contracts, submitter, ledger.WithLogger(swarmtestLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	cc := joinRunConfig()
	blob, err := cc.Encode()
	if err != nil {
		t.Fatal(err)
	}
	runConfig := filepath.Join(work, "run.cbor")
	if err := os.WriteFile(runConfig, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := runs.Build(runs.Spec{Config: cc, NumRounds: 100, Start: head.Time + 8, WhistleblowerBps: 4000,
		MinGasPrice: big.NewInt(1e9), VerifierPenalty: new(big.Int).SetUint64(cc.Stake - cc.Slash), Pool: ledger.Ether(10)}, params)
	if err != nil {
		t.Fatal(err)
	}
	rc := plan.Run
	runID, err := client.CreateRun(ctx, rc, nil, ledger.Ether(10))
	if err != nil {
		t.Fatal(err)
	}
	runHex := swarm.RunID(runID).String()

	var bootstrap []string
	args := func(i int) []string {
		a := []string{"--data-dir", dirs[i], "--run", runHex, "--manifest", manifest,
			"--listen", "/ip4/127.0.0.1/tcp/0", "--api-addr", "127.0.0.1:0", "--log-level", "warn"}
		if i < 2 { // node 2 fetches the run config from its bootstrap peers
			a = append(a, "--run-config", runConfig)
		}
		for _, b := range bootstrap {
			a = append(a, "--bootstrap", b)
		}
		return a
	}
	procs := make([]*joinProc, nodes)
	var apiAddr string
	for i := range procs {
		procs[i] = startJoin(t, bin, fmt.Sprintf("node %d", i), args(i)...)
		started := procs[i].next(ctx, "the started event", func(e node.Event) bool { return e.Kind == node.EventStarted })
		bootstrap = append(bootstrap, started.Addrs...)
		if i == 0 {
			apiAddr = started.API
		}
		t.Logf("node %d: %s at round %d, api %s", i, started.Address, started.Round, started.API)
	}

	// A second node on a data directory in use gets one clear sentence.
	second := exec.Command(bin, append([]string{"join"}, args(0)...)...)
	second.Env = append(os.Environ(), "SWARM_PASSPHRASE=join test")
	var errBuf bytes.Buffer
	second.Stderr = &errBuf
	err = second.Run()
	if errOut := errBuf.String(); err == nil || !strings.Contains(errOut, "in use by another swarm node") {
		t.Fatalf("a second node on node 0's data directory: err %v, stderr %q", err, errOut)
	}

	// Node 1 commits round 1 and is killed at once; it restarts on its data directory.
	const killRound = 1
	committed := procs[1].next(ctx, "its commitment of round 1", func(e node.Event) bool {
		return e.Kind == node.EventCommitted && e.Round == killRound
	})
	if err := procs[1].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-procs[1].done
	t.Logf("node 1 killed after committing round %d (update %s)", killRound, committed.Update)
	procs[1] = startJoin(t, bin, "node 1 (restarted)", args(1)...)
	reloaded := procs[1].next(ctx, "the reloaded contribution", func(e node.Event) bool {
		return e.Kind == node.EventReloaded || (e.Kind == node.EventRound && e.Round > killRound)
	})
	if reloaded.Kind != node.EventReloaded || reloaded.Round != killRound || reloaded.Update != committed.Update {
		t.Fatalf("after the restart: %+v, want the contribution of round %d with update %s reloaded", reloaded, killRound, committed.Update)
	}

	// Every node finishes rounds up to last; the restarted one is back within two rounds.
	const last = killRound + 2
	ends := make([]map[uint64]node.Event, nodes)
	for i, p := range procs {
		ends[i] = map[uint64]node.Event{}
		for {
			e := p.next(ctx, fmt.Sprintf("the end of round %d", last), func(e node.Event) bool { return e.Kind == node.EventRound })
			ends[i][e.Round] = e
			if e.Round >= last {
				break
			}
		}
	}
	for r := uint64(0); r <= last; r++ {
		want, err := client.ModelRoot(ctx, runID, r+1)
		if err != nil {
			t.Fatal(err)
		}
		for i := range procs {
			e, ok := ends[i][r]
			if !ok {
				if i == 1 && r <= killRound {
					continue // killed in that round
				}
				t.Errorf("node %d did not finish round %d", i, r)
				continue
			}
			if e.Next != swarm.Root(want).String() {
				t.Errorf("round %d: node %d ended with θ_%d = %s, the chain attests %x", r, i, r+1, e.Next, want)
			}
		}
	}
	for r := uint64(0); r <= last; r++ {
		for i := range procs {
			if e, ok := ends[i][r]; ok {
				t.Logf("round %d node %d: committed %v adopted %v verified %d attested %d aggregated %d next %s",
					r, i, e.Committed, e.Adopted, e.Verified, e.Attested, e.Aggregated, short(e.Next))
			}
		}
	}
	final, err := client.FinalSet(ctx, runID, killRound)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("final set of round %d: %d contributions, the killed node's among them: %v", killRound, len(final),
		slices.Contains(final, common.HexToAddress(fund[1])))
	for i, p := range procs {
		t.Logf("warnings of node %d:\n%s", i, tail(p.stderr.String(), 3000))
	}
	// Back in the swarm within two rounds: a commitment in round killRound+1 or +2 (one may
	// miss its window on a loaded machine, as any node's may).
	if !ends[1][killRound+1].Committed && !ends[1][killRound+2].Committed {
		t.Errorf("the restarted node committed neither in round %d nor in %d", killRound+1, killRound+2)
	}

	// The API answers with the node's view: the chain's round, connected peers.
	var st struct {
		Round uint64 `json:"round"`
		Peers int    `json:"peers"`
		Stage string `json:"stage"`
	}
	res, err := http.Get("http://" + apiAddr + "/v1/status")
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(res.Body).Decode(&st)
	res.Body.Close()
	if err != nil || st.Round < last || st.Peers < 1 || st.Stage == "" {
		t.Fatalf("/v1/status of node 0: %+v (err %v), want round >= %d and a peer", st, err, last)
	}

	// SIGINT stops every node cleanly.
	for i, p := range procs {
		if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		for range p.events {
		}
		if err := <-p.done; err != nil {
			t.Errorf("node %d after SIGINT: %v; stderr tail:\n%s", i, err, tail(p.stderr.String(), 2000))
		}
	}
}

// swarmtestLogger logs warnings and errors through t.Log.
func swarmtestLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
