package round

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// aggregate computes θ_{r+1} (docs/PROTOCOL.md §3.7): θ_r itself for r < D or an empty
// final set, else Compute.Aggregate of θ_r and the update blobs of round r−D's final set in
// the chain's order, fetching those the node lacks. A contributor of that final set votes
// the new root on chain.
func (e *Engine) aggregate(ctx context.Context, r uint64, m model, res *Result) (model, error) {
	d := e.d.Schedule.D()
	if r < d {
		e.keep.hold(r+1, m.blob)
		return m, nil
	}
	q := r - d
	fs, err := e.d.Chain.FinalSet(ctx, e.run, q)
	if err != nil {
		return model{}, fmt.Errorf("final set of round %d: %w", q, err)
	}
	if len(fs) == 0 {
		e.keep.hold(r+1, m.blob)
		return m, nil
	}
	updates := make([][]byte, len(fs))
	fetched := make([]bool, len(fs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(e.cfg.fetchParallel)
	for i, f := range fs {
		g.Go(func() error {
			u, net, err := e.fetch(gctx, q, f.UpdateBlob, f.UpdateSize, e.providers(f.Author))
			if err != nil {
				return fmt.Errorf("update of %s in round %d: %w", f.Author, q, err)
			}
			updates[i], fetched[i] = u, net
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return model{}, err
	}
	data, root, err := e.d.Compute.Aggregate(ctx, m.data, updates)
	if err != nil {
		return model{}, fmt.Errorf("aggregate: %w", err)
	}
	blob, err := e.put(r+1, data)
	if err != nil {
		return model{}, err
	}
	res.Aggregated = len(fs)
	for _, f := range fetched {
		if f {
			res.Fetched++
		}
	}
	for _, f := range fs {
		if f.Author == e.self {
			if err := e.d.Chain.AttestModel(ctx, e.run, r+1, root); err != nil {
				e.log.Warn("model attestation", "round", r+1, "err", err)
			}
			break
		}
	}
	return model{root: root, blob: blob, data: data}, nil
}
