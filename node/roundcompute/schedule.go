package roundcompute

import (
	"time"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/swarm"
)

// Schedule is the round timetable of a run with config c whose round 0 starts at start
// (docs/PROTOCOL.md §3.8). The config fixes the round length and the chain's windows; the
// commit window is split in three equal stages: rollouts, critiques, then training and the
// commitment itself.
func Schedule(c compute.Config, start time.Time) swarm.Schedule {
	sec := func(n uint64) time.Duration { return time.Duration(n) * time.Second }
	commit := sec(c.CommitWindow)
	return swarm.Schedule{Start: start, Round: sec(c.RoundDuration),
		Rollouts: commit / 3, Critiques: 2 * commit / 3, Commit: commit,
		Verify: sec(c.VerifyWindow), Dispute: sec(c.DisputeWindow), DisputeDuration: sec(c.DisputeDuration),
		Lag: uint64(c.Lag)}
}
