package model

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/training/repops"
)

// Model is a configuration and its parameters, in a fixed order (see Names).
type Model struct {
	Cfg    Config
	Params []*repops.Tensor
}

// layer indexes one block's parameters within Model.Params.
const (
	pAttnNorm = iota
	pWq
	pWk
	pWv
	pWo
	pMLPNorm
	pW1
	pB1
	pW2
	perLayer
)

// Names returns the parameter names in order: tok_emb, pos_emb, then per
// layer l: l.attn_norm, l.wq, l.wk, l.wv, l.wo, l.mlp_norm, l.w1, l.b1, l.w2,
// then norm and head. Checkpoints use these names.
func (c Config) Names() []string {
	names := []string{"tok_emb", "pos_emb"}
	for l := 0; l < c.Layers; l++ {
		for _, n := range []string{"attn_norm", "wq", "wk", "wv", "wo", "mlp_norm", "w1", "b1", "w2"} {
			names = append(names, fmt.Sprintf("layers.%d.%s", l, n))
		}
	}
	return append(names, "norm", "head")
}

// Shapes returns the parameter shapes in Names order.
func (c Config) Shapes() [][]int {
	d, f := c.Dim, c.FFN
	shapes := [][]int{{c.Vocab, d}, {c.Context, d}}
	for l := 0; l < c.Layers; l++ {
		shapes = append(shapes, []int{d}, []int{d, d}, []int{d, d}, []int{d, d}, []int{d, d}, []int{d}, []int{f, d}, []int{f}, []int{d, f})
	}
	return append(shapes, []int{d}, []int{c.Vocab, d})
}

// New initializes a model from seed with Philox normals (stream (seed, 0, 0,
// PurposeInit), drawn in Names order): embeddings N(0, 0.5²), matrices
// N(0, 1/fan_in) with the residual output projections (wo, w2) further scaled
// by 1/sqrt(2·layers); norm gains 1 and biases 0.
func New(c Config, seed uint64) (*Model, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	s := repops.NewStream(seed, 0, 0, repops.PurposeInit)
	var off uint64
	names, shapes := c.Names(), c.Shapes()
	m := &Model{Cfg: c, Params: make([]*repops.Tensor, len(names))}
	resid := float32(1 / math.Sqrt(float64(2*c.Layers)))
	for i, name := range names {
		t := repops.New(shapes[i]...).Named(name)
		var scale float32
		switch {
		case name == "tok_emb" || name == "pos_emb":
			scale = 0.5
		case len(shapes[i]) == 2:
			scale = float32(1 / math.Sqrt(float64(shapes[i][1])))
			if hasSuffix(name, ".wo") || hasSuffix(name, ".w2") {
				scale *= resid
			}
		case hasSuffix(name, "norm"):
			for j := range t.Data {
				t.Data[j] = 1
			}
		}
		if scale != 0 {
			for j := range t.Data {
				t.Data[j] = s.Normal(off) * scale
				off++
			}
		}
		m.Params[i] = t
	}
	return m, nil
}

// FromParams builds a model from loaded tensors, checking names and shapes.
func FromParams(c Config, params []*repops.Tensor) (*Model, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	names, shapes := c.Names(), c.Shapes()
	if len(params) != len(names) {
		return nil, fmt.Errorf("model: %d parameters, config needs %d", len(params), len(names))
	}
	for i, p := range params {
		if p.Name != names[i] {
			return nil, fmt.Errorf("model: parameter %d is %q, want %q", i, p.Name, names[i])
		}
		if !sameDims(p.Shape, shapes[i]) {
			return nil, fmt.Errorf("model: parameter %s has shape %v, want %v", p.Name, p.Shape, shapes[i])
		}
	}
	return &Model{Cfg: c, Params: params}, nil
}

// Clone returns a deep copy (for a frozen reference model).
func (m *Model) Clone() *Model {
	c := &Model{Cfg: m.Cfg, Params: make([]*repops.Tensor, len(m.Params))}
	for i, p := range m.Params {
		c.Params[i] = p.Clone()
	}
	return c
}

func (m *Model) layer(l, k int) int { return 2 + l*perLayer + k }

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

func sameDims(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
