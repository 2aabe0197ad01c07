package main

import (
	"context"
	"encoding/json"
	"net"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/indexer/indexertest"
	"github.com/apiary-rl/apiary/node/metrics"
)

// chainNode is the node side of a real API server in these tests: its status comes from
// a simulated chain on which a run was played (account 1 is "this node").
type chainNode struct{ c *indexertest.Chain }

func (n chainNode) Status(ctx context.Context) (api.Status, error) {
	head, err := n.c.Sim.Client.BlockNumber(ctx)
	if err != nil {
		return api.Status{}, err
	}
	root, err := n.c.Clients[1].ModelRoot(ctx, n.c.Run, 3)
	if err != nil {
		return api.Status{}, err
	}
	return api.Status{Address: n.c.Addr(1), PeerID: "16Uiu2HAmPeerOne", Run: n.c.Run, Round: 3, Stage: "updates",
		Peers: 3, ModelRoot: root, ChainHead: head, Version: "test"}, nil
}

func (chainNode) Peers(context.Context) ([]api.Peer, error)       { return nil, nil }
func (chainNode) Curve(context.Context) ([]api.CurvePoint, error) { return nil, nil }

// TestStatus runs `swarm status` against a real API server over loopback whose board
// is an indexer of a played run.
func TestStatus(t *testing.T) {
	c := indexertest.New(t)
	c.Play()
	ix, err := indexer.New(indexer.ChainSource(c.Clients[0]), c.Run)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(c.Ctx); err != nil {
		t.Fatal(err)
	}
	srv, err := api.New(chainNode{c}, ix, metrics.New(nil), api.WithAddr("127.0.0.1:0"))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	t.Setenv("SWARM_DATA_DIR", t.TempDir())
	addr := srv.Addr().String()

	out, err := execSwarm(t, "status", "--api-addr", addr, "--json")
	if err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	var got api.StatusResponse
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout %q: %v", out, err)
	}
	want, err := chainNode{c}.Status(c.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	row, ok := ix.Rank(c.Addr(1))
	if got.Status != want || !ok || got.Rank == nil || got.Rank.Rank != row.Rank || got.Rank.Earned.Cmp(row.Earned.Int) != 0 {
		t.Fatalf("status %+v rank %+v, want %+v rank %+v", got.Status, got.Rank, want, row)
	}

	t.Setenv("SWARM_API_ADDR", addr) // the environment works as the flag does
	out, err = execSwarm(t, "status")
	if err != nil || !strings.Contains(out, want.Address.Hex()) || !strings.Contains(out, "round    3, updates") ||
		!strings.Contains(out, "rank     #") {
		t.Fatalf("status: %v\n%s", err, out)
	}
}

func TestStatusNoNode(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	t.Setenv("SWARM_DATA_DIR", t.TempDir())
	_, err = execSwarm(t, "status", "--api-addr", addr)
	if err == nil || !strings.Contains(err.Error(), "no node answers at "+addr) || !strings.Contains(err.Error(), "swarm join") {
		t.Fatalf("status with no node: got %v, want a sentence naming the address and `swarm join`", err)
	}
}
