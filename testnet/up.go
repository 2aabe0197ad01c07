package testnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/devnet"
	"github.com/apiary-rl/apiary/node/keys"
	"github.com/apiary-rl/apiary/node/runs"
)

// Passphrase protects the testnet's node keys. A local testnet's keys hold
// only dev-chain ether, so the passphrase is fixed and written next to them.
const Passphrase = "apiary local testnet"

// The dev chain's clocks (Options.ChainClock, `swarm testnet up --clock`).
const (
	// ClockManual: chain time moves only when every node is idle (ClockDriver), so a
	// testnet runs as fast as the CPU allows and a slow machine cannot make a node miss a
	// window.
	ClockManual = "manual"
	// ClockWall: the dev chain seals a block every second of wall time (real-time rounds).
	ClockWall = "wall"
)

// Options configures Up.
type Options struct {
	// Dir is the testnet directory (created if missing; a previous stopped
	// testnet in it is replaced).
	Dir string
	// Binary is the `swarm` binary the nodes run (os.Executable when empty).
	Binary string
	Nodes  int
	// Rounds is the number of rounds the run pays for; Up ends after the last.
	Rounds int
	// ChainClock is the dev chain's clock: ClockManual (the default) or ClockWall.
	ChainClock string
	// Round is the round length in chain time (whole seconds, at least 16 s): commits
	// in its first 5/8, attestations in the rest. Default 24 s on the wall clock, 300 s on
	// the manual clock (where a round's length costs no wall time, and its dispute windows
	// of 30 s must fit: docs/TESTNET.md).
	Round time.Duration
	// StartIn delays round 0 after the run's creation, so that every node is up (default 12 s).
	StartIn    time.Duration
	Task, Size string
	Seed       uint64
	// WarmStart, Own and External are the run's learning settings (testnet/learn.go):
	// supervised warm-start steps of θ_0 (-1: none; 0: DefaultWarmStart) and own/external
	// groups per node and round (0: 1 and 1).
	WarmStart, Own, External int
	// Faults are ParseFaults' names; KillEvery the rounds between two kill -9s (default 2).
	Faults    []string
	KillEvery int
	// PartitionAt is the round the partition fault splits the nodes in (default 2), for
	// PartitionRounds rounds (default 2): first half | rest.
	PartitionAt, PartitionRounds int
	// Arm64Binary is a linux/arm64 build of swarm the arm64 fault runs one node with, under
	// Emulator (default qemu-aarch64 from PATH).
	Arm64Binary, Emulator string
	// Adversaries are ParseAdversaries' counts by name.
	Adversaries map[string]int
	// WhistleblowerRate is the honest nodes' roles.whistleblower_rate: the share of the
	// contributions they are not assigned to that they re-execute and dispute when wrong.
	// 0: 1 when there are adversaries (every cheat then meets an honest checker, whatever
	// verifier the beacon assigns it: docs/TESTNET.md "Adversaries"), else the node's
	// default (0.1). Adversaries keep the node's default.
	WhistleblowerRate float64
	// JSON prints one JSON object per round instead of a line.
	JSON bool
	// LogLevel is the nodes' --log-level (default warn).
	LogLevel string
	Out      io.Writer
	Logger   *slog.Logger
	Clock    Clock
	// Grace is how long a node has to stop after SIGINT before SIGKILL (default 20 s).
	Grace time.Duration
}

