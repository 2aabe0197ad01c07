package referee_test

import (
	"context"
	"flag"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

var programCases = flag.Int("programs.cases", 0,
	"output elements per kind in TestDelegatedProgramsDifferential (0: 10,000; 1,000 under -race)")

// impossibleBit marks a ProgramsHarness result the program found impossible.
const impossibleBit = 1 << 32

// delegatedKinds are the kinds of IndexReferee and ReduceReferee.
var delegatedKinds = []repops.Kind{
	repops.KindEmbedding, repops.KindEmbeddingGrad, repops.KindPick, repops.KindPickGrad, repops.KindConcat,
	repops.KindSlice, repops.KindReshape, repops.KindSum, repops.KindMean, repops.KindAdam,
}

// wholeSlice is all of t as one unproven slice (the harness checks no root).
func wholeSlice(t *repops.Tensor) bindings.TensorSlice {
	s := bindings.TensorSlice{Shape: u32s(t.Shape), Chunks: []byte{}, Siblings: [][32]byte{}}
	for c := 0; c < verify.NumChunks(t.Len()); c++ {
		ch := verify.EncodeChunk(t.Data, c)
		s.Chunks = append(s.Chunks, ch[:]...)
	}
	return s
}

func u32s(s []int) []uint32 {
	out := make([]uint32, len(s))
	for i, d := range s {
		out[i] = uint32(d)
	}
	return out
}

// harnessCase is the ProgramsHarness case computing elems of output slot of op.
func harnessCase(op *repops.Op, slot int, elems []uint64) bindings.ProgramsHarnessCase {
	c := bindings.ProgramsHarnessCase{
		Kind: uint16(op.Kind), Attrs: append([]uint32{}, op.Attrs...), Outputs: uint8(len(op.Outputs)),
		OutShape: u32s(op.Outputs[slot].Shape), Slot: uint8(slot), Elems: elems,
	}
	for _, in := range op.Inputs {
		c.Ins = append(c.Ins, wholeSlice(in))
	}
	return c
}

// TestDelegatedProgramsDifferential runs random RepOps ops of every kind
// of IndexReferee and ReduceReferee (special values, repeated and corrupted
// ids, empty concat parts) through the Solidity programs in
// ProgramsHarness and requires every output element to equal RepOps' bits,
// or to be refused where RepOps would refuse the op: -programs.cases
// elements per kind (default 10,000; Sum and Mean have one element per op,
// and a quarter as many under -race).
func TestDelegatedProgramsDifferential(t *testing.T) {
	ch, err := simchain.New(simchain.WithAccounts(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	addr, err := ch.Deploy(context.Background(), 0, common.FromHex(bindings.ProgramsHarnessMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	h := bindings.NewProgramsHarness()
	c := h.Instance(ch.Client, addr)
	cases := *programCases
	if cases == 0 {
		cases = 10_000
		if raceEnabled {
			cases = 1_000
			t.Logf("race detector on: %d elements per kind (run without -race for 10,000)", cases)
		}
	}
	const batch = 3000 // elements per eth_call
	for ki, k := range delegatedKinds {
		t.Run(k.String(), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(ki)+1, 0xd1ff))
			cases := cases
			if raceEnabled && (k == repops.KindSum || k == repops.KindMean) {
				cases /= 4 // a whole reduction per element
			}
			checked, refused, mismatches := 0, 0, 0
			for checked < cases {
				var ops []progOp
				var cs []bindings.ProgramsHarnessCase
				var slots []int
				for n := 0; n < batch && checked+n < cases; {
					po := genOp(rng, k)
					slot := rng.IntN(len(po.op.Outputs))
					m := po.op.Outputs[slot].Len()
					if m == 0 {
						continue
					}
					elems := make([]uint64, m)
					for i := range elems {
						elems[i] = uint64(i)
					}
					ops, slots = append(ops, po), append(slots, slot)
					cs = append(cs, harnessCase(&po.op, slot, elems))
					n += m
				}
				got, err := bind.Call(c, &bind.CallOpts{Context: context.Background()}, h.PackRun(cs), h.UnpackRun)
				if err != nil {
					t.Fatalf("%v: call: %v", k, err)
				}
				for i, po := range ops {
					out := po.op.Outputs[slots[i]]
					for e, g := range got[i] {
						want := uint64(math.Float32bits(out.Data[e]))
						if po.impossible(slots[i], e) {
							want = impossibleBit
							refused++
						}
						if g.Uint64() != want {
							mismatches++
							if mismatches <= 10 {
								t.Errorf("%v %v attrs %v slot %d element %d: got %#x, want %#x", k, po.op.Outputs[slots[i]].Shape,
									po.op.Attrs, slots[i], e, g.Uint64(), want)
							}
						}
						checked++
					}
				}
			}
			t.Logf("%v: %d elements (%d refused as impossible), %d mismatches", k, checked, refused, mismatches)
		})
	}
}
