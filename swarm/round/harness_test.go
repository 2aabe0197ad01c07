package round_test

import (
	"time"

	"testing"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// testSched: rounds of 100 s; rollouts until +10 s, critiques until +20 s, commits until
// +30 s, attestations until +50 s, final at +160 s (before round r+2 ends), D = 2. The
// clock is a swarm.ChainClock moved by a swarmtest.Driver, so these are simulated seconds.
var testSched = swarm.Schedule{Start: time.Unix(1_000_000, 0), Round: 100 * time.Second,
	Rollouts: 10 * time.Second, Critiques: 20 * time.Second, Commit: 30 * time.Second,
	Verify: 20 * time.Second, Dispute: 30 * time.Second, DisputeDuration: 100 * time.Second}

// harness is a swarmtest.Swarm whose nodes carry a fake compute.
type harness struct {
	*swarmtest.Swarm
	nodes []*tnode
}

// tnode is a swarm node with its fake compute.
type tnode struct {
	*swarmtest.Node
	comp *fakeCompute
}

func newHarness(t *testing.T, genesis swarm.Root) *harness {
	t.Helper()
	return &harness{Swarm: swarmtest.NewSwarm(t, testSched, genesis)}
}

// addNode starts a node with a fake compute of groups rollouts per round. serve filters
// what its server hands out (nil: everything in the store).
func (h *harness) addNode(groups int, serve func(*tnode) blob.Store) *tnode {
	n := &tnode{}
	var filter func(*swarmtest.Node) blob.Store
	if serve != nil {
		filter = func(*swarmtest.Node) blob.Store { return serve(n) }
	}
	n.Node = h.AddNode(filter)
	n.comp = newFakeCompute(n.ID.Address, groups)
	h.nodes = append(h.nodes, n)
	return n
}

// addEngine gives n an engine running its fake compute.
func (h *harness) addEngine(n *tnode, opts ...round.Option) { h.AddEngine(n.Node, n.comp, opts...) }

// result returns n's result of round r.
func (h *harness) result(n *tnode, r uint64) (round.Result, bool) { return h.Result(n.Node, r) }

// hidingStore serves everything but the update blobs its node produced.
type hidingStore struct{ n *tnode }

func (s hidingStore) Get(root swarm.Root) ([]byte, bool) {
	if s.n.comp.isUpdate(root) {
		return nil, false
	}
	return s.n.Store.Get(root)
}
