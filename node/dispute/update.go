package dispute

import (
	"context"
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// update convicts a contribution whose step output roots are the honest
// ones but whose update is not their sequential sum: one element of the
// solver's update against the same element of every step's gradient. It
// needs no posted step.
func (x *challenge) update(ctx context.Context) (*Outcome, error) {
	u := x.cs.Update
	params := x.cs.Model.Params
	if u == nil || len(u) != len(params) {
		return nil, fmt.Errorf("%w: the solver's update is not known", ErrCannotNarrow)
	}
	if r, err := verify.GradRoot(params, u); err != nil || r != x.cs.Commitment.UpdateRoot {
		return nil, fmt.Errorf("%w: the update given is not the committed one", ErrBadAnswer)
	}
	grads := make([][]*repops.Tensor, len(x.cs.Payloads))
	for k := range grads {
		r, err := x.replay(k)
		if err != nil {
			return nil, err
		}
		grads[k] = r.Grads
	}
	p, e := -1, -1
	for i := range u {
		sum := repops.New(u[i].Shape...)
		for k := range grads {
			if len(grads[k][i].Data) != len(sum.Data) {
				return nil, fmt.Errorf("%w: update %s has another shape", ErrCannotNarrow, params[i].Name)
			}
			for j, g := range grads[k][i].Data {
				sum.Data[j] += g
			}
		}
		for j := range sum.Data {
			if math.Float32bits(sum.Data[j]) != math.Float32bits(u[i].Data[j]) {
				p, e = i, j
				break
			}
		}
		if p >= 0 {
			break
		}
	}
	if p < 0 {
		return nil, ErrNoDivergence
	}
	id, err := x.open(ctx, 0)
	if err != nil {
		return nil, err
	}
	name := verify.GradName(params[p].Name)
	named := func(ts []*repops.Tensor) (bindings.NamedProof, error) {
		pr, err := verify.ProveNamed(gradLeaves(params, ts), p)
		if err != nil {
			return bindings.NamedProof{}, err
		}
		return referee.Named(name, verify.TensorRoot(ts[p]), pr), nil
	}
	up := ledger.UpdateProof{Param: uint32(p), Element: uint64(e)}
	if up.Update, err = named(u); err != nil {
		return nil, err
	}
	if up.UpdateSlice, err = referee.Slice(u[p], e, e+1); err != nil {
		return nil, err
	}
	for k := range grads {
		up.StepOutputs = append(up.StepOutputs, x.roots[k])
		g, err := named(grads[k])
		if err != nil {
			return nil, err
		}
		s, err := referee.Slice(grads[k][p], e, e+1)
		if err != nil {
			return nil, err
		}
		up.Grads, up.GradSlices = append(up.Grads, g), append(up.GradSlices, s)
	}
	out := &Outcome{Dispute: id, Disputes: []uint64{id}, Record: -1, Slot: p, Element: e}
	x.s.log.Info("dispute: the update is not the sum of its steps", "id", id, "param", params[p].Name, "element", e)
	res, err := x.c.ConvictUpdate(ctx, id, up)
	if err != nil {
		return nil, fmt.Errorf("dispute %d: convict update: %w", id, err)
	}
	out.Verdict, out.Class, out.Slashed, out.Reward = ledger.Outcome(res.Outcome), "update", res.Slashed, res.WhistleblowerReward
	if !convicts(out.Verdict) {
		return out, fmt.Errorf("dispute %d: the update proof ended %v", id, out.Verdict)
	}
	return out, nil
}

// gradLeaves are the named leaves grad.<p> of gradients.
func gradLeaves(params, grads []*repops.Tensor) []verify.Hash {
	out := make([]verify.Hash, len(grads))
	for i, g := range grads {
		out[i] = verify.NamedLeaf(verify.GradName(params[i].Name), verify.TensorRoot(g))
	}
	return out
}
