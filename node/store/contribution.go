package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/verify"
)

// Contribution is the node's own contribution to one round of a run, as it commits it
// and as it must answer disputes about it (docs/PROTOCOL.md §3.5-§3.8): the on-chain
// commitment, the manifest blob's root, and per step the payload, group and step roots.
// The step roots s_k are the leaves of the committed trace root (a wrong-output dispute
// proves against them); the payloads and the model θ_round (Commitment.Base) let the node
// rebuild any step's op-level trace with Replay, whose root it posts when that step is
// disputed.
type Contribution struct {
	Run        swarm.RunID
	Round      uint64
	Commitment swarm.Commitment
	// Manifest is the transport root of the batch manifest blob.
	Manifest swarm.Root
	// PayloadRoots, GroupRoots and StepRoots hold one root per step, in batch order.
	PayloadRoots, GroupRoots, StepRoots []swarm.Root
	// Committed is set by MarkCommitted once the chain accepted the commitment.
	Committed bool
}

// Prepared is a contribution with the blobs it names: what PrepareCommit writes and
// Reload returns.
type Prepared struct {
	Contribution
	// Update is the update blob, Manifest the manifest blob, Payloads the batch's rollout
	// payloads in manifest order.
	Update, Manifest []byte
	Payloads         [][]byte
}

// Check verifies that the blobs are the ones the record names: the update blob's root and
// size, the manifest's root and its entries against the payload and group roots, every
// payload's root, and the batch root recomputed from the manifest (§3.5).
func (p *Prepared) Check() error {
	c := &p.Contribution
	if err := c.check(); err != nil {
		return err
	}
	if swarm.RootOf(p.Update) != c.Commitment.UpdateBlob || uint64(len(p.Update)) != c.Commitment.UpdateSize {
		return fmt.Errorf("update blob of %d bytes does not match the commitment's root and size", len(p.Update))
	}
	if swarm.RootOf(p.Manifest) != c.Manifest {
		return errors.New("manifest blob does not match its root")
	}
	entries, err := round.DecodeManifest(p.Manifest)
	if err != nil {
		return err
	}
	if len(entries) != len(c.PayloadRoots) || len(p.Payloads) != len(c.PayloadRoots) {
		return fmt.Errorf("%d manifest entries and %d payloads for %d steps", len(entries), len(p.Payloads), len(c.PayloadRoots))
	}
	leaves := make([]verify.Hash, len(entries))
	for i, e := range entries {
		if e.PayloadRoot != c.PayloadRoots[i] || e.GroupRoot != c.GroupRoots[i] {
			return fmt.Errorf("manifest entry %d differs from the record's payload and group roots", i)
		}
		if swarm.RootOf(p.Payloads[i]) != c.PayloadRoots[i] {
			return fmt.Errorf("payload %d does not match its root", i)
		}
		leaves[i] = verify.ManifestLeaf(verify.Hash(e.PayloadRoot), verify.Hash(e.GroupRoot))
	}
	if swarm.Root(verify.BatchRoot(leaves)) != c.Commitment.BatchRoot {
		return errors.New("batch root does not match the manifest")
	}
	return nil
}

// sameContent reports whether two records describe the same contribution, whatever
// their state.
func sameContent(a, b *Contribution) bool {
	return a.Run == b.Run && a.Round == b.Round && a.Commitment == b.Commitment && a.Manifest == b.Manifest &&
		slices.Equal(a.PayloadRoots, b.PayloadRoots) && slices.Equal(a.GroupRoots, b.GroupRoots) &&
		slices.Equal(a.StepRoots, b.StepRoots)
}

