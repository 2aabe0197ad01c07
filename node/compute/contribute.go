package compute

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/canon"
	"github.com/apiary-rl/apiary/verify/payload"
)

// Contribution is a peer's work of one round (docs/PROTOCOL.md §3.5–3.6):
// one step per group of the batch, in batch order.
type Contribution struct {
	Update       []*repops.Tensor // u = seqsum_k grad_k, parameter order
	StepRoots    []verify.Hash    // s_k: named-set root of step k's grad.<p>
	TraceRoot    verify.Hash      // contribution root over the step roots (committed)
	UpdateRoot   verify.Hash      // named-set root of u
	BatchRoot    verify.Hash      // over the manifest leaves
	PayloadRoots []verify.Hash
	GroupRoots   []verify.Hash
	Losses       []float32
}

// Contribute trains on an ordered batch (own groups in group order, then
// external groups in SAPO order): step k is the gradient of the GRPO
// objective on payload k with θ_r. Recording is off: the only hashing is
// the step roots (named roots of the gradients), the update root and the
// batch. Every payload must be of this run and round; their content is not
// judged here (that is Critique).
func (r *Run) Contribute(s *State, round uint64, payloads [][]byte) (*Contribution, error) {
	if len(payloads) == 0 || len(payloads) > r.Cfg.L+r.Cfg.E {
		return nil, fmt.Errorf("%w: a batch of %d groups, want 1..%d", ErrBadPayload, len(payloads), r.Cfg.L+r.Cfg.E)
	}
	c := &Contribution{}
	leaves := make([]verify.Hash, len(payloads))
	for k, b := range payloads {
		res, groot, err := r.step(r.e, s, b, round)
		if err != nil {
			return nil, fmt.Errorf("step %d: %w", k, err)
		}
		sr, err := verify.GradRoot(s.Params, res.Grads)
		if err != nil {
			return nil, fmt.Errorf("step %d: %w", k, err)
		}
		if c.Update == nil {
			c.Update = make([]*repops.Tensor, len(res.Grads))
			for i, g := range res.Grads {
				c.Update[i] = repops.New(g.Shape...) // seqsum starts from +0
			}
		}
		for i, g := range res.Grads {
			u := c.Update[i].Data
			for j, x := range g.Data {
				u[j] += x
			}
		}
		pr := payload.Root(b)
		c.StepRoots = append(c.StepRoots, sr)
		c.PayloadRoots = append(c.PayloadRoots, pr)
		c.GroupRoots = append(c.GroupRoots, groot)
		c.Losses = append(c.Losses, res.Loss)
		leaves[k] = verify.ManifestLeaf(pr, groot)
	}
	var err error
	if c.UpdateRoot, err = verify.GradRoot(s.Params, c.Update); err != nil {
		return nil, err
	}
	c.TraceRoot = verify.TraceRoot(c.StepRoots)
	c.BatchRoot = verify.BatchRoot(leaves)
	return c, nil
}

// step decodes one payload of the round, lays it out and runs its step on e.
func (r *Run) step(e *repops.Engine, s *State, b []byte, round uint64) (rl.StepResult, verify.Hash, error) {
	p, err := payload.Decode(b)
	if err != nil {
		return rl.StepResult{}, verify.Hash{}, err
	}
	if p.Round != round {
		return rl.StepResult{}, verify.Hash{}, fmt.Errorf("%w: payload of round %d in a contribution of round %d", ErrBadPayload, p.Round, round)
	}
	g, groot, err := r.Group(p)
	if err != nil {
		return rl.StepResult{}, verify.Hash{}, err
	}
	res, err := rl.GroupStep(e, s.Model(r.Cfg), r.Cfg.stepConfig(), g)
	return res, groot, err
}

// Manifest is the batch manifest blob: the canonical CBOR array of
// [payloadRoot, groupRoot] pairs in batch order.
func (c *Contribution) Manifest() ([]byte, error) {
	pairs := make([][2]verify.Hash, len(c.PayloadRoots))
	for i := range pairs {
		pairs[i] = [2]verify.Hash{c.PayloadRoots[i], c.GroupRoots[i]}
	}
	return canon.Marshal(pairs)
}

// Replayed is one step re-executed with op-level recording (for a dispute).
type Replayed struct {
	Records  []verify.Record
	StepRoot verify.Hash // §1.3 step root over the records: what a solver posts
	GradRoot verify.Hash // s_k, the committed step root
	Grads    []*repops.Tensor
	Ops      []repops.Op // each record's operator with its tensors, for element proofs
}

// Replay re-runs the step of one payload of round `round` with θ_r and
// records it: every op record, the op-level step root, and every tensor (by
// record), from which a solver answers reveals and a challenger finds the
// first divergence. Step k of a contribution is Replay of its k-th payload.
func (r *Run) Replay(s *State, round uint64, b []byte) (*Replayed, error) {
	rec, err := verify.NewRecorder()
	if err != nil {
		return nil, err
	}
	out := &Replayed{}
	prev := r.e.Observer() // an engine's own observer (an adversary's tamper) acts first
	tee := repops.ObserverFunc(func(op *repops.Op) {
		if prev != nil {
			prev.Observe(op)
		}
		rec.Observe(op)
		out.Ops = append(out.Ops, repops.Op{Kind: op.Kind, Attrs: append([]uint32(nil), op.Attrs...),
			Inputs: append([]*repops.Tensor(nil), op.Inputs...), Outputs: append([]*repops.Tensor(nil), op.Outputs...)})
	})
	res, _, err := r.step(r.e.WithObserver(tee), s, b, round)
	if err != nil {
		return nil, err
	}
	if out.StepRoot, err = rec.StepRoot(); err != nil {
		return nil, err
	}
	out.Records, out.Grads = rec.Records(), res.Grads
	if out.GradRoot, err = verify.GradRoot(s.Params, res.Grads); err != nil {
		return nil, err
	}
	return out, nil
}
