package swarmtest

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// Chain is an in-memory chain for one process that follows the protocol v2 rules of the
// contract (docs/PROTOCOL.md §3.8) against a schedule read on a swarm.Clock: commits only
// in [T_r, C_r), verifier assignment by a beacon after C_r, attestations until V_r, the final
// set from F_r (committed ∧ attested ∧ not convicted ∧ no dispute open ∧ first of its update
// root, in commit order), and the model root by stake-weighted vote of the final set of
// round r−D. Accounts act through As. Disputes are opened and resolved by the test.
type Chain struct {
	run       swarm.RunID
	sched     swarm.Schedule
	clock     swarm.Clock
	genesis   swarm.Root
	verifiers int

	mu         sync.Mutex
	stake      map[common.Address]uint64
	rounds     map[uint64]*roundState
	modelRoots map[uint64]swarm.Root // decided roots, θ_round → root
}

// roundState is everything the chain holds about one round.
type roundState struct {
	commits []*entry
	votes   map[common.Address]swarm.Root // votes for the root of θ_round
}

// entry is one commitment and what happened to it.
type entry struct {
	swarm.Committed
	attested  map[common.Address]bool
	open      int // disputes open
	convicted bool
}

// ChainOption configures a Chain.
type ChainOption func(*Chain)

// WithVerifiers sets how many verifiers the beacon assigns to each contribution (default 2).
func WithVerifiers(k int) ChainOption { return func(c *Chain) { c.verifiers = k } }

// NewChain returns a chain for run with schedule sched read on clock, whose initial model
// θ_0 has model root genesis.
func NewChain(run swarm.RunID, sched swarm.Schedule, clock swarm.Clock, genesis swarm.Root, opts ...ChainOption) *Chain {
	c := &Chain{run: run, sched: sched, clock: clock, genesis: genesis, verifiers: 2,
		stake: map[common.Address]uint64{}, rounds: map[uint64]*roundState{},
		modelRoots: map[uint64]swarm.Root{0: genesis}}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Register makes addrs registered peers of the run with a stake of 1.
func (c *Chain) Register(addrs ...common.Address) {
	for _, a := range addrs {
		c.SetStake(a, 1)
	}
}

// SetStake sets addr's stake in the run (0 unregisters it).
func (c *Chain) SetStake(addr common.Address, stake uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if stake == 0 {
		delete(c.stake, addr)
		return
	}
	c.stake[addr] = stake
}

// IsRegistered implements swarm.Registry.
func (c *Chain) IsRegistered(_ context.Context, run swarm.RunID, a common.Address) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return run == c.run && c.stake[a] > 0, nil
}

// As returns the chain as seen by a client bound to author's key.
func (c *Chain) As(author common.Address) swarm.Chain { return &Account{c, author} }

// Commitments returns round r's commitments in commit order (what the contract's events
// show), whatever became of them.
func (c *Chain) Commitments(r uint64) []swarm.Committed {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []swarm.Committed
	if rs, ok := c.rounds[r]; ok {
		for _, e := range rs.commits {
			out = append(out, e.Committed)
		}
	}
	return out
}

func (c *Chain) round(r uint64) *roundState {
	rs, ok := c.rounds[r]
	if !ok {
		rs = &roundState{votes: map[common.Address]swarm.Root{}}
		c.rounds[r] = rs
	}
	return rs
}

func (c *Chain) checkRun(run swarm.RunID) error {
	if run != c.run {
		return fmt.Errorf("run %s: %w: unknown run", run, swarm.ErrRefused)
	}
	return nil
}

// commit records author's commitment to round r.
func (c *Chain) commit(author common.Address, run swarm.RunID, r uint64, m swarm.Commitment) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.checkRun(run); err != nil {
		return err
	}
	if c.stake[author] == 0 {
		return fmt.Errorf("commit by %s: %w: not registered", author, swarm.ErrRefused)
	}
	now := c.clock.Now()
	if now.Before(c.sched.T(r)) || !now.Before(c.sched.C(r)) {
		return fmt.Errorf("commit to round %d at %s: %w", r, now.Sub(c.sched.T(r)), swarm.ErrRoundClosed)
	}
	for _, x := range []swarm.Root{m.Base, m.BatchRoot, m.TraceRoot, m.UpdateRoot, m.UpdateBlob} {
		if x.IsZero() {
			return fmt.Errorf("commit to round %d: %w: zero root", r, swarm.ErrRefused)
		}
	}
	if m.NSteps == 0 { // as the contract: a zero update size is not refused
		return fmt.Errorf("commit to round %d: %w: no steps", r, swarm.ErrRefused)
	}
	if base, err := c.modelRootLocked(r); err == nil && base != m.Base {
		return fmt.Errorf("commit to round %d: %w: base %s, attested model %s", r, swarm.ErrRefused, m.Base.Short(), base.Short())
	}
	rs := c.round(r)
	for _, x := range rs.commits {
		if x.Author == author {
			return fmt.Errorf("commit to round %d: %w: %s already committed", r, swarm.ErrRefused, author)
		}
	}
	rs.commits = append(rs.commits, &entry{Committed: swarm.Committed{Author: author, Commitment: m},
		attested: map[common.Address]bool{}})
	return nil
}

// Account is the chain as one key sees it; it implements swarm.Chain.
type Account struct {
	*Chain
	author common.Address
}

var _ swarm.Chain = (*Account)(nil)

// Commit implements swarm.Chain.
func (a *Account) Commit(_ context.Context, run swarm.RunID, round uint64, m swarm.Commitment) error {
	return a.commit(a.author, run, round, m)
}

// Assignments implements swarm.Chain.
func (a *Account) Assignments(_ context.Context, run swarm.RunID, round uint64) ([]swarm.Committed, error) {
	return a.assignments(a.author, run, round)
}

// AttestContribution implements swarm.Chain.
func (a *Account) AttestContribution(_ context.Context, run swarm.RunID, round uint64, author common.Address) error {
	return a.attest(a.author, run, round, author)
}

// AttestModel implements swarm.Chain.
func (a *Account) AttestModel(_ context.Context, run swarm.RunID, round uint64, root swarm.Root) error {
	return a.vote(a.author, run, round, root)
}
