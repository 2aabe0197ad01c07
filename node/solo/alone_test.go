package solo

import (
	"context"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/model"
)

// aloneConfig is the testnet's run (reverse on the tiny model, G = 4, partial
// weight 1) with a short warm start and two own groups.
func aloneConfig() compute.Config {
	c := compute.DefaultConfig("reverse")
	v := c.Model.Vocab
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = v
	c.G, c.L, c.E, c.PartialWeight, c.WarmStart, c.Lag = 4, 2, 0, 1, 50, 2
	return c
}

// TestAlone: the peer alone is deterministic; with the lag its model stays θ_0
// for the first D rounds (the held-out figures are θ_0's) and then moves; without
// it the model moves from round 0.
func TestAlone(t *testing.T) {
	const rounds, evalN = 4, 16
	c := aloneConfig()
	st, err := compute.InitialState(c)
	if err != nil {
		t.Fatal(err)
	}
	acc0, rew0, err := compute.Evaluate(c, st, evalN)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Alone(context.Background(), c, AloneAddr(0), rounds, evalN, true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Alone(context.Background(), c, AloneAddr(0), rounds, evalN, true)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a, b) {
		t.Fatalf("two runs differ:\n%+v\n%+v", a, b)
	}
	if len(a) != rounds {
		t.Fatalf("%d points, want %d", len(a), rounds)
	}
	for r := 0; r < c.Lag; r++ {
		if a[r].Accuracy != float64(acc0) || a[r].EvalReward != float64(rew0) {
			t.Errorf("round %d < D: held-out %.3f/%.3f, θ_0 has %.3f/%.3f", r, a[r].Accuracy, a[r].EvalReward, acc0, rew0)
		}
	}
	nolag, err := Alone(context.Background(), c, AloneAddr(0), rounds, evalN, false)
	if err != nil {
		t.Fatal(err)
	}
	if nolag[0].Reward != a[0].Reward {
		t.Errorf("round 0 rollouts come from θ_0 in both: reward %.3f and %.3f", nolag[0].Reward, a[0].Reward)
	}
	moved := false
	for r := range a {
		t.Logf("round %d: lag D reward %.3f acc %.3f eval reward %.3f | no lag reward %.3f acc %.3f eval reward %.3f",
			r, a[r].Reward, a[r].Accuracy, a[r].EvalReward, nolag[r].Reward, nolag[r].Accuracy, nolag[r].EvalReward)
		moved = moved || nolag[r].EvalReward != float64(rew0)
	}
	if !moved {
		t.Error("without the lag the held-out reward never moved from θ_0's: no update applied?")
	}
	other, err := Alone(context.Background(), c, AloneAddr(1), 1, evalN, true)
	if err != nil {
		t.Fatal(err)
	}
	if other[0].Reward == a[0].Reward {
		t.Errorf("peers 0 and 1 alone drew the same round-0 rollouts (reward %.3f): the address does not key them", a[0].Reward)
	}
	if _, err := Alone(context.Background(), c, AloneAddr(0), 0, evalN, true); err == nil {
		t.Error("0 rounds: no error")
	}
}
