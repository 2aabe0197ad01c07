package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/testnet"
)

// joinPassphrase is the passphrase of every key file of a swarmNet.
const joinPassphrase = "join test"

// swarmNet is a local swarm of real processes: `swarm chain dev --clock manual`, a run made
// by `swarm run create`, and `swarm join` nodes on loopback. Chain time moves only when the
// driver (drive) moves it, and only when every live node is idle (docs/NODE.md, "Testing on a
// controlled clock").
type swarmNet struct {
	tb        testing.TB
	bin       string
	ctx       context.Context // the caller's, ended by a failing driver
	cancel    context.CancelCauseFunc
	work      string
	manifest  string
	m         ledger.Manifest
	eth       *ethclient.Client
	rpc       *rpc.Client
	client    *ledger.Client // a reader: its key holds nothing
	runID     ledger.RunID
	runHex    string
	runConfig string
	dirs      []string
	addrs     []common.Address
	http      *http.Client
	// poll is how often the driver looks at the nodes while they are busy (a poll, not a
	// deadline: nothing waits for it to pass).
	poll time.Duration

	// drv moves chain time when every node in its view is idle (testnet.ClockDriver).
	drv *testnet.ClockDriver

	mu        sync.Mutex
	nodes     []*netNode
	bootstrap []string
	advances  int // clock moves the driver made
	polls     int // /v1/status requests the driver made
}

// netNode is one `swarm join` process as the driver sees it.
type netNode struct {
	proc *joinProc
	api  string // "" while it starts or after it was killed: the clock waits for it
	// roots holds the model root /v1/status reported in each round (θ_round).
	roots map[uint64]common.Hash
}

