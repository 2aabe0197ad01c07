package testnet

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/apiary-rl/apiary/node"
)

// The partition and arm64 faults, and the nodes' resource usage (the benchmark's figures).

// PartitionReport is what `--chaos partition` did: the two sides, when the split and the
// heal took effect, every node's acknowledgement, and per round around it what each side
// ended with.
type PartitionReport struct {
	// Sides are the node indexes of each side: the first half (rounded down) and the rest.
	Sides [2][]int `json:"sides"`
	// SplitRound and HealRound are the rounds the split and the heal were applied in (right
	// after the first node ended the round before; the clock stood still until every live node
	// acknowledged, its peers_denied event).
	SplitRound uint64 `json:"split_round"`
	HealRound  uint64 `json:"heal_round"`
	// Split and Heal are each node's acknowledgement (nil: it was down and read its file at
	// restart).
	Split []*DenyAck `json:"split"`
	Heal  []*DenyAck `json:"heal"`
	// Rounds are the rounds from the one before the split to the last played.
	Rounds []PartitionRound `json:"rounds"`
	// RecoveredRound is the first round from the heal on that every node that ended it ended
	// it with the chain's root and the chain counted at least as many attestations as in
	// any round before the one the split took effect after (the split, applied as the first
	// node ends that round, may still cut its verifications) (-1: never, within the run).
	RecoveredRound int64 `json:"recovered_round"`
}

// DenyAck is one node's peers_denied event.
type DenyAck struct {
	Denied      int `json:"denied"`
	Closed      int `json:"closed"`
	Redialed    int `json:"redialed"`
	Reconnected int `json:"reconnected"`
}

// PartitionRound is one round of a partition's account.
type PartitionRound struct {
	Round uint64 `json:"round"`
	// Phase is "before", "split" or "healed".
	Phase     string `json:"phase"`
	ChainRoot string `json:"chain_root"`
	// Commits and Attestations are the chain's counts.
	Commits      int `json:"commits"`
	Attestations int `json:"attestations"`
	// Sides are each side's account of the round.
	Sides [2]SideRound `json:"sides"`
}

// SideRound is one side of a partition in one round.
type SideRound struct {
	// Ended counts the side's nodes that ended the round, WithChainRoot those that ended it
	// with the chain's θ_{r+1}; Roots are the distinct θ_{r+1} they ended it with.
	Ended         int      `json:"ended"`
	WithChainRoot int      `json:"with_chain_root"`
	Roots         []string `json:"roots"`
	// Verified, Attested and Aggregated are the side's nodes' sums (their round events).
	Verified   int `json:"verified"`
	Attested   int `json:"attested"`
	Aggregated int `json:"aggregated"`
}

// Arm64Report is what `--chaos arm64` did: which node ran as an arm64 binary under
// qemu-user, and per node what it did and what was disputed, so that the arm64 node can be
// compared with the amd64 ones.
type Arm64Report struct {
	Node     int    `json:"node"`
	Binary   string `json:"binary"`
	Emulator string `json:"emulator"`
	// Nodes is every node's account (the arm64 one included).
	Nodes []ArchNode `json:"nodes"`
	// RoundsWithChainRoot counts the rounds the arm64 node ended with the chain's θ_{r+1},
	// of RoundsEnded.
	RoundsEnded         int `json:"rounds_ended"`
	RoundsWithChainRoot int `json:"rounds_with_chain_root"`
}

// ArchNode is one node's account in an Arm64Report.
type ArchNode struct {
	Node int    `json:"node"`
	Arch string `json:"arch"`
	// Commits, Verified and Attested are sums over the rounds played (the chain's commits,
	// the node's round events).
	Commits  int `json:"commits"`
	Verified int `json:"verified"`
	Attested int `json:"attested"`
	// DisputesAgainst counts disputes naming the node as solver, DisputesBy those it opened.
	DisputesAgainst int    `json:"disputes_against"`
	DisputesBy      int    `json:"disputes_by"`
	Slashed         string `json:"slashed"`
}