func (o *Options) defaults() error {
	if o.Dir == "" {
		o.Dir = "swarm-testnet"
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if o.Clock == nil {
		o.Clock = WallClock{}
	}
	if o.Grace <= 0 {
		o.Grace = 20 * time.Second
	}
	if o.StartIn <= 0 {
		o.StartIn = time.Duration(8+3*o.Nodes) * time.Second // the nodes start one after the other
	}
	if o.KillEvery <= 0 {
		o.KillEvery = 2
	}
	if o.LogLevel == "" {
		o.LogLevel = "warn"
	}
	if o.Task == "" {
		o.Task = "reverse"
	}
	if o.Size == "" {
		o.Size = "tiny"
	}
	if o.ChainClock == "" {
		o.ChainClock = ClockManual
	}
	if o.Round == 0 {
		o.Round = 24 * time.Second
		if o.ChainClock == ClockManual {
			o.Round = 300 * time.Second
		}
	}
	switch {
	case o.ChainClock != ClockManual && o.ChainClock != ClockWall:
		return fmt.Errorf("--clock %q: want %s or %s", o.ChainClock, ClockManual, ClockWall)
	case o.Nodes < 1 || o.Nodes > maxNodes:
		return fmt.Errorf("--nodes %d: want 1 to %d", o.Nodes, maxNodes)
	case o.Rounds < 1 || o.Rounds > 10000:
		return fmt.Errorf("--rounds %d: want 1 to 10000", o.Rounds)
	case o.Round < 16*time.Second || o.Round%time.Second != 0:
		return fmt.Errorf("--round %v: want whole seconds, at least 16s", o.Round)
	case o.StartIn%time.Second != 0:
		return fmt.Errorf("start delay %v: want whole seconds", o.StartIn)
	case !(o.WhistleblowerRate >= 0 && o.WhistleblowerRate <= 1):
		return fmt.Errorf("--whistleblower-rate %v: want 0 (auto) to 1", o.WhistleblowerRate)
	}
	if err := o.checkLearning(); err != nil {
		return err
	}
	if _, err := ParseFaults(o.Faults); err != nil {
		return err
	}
	if err := o.faultDefaults(); err != nil {
		return err
	}
	return checkAvailable(o.Adversaries)
}

// whistleblowerRate is the honest nodes' --whistleblower-rate (0: the node's default).
func (o *Options) whistleblowerRate() float64 {
	if o.WhistleblowerRate == 0 && len(o.Adversaries) > 0 {
		return 1
	}
	return o.WhistleblowerRate
}

// spec is the run a testnet creates: o's task and size, groups of 4 with one own and
// one external group per round, D = 2, one verifier, the round split 5/8 commits and
// 3/8 attestations; stake 1 ether, slash 0.5.
func (o *Options) spec(params ledger.Params, start uint64, bootstrap []string) (runs.Spec, error) {
	s := runs.DefaultSpec(o.Task)
	if err := s.SetModelSize(o.Size); err != nil {
		return s, err
	}
	c := &s.Config
	if o.Seed != 0 {
		c.Seed = o.Seed
	}
	c.PartialWeight = 1
	c.G, c.L, c.E, c.Lag, c.Verifiers = 4, 1, 1, 2, 1
	o.learning(c)
	round := uint64(o.Round / time.Second)
	c.RoundDuration, c.CommitWindow = round, round*5/8
	c.VerifyWindow = round - c.CommitWindow
	c.DisputeWindow = c.VerifyWindow
	c.DisputeDuration = uint64(params.MaxReveals+1) * (params.RevealWindow + params.ResponseWindow)
	c.Stake, c.Slash, c.Bond, c.VerifierFee = 1e18, 5e17, 1e15, 1e15
	s.NumRounds, s.Start, s.WhistleblowerBps = uint32(o.Rounds), start, 4000
	s.MinGasPrice, s.VerifierPenalty = big.NewInt(1e9), new(big.Int).SetUint64(c.Stake-c.Slash)
	s.Pool = ledger.Ether(10)
	s.Bootstrap = bootstrap
	return s, nil
}

// prepareDir makes dir ready for a new testnet: a directory with a manifest whose
// processes are gone is cleared of what a testnet writes; one with live processes, or
// with other files and no manifest, is refused.
func prepareDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("testnet directory: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("testnet directory: %w", err)
	}
	if len(entries) == 0 {
		return nil
	}
	m, err := ReadManifest(dir)
	if err != nil {
		if errors.Is(err, ErrNoTestnet) {
			return fmt.Errorf("%s is not empty and holds no testnet: choose another --dir", dir)
		}
		return fmt.Errorf("%w (remove %s to start afresh)", err, dir)
	}
	for _, p := range manifestProcs(m) {
		if ours(p.pid, p.marker) {
			return fmt.Errorf("a testnet is running in %s (%s, pid %d): stop it with `swarm testnet down --dir %s`", dir, p.name, p.pid, dir)
		}
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, "node-") || strings.HasPrefix(name, "run-config-") || name == "report" ||
			name == "network.json" || name == "passphrase" || strings.HasPrefix(name, ManifestFile) {
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				return fmt.Errorf("clear the previous testnet: %w", err)
			}
		}
	}
	return nil
}