// newSwarmNet starts the dev chain (funding n node keys and a submitter) and creates the run
// with `swarm run create` and extra, which override the flags given here.
func newSwarmNet(tb testing.TB, ctx context.Context, n int, extra ...string) *swarmNet {
	tb.Helper()
	ctx, cancel := context.WithCancelCause(ctx)
	tb.Cleanup(func() { cancel(nil) })
	s := &swarmNet{tb: tb, bin: swarmBin(tb), ctx: ctx, cancel: cancel, work: tb.TempDir(),
		http: &http.Client{Timeout: 30 * time.Second}, poll: 10 * time.Millisecond}
	var fund []string
	for range n {
		dir := tb.TempDir()
		k, err := keys.New(filepath.Join(dir, "key.json"), joinPassphrase, keys.WithScrypt(2, 1))
		if err != nil {
			tb.Fatal(err)
		}
		s.dirs, s.addrs = append(s.dirs, dir), append(s.addrs, k.Address)
		fund = append(fund, "--fund", k.Address.Hex())
	}
	subKey := filepath.Join(s.work, "submitter.json")
	sub, err := keys.New(subKey, joinPassphrase, keys.WithScrypt(2, 1))
	if err != nil {
		tb.Fatal(err)
	}
	fund = append(fund, "--fund", sub.Address.Hex())

	// The chain: a process of its own, on a clock only the driver moves.
	s.manifest = filepath.Join(s.work, "network.json")
	chain := exec.Command(s.bin, append([]string{"chain", "dev", "--clock", "manual", "--http-port", "0", "--ws-port", "0",
		"--manifest", s.manifest, "--json", "--fund-ether", "100", "--reveal-window", "1s", "--response-window", "1s",
		"--max-reveals", "1"}, fund...)...)
	chainErr := &lockedWriter{w: &bytes.Buffer{}}
	chain.Stderr = chainErr
	out, err := chain.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := chain.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_ = chain.Process.Signal(syscall.SIGINT)
		if err := chain.Wait(); err != nil {
			tb.Errorf("swarm chain dev after SIGINT: %v; stderr:\n%s", err, tail(chainErr.String(), 2000))
		}
	})
	line, err := bufio.NewReader(out).ReadBytes('\n')
	if err != nil {
		tb.Fatalf("swarm chain dev printed no manifest: %v; stderr:\n%s", err, chainErr)
	}
	if err := json.Unmarshal(line, &s.m); err != nil {
		tb.Fatalf("swarm chain dev printed %q: %v", line, err)
	}
	if s.eth, err = ethclient.DialContext(ctx, s.m.RPCURL); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.eth.Close)
	if s.rpc, err = rpc.DialContext(ctx, s.m.RPCURL); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.rpc.Close)
	reader, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	if s.client, err = ledger.New(ctx, s.eth, s.m.Contracts, reader); err != nil {
		tb.Fatal(err)
	}

	// The run, by `swarm run create`: rounds of 120 s of chain time, which costs no wall
	// time; a window only has to hold its transactions, one block (1 s) each.
	args := append([]string{"run", "create", "--manifest", s.manifest, "--key-file", subKey, "--config-dir", s.work,
		"--task", "reverse", "--size", "tiny", "--group-size", "4", "--own-groups", "1", "--external-groups", "1",
		"--lag", "2", "--verifiers", "1", "--rounds", "20", "--start-in", "30s", "--round", "120s",
		"--commit-window", "60s", "--verify-window", "30s", "--dispute-window", "30s", "--dispute-duration", "60s",
		"--stake", "1", "--slash", "0.5", "--bond", "0.001", "--verifier-fee", "0.001", "--verifier-penalty", "0.5",
		"--min-gas-price", "1 gwei", "--whistleblower-bps", "4000", "--pool", "50", "--json"}, extra...)
	create := exec.Command(s.bin, args...)
	create.Env = append(os.Environ(), "SWARM_PASSPHRASE="+joinPassphrase, "SWARM_DATA_DIR="+tb.TempDir())
	var stdout, stderr bytes.Buffer
	create.Stdout, create.Stderr = &stdout, &stderr
	if err := create.Run(); err != nil {
		tb.Fatalf("swarm run create: %v\n%s", err, stderr.String())
	}
	var created createdRun
	if err := json.Unmarshal(stdout.Bytes(), &created); err != nil {
		tb.Fatalf("swarm run create printed %q: %v", stdout.String(), err)
	}
	s.runHex, s.runConfig = created.Run, created.ConfigFile
	s.runID = ledger.RunID(common.HexToHash(created.Run))
	s.nodes = make([]*netNode, n)
	s.drv = testnet.NewClockDriver(s.rpc)
	s.drv.OnStatus = s.onStatus
	return s
}

// joinArgs are node i's `swarm join` flags; withConfig gives it the run config file (else it
// fetches the config from its bootstrap peers).
func (s *swarmNet) joinArgs(i int, withConfig bool) []string {
	a := []string{"--data-dir", s.dirs[i], "--run", s.runHex, "--manifest", s.manifest, "--rpc-url", s.m.WSURL,
		"--listen", "/ip4/127.0.0.1/tcp/0", "--api-addr", "127.0.0.1:0", "--log-level", "warn"}
	if withConfig {
		a = append(a, "--run-config", s.runConfig)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, b := range s.bootstrap {
		a = append(a, "--bootstrap", b)
	}
	return a
}

// start starts node i and waits for its started event; the driver waits for it from now on.
func (s *swarmNet) start(i int, name string, withConfig bool) *joinProc {
	s.tb.Helper()
	p := startJoin(s.tb, s.bin, name, s.joinArgs(i, withConfig)...)
	s.mu.Lock()
	if s.nodes[i] == nil {
		s.nodes[i] = &netNode{roots: map[uint64]common.Hash{}}
	}
	s.nodes[i].proc, s.nodes[i].api = p, ""
	s.mu.Unlock()
	s.drv.Hold(i)
	return p
}

// started records node i's started event: its API address, its addresses for later nodes.
func (s *swarmNet) started(i int, e node.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nodes[i].api = e.API
	s.drv.Ready(i, e.API)
	for _, a := range e.Addrs {
		if !slices.Contains(s.bootstrap, a) {
			s.bootstrap = append(s.bootstrap, a)
		}
	}
}

// kill stops node i with SIGKILL; the driver waits for it until it is started again.
func (s *swarmNet) kill(i int) {
	s.tb.Helper()
	s.mu.Lock()
	p := s.nodes[i].proc
	s.nodes[i].api = ""
	s.mu.Unlock()
	s.drv.Hold(i)
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		s.tb.Fatal(err)
	}
	for range p.events {
	}
	<-p.done
}

