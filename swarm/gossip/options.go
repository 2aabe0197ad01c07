package gossip

import (
	"fmt"
	"log/slog"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/prometheus/client_golang/prometheus"
)

// Option configures a Gossip.
type Option func(*config) error

type config struct {
	heartbeat  time.Duration
	inspect    time.Duration
	valTimeout time.Duration
	window     uint64
	registerer prometheus.Registerer
	tracer     pubsub.RawTracer
	log        *slog.Logger
}

func defaults() *config {
	return &config{
		heartbeat:  time.Second,
		inspect:    time.Second,
		valTimeout: 5 * time.Second,
		window:     1,
		log:        slog.Default(),
	}
}

// WithHeartbeat sets the GossipSub heartbeat interval (mesh maintenance and gossip emission).
func WithHeartbeat(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("heartbeat %s: want > 0", d)
		}
		c.heartbeat = d
		return nil
	}
}

// WithScoreInspectInterval sets how often peer scores are sampled for Score and Scores.
func WithScoreInspectInterval(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("score inspect interval %s: want > 0", d)
		}
		c.inspect = d
		return nil
	}
}

// WithValidatorTimeout bounds one validation (it may wait on the chain registry).
func WithValidatorTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("validator timeout %s: want > 0", d)
		}
		c.valTimeout = d
		return nil
	}
}

// WithRoundWindow sets how many rounds around the current one a message may name: rounds in
// [current-w, current+w] are accepted, older ones ignored, later ones rejected.
func WithRoundWindow(w uint64) Option {
	return func(c *config) error { c.window = w; return nil }
}

// WithPrometheus registers the package's metrics with reg.
func WithPrometheus(reg prometheus.Registerer) Option {
	return func(c *config) error { c.registerer = reg; return nil }
}

// WithRawTracer passes a pubsub raw tracer to the router (for metrics and diagnosis).
func WithRawTracer(t pubsub.RawTracer) Option {
	return func(c *config) error { c.tracer = t; return nil }
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		if l == nil {
			return fmt.Errorf("nil logger")
		}
		c.log = l
		return nil
	}
}