// freePorts reserves n TCP ports on 127.0.0.1 and releases them for the nodes.
func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("reserve a port on 127.0.0.1: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// Up runs a testnet to the end of its run (or until ctx is done), writes the
// report into Dir/report and returns it with its directory.
func Up(ctx context.Context, o Options) (*Report, string, error) {
	if err := o.defaults(); err != nil {
		return nil, "", err
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return nil, "", fmt.Errorf("testnet directory: %w", err)
	}
	if o.Binary == "" {
		if o.Binary, err = os.Executable(); err != nil {
			return nil, "", fmt.Errorf("find the swarm binary: %w", err)
		}
	}
	if err := prepareDir(dir); err != nil {
		return nil, "", err
	}
	t := &testnet{o: o, dir: dir, report: filepath.Join(dir, "report"), events: make(chan nodeEvent, 4096)}
	defer t.close()
	if err := t.setup(ctx); err != nil {
		return nil, "", err
	}
	rep, err := t.play(ctx)
	if rep != nil {
		if werr := rep.Write(t.report); werr != nil && err == nil {
			err = werr
		}
	}
	return rep, t.report, err
}

// testnet is Up's state.
type testnet struct {
	o      Options
	dir    string
	report string
	chain  *devnet.Chain
	client *ledger.Client
	rpc    func()
	runID  ledger.RunID
	runHex string
	params ledger.Params
	man    Manifest
	nodes  []*nodeState
	events chan nodeEvent
	// pending are events read while the nodes started, for play.
	pending []nodeEvent
	// driver moves chain time on the manual clock (nil on the wall clock); stopDriver
	// stops it; driverErr receives its error if it fails.
	driver     *ClockDriver
	chainRPC   *rpc.Client
	stopDriver func() error
	driverErr  chan error
	// f is the partition and arm64 faults' state and the usage figures (faults.go).
	f faults
}

// nodeState is the driver's view of one node.
type nodeState struct {
	entry    *NodeEntry
	args     []string
	proc     *nodeProc
	gen      int
	up       bool
	killing  bool  // killed by the fault schedule; restarted on exit
	last     int64 // the highest round it ended, -1 before any
	ends     map[uint64]node.Event
	stake    string // on chain once every node started (wei)
	restarts int
	kill     int // index in the report's kills awaiting its return, -1 if none
}

func (t *testnet) setup(ctx context.Context) error {
	o := t.o
	passFile := filepath.Join(t.dir, "passphrase")
	if err := os.WriteFile(passFile, []byte(Passphrase+"\n"), 0o600); err != nil {
		return fmt.Errorf("write passphrase: %w", err)
	}
	ports, err := freePorts(2 * o.Nodes)
	if err != nil {
		return err
	}
	var fund, bootstrap []string
	advs := adversaryPlan(o.Adversaries, o.Nodes)
	for i := range o.Nodes {
		nd := filepath.Join(t.dir, fmt.Sprintf("node-%d", i))
		if err := os.MkdirAll(nd, 0o700); err != nil {
			return fmt.Errorf("node %d: %w", i, err)
		}
		k, err := keys.New(filepath.Join(nd, "key.json"), Passphrase, keys.WithScrypt(2, 1))
		if err != nil {
			return fmt.Errorf("node %d: %w", i, err)
		}
		pid, err := k.PeerID()
		if err != nil {
			return fmt.Errorf("node %d: %w", i, err)
		}
		p2p := fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[2*i])
		e := &NodeEntry{Index: i, Address: k.Address.Hex(), PeerID: pid.String(), P2P: p2p,
			API: fmt.Sprintf("127.0.0.1:%d", ports[2*i+1]), DataDir: nd, Log: filepath.Join(nd, "node.log"),
			Events: filepath.Join(nd, "events.jsonl"), Adversary: advs[i]}
		fund = append(fund, e.Address)
		bootstrap = append(bootstrap, p2p+"/p2p/"+e.PeerID)
		t.nodes = append(t.nodes, &nodeState{entry: e, last: -1, ends: map[uint64]node.Event{}, kill: -1})
	}
	submitter, err := crypto.GenerateKey()
	if err != nil {
		return fmt.Errorf("submitter key: %w", err)
	}
	fund = append(fund, crypto.PubkeyToAddress(submitter.PublicKey).Hex())

	t.params = ledger.DefaultParams()
	// Every transaction moves the manual clock by a second, so a dispute's windows must outlast
	// the other nodes' transactions between a challenge and its answer: 30 s each there, which
	// costs no wall time (the driver jumps to a deadline only once every node is idle). The
	// wall clock keeps 1 s windows so that rounds of tens of seconds stay possible.
	t.params.RevealWindow, t.params.ResponseWindow, t.params.MaxReveals = 1, 1, 1
	if o.ChainClock == ClockManual {
		t.params.RevealWindow, t.params.ResponseWindow = 30, 30
	}
	t.params.MaxCommitsPerRound = uint16(max(8, 2*o.Nodes))
	chainOpts := devnet.Options{Period: time.Second, Fund: fund, FundEther: 100, Params: &t.params, Logger: o.Logger}
	if o.ChainClock == ClockManual {
		chainOpts.Period, chainOpts.ManualClock = 0, true
	}
	t.chain, err = devnet.Start(ctx, chainOpts)
	if err != nil {
		return err
	}
	m := t.chain.Manifest()
	network := filepath.Join(t.dir, "network.json")
	if err := t.chain.WriteManifest(network); err != nil {
		return err
	}
	if t.client, t.rpc, err = runs.Connect(ctx, &m, submitter, o.Logger); err != nil {
		return err
	}
	if err := t.createRun(ctx, bootstrap); err != nil {
		return err
	}
	configFile, err := t.configFile()
	if err != nil {
		return err
	}
	t.man = Manifest{Version: 1, PID: os.Getpid(), ChainRPC: m.RPCURL, ChainID: m.ChainID, Clock: o.ChainClock, Network: network,
		Run: t.runHex, RunConfig: configFile, Rounds: o.Rounds, Report: t.report}
	for _, n := range t.nodes {
		n.args = []string{"--data-dir", n.entry.DataDir, "--run", t.runHex, "--manifest", network, "--run-config", configFile,
			"--listen", n.entry.P2P, "--api-addr", n.entry.API, "--log-level", o.LogLevel, "--passphrase-file", passFile}
		for j, b := range bootstrap {
			if j != n.entry.Index {
				n.args = append(n.args, "--bootstrap", b)
			}
		}
		if n.entry.Adversary != "" { // only names in Available get here (checkAvailable)
			n.args = append(n.args, "--adversary", n.entry.Adversary)
		} else if rate := o.whistleblowerRate(); rate > 0 {
			n.args = append(n.args, "--whistleblower-rate", strconv.FormatFloat(rate, 'g', -1, 64))
		}
		t.man.Nodes = append(t.man.Nodes, *n.entry)
	}
	if err := t.setupFaults(); err != nil {
		return err
	}
	if err := WriteManifest(t.dir, &t.man); err != nil {
		return err
	}
	if err := t.startDriver(ctx, m.RPCURL); err != nil {
		return err
	}
	// One after the other: a node dials its bootstrap peers as it starts, so each finds
	// those started before it (and they it).
	for _, n := range t.nodes {
		if err := t.start(n); err != nil {
			return err
		}
		if err := t.awaitStarted(ctx, n); err != nil {
			return err
		}
	}
	// A node stakes before it reports started: its stake before the first round, from the chain.
	for _, n := range t.nodes {
		if m, err := t.client.Member(ctx, t.runID, common.HexToAddress(n.entry.Address)); err == nil && m.Stake != nil {
			n.stake = m.Stake.String()
		}
	}
	return WriteManifest(t.dir, &t.man)
}

