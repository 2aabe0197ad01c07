package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/apiary-rl/apiary/node/metrics"
)

// DefaultAddr is the API's default listen address: loopback only.
const DefaultAddr = "127.0.0.1:4112"

// Server serves the API, /metrics and the dashboard.
type Server struct {
	node    Node
	board   Board
	metrics *metrics.Metrics
	log     *slog.Logger
	addr    string
	public  bool
	timeout time.Duration

	mux  http.Handler
	srv  *http.Server
	ln   net.Listener
	done chan error
	once sync.Once
}

// Option configures New.
type Option func(*Server) error

// WithAddr sets the listen address (default DefaultAddr; port 0 picks one).
func WithAddr(addr string) Option {
	return func(s *Server) error { s.addr = addr; return nil }
}

// WithPublic allows a listen address that is not loopback. Without it New
// refuses one: the API has no authentication.
func WithPublic() Option {
	return func(s *Server) error { s.public = true; return nil }
}

// WithLogger sets the logger (default slog.Default()), tagged component=api.
func WithLogger(l *slog.Logger) Option {
	return func(s *Server) error { s.log = l; return nil }
}

// WithRequestTimeout bounds the time a handler may take to ask the node
// (default 10 s); the server's write timeout is this plus 5 s.
func WithRequestTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d <= 0 {
			return fmt.Errorf("api: request timeout %v must be positive", d)
		}
		s.timeout = d
		return nil
	}
}

// New returns a server of node and board exposing m at /metrics. Defaults:
// listen on DefaultAddr (loopback; WithAddr, WithPublic), slog.Default(),
// a 10 s request timeout, and the server's timeouts: 5 s to read headers,
// 10 s to read a request, the request timeout + 5 s to write, 60 s idle,
// 16 KiB of headers. New does not listen: Start does.
func New(node Node, board Board, m *metrics.Metrics, opts ...Option) (*Server, error) {
	if node == nil || board == nil || m == nil {
		return nil, errors.New("api: New needs a node, a board and metrics")
	}
	s := &Server{node: node, board: board, metrics: m, log: slog.Default(), addr: DefaultAddr, timeout: 10 * time.Second}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, err
		}
	}
	s.log = s.log.With("component", "api")
	if err := checkLoopback(s.addr, s.public); err != nil {
		return nil, err
	}
	s.mux = s.routes()
	s.srv = &http.Server{Handler: s.mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: s.timeout + 5*time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 16 << 10,
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn)}
	return s, nil
}

// checkLoopback refuses a host that is not a loopback IP or "localhost".
func checkLoopback(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("api: listen address %q: %w", addr, err)
	}
	if public || host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%w: %q; use 127.0.0.1 or [::1], or allow public access explicitly", ErrPublicAddress, addr)
}

// Handler returns the server's handler (routes, JSON errors), for tests
// and for embedding.
func (s *Server) Handler() http.Handler { return s.mux }

// Start listens and serves in the background.
func (s *Server) Start() error {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("api: listen on %s: %w; is another node running? pick another port", s.addr, err)
	}
	s.ln, s.done = ln, make(chan error, 1)
	go func() { s.done <- s.srv.Serve(ln) }()
	s.log.Info("listening", "url", "http://"+ln.Addr().String()+"/")
	return nil
}

// Addr returns the address the server listens on (after Start).
func (s *Server) Addr() net.Addr {
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Close stops the server, letting requests in flight finish for up to
// 5 s. It is safe to call more than once and before Start.
func (s *Server) Close() error {
	var err error
	s.once.Do(func() {
		if s.ln == nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if e := s.srv.Shutdown(ctx); e != nil {
			err = fmt.Errorf("api: shut down: %w", e)
			_ = s.srv.Close()
		}
		if e := <-s.done; e != nil && !errors.Is(e, http.ErrServerClosed) && err == nil {
			err = fmt.Errorf("api: serve: %w", e)
		}
	})
	return err
}
