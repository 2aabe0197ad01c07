package ledger_test

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/canon"
	"github.com/apiary-rl/apiary/verify/payload"
)

// The reward judge's differential tests: the Solidity Philox, task
// generators, held-out redraw, tokenizer decode and reward (TasksHarness,
// RewardJudge) against the Go code they copy, bit for bit.

// familyIDs are the Tasks.sol ids of the families, in tasks' registry order.
var familyIDs = map[string]uint8{"add": 0, "sort": 1, "reverse": 2, "mod": 3, "solve": 4}

// judgeChain deploys TasksHarness and RewardJudge on a simulated chain.
type judgeChain struct {
	ch      *simchain.Chain
	harness *bind.BoundContract
	h       *bindings.TasksHarness
	judge   *bind.BoundContract
	j       *bindings.RewardJudge
}

func newJudgeChain(t testing.TB) *judgeChain {
	t.Helper()
	ch, err := simchain.New(simchain.WithAccounts(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	ctx := context.Background()
	k := &judgeChain{ch: ch, h: bindings.NewTasksHarness(), j: bindings.NewRewardJudge()}
	ha := check(ch.Deploy(ctx, 0, common.FromHex(bindings.TasksHarnessMetaData.Bin), nil))(t)
	ja := check(ch.Deploy(ctx, 0, common.FromHex(bindings.RewardJudgeMetaData.Bin), nil))(t)
	k.harness, k.judge = k.h.Instance(ch.Client, ha), k.j.Instance(ch.Client, ja)
	return k
}

var callOpts = &bind.CallOpts{Context: context.Background()}

// TestPhiloxDifferential: Philox4x32-10 blocks of random and edge counters
// and keys, and NewStream of random (run, round, peer, purpose).
func TestPhiloxDifferential(t *testing.T) {
	k := newJudgeChain(t)
	rng := rand.New(rand.NewPCG(1, 0x9b11))
	const n = 2000
	ins := make([]uint32, 0, 6*n)
	edge := [][6]uint32{{}, {math.MaxUint32, math.MaxUint32, math.MaxUint32, math.MaxUint32, math.MaxUint32, math.MaxUint32},
		{1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0x9E3779B9, 0xBB67AE85}}
	for _, e := range edge {
		ins = append(ins, e[:]...)
	}
	for len(ins) < 6*n {
		ins = append(ins, rng.Uint32())
	}
	out := check(bind.Call(k.harness, callOpts, k.h.PackPhilox(ins), k.h.UnpackPhilox))(t)
	if len(out) != 4*n {
		t.Fatalf("%d words back, want %d", len(out), 4*n)
	}
	for i := 0; i < n; i++ {
		in := ins[6*i : 6*i+6]
		want := repops.Philox([4]uint32{in[0], in[1], in[2], in[3]}, [2]uint32{in[4], in[5]})
		if got := [4]uint32(out[4*i : 4*i+4]); got != want {
			t.Fatalf("Philox(%x): solidity %x, go %x", in, got, want)
		}
	}
	for i := 0; i < 50; i++ {
		run, round, peer, purpose := rng.Uint64(), rng.Uint64()>>uint(rng.IntN(64)), rng.Uint64(), uint64(rng.IntN(6))
		got := check(bind.Call(k.harness, callOpts, k.h.PackNewStream(run, round, peer, purpose), k.h.UnpackNewStream))(t)
		s := repops.NewStream(run, round, peer, purpose)
		if want := [4]uint32{s.Key[0], s.Key[1], s.ID[0], s.ID[1]}; got != want {
			t.Fatalf("NewStream(%d, %d, %d, %d): solidity %x, go %x", run, round, peer, purpose, got, want)
		}
	}
}

// redrawn reports how many draws TrainProblem makes for index (1: none held out).
func redrawn(f tasks.Family, seed uint64, level int, index uint64) int {
	for a := uint64(0); ; a++ {
		if !tasks.IsEval(f.Generate(seed, level, index<<8|a)) {
			return int(a) + 1
		}
	}
}

// TestTaskFamiliesDifferential: Generate of every family and level at
// random and edge indexes, and TrainProblem at random indexes, among them
// indexes whose first draws are held out (redraws).
func TestTaskFamiliesDifferential(t *testing.T) {
	k := newJudgeChain(t)
	for _, name := range tasks.Names() {
		f := check(tasks.Get(name))(t)
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(familyIDs[name]), 0x7a5c))
			redraws := 0
			for level := 1; level <= f.Levels(); level++ {
				seed := rng.Uint64()
				gen := []uint64{0, 1, math.MaxUint64, 1 << 63, tasks.MaxTrainIndex<<8 | 255}
				for len(gen) < 24 {
					gen = append(gen, rng.Uint64())
				}
				train := []uint64{0, tasks.MaxTrainIndex - 1}
				for len(train) < 16 || (len(train) < 400 && redraws < level) {
					idx := rng.Uint64N(tasks.MaxTrainIndex)
					if d := redrawn(f, seed, level, idx); d > 1 || len(train) < 16 {
						if d > 1 {
							redraws++
						}
						train = append(train, idx)
					}
				}
				for _, c := range []struct {
					idx   []uint64
					train bool
				}{{gen, false}, {train, true}} {
					res := check(bind.Call(k.harness, callOpts, k.h.PackProblems(familyIDs[name], seed, bigU(uint64(level)), c.idx, c.train), k.h.UnpackProblems))(t)
					for i, idx := range c.idx {
						var p tasks.Problem
						if c.train {
							p = tasks.TrainProblem(f, seed, level, idx)
						} else {
							p = f.Generate(seed, level, idx)
						}
						if string(res.Prompts[i]) != p.Prompt || string(res.Answers[i]) != p.Answer {
							t.Fatalf("level %d index %d (train %v): solidity %q -> %q, go %q -> %q", level, idx, c.train,
								res.Prompts[i], res.Answers[i], p.Prompt, p.Answer)
						}
					}
				}
			}
			if redraws < f.Levels() {
				t.Fatalf("only %d training indexes with redraws checked", redraws)
			}
		})
	}
}

