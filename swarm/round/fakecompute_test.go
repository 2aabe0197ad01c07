package round_test

import (
	"context"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
)

const critiqueLimit = 6

// fakeCompute stands in for training: everything is a hash of its inputs, so results are
// deterministic and depend on exactly what the engine passes in.
type fakeCompute struct {
	self     common.Address
	rollouts int
	onTrain  func(round uint64, local, external []round.Rollout)
}

func expand(seed []byte, n int) []byte {
	out := make([]byte, 0, n+32)
	for i := uint32(0); len(out) < n; i++ {
		out = append(out, ethcrypto.Keccak256(seed, binary.BigEndian.AppendUint32(nil, i))...)
	}
	return out[:n]
}

func (f *fakeCompute) Rollouts(_ context.Context, r uint64, model []byte) ([]round.Sample, error) {
	mr := swarm.RootOf(model)
	var out []round.Sample
	for i := 0; i < f.rollouts; i++ {
		p := expand(append(append(mr[:], f.self[:]...), byte(r), byte(i)), 96)
		out = append(out, round.Sample{Payload: p, Reward: float32(i) / 2, TraceRoot: swarm.RootOf(append([]byte("trace"), p...))})
	}
	return out, nil
}

// Critique judges up to critiqueLimit rollouts: it agrees with every rollout except the third
// of each peer, which it flags.
func (f *fakeCompute) Critique(_ context.Context, _ uint64, rs []round.Rollout) ([]round.Judgement, error) {
	var out []round.Judgement
	for _, r := range rs[:min(len(rs), critiqueLimit)] {
		v := uint8(wire.VerdictAgree)
		if r.Msg.Index == 2 {
			v = wire.VerdictWrongReward
		}
		out = append(out, round.Judgement{Author: r.Author, Target: r.Msg.PayloadRoot, Score: 0.5, Verdict: v})
	}
	return out, nil
}

func (f *fakeCompute) Train(_ context.Context, r uint64, model []byte, local, external []round.Rollout) (round.Update, error) {
	if f.onTrain != nil {
		f.onTrain(r, local, external)
	}
	mr := swarm.RootOf(model)
	seed := append(mr[:], f.self[:]...)
	for _, x := range append(append([]round.Rollout{}, local...), external...) {
		seed = append(seed, x.Msg.PayloadRoot[:]...)
	}
	d := expand(seed, 1024)
	return round.Update{Data: d, TraceRoot: swarm.RootOf(append([]byte("update-trace"), d...))}, nil
}

// Aggregate is order-dependent on purpose: next[i] = model[i] + Σ_k (k+1)·u_k[i mod len u_k].
func (f *fakeCompute) Aggregate(_ context.Context, _ uint64, model []byte, updates [][]byte) ([]byte, error) {
	next := append([]byte(nil), model...)
	for k, u := range updates {
		for i := range next {
			next[i] += byte(k+1) * u[i%len(u)]
		}
	}
	return next, nil
}
