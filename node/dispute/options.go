package dispute

import (
	"errors"
	"log/slog"
	"time"
)

// settings are what a Challenger and a Responder share.
type settings struct {
	log  *slog.Logger
	poll time.Duration
	from uint64
}

func defaults() settings { return settings{log: slog.Default(), poll: 2 * time.Second} }

// Option configures a Challenger or a Responder.
type Option func(*settings) error

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) error {
		if l == nil {
			return errors.New("dispute: nil logger")
		}
		s.log = l
		return nil
	}
}

// WithPoll sets how often the chain's latest block is read when the backend
// cannot deliver new blocks by subscription (an HTTP endpoint).
func WithPoll(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return errors.New("dispute: poll interval must be positive")
		}
		s.poll = d
		return nil
	}
}

// WithFromBlock makes a Responder read the chain's history of disputes from
// block n on (the block before this node's first commitment), not from the
// deploy block.
func WithFromBlock(n uint64) Option {
	return func(s *settings) error { s.from = n; return nil }
}

func apply(opts []Option) (settings, error) {
	s := defaults()
	for _, o := range opts {
		if err := o(&s); err != nil {
			return s, err
		}
	}
	return s, nil
}
