package adversary

import (
	"context"
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/verify/payload"
)

// flipBit flips bit of the float32 at d[i].
func flipBit(d []float32, i, bit int) {
	d[i] = math.Float32frombits(math.Float32bits(d[i]) ^ (1 << bit))
}

// configOf returns the run's compute config of the node's real compute.
func configOf(c node.Compute) (compute.Config, error) {
	cc, ok := c.(interface{ Config() compute.Config })
	if !ok {
		return compute.Config{}, fmt.Errorf("adversary: the node's compute %T has no run config", c)
	}
	return cc.Config(), nil
}

// wrongModel trains from a θ other than θ_r — θ_r with one bit of one parameter flipped —
// and commits the result with θ_r's root as its base (a base other than θ_r the engine and
// the chain refuse outright). What it stores for disputes stays θ_r: its answers replay the
// honest steps, which are not what it committed.
type wrongModel struct {
	node.Compute
	seed seed
}

// ContributeSteps computes the contribution from the perturbed model.
func (w *wrongModel) ContributeSteps(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error) {
	base, err := w.ModelRoot(model)
	if err != nil {
		return round.Contribution{}, nil, err
	}
	other, err := w.perturb(model)
	if err != nil {
		return round.Contribution{}, nil, err
	}
	c, steps, err := w.Compute.ContributeSteps(ctx, r, other, batch)
	if err != nil {
		return c, steps, err
	}
	c.Base = base
	return c, steps, nil
}

// perturb returns the model blob with one bit of one parameter element flipped.
func (w *wrongModel) perturb(model []byte) ([]byte, error) {
	cfg, err := configOf(w.Compute)
	if err != nil {
		return nil, err
	}
	s, _, err := compute.ReadModel(cfg, model)
	if err != nil {
		return nil, fmt.Errorf("adversary: wrong model: %w", err)
	}
	if len(s.Params) == 0 {
		return nil, fmt.Errorf("adversary: wrong model: a model without parameters")
	}
	p := s.Params[w.seed.pick("param", len(s.Params))]
	if len(p.Data) == 0 {
		return nil, fmt.Errorf("adversary: wrong model: an empty parameter")
	}
	flipBit(p.Data, w.seed.pick("model element", len(p.Data)), 16+w.seed.pick("model bit", 7))
	return compute.EncodeModel(s)
}

// wrongUpdate commits the honest trace with an update that is not its output: one bit of one
// element of the update changed, committed under the changed update's own root.
type wrongUpdate struct {
	node.Compute
	seed seed
}

// ContributeSteps changes the honest contribution's update.
func (w *wrongUpdate) ContributeSteps(ctx context.Context, r uint64, model []byte, batch [][]byte) (round.Contribution, []swarm.Root, error) {
	c, steps, err := w.Compute.ContributeSteps(ctx, r, model, batch)
	if err != nil {
		return c, steps, err
	}
	cfg, err := configOf(w.Compute)
	if err != nil {
		return c, steps, err
	}
	u, _, err := compute.ReadUpdate(cfg, c.Update)
	if err != nil || len(u) == 0 {
		return c, steps, fmt.Errorf("adversary: wrong update: read the update: %v", err)
	}
	t := u[w.seed.pick("tensor", len(u))]
	if len(t.Data) == 0 {
		return c, steps, fmt.Errorf("adversary: wrong update: an empty tensor")
	}
	flipBit(t.Data, w.seed.pick("update element", len(t.Data)), 16+w.seed.pick("update bit", 7))
	if c.Update, err = compute.EncodeUpdate(cfg, u); err != nil {
		return c, steps, err
	}
	_, root, err := compute.ReadUpdate(cfg, c.Update)
	c.UpdateRoot = swarm.Root(root)
	return c, steps, err
}

// wrongReward claims a wrong reward in every rollout it samples: one completion's reward
// (chosen by the seed) claimed as 1 when it is not, else 0. Its critics flag the rollouts
// (wrong reward), so no honest peer's SAPO batch takes them; its own contribution trains on
// them, so its verifier refuses it (a group of the batch fails its critique).
type wrongReward struct {
	node.Compute
	seed seed
}

// Rollouts returns the honest rollouts with one claimed reward each changed.
func (w *wrongReward) Rollouts(ctx context.Context, r uint64, model []byte) ([][]byte, error) {
	honest, err := w.Compute.Rollouts(ctx, r, model)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(honest))
	for i, b := range honest {
		if out[i], err = w.misclaim(b); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// misclaim changes one claimed reward of a payload.
func (w *wrongReward) misclaim(b []byte) ([]byte, error) {
	p, err := payload.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("adversary: wrong reward: %w", err)
	}
	k := w.seed.pick("completion", len(p.Rewards))
	claim := float32(1)
	if math.Float32frombits(p.Rewards[k]) == 1 {
		claim = 0
	}
	p.Rewards[k] = math.Float32bits(claim)
	out, err := p.Encode()
	if err != nil {
		return nil, fmt.Errorf("adversary: wrong reward: %w", err)
	}
	return out, nil
}
