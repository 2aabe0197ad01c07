package model

import "fmt"

// Config sizes the transformer.
type Config struct {
	Vocab   int     `json:"vocab"`
	Dim     int     `json:"dim"`
	Layers  int     `json:"layers"`
	Heads   int     `json:"heads"`
	FFN     int     `json:"ffn"`
	Context int     `json:"context"`
	NormEps float32 `json:"norm_eps"`
}

// Validate reports the first inconsistency in c.
func (c Config) Validate() error {
	switch {
	case c.Vocab < 4 || c.Vocab > 1<<16:
		return fmt.Errorf("model: vocab %d out of range [4, 65536]", c.Vocab)
	case c.Dim < 1 || c.Dim > 4096:
		return fmt.Errorf("model: dim %d out of range [1, 4096]", c.Dim)
	case c.Layers < 1 || c.Layers > 64:
		return fmt.Errorf("model: layers %d out of range [1, 64]", c.Layers)
	case c.Heads < 1 || c.Dim%c.Heads != 0:
		return fmt.Errorf("model: %d heads do not divide dim %d", c.Heads, c.Dim)
	case c.FFN < 1 || c.FFN > 16384:
		return fmt.Errorf("model: ffn %d out of range [1, 16384]", c.FFN)
	case c.Context < 2 || c.Context > 4096:
		return fmt.Errorf("model: context %d out of range [2, 4096]", c.Context)
	case !(c.NormEps > 0 && c.NormEps < 1):
		return fmt.Errorf("model: norm_eps %g out of range (0, 1)", c.NormEps)
	}
	return nil
}

// Sizes are named model sizes for the command line.
var Sizes = map[string]Config{
	"tiny":  {Dim: 32, Layers: 1, Heads: 2, FFN: 64, Context: 48, NormEps: 1e-5},
	"small": {Dim: 64, Layers: 2, Heads: 4, FFN: 128, Context: 48, NormEps: 1e-5},
	"base":  {Dim: 128, Layers: 3, Heads: 4, FFN: 256, Context: 64, NormEps: 1e-5},
}

// ParamCount is the number of scalar parameters.
func (c Config) ParamCount() int {
	per := 2*c.Dim + 4*c.Dim*c.Dim + 2*c.FFN*c.Dim + c.FFN
	return c.Vocab*c.Dim + c.Context*c.Dim + c.Layers*per + c.Dim + c.Vocab*c.Dim
}
