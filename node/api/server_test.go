package api_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/metrics"
)

// TestLoopbackOnly: a listen address that is not loopback is refused
// unless public access is asked for explicitly.
func TestLoopbackOnly(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		addr   string
		public bool
		ok     bool
	}{
		{"127.0.0.1:0", false, true},
		{"[::1]:0", false, true},
		{"localhost:0", false, true},
		{"0.0.0.0:7850", false, false},
		{":7850", false, false},
		{"192.168.1.10:7850", false, false},
		{"0.0.0.0:7850", true, true},
		{"no-port", false, false},
	} {
		opts := []api.Option{api.WithAddr(tc.addr)}
		if tc.public {
			opts = append(opts, api.WithPublic())
		}
		_, err := api.New(chainNode{f.chain}, f.ix, metrics.New(nil), opts...)
		if (err == nil) != tc.ok {
			t.Errorf("%s (public %v): got error %v, want ok=%v", tc.addr, tc.public, err, tc.ok)
		}
		if !tc.ok && tc.addr != "no-port" && !errors.Is(err, api.ErrPublicAddress) {
			t.Errorf("%s: error %v is not ErrPublicAddress", tc.addr, err)
		}
	}
}

// TestTwoNodesServe: two servers in one process, each with its own
// metrics, listen on loopback, serve their own counters, and close cleanly
// (goleak checks that nothing is left running).
func TestTwoNodesServe(t *testing.T) {
	f := newFixture(t)
	// The simulated chain's own goroutines are older than this point and
	// ignored; the servers' must all end by Close.
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	var srvs []*api.Server
	for i := 0; i < 2; i++ {
		m := metrics.New(nil)
		m.Commits.WithLabelValues("ok").Add(float64(10 + i))
		s, err := api.New(chainNode{f.chain}, f.ix, m, api.WithAddr("127.0.0.1:0"))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Start(); err != nil {
			t.Fatal(err)
		}
		srvs = append(srvs, s)
	}
	for i, s := range srvs {
		res, err := http.Get("http://" + s.Addr().String() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		want := `apiary_node_commits_total{result="ok"} 1` + string(rune('0'+i))
		if !strings.Contains(string(b), want) {
			t.Errorf("server %d: /metrics lacks %s", i, want)
		}
		res, err = http.Get("http://" + s.Addr().String() + "/v1/leaderboard")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/json" {
			t.Errorf("server %d: leaderboard %d %s", i, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
	http.DefaultClient.CloseIdleConnections()
	for _, s := range srvs {
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("second Close: %v", err)
		}
	}
}

// TestForeignHostRefused: a loopback node answers only requests addressed
// to a loopback name (a DNS-rebinding page sends its own host name); a
// public node answers any.
func TestForeignHostRefused(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		host   string
		public bool
		want   int
	}{
		{"127.0.0.1:7850", false, 200},
		{"localhost:7850", false, 200},
		{"[::1]:7850", false, 200},
		{"127.0.0.1", false, 200},
		{"evil.example:7850", false, 403},
		{"10.0.0.1:7850", false, 403},
		{"evil.example:7850", true, 200},
	} {
		opts := []api.Option{api.WithAddr("127.0.0.1:0")}
		if tc.public {
			opts = append(opts, api.WithPublic())
		}
		s, err := api.New(chainNode{f.chain}, f.ix, metrics.New(nil), opts...)
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest("GET", "/v1/leaderboard", nil)
		req.Host = tc.host
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		if rec.Code != tc.want || (tc.want == 403 && !strings.Contains(rec.Body.String(), `"forbidden_host"`)) {
			t.Errorf("host %s (public %v): %d %s, want %d", tc.host, tc.public, rec.Code, rec.Body, tc.want)
		}
	}
}

// stuckNode never answers: it waits until the request's deadline.
type stuckNode struct{ chainNode }

func (stuckNode) Status(ctx context.Context) (api.Status, error) {
	<-ctx.Done()
	return api.Status{}, ctx.Err()
}

// TestSlowNodeAnswers503: a node that does not answer within the request
// timeout gets the client a 503 with a JSON error, not a hung request.
func TestSlowNodeAnswers503(t *testing.T) {
	f := newFixture(t)
	s, err := api.New(stuckNode{chainNode{f.chain}}, f.ix, metrics.New(nil), api.WithRequestTimeout(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1/v1/status", nil))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), `"unavailable"`) {
		t.Fatalf("got %d %s, want 503 unavailable", rec.Code, rec.Body)
	}
	if _, err := api.New(chainNode{f.chain}, f.ix, metrics.New(nil), api.WithRequestTimeout(0)); err == nil {
		t.Fatal("a zero request timeout was accepted")
	}
}
