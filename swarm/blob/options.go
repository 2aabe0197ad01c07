package blob

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// ServerOption configures a Server.
type ServerOption func(*serverConfig) error

type serverConfig struct {
	chunk         int
	maxConcurrent int
	reqTimeout    time.Duration
	idleTimeout   time.Duration
	registerer    prometheus.Registerer
	log           *slog.Logger
}

// WithChunkSize sets how many bytes the server writes per chunk (and per write deadline).
func WithChunkSize(n int) ServerOption {
	return func(c *serverConfig) error {
		if n < 1 || n > 16<<20 {
			return fmt.Errorf("chunk size %d: want 1..16 MiB", n)
		}
		c.chunk = n
		return nil
	}
}

// WithMaxConcurrent sets how many streams the server serves at once; more get StatusBusy.
func WithMaxConcurrent(n int) ServerOption {
	return func(c *serverConfig) error {
		if n < 1 {
			return fmt.Errorf("max concurrent streams %d: want >= 1", n)
		}
		c.maxConcurrent = n
		return nil
	}
}

// WithServerTimeouts sets how long a client may take to send its request and how long one
// chunk write may block.
func WithServerTimeouts(request, idle time.Duration) ServerOption {
	return func(c *serverConfig) error {
		if request <= 0 || idle <= 0 {
			return fmt.Errorf("server timeouts %s/%s: want > 0", request, idle)
		}
		c.reqTimeout, c.idleTimeout = request, idle
		return nil
	}
}

// WithServerPrometheus registers the server's metrics with reg.
func WithServerPrometheus(reg prometheus.Registerer) ServerOption {
	return func(c *serverConfig) error { c.registerer = reg; return nil }
}

// WithServerLogger sets the server's logger.
func WithServerLogger(l *slog.Logger) ServerOption {
	return func(c *serverConfig) error { c.log = l; return nil }
}

// ClientOption configures a Client.
type ClientOption func(*clientConfig) error

type clientConfig struct {
	maxSize        uint64
	attemptTimeout time.Duration
	idleTimeout    time.Duration
	passes         int
	progress       func(p peer.ID, have uint64)
	log            *slog.Logger
}

// WithMaxBlobSize bounds the size a provider may announce.
func WithMaxBlobSize(n uint64) ClientOption {
	return func(c *clientConfig) error {
		if n == 0 {
			return fmt.Errorf("max blob size 0")
		}
		c.maxSize = n
		return nil
	}
}

// WithClientTimeouts sets the limit of one attempt at one provider and how long a read may
// wait for the next bytes.
func WithClientTimeouts(attempt, idle time.Duration) ClientOption {
	return func(c *clientConfig) error {
		if attempt <= 0 || idle <= 0 {
			return fmt.Errorf("client timeouts %s/%s: want > 0", attempt, idle)
		}
		c.attemptTimeout, c.idleTimeout = attempt, idle
		return nil
	}
}

// WithPasses sets how many times Fetch goes through the provider list.
func WithPasses(n int) ClientOption {
	return func(c *clientConfig) error {
		if n < 1 {
			return fmt.Errorf("passes %d: want >= 1", n)
		}
		c.passes = n
		return nil
	}
}

// WithProgress calls f after every read with the provider and the bytes held so far.
func WithProgress(f func(p peer.ID, have uint64)) ClientOption {
	return func(c *clientConfig) error { c.progress = f; return nil }
}

// WithClientLogger sets the client's logger.
func WithClientLogger(l *slog.Logger) ClientOption {
	return func(c *clientConfig) error { c.log = l; return nil }
}
