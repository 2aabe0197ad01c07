package trace

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// ServerOption configures a Server.
type ServerOption func(*serverConfig) error

type serverConfig struct {
	maxConcurrent int
	cacheSteps    int
	reqTimeout    time.Duration
	workTimeout   time.Duration
	idleTimeout   time.Duration
	registerer    prometheus.Registerer
	log           *slog.Logger
	// joinHook, if set, is called when a request waits for a load that another request
	// started (tests only).
	joinHook func()
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

// WithStepCache sets how many recently served steps the server keeps (0: none; concurrent
// requests for one step still share one load).
func WithStepCache(n int) ServerOption {
	return func(c *serverConfig) error {
		if n < 0 {
			return fmt.Errorf("step cache %d: want >= 0", n)
		}
		c.cacheSteps = n
		return nil
	}
}

// WithServerTimeouts sets how long a client may take to send its request, how long the
// Source may take to produce a step (a replay), and how long one write of the answer may
// block.
func WithServerTimeouts(request, work, idle time.Duration) ServerOption {
	return func(c *serverConfig) error {
		if request <= 0 || work <= 0 || idle <= 0 {
			return fmt.Errorf("server timeouts %s/%s/%s: want > 0", request, work, idle)
		}
		c.reqTimeout, c.workTimeout, c.idleTimeout = request, work, idle
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
	reqTimeout  time.Duration
	idleTimeout time.Duration
	log         *slog.Logger
}

// WithClientTimeouts sets the limit of one request (the server may have to replay a step
// before it answers) and how long a read may wait for the next bytes once the answer has
// begun.
func WithClientTimeouts(request, idle time.Duration) ClientOption {
	return func(c *clientConfig) error {
		if request <= 0 || idle <= 0 {
			return fmt.Errorf("client timeouts %s/%s: want > 0", request, idle)
		}
		c.reqTimeout, c.idleTimeout = request, idle
		return nil
	}
}

// WithClientLogger sets the client's logger.
func WithClientLogger(l *slog.Logger) ClientOption {
	return func(c *clientConfig) error { c.log = l; return nil }
}
