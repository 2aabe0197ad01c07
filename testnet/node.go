package testnet

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"

	"github.com/apiary-rl/apiary/node"
)

// maxEventLine bounds one line of a node's --json output (1 MiB).
const maxEventLine = 1 << 20

// nodeEvent is an event of node idx's process generation gen; exit is set
// (and ev zero) when the process ended, err its wait status.
type nodeEvent struct {
	idx, gen int
	ev       node.Event
	exit     bool
	err      error
	bad      string // a stdout line that is not an event
}

// nodeProc is one running `swarm join --json` process.
type nodeProc struct {
	idx, gen int
	cmd      *exec.Cmd
	done     chan struct{} // closed once the process was waited for
}

// startNode starts `argv... join --json args...` (argv: the swarm binary, or an emulator
// and the binary) with stderr appended to logPath, and sends its events (each stdout line
// also appended to eventsPath) to out.
func startNode(argv []string, args []string, env []string, logPath, eventsPath string, idx, gen int, out chan<- nodeEvent) (*nodeProc, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("node %d: open log: %w", idx, err)
	}
	evf, err := os.OpenFile(eventsPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		logf.Close()
		return nil, fmt.Errorf("node %d: open events file: %w", idx, err)
	}
	cmd := exec.Command(argv[0], append(append(append([]string{}, argv[1:]...), "join", "--json"), args...)...)
	cmd.Env = env
	cmd.Stderr = logf
	// Its own process group: a Ctrl-C at the terminal reaches `up` only, which stops the
	// nodes in order.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		logf.Close()
		evf.Close()
		return nil, fmt.Errorf("node %d: %w", idx, err)
	}
	if err := cmd.Start(); err != nil {
		logf.Close()
		evf.Close()
		return nil, fmt.Errorf("node %d: start %s join: %w", idx, strings.Join(argv, " "), err)
	}
	p := &nodeProc{idx: idx, gen: gen, cmd: cmd, done: make(chan struct{})}
	go func() {
		defer logf.Close()
		defer evf.Close()
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64<<10), maxEventLine)
		for sc.Scan() {
			line := sc.Bytes()
			_, _ = evf.Write(append(append([]byte(nil), line...), '\n'))
			e, err := decodeEvent(line)
			if err != nil {
				out <- nodeEvent{idx: idx, gen: gen, bad: err.Error()}
				continue
			}
			out <- nodeEvent{idx: idx, gen: gen, ev: e}
		}
		_, _ = io.Copy(io.Discard, stdout)
		err := cmd.Wait()
		close(p.done)
		out <- nodeEvent{idx: idx, gen: gen, exit: true, err: err}
	}()
	return p, nil
}

// decodeEvent decodes one --json line of `swarm join` strictly: one object
// with only node.Event's members and a known kind.
func decodeEvent(line []byte) (node.Event, error) {
	d := json.NewDecoder(strings.NewReader(string(line)))
	d.DisallowUnknownFields()
	var e node.Event
	if err := d.Decode(&e); err != nil {
		return node.Event{}, fmt.Errorf("event %.80q: %w", line, err)
	}
	if d.More() {
		return node.Event{}, fmt.Errorf("event %.80q: data after the object", line)
	}
	switch e.Kind {
	case node.EventStarted, node.EventJoined, node.EventStage, node.EventCommitted, node.EventReloaded, node.EventRound, node.EventStopped,
		node.EventDisputeOpened, node.EventDisputeSettled, node.EventPeersDenied:
	default:
		return node.Event{}, fmt.Errorf("event %.80q: unknown kind %q", line, e.Kind)
	}
	return e, nil
}
