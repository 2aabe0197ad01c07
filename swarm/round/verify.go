package round

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/sync/errgroup"

	"github.com/apiary-rl/apiary/swarm"
)

// verify re-executes the contributions of round r that the beacon assigned to the node and
// attests those that check out. It needs each author's update announcement (for the
// manifest), the manifest's payloads and the update blob; a contribution whose data cannot
// be fetched (a withheld update) is not attested, which keeps it out of the final set.
func (e *Engine) verify(ctx context.Context, r uint64, m model, res *Result) error {
	as, err := e.d.Chain.Assignments(ctx, e.run, r)
	if err != nil {
		return fmt.Errorf("assignments of round %d: %w", r, err)
	}
	for _, a := range as {
		err := e.check(ctx, r, m, a)
		switch {
		case errors.Is(err, ErrInvalid):
			res.Verified++
			e.log.Warn("contribution refused", "round", r, "author", a.Author, "err", err)
			continue
		case err != nil:
			e.log.Warn("cannot verify contribution", "round", r, "author", a.Author, "err", err)
			continue
		}
		res.Verified++
		if err := e.d.Chain.AttestContribution(ctx, e.run, r, a.Author); err != nil {
			if errors.Is(err, swarm.ErrRoundClosed) || errors.Is(err, swarm.ErrRefused) {
				e.log.Warn("attestation refused", "round", r, "author", a.Author, "err", err)
				continue
			}
			return fmt.Errorf("attest %s in round %d: %w", a.Author, r, err)
		}
		res.Attested++
	}
	if e.cfg.whistle != nil {
		e.whistle(ctx, r, m, as, res)
	}
	return nil
}

// whistle re-executes, as a whistleblower, the contributions of round r that are neither
// the node's own nor assigned to it and that the sample picks; a mismatch goes to
// Hooks.Mismatch from check, like an assigned one's. Nothing is attested. Errors are
// logged: whistleblowing is best effort and never stops the round.
func (e *Engine) whistle(ctx context.Context, r uint64, m model, assigned []swarm.Committed, res *Result) {
	w := e.cfg.whistle
	all, err := w.Unassigned(ctx, r)
	if err != nil {
		e.log.Warn("whistleblower: unassigned contributions", "round", r, "err", err)
		return
	}
	for _, c := range all {
		if c.Author == e.self || slices.ContainsFunc(assigned, func(a swarm.Committed) bool { return a.Author == c.Author }) {
			continue
		}
		pick, err := w.Sample(ctx, r, c)
		if err != nil {
			e.log.Warn("whistleblower: sample", "round", r, "author", c.Author, "err", err)
			continue
		}
		if !pick {
			continue
		}
		err = e.check(ctx, r, m, c)
		switch {
		case errors.Is(err, ErrMismatch):
			res.Whistled++
			res.Mismatched++
			e.log.Warn("whistleblower: re-execution differs from the commitment", "round", r, "author", c.Author, "err", err)
		case errors.Is(err, ErrInvalid):
			res.Whistled++
			e.log.Info("whistleblower: contribution invalid (not disputable; its verifiers refuse it)", "round", r, "author", c.Author, "err", err)
		case err != nil:
			e.log.Info("whistleblower: cannot re-execute contribution", "round", r, "author", c.Author, "err", err)
		default:
			res.Whistled++
		}
		if ctx.Err() != nil {
			return
		}
	}
}

// check fetches what a's contribution was computed from and asks Compute to re-execute it.
// An error wrapping ErrInvalid says the contribution is wrong; any other that it could not
// be checked.
func (e *Engine) check(ctx context.Context, r uint64, m model, a swarm.Committed) error {
	if a.Base != m.root {
		return fmt.Errorf("%w: base %s, θ_%d is %s", ErrInvalid, a.Base.Short(), r, m.root.Short())
	}
	u, ok := e.in.update(r, a.Author)
	if !ok {
		return errors.New("no update announcement, so no manifest to fetch")
	}
	if u.UpdateBlob != a.UpdateBlob || u.UpdateRoot != a.UpdateRoot || u.BatchRoot != a.BatchRoot {
		return errors.New("update announcement differs from the commitment")
	}
	ps := e.providers(a.Author)
	mb, _, err := e.fetch(ctx, r, u.Manifest, 0, ps)
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	entries, err := DecodeManifest(mb)
	if err != nil {
		return err
	}
	if len(entries) != int(a.NSteps) {
		return fmt.Errorf("%w: a manifest of %d groups for %d steps", ErrInvalid, len(entries), a.NSteps)
	}
	batch := make([][]byte, len(entries))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(e.cfg.fetchParallel)
	for i, en := range entries {
		g.Go(func() error {
			p, _, err := e.fetch(gctx, r, en.PayloadRoot, 0, ps)
			if err != nil {
				return fmt.Errorf("payload %d: %w", i, err)
			}
			batch[i] = p
			return nil
		})
	}
	var update []byte
	g.Go(func() error {
		var err error
		update, _, err = e.fetch(gctx, r, a.UpdateBlob, a.UpdateSize, ps)
		if err != nil {
			return fmt.Errorf("update: %w", err)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return err
	}
	err = e.d.Compute.Verify(ctx, r, m.data, a, batch, update)
	if errors.Is(err, ErrMismatch) && e.cfg.hooks.Mismatch != nil {
		e.cfg.hooks.Mismatch(Mismatch{Round: r, Committed: a, Model: m.data, Batch: batch, Update: update, Manifest: entries, Providers: ps, Err: err})
	}
	return err
}