// NodeUsage is one node process's resources, measured from the end of round 0 (every node
// ended it) to the end of the run: CPU (utime+stime from /proc/<pid>/stat), the part spent in
// training compute (its apiary_node_compute_cpu_seconds_total) and resident memory (VmRSS and
// its peak VmHWM at the end). A node restarted in between is measured over its last process
// only (Rounds counts the rounds ended by it).
type NodeUsage struct {
	Node           int     `json:"node"`
	Rounds         int     `json:"rounds"`
	CPUSeconds     float64 `json:"cpu_seconds"`
	ComputeSeconds float64 `json:"compute_seconds"`
	// OverheadPerRound is (CPUSeconds-ComputeSeconds)/Rounds: a round's CPU beyond compute.
	OverheadPerRound float64 `json:"overhead_per_round"`
	RSSBytes         int64   `json:"rss_bytes"`
	HWMBytes         int64   `json:"hwm_bytes"`
}

// usageSample is one look at a node process.
type usageSample struct {
	pid       int
	cpu, comp float64
	round     int64
	ok        bool
}

// faults is Up's state for the partition and arm64 faults and the usage figures.
type faults struct {
	part      *PartitionReport
	phase     int         // 0 before the split, 1 split, 2 healed
	started   map[int]int // node → the process generation that reported started
	denyFiles map[int]string
	usage0    map[int]usageSample
	usageDone bool
	arm64     int // the arm64 node, -1 if none
}

// partitionOn reports whether the partition fault is scheduled.
func (o *Options) partitionOn() bool { return slices.Contains(o.Faults, "partition") }

// arm64On reports whether the arm64 fault is scheduled.
func (o *Options) arm64On() bool { return slices.Contains(o.Faults, "arm64") }

// faultDefaults checks and completes the partition and arm64 options.
func (o *Options) faultDefaults() error {
	if o.partitionOn() {
		if o.PartitionAt == 0 {
			o.PartitionAt = 2
		}
		if o.PartitionRounds == 0 {
			o.PartitionRounds = 2
		}
		switch {
		case o.Nodes < 2:
			return fmt.Errorf("--chaos partition needs at least 2 nodes")
		case o.PartitionAt < 1 || o.PartitionRounds < 1 || o.PartitionAt+o.PartitionRounds >= o.Rounds:
			return fmt.Errorf("--partition-at %d --partition-rounds %d: want the split from round 1 on and the heal before the last of %d rounds",
				o.PartitionAt, o.PartitionRounds, o.Rounds)
		}
	}
	if o.arm64On() {
		if o.Arm64Binary == "" {
			return fmt.Errorf("--chaos arm64 needs --arm64-binary: build one with `GOOS=linux GOARCH=arm64 CGO_ENABLED=0 go build -o swarm-arm64 ./cmd/swarm` (make build-arm)")
		}
		if o.Emulator == "" {
			o.Emulator = "qemu-aarch64"
		}
		p, err := exec.LookPath(o.Emulator)
		if err != nil {
			return fmt.Errorf("--chaos arm64: %s not found (install qemu-user: apt-get install qemu-user): %w", o.Emulator, err)
		}
		o.Emulator = p
		if o.Arm64Binary, err = filepath.Abs(o.Arm64Binary); err != nil {
			return fmt.Errorf("--arm64-binary: %w", err)
		}
		if err := checkArm64ELF(o.Arm64Binary); err != nil {
			return err
		}
	}
	return nil
}

// checkArm64ELF refuses a file that is not a Linux arm64 ELF executable.
func checkArm64ELF(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("--arm64-binary: %w", err)
	}
	defer f.Close()
	var h [20]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return fmt.Errorf("--arm64-binary %s: not an ELF file: %w", path, err)
	}
	// e_ident: 0x7f 'E' 'L' 'F', class 2 (64-bit), data 1 (little endian); e_machine at 18 = 183 (EM_AARCH64).
	if string(h[:4]) != "\x7fELF" || h[4] != 2 || h[5] != 1 || h[18] != 183 || h[19] != 0 {
		return fmt.Errorf("--arm64-binary %s: not a 64-bit little-endian arm64 ELF executable", path)
	}
	return nil
}

// arm64Node is the node that runs under qemu-user: the last honest one, not node 0 when
// there are others (node 0 is the reference).
func arm64Node(advs []string) int {
	for i := len(advs) - 1; i >= 0; i-- {
		if advs[i] == "" && (i > 0 || len(advs) == 1) {
			return i
		}
	}
	return -1
}

