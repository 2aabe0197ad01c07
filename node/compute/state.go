package compute

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/apiary-rl/apiary/training/checkpoint"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// State is a round's model θ_r: the parameters and the Adam state, committed
// together by the model root (docs/PROTOCOL.md §3.1). Tensors are never
// modified in place: Aggregate returns a new State.
type State struct {
	Params []*repops.Tensor // model.Config.Names order
	M, V   []*repops.Tensor // adam.m.<p>, adam.v.<p>
	Pow    *repops.Tensor   // adam.pow [2]: β1^t, β2^t
}

// NewState wraps parameters (in the config's order, checked) with zero
// moments and adam.pow = [1, 1]: the start of a run.
func NewState(c Config, params []*repops.Tensor) (*State, error) {
	m, err := model.FromParams(c.Model, params)
	if err != nil {
		return nil, fmt.Errorf("compute: initial model: %w", err)
	}
	s := &State{Params: m.Params, Pow: repops.FromData([]float32{1, 1}, 2).Named(verify.AdamPow)}
	for _, p := range m.Params {
		s.M = append(s.M, repops.New(p.Shape...).Named(verify.FirstMomentName(p.Name)))
		s.V = append(s.V, repops.New(p.Shape...).Named(verify.SecondMomentName(p.Name)))
	}
	return s, nil
}

// InitialState is θ_0 of config c: NewState of the seed's freshly initialized
// model, after c.WarmStart supervised warm-start steps when c has them
// (initialParams; the warm start runs once per config and process).
func InitialState(c Config) (*State, error) {
	ps, err := initialParams(c)
	if err != nil {
		return nil, err
	}
	return NewState(c, ps)
}

// Tensors returns the model set in §3.1 order.
func (s *State) Tensors() ([]*repops.Tensor, error) {
	return verify.ModelStateTensors(s.Params, s.M, s.V, s.Pow)
}

// Root is the model root of θ_r (parameters and Adam state).
func (s *State) Root() (verify.Hash, error) {
	return verify.ModelStateRoot(s.Params, s.M, s.V, s.Pow)
}

// Model returns the policy of the state (sharing its parameter tensors).
func (s *State) Model(c Config) *model.Model { return &model.Model{Cfg: c.Model, Params: s.Params} }

// EncodeModel returns the model blob: safetensors of the model set in §3.1
// order, no metadata. Its transport address is H(blob).
func EncodeModel(s *State) ([]byte, error) {
	ts, err := s.Tensors()
	if err != nil {
		return nil, err
	}
	return encodeNamed(ts)
}

// DecodeModel parses a model blob for config c and checks that its model
// root is root.
func DecodeModel(c Config, blob []byte, root verify.Hash) (*State, error) {
	s, got, err := ReadModel(c, blob)
	if err != nil {
		return nil, err
	}
	if got != root {
		return nil, fmt.Errorf("%w: model root %v, want %v", ErrBadBlob, got, root)
	}
	return s, nil
}

// ReadModel parses a model blob for config c and returns it with its model
// root, for callers that learn the root from the blob (a node's own model).
func ReadModel(c Config, blob []byte) (*State, verify.Hash, error) {
	ts, err := decodeNamed(blob)
	if err != nil {
		return nil, verify.Hash{}, err
	}
	n := len(c.Model.Names())
	if len(ts) != 3*n+1 {
		return nil, verify.Hash{}, fmt.Errorf("%w: %d tensors, a model of this config has %d", ErrBadBlob, len(ts), 3*n+1)
	}
	s, err := NewState(c, ts[:n])
	if err != nil {
		return nil, verify.Hash{}, fmt.Errorf("%w: %w", ErrBadBlob, err)
	}
	s.M, s.V, s.Pow = ts[n:2*n], ts[2*n:3*n], ts[3*n]
	root, err := s.Root()
	if err != nil {
		return nil, verify.Hash{}, fmt.Errorf("%w: %w", ErrBadBlob, err)
	}
	return s, root, nil
}

// EncodeUpdate returns the update blob: safetensors of grad.<p> in parameter
// order.
func EncodeUpdate(c Config, u []*repops.Tensor) ([]byte, error) {
	names := c.Model.Names()
	if len(u) != len(names) {
		return nil, fmt.Errorf("compute: %d update tensors, want %d", len(u), len(names))
	}
	ts := make([]*repops.Tensor, len(u))
	for i, t := range u {
		ts[i] = &repops.Tensor{Shape: t.Shape, Data: t.Data, Name: verify.GradName(names[i])}
	}
	return encodeNamed(ts)
}

// DecodeUpdate parses an update blob for config c and checks its update root.
func DecodeUpdate(c Config, blob []byte, root verify.Hash) ([]*repops.Tensor, error) {
	ts, got, err := ReadUpdate(c, blob)
	if err != nil {
		return nil, err
	}
	if got != root {
		return nil, fmt.Errorf("%w: update root %v, want %v", ErrBadBlob, got, root)
	}
	return ts, nil
}

// ReadUpdate parses an update blob for config c and returns its tensors with
// their update root.
func ReadUpdate(c Config, blob []byte) ([]*repops.Tensor, verify.Hash, error) {
	ts, err := decodeNamed(blob)
	if err != nil {
		return nil, verify.Hash{}, err
	}
	names, shapes := c.Model.Names(), c.Model.Shapes()
	if len(ts) != len(names) {
		return nil, verify.Hash{}, fmt.Errorf("%w: %d tensors, want %d", ErrBadBlob, len(ts), len(names))
	}
	params := make([]*repops.Tensor, len(names))
	for i, t := range ts {
		if t.Name != verify.GradName(names[i]) || !slices.Equal(t.Shape, shapes[i]) {
			return nil, verify.Hash{}, fmt.Errorf("%w: tensor %d is %s %v, want %s %v", ErrBadBlob, i, t.Name, t.Shape, verify.GradName(names[i]), shapes[i])
		}
		params[i] = &repops.Tensor{Shape: t.Shape, Name: names[i]}
	}
	root, err := verify.GradRoot(params, ts)
	if err != nil {
		return nil, verify.Hash{}, fmt.Errorf("%w: %w", ErrBadBlob, err)
	}
	return ts, root, nil
}

func encodeNamed(ts []*repops.Tensor) ([]byte, error) {
	named := make([]checkpoint.Named, len(ts))
	for i, t := range ts {
		named[i] = checkpoint.Named{Name: t.Name, T: t}
	}
	b, err := checkpoint.Encode(named, nil)
	if err != nil {
		return nil, fmt.Errorf("compute: encode blob: %w", err)
	}
	return b, nil
}

// decodeNamed parses a blob and requires it to be the canonical encoding of
// what it holds (so one set of tensors has one blob).
func decodeNamed(blob []byte) ([]*repops.Tensor, error) {
	named, meta, err := checkpoint.Decode(blob)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadBlob, err)
	}
	if len(meta) > 0 {
		return nil, fmt.Errorf("%w: metadata in a protocol blob", ErrBadBlob)
	}
	ts := make([]*repops.Tensor, len(named))
	for i, nt := range named {
		ts[i] = nt.T.Named(nt.Name)
	}
	again, err := encodeNamed(ts)
	if err != nil || !bytes.Equal(again, blob) {
		return nil, fmt.Errorf("%w: not the canonical encoding of its tensors", ErrBadBlob)
	}
	return ts, nil
}
