package testnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/runs"
)

// maxResponse bounds an API response the driver reads (4 MiB).
const maxResponse = 4 << 20

// getJSON GETs http://addr+path and decodes the JSON body into v.
func getJSON(ctx context.Context, addr, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+path, nil)
	if err != nil {
		return fmt.Errorf("request %s%s: %w", addr, path, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("GET %s%s: %w", addr, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return fmt.Errorf("GET %s%s: %w", addr, path, err)
	}
	if len(b) > maxResponse {
		return fmt.Errorf("GET %s%s: over %d bytes", addr, path, maxResponse)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s%s: %s", addr, path, resp.Status)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("GET %s%s: %w", addr, path, err)
	}
	return nil
}

// NodeStatus is one node as `swarm testnet status` shows it.
type NodeStatus struct {
	Index   int    `json:"index"`
	Address string `json:"address"`
	PID     int    `json:"pid"`
	Running bool   `json:"running"`
	API     string `json:"api"`
	// Status is the node's /v1/status answer; Error why there is none.
	Status *api.StatusResponse `json:"status,omitempty"`
	Error  string              `json:"error,omitempty"`
}

// TestnetStatus is the testnet as `swarm testnet status` shows it.
type TestnetStatus struct {
	Dir      string       `json:"dir"`
	Up       bool         `json:"up"`
	PID      int          `json:"pid"`
	ChainRPC string       `json:"chain_rpc"`
	Clock    string       `json:"clock"`
	Run      string       `json:"run"`
	Report   string       `json:"report"`
	Nodes    []NodeStatus `json:"nodes"`
}

// Status reads dir's manifest and asks every node's API for its status.
func Status(ctx context.Context, dir string) (*TestnetStatus, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	s := &TestnetStatus{Dir: dir, PID: m.PID, Up: ours(m.PID, "testnet"), ChainRPC: m.ChainRPC, Clock: m.Clock, Run: m.Run, Report: m.Report}
	if s.Clock == "" {
		s.Clock = ClockWall
	}
	for _, n := range m.Nodes {
		ns := NodeStatus{Index: n.Index, Address: n.Address, PID: n.PID, Running: ours(n.PID, n.DataDir), API: n.API}
		if ns.Running {
			st, err := api.GetStatus(ctx, n.API, 3*time.Second)
			if err != nil {
				ns.Error = err.Error()
			} else {
				ns.Status = &st
			}
		} else {
			ns.Error = "not running"
		}
		s.Nodes = append(s.Nodes, ns)
	}
	return s, nil
}

// Print writes s as a table.
func (s *TestnetStatus) Print(w io.Writer) {
	state := "stopped"
	if s.Up {
		state = fmt.Sprintf("up (pid %d)", s.PID)
	}
	fmt.Fprintf(w, "testnet %s: %s, chain %s (%s clock), run %s\n", s.Dir, state, s.ChainRPC, s.Clock, s.Run)
	for _, n := range s.Nodes {
		if n.Status == nil {
			fmt.Fprintf(w, "  node %d %s: %s\n", n.Index, short(n.Address), n.Error)
			continue
		}
		st := n.Status
		rank := "-"
		if st.Rank != nil {
			rank = fmt.Sprintf("%d (earned %s)", st.Rank.Rank, runs.FormatEther(wei(st.Rank.Earned)))
		}
		fmt.Fprintf(w, "  node %d %s: pid %d, round %d %s, %d peers, model %s, rank %s\n",
			n.Index, short(n.Address), n.PID, st.Round, st.Stage, st.Peers, short(st.ModelRoot.Hex()), rank)
	}
	fmt.Fprintf(w, "report: %s\n", s.Report)
}

// DownResult is what Down did.
type DownResult struct {
	Stopped []string `json:"stopped"`
	Killed  []string `json:"killed"`
}

// manifestProcs are the processes m names, `up` first, with the marker their
// command line must hold.
func manifestProcs(m *Manifest) []proc {
	ps := []proc{{name: "swarm testnet up", pid: m.PID, marker: "testnet"}}
	for _, n := range m.Nodes {
		ps = append(ps, proc{name: fmt.Sprintf("node %d", n.Index), pid: n.PID, marker: n.DataDir})
	}
	return ps
}

// Down stops every process of the testnet in dir: `swarm testnet up` first
// (which stops its nodes and the chain), then any node left, each with SIGINT
// and, after grace, SIGKILL. It fails if a process is left.
func Down(dir string, grace time.Duration, clock Clock) (*DownResult, error) {
	if clock == nil {
		clock = WallClock{}
	}
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	ps := manifestProcs(m)
	res := &DownResult{Stopped: []string{}, Killed: []string{}}
	// `up` first: it stops its nodes in order and writes the report.
	s, k, err := stopAll(ps[:1], grace+30*time.Second, clock)
	res.Stopped, res.Killed = append(res.Stopped, s...), append(res.Killed, k...)
	if err != nil {
		return res, err
	}
	// The manifest again: `up` may have restarted a node since it was read.
	if m2, err := ReadManifest(dir); err == nil {
		ps = manifestProcs(m2)
	} else if !errors.Is(err, ErrNoTestnet) {
		return res, err
	}
	s, k, err = stopAll(ps[1:], grace, clock)
	res.Stopped, res.Killed = append(res.Stopped, s...), append(res.Killed, k...)
	return res, err
}