// setupFaults prepares the faults before the nodes start: the deny-list files (empty) and
// their flag, and which node runs arm64.
func (t *testnet) setupFaults() error {
	t.f = faults{started: map[int]int{}, denyFiles: map[int]string{}, arm64: -1}
	if t.o.arm64On() {
		var advs []string
		for _, n := range t.nodes {
			advs = append(advs, n.entry.Adversary)
		}
		t.f.arm64 = arm64Node(advs)
	}
	if !t.o.partitionOn() {
		return nil
	}
	half := len(t.nodes) / 2
	t.f.part = &PartitionReport{SplitRound: uint64(t.o.PartitionAt), HealRound: uint64(t.o.PartitionAt + t.o.PartitionRounds),
		Split: make([]*DenyAck, len(t.nodes)), Heal: make([]*DenyAck, len(t.nodes)), RecoveredRound: -1}
	for _, n := range t.nodes {
		side := 0
		if n.entry.Index >= half {
			side = 1
		}
		t.f.part.Sides[side] = append(t.f.part.Sides[side], n.entry.Index)
		path := filepath.Join(n.entry.DataDir, "deny-peers")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			return fmt.Errorf("node %d: deny list: %w", n.entry.Index, err)
		}
		t.f.denyFiles[n.entry.Index] = path
		n.args = append(n.args, "--deny-peers", path)
	}
	return nil
}

// argv is the command line of node n's next process: the swarm binary, or the arm64
// binary under the emulator.
func (t *testnet) argv(n *nodeState) []string {
	if n.entry.Index == t.f.arm64 {
		return []string{t.o.Emulator, t.o.Arm64Binary}
	}
	return []string{t.o.Binary}
}

// side is node i's side of the partition.
func (p *PartitionReport) side(i int) int {
	if slices.Contains(p.Sides[0], i) {
		return 0
	}
	return 1
}

// faultEvent sees every event of node n's current process after play recorded it: it
// applies the partition's split and heal on schedule, counts acknowledgements, and takes
// the usage figures' first sample.
func (t *testnet) faultEvent(n *nodeState, e node.Event) {
	if !t.f.usageDone && t.complete(0) {
		t.f.usageDone = true
		t.f.usage0 = t.sampleUsage()
	}
	p := t.f.part
	if p == nil {
		return
	}
	switch e.Kind {
	case node.EventStarted:
		t.f.started[n.entry.Index] = n.gen
		if t.f.phase > 0 { // a restarted process may have read the file before it changed
			t.signalDeny(n)
		}
	case node.EventPeersDenied:
		ack := &DenyAck{Denied: e.Denied, Closed: e.Closed, Redialed: e.Redialed, Reconnected: e.Reconnected}
		if t.f.phase == 1 {
			p.Split[n.entry.Index] = ack
		} else if t.f.phase == 2 {
			p.Heal[n.entry.Index] = ack
		}
		t.ready(n)
	case node.EventRound:
		switch {
		case t.f.phase == 0 && e.Round+1 >= p.SplitRound:
			t.applyPartition(1)
		case t.f.phase == 1 && e.Round+1 >= p.HealRound:
			t.applyPartition(2)
		}
	}
}

// applyPartition writes every node's deny list for phase (1: the other side, 2: nobody)
// and sends SIGHUP to every started node, holding the clock for each until it acknowledges.
func (t *testnet) applyPartition(phase int) {
	p := t.f.part
	t.f.phase = phase
	for _, n := range t.nodes {
		var lines []string
		if phase == 1 {
			other := p.Sides[1-p.side(n.entry.Index)]
			for _, j := range other {
				lines = append(lines, t.nodes[j].entry.PeerID)
			}
		}
		body := "# written by swarm testnet up: the partition's other side\n" + strings.Join(lines, "\n") + "\n"
		if err := writeFileAtomic(t.f.denyFiles[n.entry.Index], []byte(body)); err != nil {
			t.o.Logger.Warn("testnet: write a deny list", "node", n.entry.Index, "err", err)
		}
	}
	for _, n := range t.nodes {
		t.signalDeny(n)
	}
	what, r := "split", p.SplitRound
	if phase == 2 {
		what, r = "heal", p.HealRound
	}
	t.note(fmt.Sprintf("round %d: partition %s: %v | %v", r, what, p.Sides[0], p.Sides[1]),
		map[string]any{"event": "partition", "what": what, "round": r, "sides": p.Sides})
}

