package swarmtest

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/swarm"
)

// beacon stands in for H(blockhash(seedBlock) || run || r): this chain has no blocks, so the
// beacon is a hash of the run and round, fixed and known to nobody's advantage in a test.
func (c *Chain) beacon(r uint64) []byte {
	return ethcrypto.Keccak256([]byte("swarmtest/beacon"), c.run[:], binary.BigEndian.AppendUint64(nil, r))
}

// assigned returns the verifiers of e among round r's committers: the k others with the
// smallest H(beacon || author || candidate).
func (c *Chain) assigned(r uint64, e *entry) []common.Address {
	b := c.beacon(r)
	type cand struct {
		key  []byte
		addr common.Address
	}
	var cs []cand
	for _, x := range c.rounds[r].commits {
		if x.Author != e.Author {
			cs = append(cs, cand{ethcrypto.Keccak256(b, e.Author[:], x.Author[:]), x.Author})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return bytes.Compare(cs[i].key, cs[j].key) < 0 })
	out := make([]common.Address, 0, c.verifiers)
	for i := 0; i < len(cs) && i < c.verifiers; i++ {
		out = append(out, cs[i].addr)
	}
	return out
}

func (c *Chain) isAssigned(r uint64, e *entry, v common.Address) bool {
	for _, a := range c.assigned(r, e) {
		if a == v {
			return true
		}
	}
	return false
}

func (c *Chain) assignments(caller common.Address, run swarm.RunID, r uint64) ([]swarm.Committed, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.checkRun(run); err != nil {
		return nil, err
	}
	if c.clock.Now().Before(c.sched.C(r)) {
		return nil, fmt.Errorf("assignments of round %d: %w: no beacon before the commit deadline", r, swarm.ErrUndecided)
	}
	var out []swarm.Committed
	for _, e := range c.round(r).commits {
		if c.isAssigned(r, e, caller) {
			out = append(out, e.Committed)
		}
	}
	return out, nil
}

func (c *Chain) find(r uint64, author common.Address) (*entry, error) {
	for _, e := range c.round(r).commits {
		if e.Author == author {
			return e, nil
		}
	}
	return nil, fmt.Errorf("round %d: %w: %s did not commit", r, swarm.ErrRefused, author)
}

func (c *Chain) attest(caller common.Address, run swarm.RunID, r uint64, author common.Address) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.checkRun(run); err != nil {
		return err
	}
	now := c.clock.Now()
	if now.Before(c.sched.C(r)) {
		return fmt.Errorf("attest round %d: %w: before the commit deadline", r, swarm.ErrUndecided)
	}
	if !now.Before(c.sched.V(r)) {
		return fmt.Errorf("attest round %d: %w", r, swarm.ErrRoundClosed)
	}
	e, err := c.find(r, author)
	if err != nil {
		return err
	}
	if !c.isAssigned(r, e, caller) {
		return fmt.Errorf("attest round %d: %w: %s is not assigned to %s", r, swarm.ErrRefused, caller, author)
	}
	if e.attested[caller] {
		return fmt.Errorf("attest round %d: %w: %s already attested %s", r, swarm.ErrRefused, caller, author)
	}
	e.attested[caller] = true
	return nil
}

// OpenDispute opens a dispute on author's contribution to round r, as a challenger would
// before X_r; the round cannot become final while it is open.
func (c *Chain) OpenDispute(r uint64, author common.Address) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.clock.Now().Before(c.sched.X(r)) {
		return fmt.Errorf("dispute on round %d: %w", r, swarm.ErrRoundClosed)
	}
	e, err := c.find(r, author)
	if err != nil {
		return err
	}
	e.open++
	return nil
}

// ResolveDispute closes one open dispute on author's contribution to round r, convicting
// the contribution or not.
func (c *Chain) ResolveDispute(r uint64, author common.Address, convicted bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, err := c.find(r, author)
	if err != nil {
		return err
	}
	if e.open == 0 {
		return fmt.Errorf("resolve on round %d: %w: no open dispute on %s", r, swarm.ErrRefused, author)
	}
	e.open--
	e.convicted = e.convicted || convicted
	return nil
}

// FinalSet implements swarm.Chain (the same for every account).
func (c *Chain) FinalSet(_ context.Context, run swarm.RunID, r uint64) ([]swarm.Committed, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.checkRun(run); err != nil {
		return nil, err
	}
	return c.finalLocked(r)
}

func (c *Chain) finalLocked(r uint64) ([]swarm.Committed, error) {
	if c.clock.Now().Before(c.sched.F(r)) {
		return nil, fmt.Errorf("final set of round %d: %w: before F_r", r, swarm.ErrNotFinal)
	}
	rs := c.round(r)
	for _, e := range rs.commits {
		if e.open > 0 {
			return nil, fmt.Errorf("final set of round %d: %w: dispute open on %s", r, swarm.ErrNotFinal, e.Author)
		}
	}
	seen := map[swarm.Root]bool{}
	var out []swarm.Committed
	for _, e := range rs.commits {
		first := !seen[e.BatchRoot]
		seen[e.BatchRoot] = true
		if first && len(e.attested) > 0 && !e.convicted {
			out = append(out, e.Committed)
		}
	}
	return out, nil
}
