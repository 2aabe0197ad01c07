package round

import (
	"fmt"
	"log/slog"
)

// Option configures an Engine.
type Option func(*config) error

type config struct {
	local, external int
	maxPerPeer      int
	fetchParallel   int
	onRound         func(Result)
	log             *slog.Logger
}

// WithSAPO sets how many of its own rollouts (local) and of other peers' (external) a peer
// trains on each round.
func WithSAPO(local, external int) Option {
	return func(c *config) error {
		if local < 0 || external < 0 || local+external == 0 {
			return fmt.Errorf("sapo local=%d external=%d: want non-negative, not both zero", local, external)
		}
		c.local, c.external = local, external
		return nil
	}
}

// WithMaxRolloutsPerPeer bounds how many rollouts per peer and round are kept.
func WithMaxRolloutsPerPeer(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("max rollouts per peer %d: want >= 1", n)
		}
		c.maxPerPeer = n
		return nil
	}
}

// WithFetchParallelism sets how many missing updates are fetched at once.
func WithFetchParallelism(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("fetch parallelism %d: want >= 1", n)
		}
		c.fetchParallel = n
		return nil
	}
}

// WithOnRound calls f after every completed round.
func WithOnRound(f func(Result)) Option {
	return func(c *config) error { c.onRound = f; return nil }
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
