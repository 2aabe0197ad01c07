package node

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// resumer finishes, after a restart, what the killed process left of a contribution it had
// written ahead: it commits a prepared record that the chain does not hold yet, and it
// announces the committed update on gossip, because the restarted engine may not (its new
// batch can differ from the prepared one, and the engine then skips the round's
// contribution) and the round's verifiers need the announcement to find the manifest.
type resumer struct {
	run    swarm.RunID
	chain  *walChain
	gossip *gossip.Gossip
	sched  swarm.Schedule
	clock  swarm.Clock
	log    *slog.Logger
	wg     sync.WaitGroup
}

// resume commits p if needed and announces it in the background until V_r.
func (rs *resumer) resume(ctx context.Context, r uint64, p *store.Prepared) {
	if !p.Committed {
		if err := rs.chain.Commit(ctx, rs.run, r, p.Commitment); err != nil {
			rs.log.Warn("commit of the contribution prepared before the restart failed", "round", r, "err", err)
			return
		}
	}
	u := &wire.Update{V: wire.Version, Run: rs.run, Round: r, UpdateRoot: p.Commitment.UpdateRoot,
		UpdateBlob: p.Commitment.UpdateBlob, Size: p.Commitment.UpdateSize, TraceRoot: p.Commitment.TraceRoot,
		Base: p.Commitment.Base, BatchRoot: p.Commitment.BatchRoot, Manifest: p.Contribution.Manifest}
	rs.wg.Add(1)
	go func() {
		defer rs.wg.Done()
		rs.announce(ctx, r, u)
	}()
}

// announce publishes u once some peer listens on the update topic, checking every 100 ms
// until the round's verification window closes or ctx ends.
func (rs *resumer) announce(ctx context.Context, r uint64, u *wire.Update) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for rs.clock.Now().Before(rs.sched.V(r)) {
		if len(rs.gossip.ListPeers(wire.KindUpdate)) > 0 {
			if err := rs.gossip.Publish(ctx, u); err != nil {
				rs.log.Warn("announce the reloaded update", "round", r, "err", err)
			} else {
				rs.log.Info("announced the update committed before the restart", "round", r, "update", u.UpdateRoot.Short())
			}
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// wait waits for the announcements in flight (their ctx must be done).
func (rs *resumer) wait() { rs.wg.Wait() }