// signalDeny sends SIGHUP to node n if its current process reported started (a process
// still starting reads its file at start; SIGHUP would end it before it catches the signal),
// holding the clock for it until its peers_denied event.
func (t *testnet) signalDeny(n *nodeState) {
	if !n.up || n.killing || t.f.started[n.entry.Index] != n.gen {
		return
	}
	t.hold(n)
	if err := syscall.Kill(n.proc.cmd.Process.Pid, syscall.SIGHUP); err != nil {
		t.ready(n)
		t.o.Logger.Warn("testnet: SIGHUP", "node", n.entry.Index, "err", err)
	}
}

// writeFileAtomic writes b to path through a temporary file and a rename.
func writeFileAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// faultReport fills the report's partition, arm64 and usage accounts (after totals, with
// the nodes still up).
func (t *testnet) faultReport(rep *Report) {
	if t.f.usageDone {
		end := t.sampleUsage()
		for _, n := range t.nodes {
			i := n.entry.Index
			a, b := t.f.usage0[i], end[i]
			if !b.ok {
				continue
			}
			u := NodeUsage{Node: i, Rounds: int(b.round - a.round)}
			if !a.ok || a.pid != b.pid { // restarted: its last process only
				u.Rounds = 0
				for _, p := range rep.Played {
					if p.Nodes[i].Ended && p.Round > 0 {
						u.Rounds++
					}
				}
				a = usageSample{}
			}
			u.CPUSeconds, u.ComputeSeconds = b.cpu-a.cpu, b.comp-a.comp
			if u.Rounds > 0 {
				u.OverheadPerRound = (u.CPUSeconds - u.ComputeSeconds) / float64(u.Rounds)
			}
			if rss, hwm, err := ProcMem(b.pid); err == nil {
				u.RSSBytes, u.HWMBytes = rss, hwm
			}
			rep.Usage = append(rep.Usage, u)
		}
	}
	if p := t.f.part; p != nil {
		t.partitionRounds(p, rep)
		rep.Partition = p
	}
	if t.f.arm64 >= 0 {
		rep.Arm64 = t.arm64Report(rep)
	}
}

// partitionRounds fills p's rounds from the report's played rounds and finds the recovery.
func (t *testnet) partitionRounds(p *PartitionReport, rep *Report) {
	base := 0 // the chain's most attestations in a round before the one the split followed
	for _, pl := range rep.Played {
		if pl.Round+1 < p.SplitRound {
			base = max(base, int(pl.Attestations))
			continue
		}
		pr := PartitionRound{Round: pl.Round, ChainRoot: pl.ChainRoot, Commits: pl.Commits, Attestations: int(pl.Attestations), Phase: "before"}
		switch {
		case pl.Round >= p.HealRound:
			pr.Phase = "healed"
		case pl.Round >= p.SplitRound:
			pr.Phase = "split"
		}
		for _, nr := range pl.Nodes {
			s := &pr.Sides[p.side(nr.Node)]
			if !nr.Ended {
				continue
			}
			s.Ended++
			if strings.EqualFold(nr.Next, pl.ChainRoot) {
				s.WithChainRoot++
			}
			if !slices.Contains(s.Roots, nr.Next) {
				s.Roots = append(s.Roots, nr.Next)
			}
			s.Verified += nr.Verified
			s.Attested += nr.Attested
			s.Aggregated += nr.Aggregated
		}
		if pr.Phase == "healed" && p.RecoveredRound < 0 && pl.Agreed && int(pl.Attestations) >= base {
			p.RecoveredRound = int64(pl.Round)
		}
		p.Rounds = append(p.Rounds, pr)
	}
}

