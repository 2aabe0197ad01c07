package adversary

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/training/checkpoint"
	"github.com/apiary-rl/apiary/verify"
)

// withholdStore is the blob server of a node that withholds its updates: it never serves
// an update blob (a checkpoint whose tensors are all gradients, grad.<param>), its own or
// one it fetched, from the first moment: verifiers cannot fetch the update, so no honest
// one attests the contribution and it stays out of the final set. It recognizes updates
// by their contents, so a restarted node withholds the updates it committed before (a note
// of committed roots kept in memory would be forgotten), and nobody can fetch one in the
// moment between the commit being mined and a note being taken. Everything else (model
// blobs, manifests, payloads) is served; the node itself reads and keeps everything.
type withholdStore struct{ blob.Store }

// Get serves everything but update blobs.
func (s withholdStore) Get(root swarm.Root) ([]byte, bool) {
	b, ok := s.Store.Get(root)
	if !ok || isUpdate(b) {
		return nil, false
	}
	return b, true
}

// isUpdate reports whether b is a checkpoint whose tensors are all gradients.
func isUpdate(b []byte) bool {
	named, _, err := checkpoint.Decode(b)
	if err != nil || len(named) == 0 {
		return false
	}
	for _, n := range named {
		if !strings.HasPrefix(n.Name, verify.GradName("")) {
			return false
		}
	}
	return true
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
