package swarmtest

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// Chain is an in-memory swarm.Chain for one process. Like the contract, it accepts a round's
// update commitments only until the round's update stage ends on its clock, and reports the
// committed set only after that, so every reader sees the same final set.
type Chain struct {
	clock swarm.RoundClock
	now   func() time.Time

	mu         sync.Mutex
	registered map[common.Address]bool
	commits    map[uint64][]swarm.CommittedUpdate
}

var _ swarm.Chain = (*Chain)(nil)

// NewChain returns an empty chain whose round schedule is clock.
func NewChain(clock swarm.RoundClock) *Chain {
	return &Chain{clock: clock, now: time.Now, registered: map[common.Address]bool{},
		commits: map[uint64][]swarm.CommittedUpdate{}}
}

// Register marks addrs as registered peers of the run.
func (c *Chain) Register(addrs ...common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, a := range addrs {
		c.registered[a] = true
	}
}

// IsRegistered implements swarm.Registry.
func (c *Chain) IsRegistered(_ context.Context, _ swarm.RunID, a common.Address) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.registered[a], nil
}

// CommitUpdate implements swarm.Chain; the author is the run's only key in this fake, so the
// caller names itself with CommitUpdateAs.
func (c *Chain) CommitUpdate(context.Context, swarm.RunID, uint64, swarm.UpdateCommitment) error {
	return fmt.Errorf("swarmtest chain: use Chain.As(addr) to commit as an account")
}

// As returns a view of the chain that commits as author, the way a chain client bound to
// one key does.
func (c *Chain) As(author common.Address) swarm.Chain { return &account{c, author} }

// CommittedUpdates implements swarm.Chain. Order: by author address.
func (c *Chain) CommittedUpdates(_ context.Context, _ swarm.RunID, round uint64) ([]swarm.CommittedUpdate, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.now().After(c.clock.Deadline(round, swarm.StageUpdates)) {
		return nil, swarm.ErrRoundOpen
	}
	out := append([]swarm.CommittedUpdate(nil), c.commits[round]...)
	sort.Slice(out, func(i, j int) bool { return out[i].Author.Cmp(out[j].Author) < 0 })
	return out, nil
}

func (c *Chain) commit(author common.Address, round uint64, u swarm.UpdateCommitment) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.registered[author] {
		return fmt.Errorf("commit by unregistered %s", author)
	}
	if c.now().After(c.clock.Deadline(round, swarm.StageUpdates)) {
		return swarm.ErrRoundClosed
	}
	for _, x := range c.commits[round] {
		if x.Author == author {
			return fmt.Errorf("%s already committed for round %d", author, round)
		}
	}
	c.commits[round] = append(c.commits[round], swarm.CommittedUpdate{Author: author, UpdateCommitment: u})
	return nil
}

type account struct {
	*Chain
	author common.Address
}

func (a *account) CommitUpdate(_ context.Context, _ swarm.RunID, round uint64, u swarm.UpdateCommitment) error {
	return a.commit(a.author, round, u)
}
