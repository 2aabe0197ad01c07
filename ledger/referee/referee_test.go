package referee_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

type judge struct {
	t   *testing.T
	ref *bindings.Referee
	c   *bind.BoundContract
}

func deployReferee(t *testing.T) *judge {
	t.Helper()
	ch, err := simchain.New(simchain.WithAccounts(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	ctx := context.Background()
	index, err := ch.Deploy(ctx, 0, common.FromHex(bindings.IndexRefereeMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	reduce, err := ch.Deploy(ctx, 0, common.FromHex(bindings.ReduceRefereeMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := ch.Deploy(ctx, 0, common.FromHex(bindings.RefereeMetaData.Bin), bindings.NewReferee().PackConstructor(index, reduce))
	if err != nil {
		t.Fatal(err)
	}
	r := bindings.NewReferee()
	return &judge{t: t, ref: r, c: r.Instance(ch.Client, addr)}
}

func (j *judge) judge(root verify.Hash, p referee.Proof) (bindings.RefereeJudgement, error) {
	return bind.Call(j.c, &bind.CallOpts{Context: context.Background()}, j.ref.PackJudge(root, p), j.ref.UnpackJudge)
}

// TestElementProgramsMatchRepOps recomputes output elements of every
// supported operator of a real RepOps trace on chain and requires the
// Referee's result to equal RepOps' bits (verdict SolverRight).
func TestElementProgramsMatchRepOps(t *testing.T) {
	j := deployReferee(t)
	checked := 0
	for seed := uint64(1); seed <= 3; seed++ {
		rec, err := verify.RecordStep(workload(seed), nil)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(seed, 5))
		for i, op := range rec.Ops {
			if !verify.RefereeSupports(op.Kind) {
				t.Fatalf("workload op %d (%v) has no on-chain program", i, op.Kind)
			}
			n := op.Outputs[0].Len()
			elems := []int{0, n - 1, rng.IntN(n), rng.IntN(n), rng.IntN(n)}
			if i >= 18 { // the elementary functions and row ops
				if raceEnabled && seed > 1 {
					continue // one seed under -race: they cost the EVM most
				}
				for k := 0; k < 8 && !raceEnabled; k++ {
					elems = append(elems, rng.IntN(n))
				}
			}
			for slot := range op.Outputs { // Adam has three
				for _, e := range elems {
					p, err := referee.RecordingProof(rec, i, slot, e)
					if err != nil {
						t.Fatal(err)
					}
					got, err := j.judge(rec.TraceRoot(), p)
					if err != nil {
						t.Fatalf("op %d (%v) slot %d element %d: %s", i, op.Kind, slot, e, revertReason(err))
					}
					want := math.Float32bits(op.Outputs[slot].Data[e])
					if got.Verdict != referee.SolverRight || got.Computed != want {
						t.Errorf("op %d (%v) slot %d element %d: verdict %d, computed %#08x, want %#08x",
							i, op.Kind, slot, e, got.Verdict, got.Computed, want)
					}
					checked++
				}
			}
		}
	}
	t.Logf("%d elements recomputed on chain, all bit-identical to RepOps", checked)
}

// TestTamperedElementIsCaught commits one wrong output element and requires
// the Referee to find it, while a neighbouring element stays correct.
func TestTamperedElementIsCaught(t *testing.T) {
	j := deployReferee(t)
	// MatMul, AddRow, Div, Transpose, SumRows, MatMul; SiLU, Softmax, RMSNorm,
	// RMSNormGrad, CrossEntropyGrad (workload_test.go numbers the ops).
	for _, target := range []int{0, 1, 4, 13, 14, 16, 32, 34, 38, 39, 45} {
		const elem = 5
		rec, err := verify.RecordStep(workload(1), func(i int, op *repops.Op) {
			if i == target {
				d := op.Outputs[0].Data
				d[elem] = math.Float32frombits(math.Float32bits(d[elem]) ^ 1) // one ulp
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		got, err := j.judge(rec.TraceRoot(), check(referee.RecordingProof(rec, target, 0, elem))(t))
		if err != nil {
			t.Fatal(err)
		}
		if got.Verdict != referee.WrongElement || got.Computed == got.Committed {
			t.Errorf("tampered op %d: verdict %d (computed %#x, committed %#x), want WrongElement", target, got.Verdict, got.Computed, got.Committed)
		}
		got, err = j.judge(rec.TraceRoot(), check(referee.RecordingProof(rec, target, 0, elem+1))(t))
		if err != nil {
			t.Fatal(err)
		}
		if got.Verdict != referee.SolverRight {
			t.Errorf("untampered element of op %d: verdict %d", target, got.Verdict)
		}
	}
}

// TestGraphInconsistencyIsCaught commits a record whose input is not its
// producer's output (the data is consistent with the false input).
func TestGraphInconsistencyIsCaught(t *testing.T) {
	j := deployReferee(t)
	rec, err := verify.RecordStep(workload(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Op 2 (Mul(h2, h2)) claims its first input had another root.
	rec.Records[2].Inputs[0].Root = verify.Hash{0xba, 0xd}
	hs := make([]verify.Hash, len(rec.Records))
	for i := range rec.Records {
		hs[i] = rec.Records[i].Hash()
	}
	rec.StepRoot = verify.StepRoot(hs)
	p := check(referee.RecordingProof(rec, 2, 0, 3))(t)
	got, err := j.judge(rec.TraceRoot(), p)
	if err != nil {
		t.Fatal(err)
	}
	if got.Verdict != referee.WrongGraph {
		t.Fatalf("verdict %d, want WrongGraph", got.Verdict)
	}
}

// TestMalformedProofsRevert: proofs that do not fit the commitment are
// rejected, never judged.
func TestMalformedProofsRevert(t *testing.T) {
	j := deployReferee(t)
	rec, err := verify.RecordStep(workload(3), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(p *referee.Proof) verify.Hash{
		"wrong trace root": func(p *referee.Proof) verify.Hash { return verify.Hash{1} },
		"bad record sibling": func(p *referee.Proof) verify.Hash {
			p.Target.InStep.Siblings[0][0] ^= 1
			return rec.TraceRoot()
		},
		"flipped input chunk": func(p *referee.Proof) verify.Hash {
			p.Inputs[0].Chunks[7] ^= 1
			return rec.TraceRoot()
		},
		"flipped output chunk": func(p *referee.Proof) verify.Hash {
			p.Output.Chunks[9] ^= 1
			return rec.TraceRoot()
		},
		"missing sibling": func(p *referee.Proof) verify.Hash {
			p.Inputs[0].Siblings = p.Inputs[0].Siblings[1:]
			return rec.TraceRoot()
		},
		"extra sibling": func(p *referee.Proof) verify.Hash {
			p.Inputs[0].Siblings = append(p.Inputs[0].Siblings, [32]byte{})
			return rec.TraceRoot()
		},
		"trailing record byte": func(p *referee.Proof) verify.Hash {
			p.Target.Record = append(p.Target.Record, 0)
			return rec.TraceRoot()
		},
		"wrong shape": func(p *referee.Proof) verify.Hash {
			p.Output.Shape[0]++
			return rec.TraceRoot()
		},
		"element out of range": func(p *referee.Proof) verify.Hash {
			p.Element = 1 << 40
			return rec.TraceRoot()
		},
		"dropped producer": func(p *referee.Proof) verify.Hash {
			p.Producers = p.Producers[:1]
			return rec.TraceRoot()
		},
	}
	for name, mod := range cases {
		p := check(referee.RecordingProof(rec, 1, 0, 10))(t) // AddRow(h, b): a producer and an external input
		root := mod(&p)
		if _, err := j.judge(root, p); err == nil {
			t.Errorf("%s: judged, want a revert", name)
		}
	}
}

func check[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}