// awaitStarted reads events until node n reports it started, keeping the others for play.
func (t *testnet) awaitStarted(ctx context.Context, n *nodeState) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case e := <-t.events:
			t.pending = append(t.pending, e)
			if e.idx != n.entry.Index || e.gen != n.gen {
				continue
			}
			if e.exit {
				n.up = false
				return fmt.Errorf("node %d exited as it started (%v): %s", e.idx, e.err, logTail(n.entry.Log))
			}
			if e.ev.Kind == node.EventStarted {
				t.ready(n)
				return nil
			}
		}
	}
}

// logTail is the end of a node's log, for an error message.
func logTail(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "no log: " + err.Error()
	}
	if len(b) > 1500 {
		b = b[len(b)-1500:]
	}
	return "its log ends:\n" + strings.TrimSpace(string(b))
}

// createRun builds the run (round 0 StartIn after the latest block) and creates it.
func (t *testnet) createRun(ctx context.Context, bootstrap []string) error {
	head, err := t.client.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the dev chain's head: %w", err)
	}
	spec, err := t.o.spec(t.params, head.Time+uint64(t.o.StartIn/time.Second), bootstrap)
	if err != nil {
		return err
	}
	plan, err := runs.Build(spec, t.params)
	if err != nil {
		return err
	}
	if _, err := runs.WriteConfigFile(t.dir, plan.Blob); err != nil {
		return err
	}
	created, err := runs.Create(ctx, t.client, plan)
	if err != nil {
		return err
	}
	t.runID = created.ID
	t.runHex = "0x" + common.Bytes2Hex(created.ID[:])
	return nil
}

