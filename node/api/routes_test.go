package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/indexer/indexertest"
)

type entry struct {
	Rank          int    `json:"rank"`
	Address       string `json:"address"`
	Earned        string `json:"earned"`
	Contributions uint64 `json:"contributions"`
}

// TestRoutes reads every route of a played run and checks it against the
// indexer and the chain.
func TestRoutes(t *testing.T) {
	f := newFixture(t)

	var st struct {
		Address   string `json:"address"`
		Round     uint64 `json:"round"`
		ModelRoot string `json:"model_root"`
		Rank      *entry `json:"rank"`
	}
	if code, b := f.get(t, "GET", "/v1/status", &st); code != 200 || st.Rank == nil ||
		addrOf(st.Address) != f.chain.Addr(1) || st.Round != 3 || st.ModelRoot != common.Hash(indexertest.AgreedRoot).Hex() {
		t.Fatalf("status %d %s", code, b)
	}
	if want, _ := f.ix.Rank(f.chain.Addr(1)); st.Rank.Rank != want.Rank || st.Rank.Earned != want.Earned.String() {
		t.Errorf("status rank %+v, want %+v", st.Rank, want)
	}

	var board struct{ Items []entry }
	f.get(t, "GET", "/v1/leaderboard", &board)
	want := f.ix.Leaderboard()
	if len(board.Items) != len(want) || len(want) != 5 {
		t.Fatalf("leaderboard has %d rows, want %d", len(board.Items), len(want))
	}
	for i, e := range board.Items {
		if addrOf(e.Address) != want[i].Address || e.Earned != want[i].Earned.String() || e.Rank != i+1 {
			t.Errorf("row %d %+v, want %+v", i, e, want[i])
		}
	}
	f.get(t, "GET", "/v1/leaderboard?limit=2", &board)
	if len(board.Items) != 2 {
		t.Errorf("limit=2 gave %d rows", len(board.Items))
	}

	var rounds struct {
		Items []struct {
			Round   uint64            `json:"round"`
			Commits []json.RawMessage `json:"commits"`
			Curve   *struct {
				Accuracy float64 `json:"accuracy"`
			} `json:"curve"`
		}
	}
	f.get(t, "GET", "/v1/rounds", &rounds)
	if len(rounds.Items) != 3 || len(rounds.Items[0].Commits) != 5 || rounds.Items[1].Curve == nil ||
		rounds.Items[1].Curve.Accuracy != 0.34 {
		t.Errorf("rounds %+v", rounds)
	}
	var one struct {
		Round     uint64 `json:"round"`
		Finalized bool   `json:"finalized"`
	}
	if code, b := f.get(t, "GET", "/v1/rounds/1", &one); code != 200 || one.Round != 1 || !one.Finalized {
		t.Errorf("round 1: %d %s", code, b)
	}

	var peers struct {
		Items []struct {
			Address string `json:"address"`
			Rank    *entry `json:"rank"`
		}
	}
	f.get(t, "GET", "/v1/peers", &peers)
	if len(peers.Items) != 4 || peers.Items[0].Rank == nil {
		t.Errorf("peers %+v", peers)
	}

	var ds struct {
		Items []struct {
			ID    uint64 `json:"id"`
			State string `json:"state"`
		}
	}
	f.get(t, "GET", "/v1/disputes", &ds)
	if len(ds.Items) != 2 {
		t.Errorf("disputes %+v", ds)
	}
	f.get(t, "GET", "/v1/disputes?state=challenger_won", &ds)
	if len(ds.Items) != 1 || ds.Items[0].ID != f.chain.Disputes[0] {
		t.Errorf("challenger_won disputes %+v", ds)
	}

	var rw struct {
		Address string `json:"address"`
		Rounds  []struct {
			Round  uint64 `json:"round"`
			Reward string `json:"reward"`
		} `json:"rounds"`
	}
	path := "/v1/peers/" + strings.ToLower(f.chain.Addr(1).Hex()) + "/rewards"
	if code, b := f.get(t, "GET", path, &rw); code != 200 || len(rw.Rounds) != 2 || rw.Rounds[0].Reward == "0" {
		t.Errorf("rewards %d %s", code, b)
	}
}

// TestErrors: bad input gets a 4xx with a JSON body naming the problem.
func TestErrors(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		method, path string
		status       int
		code, says   string
	}{
		{"GET", "/v1/rounds/abc", 400, "bad_number", `round "abc" is not a number`},
		{"GET", "/v1/rounds/-1", 400, "bad_number", "decimal integer"},
		{"GET", "/v1/rounds/01", 400, "bad_number", "decimal integer"},
		{"GET", "/v1/rounds/18446744073709551616", 400, "bad_number", "decimal integer"},
		{"GET", "/v1/rounds/7", 404, "not_found", "round 7"},
		{"GET", "/v1/peers/0x12/rewards", 400, "bad_address", "40 hex digits"},
		{"GET", "/v1/peers/0xzz00000000000000000000000000000000000000/rewards", 400, "bad_address", "not a hex digit"},
		{"GET", "/v1/leaderboard?limit=0", 400, "bad_query", "want 1 to 1000"},
		{"GET", "/v1/leaderboard?limit=1&limit=2", 400, "bad_query", "given 2 times"},
		{"GET", "/v1/leaderboard?sort=x", 400, "bad_query", `unknown query parameter "sort"`},
		{"GET", "/v1/disputes?state=lost", 400, "bad_query", `state "lost" unknown`},
		{"GET", "/v1/nothing", 404, "not_found", "no route"},
		{"POST", "/v1/status", 405, "method_not_allowed", "read-only"},
		{"DELETE", "/v1/rounds/1", 405, "method_not_allowed", "read-only"},
		{"POST", "/", 405, "method_not_allowed", "POST"},
	} {
		var body struct {
			Error struct{ Code, Message string }
		}
		code, b := f.get(t, tc.method, tc.path, &body)
		if code != tc.status || body.Error.Code != tc.code || !strings.Contains(body.Error.Message, tc.says) {
			t.Errorf("%s %s: got %d %s, want %d %s saying %q", tc.method, tc.path, code, b, tc.status, tc.code, tc.says)
		}
	}
}

// TestMetricsAndDashboardServed: /metrics is the node's registry and / the
// embedded dashboard.
func TestMetricsAndDashboardServed(t *testing.T) {
	f := newFixture(t)
	f.metrics.Commits.WithLabelValues("ok").Add(3)
	code, b := f.get(t, "GET", "/metrics", nil)
	if code != http.StatusOK || !strings.Contains(string(b), `apiary_node_commits_total{result="ok"} 3`) {
		t.Errorf("/metrics: %d, missing the commit counter", code)
	}
	for _, p := range []string{"/", "/app.js", "/style.css"} {
		if code, b := f.get(t, "GET", p, nil); code != 200 || len(b) < 100 {
			t.Errorf("%s: %d, %d bytes", p, code, len(b))
		}
	}
}
