package node

import (
	"fmt"
	"sync"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/swarm"
)

// heldOut evaluates the models a node computes on the run's held-out problems
// (compute.Evaluate): θ_{r+1} at the end of every round r, for the curve's
// accuracy. It keeps the model blobs it may be asked about (θ_0 and the last
// aggregate) and the figures of the roots it evaluated, so a model played
// again (rounds before D, an empty final set) is not decoded twice.
type heldOut struct {
	mu            sync.Mutex
	cfg           compute.Config
	n             int
	genesis, last swarm.Root
	blobs         map[swarm.Root][]byte
	scores        map[swarm.Root][2]float64
}

// newHeldOut evaluates models of run config c on n problems, starting with θ_0's blob.
func newHeldOut(c compute.Config, n int, genesis []byte) (*heldOut, error) {
	_, root, err := compute.ReadModel(c, genesis)
	if err != nil {
		return nil, fmt.Errorf("held-out evaluation: θ_0: %w", err)
	}
	g := swarm.Root(root)
	return &heldOut{cfg: c, n: n, genesis: g, last: g, blobs: map[swarm.Root][]byte{g: genesis}, scores: map[swarm.Root][2]float64{}}, nil
}

// keep remembers blob as the last aggregate, with its model root, in place of
// the previous one (θ_0's blob stays).
func (h *heldOut) keep(root swarm.Root, blob []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.last != h.genesis {
		delete(h.blobs, h.last)
	}
	h.blobs[root], h.last = blob, root
}

// score returns the held-out accuracy and mean reward of the model with root,
// and whether the node holds that model.
func (h *heldOut) score(root swarm.Root) (acc, reward float64, ok bool, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s, ok := h.scores[root]; ok {
		return s[0], s[1], true, nil
	}
	blob, ok := h.blobs[root]
	if !ok {
		return 0, 0, false, nil
	}
	st, got, err := compute.ReadModel(h.cfg, blob)
	if err != nil {
		return 0, 0, false, fmt.Errorf("held-out evaluation: %w", err)
	}
	if swarm.Root(got) != root {
		return 0, 0, false, fmt.Errorf("held-out evaluation: the kept blob has model root %s, want %s", swarm.Root(got).Short(), root.Short())
	}
	a, r, err := compute.Evaluate(h.cfg, st, h.n)
	if err != nil {
		return 0, 0, false, err
	}
	h.scores[root] = [2]float64{float64(a), float64(r)}
	return float64(a), float64(r), true, nil
}

// aggregated keeps the model θ_{r+1} the node just computed for its evaluation at the end
// of the round.
func (t *tracker) aggregated(root swarm.Root, blob []byte) {
	t.mu.Lock()
	h := t.held
	t.mu.Unlock()
	if h != nil {
		h.keep(root, blob)
	}
}

// setHeldOut starts the held-out evaluation of the run's models.
func (t *tracker) setHeldOut(h *heldOut) {
	t.mu.Lock()
	t.held = h
	t.mu.Unlock()
}
