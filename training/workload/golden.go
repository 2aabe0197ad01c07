package workload

import (
	_ "embed"
	"encoding/json"
)

//go:embed testdata/golden.json
var goldenJSON []byte

// Golden is the committed result of Run(Default): what every honest machine computes.
type Golden struct {
	Digest   string `json:"digest"`
	LossBits string `json:"loss_bits"`
}

// Expected returns the golden result that this build was released with.
func Expected() (Golden, error) {
	var g Golden
	err := json.Unmarshal(goldenJSON, &g)
	return g, err
}
