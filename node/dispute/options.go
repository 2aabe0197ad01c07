package dispute

import (
	"errors"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// settings are what a Challenger and a Responder share.
type settings struct {
	log   *slog.Logger
	poll  time.Duration
	from  uint64
	heads HeadSource
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

// HeadSource is a follower of the chain's head that the node already runs (node/ledgerchain's
// Heads): Head returns the newest head and a channel closed when a newer one arrives.
type HeadSource interface {
	Head() (*types.Header, <-chan struct{})
}

// WithHeads makes a Challenger or a Responder wake at the heads src follows rather than
// subscribing or polling on its own: with the node's one head follower, the dispute
// services see each block as soon as the node does (and a driver of the chain's clock can
// wait for them to have seen it, see Responder.Head and Challenger.Progress).
func WithHeads(src HeadSource) Option {
	return func(s *settings) error {
		if src == nil {
			return errors.New("dispute: nil head source")
		}
		s.heads = src
		return nil
	}
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