// TestPromptHashDifferential: the held-out split's hash, through the
// evaluation bucket it decides.
func TestPromptHashDifferential(t *testing.T) {
	k := newJudgeChain(t)
	rng := rand.New(rand.NewPCG(3, 3))
	for _, name := range tasks.Names() {
		f := check(tasks.Get(name))(t)
		var prompts [][]byte
		var probs []tasks.Problem
		for i := 0; i < 300; i++ {
			p := f.Generate(rng.Uint64(), 1+rng.IntN(f.Levels()), rng.Uint64())
			prompts, probs = append(prompts, []byte(p.Prompt)), append(probs, p)
		}
		hs := check(bind.Call(k.harness, callOpts, k.h.PackPromptHashes([]byte(name), prompts), k.h.UnpackPromptHashes))(t)
		evals := 0
		for i, p := range probs {
			if (hs[i]%tasks.EvalModulus == 0) != tasks.IsEval(p) {
				t.Fatalf("%s %q: solidity hash %d, go IsEval %v", name, p.Prompt, hs[i], tasks.IsEval(p))
			}
			if tasks.IsEval(p) {
				evals++
			}
		}
		if evals == 0 {
			t.Fatalf("%s: no held-out prompt among 300", name)
		}
	}
}

// completionsFor returns adversarial and random completions (token ids) of
// a problem: exact with and without EOS, EOS first, empty, PAD and BOS
// inside, out-of-vocabulary ids, one character off, too long, shifted,
// ids past EOS, and random ids.
func completionsFor(t *testing.T, rng *rand.Rand, p tasks.Problem) [][]byte {
	ans := check(tasks.Encode(p.Answer))(t)
	bs := func(ids ...int) []byte {
		b := make([]byte, len(ids))
		for i, id := range ids {
			b[i] = byte(id)
		}
		return b
	}
	a := bs(ans...)
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	eos, pad, bos := []byte{tasks.EOS}, []byte{tasks.PAD}, []byte{tasks.BOS}
	oneOff := append([]byte(nil), a...)
	oneOff[len(a)-1] = byte(3 + (int(oneOff[len(a)-1])-3+1)%len(tasks.Alphabet))
	oov := append([]byte(nil), a...)
	oov[0] = byte(tasks.VocabSize() + rng.IntN(256-tasks.VocabSize()))
	out := [][]byte{
		cat(a, eos), a, eos, {}, cat(eos, a), cat(pad, a, eos), cat(a[:1], bos, a[1:], eos), cat(a, pad, pad),
		oneOff, cat(oneOff, eos), oov, cat(a, a, eos), cat(a, a[:1]), cat(a[:1], a), cat(a, eos, a),
		cat(a[:len(a)-1], eos), cat(a, []byte{byte(tasks.VocabSize())}, eos), {0xFF}, cat(a, []byte{0xFF}),
		bytes.Repeat(a, 40), cat(bytes.Repeat([]byte{3}, 300), eos),
	}
	for i := 0; i < 12; i++ {
		c := make([]byte, rng.IntN(24))
		for j := range c {
			switch rng.IntN(4) {
			case 0:
				c[j] = byte(rng.IntN(256))
			case 1:
				c[j] = byte(rng.IntN(tasks.VocabSize()))
			default:
				c[j] = a[rng.IntN(len(a))]
			}
		}
		out = append(out, c)
	}
	// Long completions (the judge counts 32 ids at a time where none is
	// PAD, BOS or EOS), with a few such ids and out-of-vocabulary ids
	// anywhere, and the answer at the start or the end.
	for i := 0; i < 10; i++ {
		c := make([]byte, 33+rng.IntN(200))
		for j := range c {
			c[j] = byte(3 + rng.IntN(len(tasks.Alphabet)))
			switch rng.IntN(40) {
			case 0:
				c[j] = byte(rng.IntN(3))
			case 1:
				c[j] = byte(tasks.VocabSize() + rng.IntN(256-tasks.VocabSize()))
			}
		}
		switch i % 3 {
		case 0:
			copy(c, a)
		case 1:
			copy(c[len(c)-len(a):], a)
		}
		out = append(out, c)
	}
	return out
}

