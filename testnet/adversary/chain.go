package adversary

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
)

// withheld withholds the update blobs of the node's commitments once they are committed: its
// chain wrapper notes each committed update blob, its blob server then refuses to serve it
// (the node keeps it). Verifiers cannot fetch the update, so nobody attests the contribution
// and it stays out of the final set. The notes live in memory: a restarted node serves the
// updates it committed before the restart.
type withheld struct {
	mu     sync.Mutex
	hidden map[swarm.Root]bool
}

func (w *withheld) wrapChain(c swarm.Chain) swarm.Chain { return withholdChain{c, w} }

func (w *withheld) wrapServe(s blob.Store) blob.Store { return withholdStore{s, w} }

func (w *withheld) hide(root swarm.Root) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.hidden == nil {
		w.hidden = map[swarm.Root]bool{}
	}
	w.hidden[root] = true
}

func (w *withheld) isHidden(root swarm.Root) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.hidden[root]
}

type withholdChain struct {
	swarm.Chain
	w *withheld
}

// Commit commits, then withholds the update blob.
func (c withholdChain) Commit(ctx context.Context, run swarm.RunID, r uint64, m swarm.Commitment) error {
	err := c.Chain.Commit(ctx, run, r, m)
	if err == nil {
		c.w.hide(m.UpdateBlob)
	}
	return err
}

type withholdStore struct {
	blob.Store
	w *withheld
}

// Get serves everything but the withheld updates.
func (s withholdStore) Get(root swarm.Root) ([]byte, bool) {
	if s.w.isHidden(root) {
		return nil, false
	}
	return s.Store.Get(root)
}

// copyWait bounds how long a copier waits for another peer's commitment of the round, in
// wall time. On the testnet's manual clock chain time stands still meanwhile (the node is not
// idle), so every live honest peer commits first; the bound only keeps a copier in a swarm
// where nobody else commits from hanging.
const copyWait = 2 * time.Minute

// copyPoll is how often a copier reads the chain's commitments while it waits.
const copyPoll = 100 * time.Millisecond

// copier commits, in place of its own contribution, a copy of the first commitment another
// peer made to the round (the chain's Committed events). The chain accepts it and marks it
// a duplicate (a later commitment of an earlier batch root): it never enters a final set.
// Its update announcement is its own contribution's, which differs from the commitment, so
// its verifier cannot re-execute it either. With no other commitment within copyWait, it
// commits nothing.
type copier struct{}

// chainClient is what a copier needs of the node's chain adapter (node/ledgerchain.Chain).
type chainClient interface {
	Client() *ledger.Client
	Address() common.Address
}

func (cp *copier) wrap(c swarm.Chain) swarm.Chain { return copyChain{c} }

type copyChain struct{ swarm.Chain }

// Commit commits a copy of another peer's commitment to round r instead of m.
func (c copyChain) Commit(ctx context.Context, run swarm.RunID, r uint64, _ swarm.Commitment) error {
	cc, ok := c.Chain.(chainClient)
	if !ok {
		return fmt.Errorf("adversary: copy: the chain adapter %T has no ledger client", c.Chain)
	}
	wait := time.NewTimer(copyWait)
	defer wait.Stop()
	tick := time.NewTicker(copyPoll)
	defer tick.Stop()
	for {
		other, found, err := firstCommitment(ctx, cc, run, r)
		if err != nil {
			return err
		}
		if found {
			return c.Chain.Commit(ctx, run, r, other)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-wait.C:
			return fmt.Errorf("%w: adversary: copy: no other commitment to round %d to copy", swarm.ErrRefused, r)
		case <-tick.C:
		}
	}
}

// firstCommitment returns the first commitment of another peer to round r, by the chain's events.
func firstCommitment(ctx context.Context, cc chainClient, run swarm.RunID, r uint64) (swarm.Commitment, bool, error) {
	evs, err := cc.Client().FilterLogs(ctx, 0, nil, "Committed")
	if err != nil {
		return swarm.Commitment{}, false, fmt.Errorf("adversary: copy: read commitments: %w", err)
	}
	self := cc.Address()
	for _, e := range evs {
		v, ok := e.Value.(*ledger.Committed)
		if !ok || v.RunId != run || v.Round != r || v.Peer == self {
			continue
		}
		m := v.Commitment
		return swarm.Commitment{Base: m.Base, BatchRoot: m.BatchRoot, TraceRoot: m.TraceRoot, UpdateRoot: m.UpdateRoot,
			UpdateBlob: m.UpdateBlob, UpdateSize: m.UpdateSize, NSteps: m.Nsteps}, true, nil
	}
	return swarm.Commitment{}, false, nil
}
