package compute

import (
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// TestApplyBiasCorrectionDeterminism: Apply's Adam bias corrections are 1/(1 - p) with p the
// float32-rounded product adam.pow·β, on every architecture. Compiled for arm64 without the
// explicit rounding, Go fused 1 - pow·β into one FMSUB, so an arm64 node aggregated other
// bits than amd64 ones in some rounds (seen in a testnet with an arm64 node under qemu-user).
// It passes on amd64 either way; run it where it can fail:
// `GOARCH=arm64 go test -exec qemu-aarch64 -run BiasCorrection ./node/compute`.
func TestApplyBiasCorrectionDeterminism(t *testing.T) {
	e, err := repops.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	c := Config{LR: 1e-3, Beta1: 0.9, Beta2: 0.999, AdamEps: 1e-8}
	g := []*repops.Tensor{repops.FromData([]float32{0.25, -0.5, 1e-3, 3}, 4)}
	pow := [2]float32{1, 1}
	for step := range 300 {
		s := &State{Params: []*repops.Tensor{repops.FromData([]float32{1, -2, 0.5, 0.125}, 4).Named("w")},
			M:   []*repops.Tensor{repops.FromData([]float32{0.1, -0.2, 0.3, 0.01}, 4).Named("adam.m.w")},
			V:   []*repops.Tensor{repops.FromData([]float32{0.01, 0.04, 0.09, 1e-4}, 4).Named("adam.v.w")},
			Pow: repops.FromData([]float32{pow[0], pow[1]}, 2).Named("adam.pow")}
		got, err := Apply(e, c, s, g)
		if err != nil {
			t.Fatal(err)
		}
		p1, p2 := float32(pow[0]*c.Beta1), float32(pow[1]*c.Beta2)
		cfg := repops.AdamConfig{LR: c.LR, Beta1: c.Beta1, Beta2: c.Beta2, Eps: c.AdamEps,
			C1: float32(1) / (float32(1) - p1), C2: float32(1) / (float32(1) - p2)}
		wp, wm, wv := e.Adam(s.Params[0], g[0], s.M[0], s.V[0], cfg)
		if !repops.Equal(got.Params[0], wp) || !repops.Equal(got.M[0], wm) || !repops.Equal(got.V[0], wv) ||
			got.Pow.Data[0] != p1 || got.Pow.Data[1] != p2 {
			t.Fatalf("step %d (adam.pow %v): Apply's Adam step differs from the one with rounded bias corrections", step, pow)
		}
		pow = [2]float32{p1, p2}
	}
}
