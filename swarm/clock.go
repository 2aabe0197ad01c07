package swarm

import (
	"fmt"
	"time"
)

// RoundClock maps time to rounds and stages. The chain's schedule defines it in production;
// it is never used for anything that is hashed.
type RoundClock interface {
	// At returns the round and stage in progress at t. Before the first round it returns
	// round 0, StageRollouts.
	At(t time.Time) (round uint64, stage Stage)
	// Start returns when round begins.
	Start(round uint64) time.Time
	// Deadline returns when stage of round ends.
	Deadline(round uint64, stage Stage) time.Time
}

// IntervalClock is a RoundClock with rounds of fixed stage lengths starting at Genesis.
// Round 0 begins at Genesis.
type IntervalClock struct {
	genesis time.Time
	stages  [NumStages]time.Duration
	round   time.Duration
}

// NewIntervalClock returns a clock whose rounds start at genesis and whose stages last the
// given durations, in stage order. Every duration must be positive.
func NewIntervalClock(genesis time.Time, stages [NumStages]time.Duration) (*IntervalClock, error) {
	c := &IntervalClock{genesis: genesis, stages: stages}
	for i, d := range stages {
		if d <= 0 {
			return nil, fmt.Errorf("interval clock: stage %s has non-positive length %s", Stage(i), d)
		}
		c.round += d
	}
	return c, nil
}

// At implements RoundClock.
func (c *IntervalClock) At(t time.Time) (uint64, Stage) {
	if t.Before(c.genesis) {
		return 0, StageRollouts
	}
	el := t.Sub(c.genesis)
	r := uint64(el / c.round)
	off := el % c.round
	for i, d := range c.stages {
		if off < d {
			return r, Stage(i)
		}
		off -= d
	}
	return r, StageAggregation // unreachable: off < c.round
}

// Start implements RoundClock.
func (c *IntervalClock) Start(round uint64) time.Time {
	return c.genesis.Add(time.Duration(round) * c.round)
}

// Deadline implements RoundClock.
func (c *IntervalClock) Deadline(round uint64, stage Stage) time.Time {
	t := c.Start(round)
	for i := 0; i <= int(stage) && i < NumStages; i++ {
		t = t.Add(c.stages[i])
	}
	return t
}
