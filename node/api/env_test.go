package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/indexer/indexertest"
	"github.com/apiary-rl/apiary/node/metrics"
)

// chainNode is the node side of the API in these tests, until node/ wires
// the daemon: its status, peers and curve come from the same simulated
// chain the indexer reads (account 1 is "this node"; the run's other
// peers are its swarm peers).
type chainNode struct {
	c *indexertest.Chain
}

func (n chainNode) Status(ctx context.Context) (api.Status, error) {
	head, err := n.c.Sim.Client.BlockNumber(ctx)
	if err != nil {
		return api.Status{}, err
	}
	root, err := n.c.Clients[1].ModelRoot(ctx, n.c.Run, 3) // θ_3, agreed by the scenario's vote
	if err != nil {
		return api.Status{}, err
	}
	return api.Status{Address: n.c.Addr(1), PeerID: "16Uiu2HAmPeerOne", Run: n.c.Run, Round: 3, Stage: "rollouts",
		Peers: 4, ModelRoot: root, ChainHead: head, Version: "test"}, nil
}

func (n chainNode) Peers(context.Context) ([]api.Peer, error) {
	var out []api.Peer
	for i := 2; i <= 5; i++ {
		out = append(out, api.Peer{PeerID: "16Uiu2HAmPeer" + string(rune('0'+i)), Address: n.c.Addr(i),
			Addrs: []string{"/ip4/127.0.0.1/udp/47" + string(rune('0'+i)) + "0/quic-v1"}, Connected: i != 5})
	}
	return out, nil
}

func (n chainNode) Curve(context.Context) ([]api.CurvePoint, error) {
	return []api.CurvePoint{{Round: 0, Accuracy: 0.21, Reward: 0.30}, {Round: 1, Accuracy: 0.34, Reward: 0.45}}, nil
}

// fixture is a played run, its indexer and an API server over both.
type fixture struct {
	chain   *indexertest.Chain
	ix      *indexer.Indexer
	metrics *metrics.Metrics
	srv     *api.Server
	ts      *httptest.Server
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	c := indexertest.New(t)
	c.Play()
	ix, err := indexer.New(indexer.ChainSource(c.Clients[0]), c.Run)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(c.Ctx); err != nil {
		t.Fatal(err)
	}
	m := metrics.New(nil)
	srv, err := api.New(chainNode{c}, ix, m)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &fixture{chain: c, ix: ix, metrics: m, srv: srv, ts: ts}
}

// get fetches path and decodes the JSON body into v (if not nil).
func (f *fixture) get(t *testing.T, method, path string, v any) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, f.ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s %s: %v in %s", method, path, err, b)
		}
	}
	return res.StatusCode, b
}

func addrOf(s string) common.Address { return common.HexToAddress(s) }
