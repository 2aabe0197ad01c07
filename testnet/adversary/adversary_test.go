package adversary

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/testnet"
	"github.com/apiary-rl/apiary/training/checkpoint"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

var alice, bob = common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")

// TestBuildEveryAdversary: every name the testnet offers builds into wrappers the node
// accepts; Names is the testnet's list; an unknown name is an error that lists the names.
func TestBuildEveryAdversary(t *testing.T) {
	if strings.Join(Names, ",") != strings.Join(testnet.Adversaries, ",") || strings.Join(testnet.Available, ",") != strings.Join(Names, ",") {
		t.Fatalf("Names %v, testnet.Adversaries %v, testnet.Available %v: want the same list", Names, testnet.Adversaries, testnet.Available)
	}
	for _, name := range Names {
		a, err := Build(name, alice)
		if err != nil {
			t.Fatalf("Build(%q): %v", name, err)
		}
		if _, err := node.New(nil, node.WithAdversary(a)); err == nil || strings.Contains(err.Error(), "adversary") {
			t.Errorf("Build(%q): the node refused its wrappers (%v)", name, err)
		}
	}
	if _, err := Build("bogus", alice); err == nil || !strings.Contains(err.Error(), "tamper, wrong-model") {
		t.Fatalf("Build(bogus): %v, want an error naming the adversaries", err)
	}
}

// TestFlipMatMul: the tamper flips exactly one bit of one element of a matrix product's
// output — the same element and bit for the same node, on every call — and leaves other
// ops and integer-valued products (position ids) alone.
func TestFlipMatMul(t *testing.T) {
	mk := func(kind repops.Kind) *repops.Op {
		out := repops.New(4, 8)
		for i := range out.Data {
			out.Data[i] = float32(i) + 0.5
		}
		return &repops.Op{Kind: kind, Outputs: []*repops.Tensor{out}}
	}
	diff := func(op *repops.Op) (idx []int, bits uint32) {
		for i, x := range op.Outputs[0].Data {
			if x != float32(i)+0.5 {
				idx = append(idx, i)
				bits = math.Float32bits(x) ^ math.Float32bits(float32(i)+0.5)
			}
		}
		return idx, bits
	}
	obs := newSeed("tamper", alice).flipMatMul()
	a, b, add := mk(repops.KindMatMul), mk(repops.KindMatMul), mk(repops.KindAdd)
	obs.Observe(a)
	obs.Observe(b)
	obs.Observe(add)
	ia, ba := diff(a)
	ib, bb := diff(b)
	if len(ia) != 1 || ba == 0 || ba&(ba-1) != 0 {
		t.Fatalf("changed elements %v (bits %b), want one element with one bit flipped", ia, ba)
	}
	if len(ib) != 1 || ib[0] != ia[0] || bb != ba {
		t.Fatalf("a second matmul changed %v (%b), the first %v (%b): want the same", ib, bb, ia, ba)
	}
	if idx, _ := diff(add); len(idx) != 0 {
		t.Fatalf("an add was changed at %v", idx)
	}
	zero := &repops.Op{Kind: repops.KindMatMul, Outputs: []*repops.Tensor{repops.New(3)}}
	obs.Observe(zero)
	if n := len(nonzero(zero.Outputs[0].Data)); n != 1 {
		t.Fatalf("a zero output has %d changed elements, want 1 (a flipped bit of 0 is not 0)", n)
	}
	ids := &repops.Op{Kind: repops.KindMatMul, Outputs: []*repops.Tensor{repops.New(3)}}
	copy(ids.Outputs[0].Data, []float32{0, 1, 2})
	obs.Observe(ids)
	if d := ids.Outputs[0].Data; d[0] != 0 || d[1] != 1 || d[2] != 2 {
		t.Fatalf("an integer-valued product (position ids) was changed: %v", d)
	}
	for _, x := range a.Outputs[0].Data {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			t.Fatalf("the tamper made %v", x)
		}
	}
}

func nonzero(d []float32) []int {
	var out []int
	for i, x := range d {
		if x != 0 {
			out = append(out, i)
		}
	}
	return out
}

// fakeCompute is a node.Compute whose methods the tests set; the rest panic (nil interface).
type fakeCompute struct {
	node.Compute
	rollouts [][]byte
	verify   error
}

func (f *fakeCompute) Rollouts(context.Context, uint64, []byte) ([][]byte, error) {
	return f.rollouts, nil
}

func (f *fakeCompute) Verify(context.Context, uint64, []byte, swarm.Committed, [][]byte, []byte) error {
	return f.verify
}

