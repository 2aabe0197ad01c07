package round

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// modelFor returns θ_r as the chain attests it: the node's own if its root is the attested
// one; else a model the node holds from an earlier round with that root (no vote for θ_r:
// θ_r = θ_{r−1}, docs/PROTOCOL.md §3.8); else the blob fetched by that root (adopted reports
// the latter two). Whatever it returns is held until round r is final, so the node serves
// the attested model as long as anyone may need it.
func (e *Engine) modelFor(ctx context.Context, r uint64) (m model, adopted bool, err error) {
	root, err := e.d.Chain.ModelRoot(ctx, e.run, r)
	if err != nil {
		return model{}, false, fmt.Errorf("attested root: %w", err)
	}
	if m, ok := e.models[r]; ok && m.root == root {
		e.keep.hold(r, m.blob)
		return m, false, nil
	}
	if m, ok := e.models[r]; ok {
		e.log.Warn("own model differs from the chain-attested one; adopting the chain's", "round", r,
			"own", m.root.Short(), "attested", root.Short())
	}
	if held, q, ok := e.heldModel(root); ok {
		m = held
		e.log.Info("the chain attests a model of an earlier round again (no model vote)", "round", r, "model", root.Short(), "of_round", q)
	} else {
		m, err = e.fetchModel(ctx, r, root)
		if err != nil {
			return model{}, false, err
		}
		e.log.Info("adopted the chain-attested model", "round", r, "model", root.Short())
	}
	e.keep.hold(r, m.blob)
	e.models[r] = m
	if _, ok := e.announced[r]; !ok {
		// The node announced no θ_r (it could not compute it): tell the peers where this one is.
		e.announce(ctx, r, m)
	}
	return m, true, nil
}

// heldModel returns a model the node holds for some round (the lowest) whose root is root.
func (e *Engine) heldModel(root swarm.Root) (model, uint64, bool) {
	var best model
	var round uint64
	found := false
	for q, m := range e.models {
		if m.root == root && (!found || q < round) {
			best, round, found = m, q, true
		}
	}
	return best, round, found
}

// announce publishes a notice of θ_r (m) and records it; a failure is logged.
func (e *Engine) announce(ctx context.Context, r uint64, m model) {
	e.announced[r] = m.root
	if err := e.publish(ctx, &wire.Notice{V: wire.Version, Run: e.run, Round: r, Model: m.root,
		Blob: m.blob, Size: uint64(len(m.data))}); err != nil {
		e.log.Warn("announce model", "round", r, "err", err)
	}
}

// fetchModel fetches θ_r by its chain-attested model root. Notices say which blobs may
// carry it (those of round r first, then of the other rounds the node still remembers: a
// model attested again is announced under its first round); each candidate is checked by computing its model root, so a notice
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
