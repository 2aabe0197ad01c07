package round

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// modelFor returns θ_r as the chain attests it: the node's own if its root is the attested
// one, otherwise the blob fetched by that root (adopted reports the latter).
func (e *Engine) modelFor(ctx context.Context, r uint64) (m model, adopted bool, err error) {
	root, err := e.d.Chain.ModelRoot(ctx, e.run, r)
	if err != nil {
		return model{}, false, fmt.Errorf("attested root: %w", err)
	}
	if m, ok := e.models[r]; ok && m.root == root {
		return m, false, nil
	}
	if m, ok := e.models[r]; ok {
		e.log.Warn("own model differs from the chain-attested one; adopting the chain's", "round", r,
			"own", m.root.Short(), "attested", root.Short())
	}
	m, err = e.fetchModel(ctx, r, root)
	if err != nil {
		return model{}, false, err
	}
	e.models[r] = m
	e.log.Info("adopted the chain-attested model", "round", r, "model", root.Short())
	return m, true, nil
}

// fetchModel fetches θ_r by its chain-attested model root. Notices of round r say which
// blobs may carry it; each candidate is checked by computing its model root, so a notice
// that lies (however many peers repeat it) costs a fetch and nothing else.
func (e *Engine) fetchModel(ctx context.Context, r uint64, root swarm.Root) (model, error) {
	offers := e.in.modelOffers(r, root)
	for _, o := range offers {
		data, fetched, err := e.fetch(ctx, r, o.blob, o.size, e.providers(common.Address{}, o.announcers...))
		if err != nil {
			e.log.Warn("fetch announced model", "round", r, "blob", o.blob.Short(), "err", err)
			continue
		}
		got, err := e.d.Compute.ModelRoot(data)
		if err != nil || got != root {
			e.log.Warn("announced model blob does not carry the attested root", "round", r,
				"blob", o.blob.Short(), "root", got.Short(), "attested", root.Short(), "err", err)
			if fetched {
				_ = e.d.Store.Delete(o.blob)
			}
			continue
		}
		return model{root: root, blob: o.blob, data: data}, nil
	}
	return model{}, fmt.Errorf("round %d, model %s, %d offers: %w", r, root.Short(), len(offers), ErrNoModel)
}