// configFile is the run config file written by createRun.
func (t *testnet) configFile() (string, error) {
	matches, err := filepath.Glob(filepath.Join(t.dir, "run-config-*.cbor"))
	if err != nil || len(matches) != 1 {
		return "", fmt.Errorf("find the run config in %s: %d files (%v)", t.dir, len(matches), err)
	}
	return matches[0], nil
}

// nodeEnv is the environment of a node process: this one's without SWARM_*
// settings, which would override the testnet's flags' neighbours.
func nodeEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SWARM_") {
			env = append(env, kv)
		}
	}
	return env
}

// start starts node n's next process generation and records its pid.
func (t *testnet) start(n *nodeState) error {
	p, err := startNode(t.argv(n), n.args, nodeEnv(), n.entry.Log, n.entry.Events, n.entry.Index, n.gen+1, t.events)
	if err != nil {
		return err
	}
	n.gen, n.proc, n.up, n.killing = n.gen+1, p, true, false
	n.entry.PID = p.cmd.Process.Pid
	t.man.Nodes[n.entry.Index].PID = n.entry.PID
	return nil
}

// startDriver starts the clock driver on the manual clock, waiting for every node (none
// is started yet): chain time stands still until each one is up and idle.
func (t *testnet) startDriver(ctx context.Context, url string) error {
	if t.o.ChainClock != ClockManual {
		return nil
	}
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("dial the dev chain for its clock: %w", err)
	}
	t.chainRPC = c
	t.driver = NewClockDriver(c)
	for _, n := range t.nodes {
		t.driver.Hold(n.entry.Index)
	}
	t.driverErr = make(chan error, 1)
	t.stopDriver = t.driver.Start(ctx, func(err error) { t.driverErr <- err })
	return nil
}

// ready tells the clock driver node n is up (its current process reported started).
func (t *testnet) ready(n *nodeState) {
	if t.driver != nil {
		t.driver.Ready(n.entry.Index, n.entry.API)
	}
}

// hold makes the clock driver wait for node n (killed, restarting).
func (t *testnet) hold(n *nodeState) {
	if t.driver != nil {
		t.driver.Hold(n.entry.Index)
	}
}

// forget takes node n out of the clock driver's view (gone for good).
func (t *testnet) forget(n *nodeState) {
	if t.driver != nil {
		t.driver.Remove(n.entry.Index)
	}
}

// haltClock stops the clock driver (if any) and returns its error.
func (t *testnet) haltClock() error {
	if t.stopDriver == nil {
		return nil
	}
	err := t.stopDriver()
	if t.chainRPC != nil {
		t.chainRPC.Close()
		t.chainRPC = nil
	}
	return err
}

// close stops whatever is still running (after play, nothing but the chain).
func (t *testnet) close() {
	_ = t.haltClock()
	for _, n := range t.nodes {
		if n.up && n.proc != nil {
			_ = syscall.Kill(n.proc.cmd.Process.Pid, syscall.SIGKILL)
			<-n.proc.done
		}
	}
	if t.rpc != nil {
		t.rpc()
	}
	if t.chain != nil {
		_ = t.chain.Close()
	}
}

// adversaryPlan assigns adversaries to the last nodes (node 0 stays honest), by name in
// Adversaries' order.
func adversaryPlan(adv map[string]int, nodes int) []string {
	out := make([]string, nodes)
	i := nodes - 1
	for _, name := range Adversaries {
		for range adv[name] {
			if i <= 0 {
				return out
			}
			out[i] = name
			i--
		}
	}
	return out
}