// TestRewardDifferential: the reward exact + float32(w·partial) of random
// and adversarial completions under several partial weights, against
// rl.Sampler.Score.
func TestRewardDifferential(t *testing.T) {
	k := newJudgeChain(t)
	rng := rand.New(rand.NewPCG(5, 0x4e3a))
	weights := []float32{0, 0.1, 0.5, 1, 1.0 / 3, 7.25, 1e-40, math.MaxFloat32, math.Float32frombits(0x3e4ccccd)}
	checked := 0
	for _, name := range tasks.Names() {
		f := check(tasks.Get(name))(t)
		for level := 1; level <= f.Levels(); level++ {
			for n := 0; n < 2; n++ {
				p := tasks.TrainProblem(f, rng.Uint64(), level, rng.Uint64N(tasks.MaxTrainIndex))
				cs := completionsFor(t, rng, p)
				ids := make([][]int, len(cs))
				for i, c := range cs {
					ids[i] = make([]int, len(c))
					for j, b := range c {
						ids[i][j] = int(b)
					}
				}
				for wi, w := range append(weights, math.Float32frombits(rng.Uint32N(0x7F800000))) {
					if n == 1 && wi%2 == 1 {
						continue
					}
					want, _ := rl.Sampler{Task: f, PartialWeight: w}.Score(p, ids)
					got := check(bind.Call(k.harness, callOpts, k.h.PackRewards(familyIDs[name], []byte(p.Answer), cs, math.Float32bits(w)), k.h.UnpackRewards))(t)
					for i := range cs {
						if got[i] != math.Float32bits(want[i]) {
							t.Fatalf("%s level %d answer %q completion %v weight %g: solidity %#x, go %#x (%g)",
								name, level, p.Answer, cs[i], w, got[i], math.Float32bits(want[i]), want[i])
						}
						checked++
					}
				}
			}
		}
	}
	t.Logf("%d rewards agree", checked)
}

