package solo

import (
	"context"
	"fmt"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/training/repops"
)

// AlonePoint is one round of Alone: the mean reward of the round's rollouts
// and the held-out figures of θ_{r+1}, the model after the round.
type AlonePoint struct {
	Round      int     `json:"round"`
	Reward     float64 `json:"reward"`
	Accuracy   float64 `json:"accuracy"`
	EvalReward float64 `json:"eval_reward"`
}

// AloneAddr is the address of peer i alone: its rollouts' Philox keys
// (the run's seed and this address) differ from peer to peer.
func AloneAddr(i int) [20]byte {
	var a [20]byte
	a[16], a[17], a[18], a[19] = byte(i>>24), byte(i>>16), byte(i>>8), byte(i)+1
	return a
}

// Alone plays run config c's rounds with one peer (address addr) and no swarm, by the
// protocol's compute (node/compute), for rounds rounds: θ_0 of the run
// (compute.InitialState, the warm start included); every round r the peer's
// c.L own groups sampled with θ_r (Run.Rollouts) and its contribution on them
// (Run.Contribute); θ_{r+1} = Aggregate(θ_r, the update of round r−D) as the
// swarm aggregates the final set of round r−D (θ_{r+1} = θ_r while r < D).
// Without lag (lag false) θ_{r+1} aggregates round r's own update. It is a
// one-node swarm whose contributions need no verifier (a one-node testnet never
// finalizes: verifiers are other peers). After every round θ_{r+1} is evaluated
// as a node evaluates it (compute.Evaluate on evalN held-out problems).
func Alone(ctx context.Context, c compute.Config, addr [20]byte, rounds, evalN int, lag bool) ([]AlonePoint, error) {
	if rounds < 1 || evalN < 1 {
		return nil, fmt.Errorf("solo: alone: %d rounds, %d evaluation problems", rounds, evalN)
	}
	id, err := c.Hash()
	if err != nil {
		return nil, fmt.Errorf("solo: alone: %w", err)
	}
	e := repops.MustEngine()
	run, err := compute.NewRun(c, id, e)
	if err != nil {
		return nil, fmt.Errorf("solo: alone: %w", err)
	}
	st, err := compute.InitialState(c)
	if err != nil {
		return nil, fmt.Errorf("solo: alone: θ_0: %w", err)
	}
	d := 0
	if lag {
		d = c.Lag
	}
	var updates [][]*repops.Tensor // updates[r]: round r's
	out := make([]AlonePoint, 0, rounds)
	for r := 0; r < rounds; r++ {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		rs, err := run.Rollouts(st, uint64(r), addr)
		if err != nil {
			return out, fmt.Errorf("solo: alone: round %d rollouts: %w", r, err)
		}
		batch := make([][]byte, len(rs))
		var sum float64
		n := 0
		for i, x := range rs {
			batch[i] = x.Bytes
			for _, v := range x.Payload.RewardValues() {
				sum += float64(v)
				n++
			}
		}
		con, err := run.Contribute(st, uint64(r), batch)
		if err != nil {
			return out, fmt.Errorf("solo: alone: round %d contribution: %w", r, err)
		}
		updates = append(updates, con.Update)
		if r >= d {
			if st, err = compute.Aggregate(e, c, st, [][]*repops.Tensor{updates[r-d]}); err != nil {
				return out, fmt.Errorf("solo: alone: round %d aggregation: %w", r, err)
			}
			updates[r-d] = nil
		}
		acc, rew, err := compute.Evaluate(c, st, evalN)
		if err != nil {
			return out, fmt.Errorf("solo: alone: round %d: %w", r, err)
		}
		out = append(out, AlonePoint{Round: r, Reward: sum / float64(max(n, 1)), Accuracy: float64(acc), EvalReward: float64(rew)})
	}
	return out, nil
}