// TestWrongReward: every rollout keeps its completions and changes exactly one claimed
// reward, to a valid (finite) value a critic recomputes differently.
func TestWrongReward(t *testing.T) {
	var in [][]byte
	for g, rw := range [][]float32{{0, 0, 0, 0}, {1, 1, 1, 1}, {0.5, 1, 0, 0.25}} {
		p := &payload.Payload{Version: payload.Version, Round: 3, Author: alice, Group: uint32(g), Problem: uint64(g),
			Completions: [][]byte{{1, 2}, {3}, {4, 5, 6}, {7}}}
		for _, r := range rw {
			p.Rewards = append(p.Rewards, math.Float32bits(r))
		}
		b, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, b)
	}
	a, err := Build("wrong-reward", alice)
	if err != nil {
		t.Fatal(err)
	}
	out, err := a.Compute(&fakeCompute{rollouts: in}).Rollouts(context.Background(), 3, nil)
	if err != nil || len(out) != len(in) {
		t.Fatalf("rollouts: %d, %v", len(out), err)
	}
	for i := range in {
		was, _ := payload.Decode(in[i])
		got, err := payload.Decode(out[i])
		if err != nil {
			t.Fatalf("rollout %d does not decode: %v", i, err)
		}
		changed := 0
		for k := range was.Rewards {
			if was.Rewards[k] != got.Rewards[k] {
				changed++
			}
		}
		if changed != 1 || got.Author != was.Author || got.Group != was.Group || len(got.Completions) != len(was.Completions) {
			t.Errorf("rollout %d: %d rewards changed (%v → %v), want exactly one and the rest kept", i, changed, was.Rewards, got.Rewards)
		}
	}
}

// TestLazy: a lazy verifier accepts a contribution its honest compute refuses.
func TestLazy(t *testing.T) {
	a, err := Build("lazy", alice)
	if err != nil {
		t.Fatal(err)
	}
	honest := &fakeCompute{verify: errors.New("mismatch in trace root")}
	if err := a.Compute(honest).Verify(context.Background(), 0, nil, swarm.Committed{}, nil, nil); err != nil {
		t.Fatalf("lazy Verify: %v, want nil", err)
	}
}

// TestWithhold: the node never serves an update blob (every tensor a gradient), before or
// after committing it, and serves every other blob: a model checkpoint (one of whose
// tensors is not a gradient), a manifest.
func TestWithhold(t *testing.T) {
	a, err := Build("withhold", alice)
	if err != nil {
		t.Fatal(err)
	}
	if a.Chain != nil {
		t.Fatal("withhold needs no chain wrapper: it withholds by content")
	}
	ckpt := func(names ...string) []byte {
		var ts []checkpoint.Named
		for _, n := range names {
			ts = append(ts, checkpoint.Named{Name: n, T: &repops.Tensor{Shape: []int{2}, Data: []float32{1, -2}}})
		}
		b, err := checkpoint.Encode(ts, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	store := blob.NewMemStore()
	update := ckpt(verify.GradName("w"), verify.GradName("b"))
	model := ckpt("w", verify.FirstMomentName("w"), verify.GradName("w"))
	manifest := []byte("the manifest")
	for _, b := range [][]byte{update, model, manifest} {
		if _, err := store.Put(b); err != nil {
			t.Fatal(err)
		}
	}
	srv := a.Serve(store)
	if _, ok := srv.Get(swarm.RootOf(update)); ok {
		t.Fatal("the update is served")
	}
	for _, b := range [][]byte{model, manifest} {
		if got, ok := srv.Get(swarm.RootOf(b)); !ok || string(got) != string(b) {
			t.Fatalf("a blob that is no update is withheld (%d bytes)", len(b))
		}
	}
	if _, ok := srv.Get(swarm.RootOf([]byte("absent"))); ok {
		t.Fatal("an absent blob is served")
	}
}

// TestSeedsDiffer: two nodes playing the same adversary choose independently (by address),
// and a node's choices are the same every time.
func TestSeedsDiffer(t *testing.T) {
	a, b := newSeed("tamper", alice), newSeed("tamper", bob)
	if a == b || a != newSeed("tamper", alice) || a == newSeed("lazy", alice) {
		t.Fatal("seeds do not depend on exactly the name and the address")
	}
	for _, n := range []int{1, 7, 1 << 20} {
		if p := a.pick("x", n); p < 0 || p >= n || p != a.pick("x", n) {
			t.Fatalf("pick(%d) = %d", n, p)
		}
	}
}