// PrepareCommit is the write-ahead record of a commitment: it stores p's blobs and its
// record (state prepared) in one synced transaction, before the node sends the commit
// transaction. A node killed after it returns finds the same bytes with Reload and must
// commit those; killed before, it finds nothing and computes again. Preparing the same
// contribution again is a no-op; a different one for the same round is ErrConflict.
func (s *Store) PrepareCommit(p *Prepared) error {
	if p.Committed {
		return fmt.Errorf("prepare round %d: %w: record already marked committed", p.Round, ErrInvalid)
	}
	if err := p.Check(); err != nil {
		return fmt.Errorf("prepare round %d: %w: %v", p.Round, ErrInvalid, err)
	}
	rec, err := encodeContribution(&p.Contribution)
	if err != nil {
		return fmt.Errorf("prepare round %d: %w", p.Round, err)
	}
	key := contributionKey(p.Run, p.Round)
	err = s.update(func(txn *badger.Txn) error {
		old, err := readContribution(txn, key)
		switch {
		case err == nil && sameContent(old, &p.Contribution):
			return nil
		case err == nil:
			return fmt.Errorf("%w: update %s, batch %s already recorded", ErrConflict,
				old.Commitment.UpdateRoot.Short(), old.Commitment.BatchRoot.Short())
		case !errors.Is(err, ErrNotFound):
			return err
		}
		blobs := append([][]byte{p.Update, p.Manifest}, p.Payloads...)
		roots := append([]swarm.Root{p.Commitment.UpdateBlob, p.Contribution.Manifest}, p.PayloadRoots...)
		for i, b := range blobs {
			if err := putBlob(txn, roots[i], b); err != nil {
				return err
			}
		}
		return txn.Set(key, rec)
	})
	if err != nil {
		return fmt.Errorf("prepare round %d: %w", p.Round, err)
	}
	return nil
}

// MarkCommitted records that the chain accepted the prepared contribution of run and
// round. Marking a committed contribution again is a no-op; a round with nothing
// prepared is ErrNotPrepared.
func (s *Store) MarkCommitted(run swarm.RunID, r uint64) error {
	key := contributionKey(run, r)
	err := s.update(func(txn *badger.Txn) error {
		c, err := readContribution(txn, key)
		if errors.Is(err, ErrNotFound) {
			return ErrNotPrepared
		}
		if err != nil || c.Committed {
			return err
		}
		c.Committed = true
		rec, err := encodeContribution(c)
		if err != nil {
			return err
		}
		return txn.Set(key, rec)
	})
	if err != nil {
		return fmt.Errorf("mark round %d committed: %w", r, err)
	}
	return nil
}

// Contribution returns the record of run's round r, or ErrNotFound.
func (s *Store) Contribution(run swarm.RunID, r uint64) (*Contribution, error) {
	var c *Contribution
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		c, err = readContribution(txn, contributionKey(run, r))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("contribution of round %d: %w", r, err)
	}
	return c, nil
}

// Reload returns the contribution of run's round r with its blobs, checked against the
// record (ErrCorrupt if they differ; ErrNotFound if the record or a blob is missing).
func (s *Store) Reload(run swarm.RunID, r uint64) (*Prepared, error) {
	c, err := s.Contribution(run, r)
	if err != nil {
		return nil, err
	}
	p := &Prepared{Contribution: *c}
	if p.Update, err = s.Blob(c.Commitment.UpdateBlob); err != nil {
		return nil, fmt.Errorf("reload round %d: update: %w", r, err)
	}
	if p.Manifest, err = s.Blob(c.Manifest); err != nil {
		return nil, fmt.Errorf("reload round %d: manifest: %w", r, err)
	}
	for i, root := range c.PayloadRoots {
		b, err := s.Blob(root)
		if err != nil {
			return nil, fmt.Errorf("reload round %d: payload %d: %w", r, i, err)
		}
		p.Payloads = append(p.Payloads, b)
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("reload round %d: %w: %v", r, ErrCorrupt, err)
	}
	return p, nil
}

// Contributions returns every contribution record of run in round order.
func (s *Store) Contributions(run swarm.RunID) ([]*Contribution, error) {
	var out []*Contribution
	prefix := runPrefix(spaceContribution, run)
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: false})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := it.Item().KeyCopy(nil)
			c, err := readContribution(txn, key)
			if err != nil {
				return err
			}
			out = append(out, c)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("contributions of run %s: %w", run, err)
	}
	return out, nil
}

// readContribution reads and strictly decodes the record under key, and checks that it
// is the record of that run and round.
func readContribution(txn *badger.Txn, key []byte) (*Contribution, error) {
	b, err := get(txn, key)
	if err != nil {
		return nil, err
	}
	c, err := DecodeContribution(b)
	if err != nil {
		return nil, fmt.Errorf("key %x: %w", key, err)
	}
	if !bytes.Equal(contributionKey(c.Run, c.Round), key) {
		return nil, fmt.Errorf("%w: key %x holds the record of round %d", ErrCorrupt, key, c.Round)
	}
	return c, nil
}