// judgeRun is a run config of the judge's tests: keys as node/compute's
// wireConfig (docs/VERIFY.md), values plausible.
type judgeRun struct {
	task          string
	level, g, l   uint32
	maxNew        uint32 // 0: 4096
	seed          uint64
	partialWeight float32
}

// encode writes the config as node/compute does: a canonical CBOR map of
// keys 0..33.
func (c judgeRun) encode(t *testing.T) []byte {
	m := map[uint64]any{}
	for k := uint64(0); k < 34; k++ {
		m[k] = uint64(7 + k)
	}
	m[0], m[1], m[2], m[3], m[11], m[12], m[16] = uint64(1), c.task, uint64(c.level), c.seed, uint64(c.g), uint64(c.l),
		uint64(math.Float32bits(c.partialWeight))
	m[14] = uint64(c.maxNew)
	if c.maxNew == 0 {
		m[14] = uint64(payload.MaxCompletionLen)
	}
	return check(canon.Marshal(m))(t)
}

// honestPayload is group j of author in round of run id under c, with
// completions cs and their right rewards.
func honestPayload(t *testing.T, c judgeRun, id verify.Hash, round uint64, author [20]byte, j int, cs [][]byte) *payload.Payload {
	f := check(tasks.Get(c.task))(t)
	rk, pk := verify.PhiloxKeys(id, author)
	idx := rl.Keys{Run: rk, Peer: pk}.ProblemIndex(round, j)
	p := tasks.TrainProblem(f, c.seed, int(c.level), idx)
	ids := make([][]int, len(cs))
	for i, b := range cs {
		for _, x := range b {
			ids[i] = append(ids[i], int(x))
		}
	}
	rw, _ := rl.Sampler{Task: f, PartialWeight: c.partialWeight}.Score(p, ids)
	pl := &payload.Payload{Version: payload.Version, Run: id, Round: round, Author: author, Group: uint32(j), Problem: idx,
		Completions: cs}
	for _, r := range rw {
		pl.Rewards = append(pl.Rewards, math.Float32bits(r))
	}
	return pl
}

