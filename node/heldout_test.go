package node

import (
	"testing"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/metrics"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/training/repops"
)

// TestHeldOutCurve: the tracker puts the held-out figures of the model a round ended with
// in that round's curve point, next to the rollout figures: θ_0's before any aggregate, the
// aggregate's once the node computed one, and none for a model it does not hold.
func TestHeldOutCurve(t *testing.T) {
	c := tinyConfig()
	c.G, c.PartialWeight, c.WarmStart = 4, 1, 50
	st, err := compute.InitialState(c)
	if err != nil {
		t.Fatal(err)
	}
	genesis, err := compute.EncodeModel(st)
	if err != nil {
		t.Fatal(err)
	}
	root0, _ := st.Root()
	h, err := newHeldOut(c, 8, genesis)
	if err != nil {
		t.Fatal(err)
	}
	tr := newTracker(nil, swarm.RunID{}, metrics.New(nil), nil)
	tr.setHeldOut(h)
	tr.rollouts(0, nil) // no payload: no rollout figures
	tr.evaluate(0, swarm.Root(root0))
	want, wantRew, err := compute.Evaluate(c, st, 8)
	if err != nil {
		t.Fatal(err)
	}
	p := tr.points()
	if len(p) != 1 || !p[0].Evaluated || p[0].Accuracy != float64(want) || p[0].EvalReward != float64(wantRew) {
		t.Fatalf("round 0 point %+v, want θ_0's accuracy %.3f reward %.3f", p, want, wantRew)
	}
	// A changed model the node aggregated: scale every parameter (a different root).
	params := make([]*repops.Tensor, len(st.Params))
	for i, x := range st.Params {
		params[i] = x.Clone()
		for j := range params[i].Data {
			params[i].Data[j] *= 0.5
		}
	}
	st1, err := compute.NewState(c, params)
	if err != nil {
		t.Fatal(err)
	}
	blob1, _ := compute.EncodeModel(st1)
	root1, _ := st1.Root()
	tr.aggregated(swarm.Root(root1), blob1)
	tr.evaluate(1, swarm.Root(root1))
	want1, _, _ := compute.Evaluate(c, st1, 8)
	tr.evaluate(2, swarm.Root{1}) // not held: no figures
	p = tr.points()
	if len(p) != 2 || p[1].Round != 1 || !p[1].Evaluated || p[1].Accuracy != float64(want1) {
		t.Fatalf("points %+v, want round 1 with accuracy %.3f and no round 2", p, want1)
	}
}
