package compute

import (
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
)

// TestAggregateIsTrainersAdam: aggregating one update is the Adam step `swarm
// train` takes (rl.Adam with the same hyperparameters), bit for bit, over
// two rounds (so the bias corrections from adam.pow are exercised).
func TestAggregateIsTrainersAdam(t *testing.T) {
	r, s, alice, _ := testRun(t)
	opt := rl.NewAdam(s.Params, r.Cfg.LR, r.Cfg.WeightDecay)
	params := s.Params
	for round := uint64(0); round < 2; round++ {
		ra, err := r.Rollouts(s, round, alice)
		if err != nil {
			t.Fatal(err)
		}
		c, err := r.Contribute(s, round, [][]byte{ra[0].Bytes})
		if err != nil {
			t.Fatal(err)
		}
		if s, err = Aggregate(r.e, r.Cfg, s, [][]*repops.Tensor{c.Update}); err != nil {
			t.Fatal(err)
		}
		params = opt.Update(r.e, params, c.Update, r.Cfg.LR)
		for i := range params {
			if !repops.Equal(params[i], s.Params[i]) || !repops.Equal(opt.M[i], s.M[i]) || !repops.Equal(opt.V[i], s.V[i]) {
				t.Fatalf("round %d: %s differs between Aggregate and rl.Adam", round, params[i].Name)
			}
		}
	}
	if s.Pow.Data[1] != r.Cfg.Beta2*r.Cfg.Beta2 {
		t.Fatalf("adam.pow %v after two steps", s.Pow.Data)
	}
}