// arm64Report is the arm64 fault's account.
func (t *testnet) arm64Report(rep *Report) *Arm64Report {
	a := &Arm64Report{Node: t.f.arm64, Binary: t.o.Arm64Binary, Emulator: t.o.Emulator}
	for _, n := range t.nodes {
		i := n.entry.Index
		an := ArchNode{Node: i, Arch: "amd64", Slashed: "0"}
		if i == t.f.arm64 {
			an.Arch = "arm64"
		}
		for _, pl := range rep.Played {
			nr := pl.Nodes[i]
			if nr.Committed {
				an.Commits++
			}
			an.Verified += nr.Verified
			an.Attested += nr.Attested
			if i == t.f.arm64 && nr.Ended {
				a.RoundsEnded++
				if strings.EqualFold(nr.Next, pl.ChainRoot) {
					a.RoundsWithChainRoot++
				}
			}
		}
		for _, d := range rep.Disputes {
			if strings.EqualFold(d.Solver, n.entry.Address) {
				an.DisputesAgainst++
			}
			if strings.EqualFold(d.Challenger, n.entry.Address) {
				an.DisputesBy++
			}
		}
		for _, nr := range rep.Nodes {
			if nr.Index == i {
				an.Slashed = nr.Slashed
			}
		}
		a.Nodes = append(a.Nodes, an)
	}
	return a
}

// sampleUsage looks at every live node's process: CPU from /proc, compute CPU from its
// /metrics, rounds ended.
func (t *testnet) sampleUsage() map[int]usageSample {
	out := map[int]usageSample{}
	for _, n := range t.nodes {
		if !n.up || n.killing || n.proc == nil {
			continue
		}
		pid := n.proc.cmd.Process.Pid
		cpu, err := ProcCPU(pid)
		if err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // a hang guard only
		comp, err := MetricValue(ctx, http.DefaultClient, n.entry.API, "apiary_node_compute_cpu_seconds_total")
		cancel()
		if err != nil {
			continue
		}
		out[n.entry.Index] = usageSample{pid: pid, cpu: cpu, comp: comp, round: n.last, ok: true}
	}
	return out
}

// FaultsText is the printed account of the partition and arm64 faults and the nodes'
// resources ("" when there is none).
func (r *Report) FaultsText() string {
	var b strings.Builder
	if p := r.Partition; p != nil {
		fmt.Fprintf(&b, "  partition %v | %v in rounds %d to %d:", p.Sides[0], p.Sides[1], p.SplitRound, p.HealRound-1)
		if p.RecoveredRound >= 0 {
			fmt.Fprintf(&b, " recovered in round %d (agreed root, attestations back to the level before the split)\n", p.RecoveredRound)
		} else {
			fmt.Fprintf(&b, " not recovered within the run\n")
		}
		for _, pr := range p.Rounds {
			fmt.Fprintf(&b, "    round %d %-6s commits %d attestations %d | side 0: %d/%d with the chain's root, verified %d | side 1: %d/%d, verified %d\n",
				pr.Round, pr.Phase, pr.Commits, pr.Attestations, pr.Sides[0].WithChainRoot, pr.Sides[0].Ended, pr.Sides[0].Verified,
				pr.Sides[1].WithChainRoot, pr.Sides[1].Ended, pr.Sides[1].Verified)
		}
	}
	if a := r.Arm64; a != nil {
		fmt.Fprintf(&b, "  arm64 node %d (under %s): ended %d rounds, %d with the chain's root\n", a.Node, filepath.Base(a.Emulator), a.RoundsEnded, a.RoundsWithChainRoot)
		for _, n := range a.Nodes {
			fmt.Fprintf(&b, "    node %d %-5s commits %d verified %d attested %d disputes against %d by %d slashed %s wei\n",
				n.Node, n.Arch, n.Commits, n.Verified, n.Attested, n.DisputesAgainst, n.DisputesBy, n.Slashed)
		}
	}
	if len(r.Usage) > 0 {
		fmt.Fprintf(&b, "  resources from the end of round 0 (CPU beyond compute per round, resident memory):\n")
		for _, u := range r.Usage {
			fmt.Fprintf(&b, "    node %d: %d rounds, CPU %.2f s (compute %.2f s), beyond compute %.3f s/round, RSS %.0f MiB (peak %.0f MiB)\n",
				u.Node, u.Rounds, u.CPUSeconds, u.ComputeSeconds, u.OverheadPerRound, float64(u.RSSBytes)/(1<<20), float64(u.HWMBytes)/(1<<20))
		}
	}
	return b.String()
}