func nonEmpty(cs [][]byte) [][]byte {
	var out [][]byte
	for _, c := range cs {
		if len(c) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// TestRewardJudgeDifferential: RewardJudge.judge on honest payloads of
// every family (agree) and on payloads with one thing wrong: a reward one
// ulp off, another problem index, a group or completion count outside the
// run's shape, another round or run.
func TestRewardJudgeDifferential(t *testing.T) {
	k := newJudgeChain(t)
	rng := rand.New(rand.NewPCG(9, 9))
	for _, name := range tasks.Names() {
		f := check(tasks.Get(name))(t)
		c := judgeRun{task: name, level: uint32(1 + rng.IntN(f.Levels())), seed: rng.Uint64(), l: 2, partialWeight: 0.5}
		id := verify.Hash{0xab, byte(familyIDs[name])}
		var author [20]byte
		author[0], author[19] = 0xa1, familyIDs[name]
		round := uint64(3)
		// The completions: what completionsFor makes of the author's problem.
		probe := honestPayload(t, c, id, round, author, 1, [][]byte{{3}})
		cs := nonEmpty(completionsFor(t, rng, tasks.TrainProblem(f, c.seed, int(c.level), probe.Problem)))
		c.g = uint32(len(cs))
		for _, x := range cs {
			c.maxNew = max(c.maxNew, uint32(len(x)))
		}
		cfg := c.encode(t)
		type tc struct {
			name string
			edit func(p *payload.Payload)
			want uint8
		}
		cases := []tc{
			{"honest", func(*payload.Payload) {}, 0},
			{"reward one ulp up", func(p *payload.Payload) { p.Rewards[3]++ }, 5},
			{"reward negated", func(p *payload.Payload) { p.Rewards[0] ^= 1 << 31 }, 5},
			{"last reward low bit", func(p *payload.Payload) { p.Rewards[len(p.Rewards)-1] ^= 1 }, 5},
			{"problem index + 1", func(p *payload.Payload) { p.Problem++ }, 4},
			{"problem of group 0", func(p *payload.Payload) { p.Group = 0 }, 4},
			{"group = L", func(p *payload.Payload) { p.Group = c.l }, 3},
			{"completion longer than max_new", func(p *payload.Payload) {
				p.Completions[2] = append(bytes.Repeat([]byte{3}, int(c.maxNew)), tasks.EOS)
				p.Rewards = rewardsOf(t, c, p.Problem, p.Completions)
			}, 3},
			{"one completion less", func(p *payload.Payload) { p.Completions, p.Rewards = p.Completions[1:], p.Rewards[1:] }, 3},
			{"other round", func(p *payload.Payload) { p.Round++ }, 2},
			{"other run", func(p *payload.Payload) { p.Run[31] ^= 1 }, 2},
		}
		for _, x := range cases {
			pl := honestPayload(t, c, id, round, author, 1, cs)
			honestRewards := append([]uint32(nil), pl.Rewards...)
			x.edit(pl)
			if x.want == 5 && slicesEqual(honestRewards, pl.Rewards) {
				t.Fatalf("%s %s: the edit left the rewards", name, x.name)
			}
			b := check(pl.Encode())(t)
			res := check(bind.Call(k.judge, callOpts, k.j.PackJudge(cfg, b, id, round), k.j.UnpackJudge))(t)
			if res.Verdict != x.want {
				t.Fatalf("%s %s: verdict %d (detail %v), want %d", name, x.name, res.Verdict, res.Detail, x.want)
			}
		}
	}
}

func slicesEqual(a, b []uint32) bool {
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

// TestPayloadDecodeDifferential: RewardJudge.readPayload accepts exactly
// what payload.Decode accepts (the canonical encoding of a valid payload),
// on valid payloads and on mutations of them: flipped, inserted, deleted
// bytes, truncations, non-minimal heads, schema breaks.
func TestPayloadDecodeDifferential(t *testing.T) {
	k := newJudgeChain(t)
	rng := rand.New(rand.NewPCG(11, 2))
	var inputs [][]byte
	base := func() *payload.Payload {
		g := 1 + rng.IntN(5)
		p := &payload.Payload{Version: 1, Round: rng.Uint64() >> uint(rng.IntN(64)), Group: rng.Uint32() >> uint(rng.IntN(32)),
			Problem: rng.Uint64() >> uint(rng.IntN(64))}
		p.Run[0], p.Author[5] = byte(rng.IntN(256)), byte(rng.IntN(256))
		for i := 0; i < g; i++ {
			c := make([]byte, 1+rng.IntN(30))
			for j := range c {
				c[j] = byte(rng.IntN(256))
			}
			p.Completions = append(p.Completions, c)
			p.Rewards = append(p.Rewards, rng.Uint32()>>uint(rng.IntN(32)))
		}
		return p
	}
	encodeRaw := func(p *payload.Payload) []byte { return check(canon.Marshal(p))(t) }
	for i := 0; i < 60; i++ {
		p := base()
		b := encodeRaw(p)
		inputs = append(inputs, b)
		// Byte-level mutations.
		for m := 0; m < 6; m++ {
			x := append([]byte(nil), b...)
			switch rng.IntN(4) {
			case 0:
				x[rng.IntN(len(x))] ^= byte(1 << rng.IntN(8))
			case 1:
				x = x[:rng.IntN(len(x))]
			case 2:
				at := rng.IntN(len(x) + 1)
				x = append(x[:at:at], append([]byte{byte(rng.IntN(256))}, b[at:]...)...)
			case 3:
				at := rng.IntN(len(x))
				x = append(x[:at:at], b[at+1:]...)
			}
			inputs = append(inputs, x)
		}
	}
	// Schema breaks (encoded canonically, so only the schema is wrong).
	schema := []func(p *payload.Payload){
		func(p *payload.Payload) { p.Version = 2 },
		func(p *payload.Payload) { p.Version = 0 },
		func(p *payload.Payload) { p.Rewards = p.Rewards[1:] },
		func(p *payload.Payload) { p.Completions, p.Rewards = nil, nil },
		func(p *payload.Payload) { p.Completions[0] = nil },
		func(p *payload.Payload) { p.Completions[0] = make([]byte, payload.MaxCompletionLen+1) },
		func(p *payload.Payload) { p.Completions[0] = make([]byte, payload.MaxCompletionLen) },
		func(p *payload.Payload) { p.Rewards[0] = 0x7F800000 },
		func(p *payload.Payload) { p.Rewards[0] = 0xFFC00000 },
		func(p *payload.Payload) { p.Rewards[0] = 0x7F7FFFFF },
		func(p *payload.Payload) { p.Rewards[0] = 0xFF7FFFFF },
		func(p *payload.Payload) {
			p.Completions, p.Rewards = make([][]byte, payload.MaxCompletions+1), make([]uint32, payload.MaxCompletions+1)
			for i := range p.Completions {
				p.Completions[i] = []byte{3}
			}
		},
		func(p *payload.Payload) {
			p.Completions, p.Rewards = make([][]byte, 17), make([]uint32, 17)
			for i := range p.Completions {
				p.Completions[i] = make([]byte, 3900)
			}
		},
	}
	for _, s := range schema {
		p := base()
		s(p)
		inputs = append(inputs, encodeRaw(p))
	}
	// Non-canonical heads of valid values: a key, the round and a length
	// written with one byte more than needed.
	p := base()
	p.Round, p.Group = 5, 2
	b := encodeRaw(p)
	inputs = append(inputs,
		bytes.Replace(b, []byte{0x02, 0x05}, []byte{0x02, 0x18, 0x05}, 1),
		bytes.Replace(b, []byte{0x02, 0x05}, []byte{0x18, 0x02, 0x05}, 1),
		bytes.Replace(b, []byte{0x58, 0x20}, []byte{0x59, 0x00, 0x20}, 1),
		bytes.Replace(b, []byte{0xa8}, []byte{0xb8, 0x08}, 1),
		bytes.Replace(b, []byte{0x04, 0x02}, []byte{0x04, 0x1a, 0, 0, 0, 2}, 1),
		append(append([]byte(nil), b...), 0),
		append([]byte{0xc0}, b...),
		nil,
	)
	accepted := 0
	for i, in := range inputs {
		res := check(bind.Call(k.judge, callOpts, k.j.PackReadPayload(in), k.j.UnpackReadPayload))(t)
		want, err := payload.Decode(in)
		if err != nil && !errors.Is(err, payload.ErrMalformed) && !errors.Is(err, payload.ErrInvalid) {
			t.Fatalf("input %d: unexpected error %v", i, err)
		}
		if res.Ok != (err == nil) {
			t.Fatalf("input %d (%x): solidity ok %v, go %v", i, in, res.Ok, err)
		}
		if err != nil {
			continue
		}
		accepted++
		v := res.V
		if v.Run != want.Run || v.Round != want.Round || v.Author != common.Address(want.Author) ||
			v.Group.Uint64() != uint64(want.Group) || v.Problem != want.Problem || len(v.Starts) != len(want.Completions) {
			t.Fatalf("input %d: solidity read %+v, go %+v", i, v, want)
		}
		for c := range want.Completions {
			st, n := v.Starts[c].Uint64(), v.Lens[c].Uint64()
			if !bytes.Equal(in[st:st+n], want.Completions[c]) || v.Rewards[c].Uint64() != uint64(want.Rewards[c]) {
				t.Fatalf("input %d completion %d differs", i, c)
			}
		}
	}
	if accepted < 60 || accepted == len(inputs) {
		t.Fatalf("%d of %d inputs accepted: the mutations do not test both sides", accepted, len(inputs))
	}
	t.Logf("%d inputs, %d accepted", len(inputs), accepted)
}

// TestRewardJudgeGas measures RewardJudge.judge on the largest payloads a run
// can make (about 64 KB of completion tokens, or 512 completions) and requires
// them to fit the per-transaction gas cap of 2^24 (EIP-7825) with room for
// convictReward's own checks.
func TestRewardJudgeGas(t *testing.T) {
	k := newJudgeChain(t)
	for _, x := range []struct{ g, n int }{{8, 8}, {64, 32}, {16, 4000}, {-16, 4000}, {512, 50}, {768, 50}} {
		eosFirst := x.g < 0
		x.g = max(x.g, -x.g)
		c := judgeRun{task: "sort", level: 8, seed: 1, g: uint32(x.g), l: 1, partialWeight: 0.5}
		cs := make([][]byte, x.g)
		for i := range cs {
			cs[i] = bytes.Repeat([]byte{3 + byte(i%10)}, x.n)
			if eosFirst {
				cs[i][0] = tasks.EOS
			}
		}
		id := verify.Hash{1}
		pl := honestPayload(t, c, id, 0, [20]byte{2}, 0, cs)
		b := check(pl.Encode())(t)
		data := k.j.PackJudge(c.encode(t), b, id, 0)
		addr := k.judge.Address()
		gas := check(k.ch.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &addr, Data: data}))(t)
		res := check(bind.Call(k.judge, callOpts, data, k.j.UnpackJudge))(t)
		if res.Verdict != 0 {
			t.Fatalf("G %d × %d tokens: verdict %d", x.g, x.n, res.Verdict)
		}
		if x.g <= 512 && gas > 1<<24-1_000_000 {
			t.Errorf("G = %d × %d tokens: %d gas leaves less than 1,000,000 of the 2^24 cap", x.g, x.n, gas)
		}
		t.Logf("judge, sort level 8, G = %d completions of %d tokens (%d payload bytes): %d gas", x.g, x.n, len(b), gas)
	}
}

// TestRewardsTensorRootDifferential: RewardJudge.rewardsTensorRoot of a payload is
// verify.TensorRoot of its claimed rewards as a [G] tensor (G across chunk boundaries).
func TestRewardsTensorRootDifferential(t *testing.T) {
	k := newJudgeChain(t)
	rng := rand.New(rand.NewPCG(13, 1))
	for _, g := range []int{1, 2, 63, 64, 65, 128, 129, 300, 1024} {
		p := &payload.Payload{Version: 1, Run: verify.Hash{1}}
		rw := make([]float32, g)
		for i := range rw {
			p.Completions = append(p.Completions, []byte{3})
			b := rng.Uint32N(0x7F800000) | rng.Uint32N(2)<<31
			p.Rewards = append(p.Rewards, b)
			rw[i] = math.Float32frombits(b)
		}
		b := check(p.Encode())(t)
		got := check(bind.Call(k.judge, callOpts, k.j.PackRewardsTensorRoot(b), k.j.UnpackRewardsTensorRoot))(t)
		if want := verify.TensorRoot(repops.FromData(rw, g)); got != want {
			t.Fatalf("G = %d: solidity %x, go %x", g, got, want)
		}
	}
}

// FuzzRewardJudgePayload: on any bytes, RewardJudge.readPayload accepts exactly what
// payload.Decode accepts, and reads the same fields.
func FuzzRewardJudgePayload(f *testing.F) {
	k := newJudgeChain(f)
	p := &payload.Payload{Version: 1, Run: verify.Hash{7}, Round: 300, Author: [20]byte{1}, Group: 2, Problem: 1 << 40,
		Completions: [][]byte{{3, 4, 2}, {60}}, Rewards: []uint32{0x3f800000, 0}}
	f.Add(check(p.Encode())(f))
	f.Add([]byte{0xa8, 0x00, 0x01})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		res, err := bind.Call(k.judge, callOpts, k.j.PackReadPayload(in), k.j.UnpackReadPayload)
		if err != nil {
			t.Fatalf("readPayload(%x): %v", in, err)
		}
		want, derr := payload.Decode(in)
		if res.Ok != (derr == nil) {
			t.Fatalf("readPayload(%x): ok %v, payload.Decode %v", in, res.Ok, derr)
		}
		if derr == nil && (res.V.Run != want.Run || res.V.Round != want.Round || res.V.Problem != want.Problem ||
			res.V.Author != common.Address(want.Author) || len(res.V.Rewards) != len(want.Rewards)) {
			t.Fatalf("readPayload(%x): read %+v, want %+v", in, res.V, want)
		}
	})
}
