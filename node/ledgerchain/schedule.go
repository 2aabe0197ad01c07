package ledgerchain

import (
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/roundcompute"
	"github.com/apiary-rl/apiary/swarm"
)

// Schedule is the round timetable of a run as the chain stores it (ledger.Run.Cfg, after
// createRun filled in its start and finality lag). It takes the windows from the on-chain
// config and splits the commit window into stages the way roundcompute.Schedule does for
// the run's compute config, so the two never disagree.
func Schedule(cfg ledger.RunConfig) swarm.Schedule {
	c := compute.Config{Lag: int(cfg.FinalityLag), RoundDuration: uint64(cfg.RoundDuration),
		CommitWindow: uint64(cfg.CommitWindow), VerifyWindow: uint64(cfg.VerifyWindow),
		DisputeWindow: uint64(cfg.DisputeWindow), DisputeDuration: uint64(cfg.DisputeDuration)}
	return roundcompute.Schedule(c, time.Unix(int64(cfg.Start), 0))
}
