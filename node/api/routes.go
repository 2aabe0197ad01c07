package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/apiary-rl/apiary/node/indexer"
)

// Limits of the list routes' ?limit=.
const (
	defaultLimit = 100
	maxLimit     = 1000
)

// routes builds the mux (docs/API.md lists every route).
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /v1/status", s.json(s.status))
	mux.Handle("GET /v1/peers", s.json(s.peers))
	mux.Handle("GET /v1/peers/{addr}/rewards", s.json(s.rewards))
	mux.Handle("GET /v1/leaderboard", s.json(s.leaderboard))
	mux.Handle("GET /v1/rounds", s.json(s.rounds))
	mux.Handle("GET /v1/rounds/{n}", s.json(s.round))
	mux.Handle("GET /v1/disputes", s.json(s.disputes))
	mux.Handle("/v1/", s.json(func(r *http.Request) (any, error) {
		// Every route is GET: a path that a GET would reach is a wrong method.
		get := r.Clone(r.Context())
		get.Method = http.MethodGet
		if _, p := mux.Handler(get); p != "/v1/" {
			return nil, &apiError{http.StatusMethodNotAllowed, CodeMethodNotAllowed,
				fmt.Sprintf("%s is not allowed on %s: the API is read-only (GET)", clip(r.Method), clip(r.URL.Path))}
		}
		return nil, &apiError{http.StatusNotFound, CodeNotFound, fmt.Sprintf("no route %s; see docs/API.md", clip(r.URL.Path))}
	}))
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.Registry(), promhttp.HandlerOpts{ErrorLog: slogPrinter{s}}))
	mux.Handle("/", dashboard()) // any method, so that /v1/ may catch any method too
	if s.public {
		return mux
	}
	return loopbackHost(mux)
}

// loopbackHost refuses requests whose Host header is not a loopback name,
// so that a web page cannot read a loopback node through DNS rebinding
// (its requests carry the attacker's host name).
func loopbackHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			writeError(w, http.StatusForbidden, CodeForbiddenHost, fmt.Sprintf("host %q is not a loopback name: this "+
				"node serves its API to 127.0.0.1, [::1] and localhost only", clip(r.Host)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// json adapts a handler returning a value or an error to JSON responses,
// bounding the node's work by the request timeout.
func (s *Server) json(h func(*http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
		defer cancel()
		v, err := h(r.WithContext(ctx))
		if err != nil {
			var ae *apiError
			switch {
			case errors.As(err, &ae):
				writeError(w, ae.status, ae.code, ae.msg)
			case errors.Is(err, ErrNotFound), errors.Is(err, indexer.ErrNoRound):
				writeError(w, http.StatusNotFound, CodeNotFound, err.Error())
			case errors.Is(err, context.DeadlineExceeded):
				writeError(w, http.StatusServiceUnavailable, CodeUnavailable, "the node did not answer in time; try again")
			default:
				s.log.Warn("request failed", "path", r.URL.Path, "err", err)
				writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			s.log.Debug("write response", "path", r.URL.Path, "err", err)
		}
	})
}

func (s *Server) status(r *http.Request) (any, error) {
	if err := onlyKeys(r.URL.Query()); err != nil {
		return nil, err
	}
	st, err := s.node.Status(r.Context())
	if err != nil {
		return nil, fmt.Errorf("node status: %w", err)
	}
	return StatusResponse{Status: st, Rank: s.rank(st.Address)}, nil
}

func (s *Server) rank(a [20]byte) *indexer.Entry {
	if e, ok := s.board.Rank(a); ok {
		return &e
	}
	return nil
}

func (s *Server) peers(r *http.Request) (any, error) {
	if err := onlyKeys(r.URL.Query()); err != nil {
		return nil, err
	}
	ps, err := s.node.Peers(r.Context())
	if err != nil {
		return nil, fmt.Errorf("node peers: %w", err)
	}
	out := List[PeerResponse]{Items: make([]PeerResponse, len(ps))}
	for i, p := range ps {
		out.Items[i] = PeerResponse{Peer: p, Rank: s.rank(p.Address)}
	}
	return out, nil
}

func (s *Server) rewards(r *http.Request) (any, error) {
	if err := onlyKeys(r.URL.Query()); err != nil {
		return nil, err
	}
	a, err := parseAddress(r.PathValue("addr"))
	if err != nil {
		return nil, err
	}
	return RewardsResponse{Address: a, Rank: s.rank(a), Rounds: s.board.Rewards(a)}, nil
}

func (s *Server) leaderboard(r *http.Request) (any, error) {
	n, err := queryLimit(r.URL.Query(), defaultLimit, maxLimit)
	if err != nil {
		return nil, err
	}
	b := s.board.Leaderboard()
	return List[indexer.Entry]{Items: b[:min(n, len(b))]}, nil
}

func (s *Server) rounds(r *http.Request) (any, error) {
	if err := onlyKeys(r.URL.Query()); err != nil {
		return nil, err
	}
	curve, err := s.curve(r.Context())
	if err != nil {
		return nil, err
	}
	rs := s.board.Rounds()
	out := List[RoundResponse]{Items: make([]RoundResponse, 0, len(rs))}
	for _, rd := range rs {
		out.Items = append(out.Items, RoundResponse{Round: rd, Curve: curve[rd.Round]})
	}
	return out, nil
}

func (s *Server) round(r *http.Request) (any, error) {
	if err := onlyKeys(r.URL.Query()); err != nil {
		return nil, err
	}
	n, err := parseUint("round", r.PathValue("n"))
	if err != nil {
		return nil, err
	}
	rd, err := s.board.Round(n)
	if err != nil {
		return nil, err
	}
	curve, err := s.curve(r.Context())
	if err != nil {
		return nil, err
	}
	return RoundResponse{Round: rd, Curve: curve[n]}, nil
}

func (s *Server) curve(ctx context.Context) (map[uint64]*CurvePoint, error) {
	pts, err := s.node.Curve(ctx)
	if err != nil {
		return nil, fmt.Errorf("node curve: %w", err)
	}
	m := make(map[uint64]*CurvePoint, len(pts))
	for i := range pts {
		m[pts[i].Round] = &pts[i]
	}
	return m, nil
}

// disputeStates are the values of GET /v1/disputes?state=.
var disputeStates = []string{"open", "solver_won", "challenger_won", "void"}

func (s *Server) disputes(r *http.Request) (any, error) {
	q := r.URL.Query()
	if err := onlyKeys(q, "state", "limit"); err != nil {
		return nil, err
	}
	state := q.Get("state")
	if q.Has("state") && !strings.Contains(","+strings.Join(disputeStates, ",")+",", ","+state+",") {
		return nil, badRequest(CodeBadQuery, fmt.Sprintf("state %q unknown: want one of %v", clip(state), disputeStates))
	}
	q.Del("state")
	n, err := queryLimit(q, defaultLimit, maxLimit)
	if err != nil {
		return nil, err
	}
	out := List[indexer.Dispute]{Items: []indexer.Dispute{}}
	for _, d := range s.board.Disputes() {
		if len(out.Items) < n && (state == "" || d.State == state) {
			out.Items = append(out.Items, d)
		}
	}
	return out, nil
}

// slogPrinter lets promhttp log through the server's logger.
type slogPrinter struct{ s *Server }

func (p slogPrinter) Println(v ...any) { p.s.log.Warn("metrics", "err", fmt.Sprint(v...)) }