// remove takes node i out of the driver's view (before it is stopped for good).
func (s *swarmNet) remove(i int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nodes[i] = nil
	s.drv.Remove(i)
}

// status reads a node's /v1/status.
func (s *swarmNet) status(ctx context.Context, addr string) (api.StatusResponse, error) {
	var st api.StatusResponse
	err := s.getJSON(ctx, addr, "/v1/status", &st)
	return st, err
}

func (s *swarmNet) getJSON(ctx context.Context, addr, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+path, nil)
	if err != nil {
		return err
	}
	res, err := s.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 1<<10))
		return fmt.Errorf("GET %s: %s: %s", path, res.Status, b)
	}
	return json.NewDecoder(io.LimitReader(res.Body, 1<<24)).Decode(v)
}

// startDriver runs the clock driver (testnet.ClockDriver) in the background; the returned
// function stops it and returns its error. A failing driver fails the test and ends s.ctx.
func (s *swarmNet) startDriver() func() error {
	s.drv.Poll = s.poll
	stop := s.drv.Start(s.ctx, func(err error) {
		s.tb.Errorf("%v", err)
		s.cancel(err) // the test's waits end at once
	})
	return func() error {
		err := stop()
		s.mu.Lock()
		s.advances = s.drv.Advances()
		s.mu.Unlock()
		return err
	}
}

// onStatus records the model root a node's /v1/status reported in its round.
func (s *swarmNet) onStatus(i int, st api.StatusResponse) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.polls++
	if nd := s.nodes[i]; nd != nil && st.ModelRoot != (common.Hash{}) {
		nd.roots[st.Round] = st.ModelRoot
	}
}

// awaitSettled waits (polling) until every live node is idle at an unchanging head and
// returns that head: with the driver stopped, nothing moves after it.
func (s *swarmNet) awaitSettled() *types.Header {
	s.tb.Helper()
	head, err := s.drv.AwaitSettled(s.ctx)
	if err != nil {
		s.tb.Fatal(err)
	}
	return head
}

// joinProc is one `swarm join --json` process and the events it printed.
type joinProc struct {
	t      testing.TB
	name   string
	cmd    *exec.Cmd
	stderr *lockedWriter
	events chan node.Event
	done   chan error
}

// startJoin starts `swarm join` with args and reads its JSON events.
func startJoin(t testing.TB, bin, name string, args ...string) *joinProc {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"join", "--json"}, args...)...)
	cmd.Env = append(os.Environ(), "SWARM_PASSPHRASE="+joinPassphrase)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &joinProc{t: t, name: name, cmd: cmd, stderr: &lockedWriter{w: &bytes.Buffer{}}, events: make(chan node.Event, 4096), done: make(chan error, 1)}
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
				p.t.Fatalf("%s ended before %s; stderr:\n%s", p.name, what, tail(p.stderr.String(), 4000))
			}
			if match(e) {
				return e
			}
		case <-ctx.Done():
			p.t.Fatalf("%s: no %s before the guard expired; stderr tail:\n%s", p.name, what, tail(p.stderr.String(), 4000))
		}
	}
}

// interrupt stops p with SIGINT and returns its exit error.
func (p *joinProc) interrupt() error {
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		return err
	}
	for range p.events {
	}
	return <-p.done
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
