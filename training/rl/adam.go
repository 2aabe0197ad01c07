package rl

import "github.com/apiary-rl/apiary/training/repops"

// Adam holds the optimizer state of a list of parameters.
type Adam struct {
	LR, Beta1, Beta2, Eps, WeightDecay float32

	Step     int
	M, V     []*repops.Tensor
	b1t, b2t float32 // β^t, by repeated float32 multiplication
}

// NewAdam returns Adam state for params, with zero moments.
func NewAdam(params []*repops.Tensor, lr, weightDecay float32) *Adam {
	a := &Adam{LR: lr, Beta1: 0.9, Beta2: 0.99, Eps: 1e-8, WeightDecay: weightDecay, b1t: 1, b2t: 1}
	for _, p := range params {
		a.M = append(a.M, repops.New(p.Shape...).Named("adam.m."+p.Name))
		a.V = append(a.V, repops.New(p.Shape...).Named("adam.v."+p.Name))
	}
	return a
}

// Update applies one step and returns the new parameters (same names).
// A parameter whose gradient is nil keeps its value and moments.
func (a *Adam) Update(e *repops.Engine, params, grads []*repops.Tensor, lr float32) []*repops.Tensor {
	a.Step++
	a.b1t *= a.Beta1
	a.b2t *= a.Beta2
	cfg := repops.AdamConfig{LR: lr, Beta1: a.Beta1, Beta2: a.Beta2, Eps: a.Eps, WeightDecay: a.WeightDecay,
		C1: 1 / (1 - a.b1t), C2: 1 / (1 - a.b2t)}
	out := make([]*repops.Tensor, len(params))
	for i, p := range params {
		if grads[i] == nil {
			out[i] = p
			continue
		}
		wd := cfg
		if p.Rank() < 2 { // no decay on gains and biases
			wd.WeightDecay = 0
		}
		np, m, v := e.Adam(p, grads[i], a.M[i], a.V[i], wd)
		np.Name, m.Name, v.Name = p.Name, a.M[i].Name, a.V[i].Name
		out[i], a.M[i], a.V[i] = np, m, v
	}
	return out
}
