package compute

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// MeanUpdate is g = seqsum_i u_i / float32(n) elementwise: the updates added
// in the order given from +0, then one correctly rounded division per
// element (docs/PROTOCOL.md §3.7).
func MeanUpdate(updates [][]*repops.Tensor) ([]*repops.Tensor, error) {
	if len(updates) == 0 {
		return nil, fmt.Errorf("compute: no updates to average")
	}
	n := float32(len(updates))
	g := make([]*repops.Tensor, len(updates[0]))
	for p := range g {
		sum := repops.New(updates[0][p].Shape...)
		for i, u := range updates {
			if len(u) != len(g) || !repops.SameShape(u[p], sum) {
				return nil, fmt.Errorf("compute: update %d does not match update 0's shapes", i)
			}
			for j, x := range u[p].Data {
				sum.Data[j] += x
			}
		}
		for j := range sum.Data {
			sum.Data[j] /= n
		}
		g[p] = sum
	}
	return g, nil
}

// Aggregate returns θ_{r+1} = Adam(θ_r, mean of the updates) with the run's
// Adam parameters (docs/PROTOCOL.md §3.7): the updates in the final set's
// commit order, bias corrections from adam.pow (each power multiplied once
// by its β in float32), no weight decay on rank-1 parameters. No updates:
// θ_{r+1} = θ_r (the same State).
func Aggregate(e *repops.Engine, c Config, s *State, updates [][]*repops.Tensor) (*State, error) {
	if len(updates) == 0 {
		return s, nil
	}
	for i, u := range updates {
		if len(u) != len(s.Params) {
			return nil, fmt.Errorf("compute: update %d has %d tensors, model has %d", i, len(u), len(s.Params))
		}
	}
	g, err := MeanUpdate(updates)
	if err != nil {
		return nil, err
	}
	return Apply(e, c, s, g)
}

// Apply takes one Adam step on s with gradient g (in parameter order).
func Apply(e *repops.Engine, c Config, s *State, g []*repops.Tensor) (*State, error) {
	if len(g) != len(s.Params) {
		return nil, fmt.Errorf("compute: %d gradients for %d parameters", len(g), len(s.Params))
	}
	// float32(...) rounds each product: without it arm64 (and other FMA targets) fuse
	// 1 - p·β into one FMSUB below and get other bias corrections than amd64.
	p1, p2 := float32(s.Pow.Data[0]*c.Beta1), float32(s.Pow.Data[1]*c.Beta2)
	cfg := repops.AdamConfig{LR: c.LR, Beta1: c.Beta1, Beta2: c.Beta2, Eps: c.AdamEps, WeightDecay: c.WeightDecay,
		C1: 1 / (1 - p1), C2: 1 / (1 - p2)}
	out := &State{Params: make([]*repops.Tensor, len(s.Params)), M: make([]*repops.Tensor, len(s.Params)),
		V: make([]*repops.Tensor, len(s.Params)), Pow: repops.FromData([]float32{p1, p2}, 2).Named(s.Pow.Name)}
	for i, p := range s.Params {
		if !repops.SameShape(p, g[i]) {
			return nil, fmt.Errorf("compute: gradient of %s has shape %v, want %v", p.Name, g[i].Shape, p.Shape)
		}
		pc := cfg
		if p.Rank() < 2 {
			pc.WeightDecay = 0
		}
		np, m, v := e.Adam(p, g[i], s.M[i], s.V[i], pc)
		out.Params[i], out.M[i], out.V[i] = np.Named(p.Name), m.Named(s.M[i].Name), v.Named(s.V[i].Name)
	}
	return out, nil
}
