package referee_test

import (
	"context"
	"encoding/binary"
	"flag"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/ledger/simchain"
	"github.com/apiary-rl/apiary/training/repops"
)

var softfloatCases = flag.Int("softfloat.cases", 0,
	"operand pairs per operation in TestSoftFloatDifferential (0: 100,000; 25,000 under -race)")

// softfloat op codes of SoftFloatHarness.run.
const (
	opAdd = iota
	opSub
	opMul
	opDiv
	opSqrt
	opLt
	opLe
	opEq
	opMin
	opMax
)

var opNames = []string{"add", "sub", "mul", "div", "sqrt", "lt", "le", "eq", "min", "max"}

// goRef is the reference: Go's float32 arithmetic with RepOps NaN
// canonicalisation, and RepOps' own Min/Max and Sqrt.
func goRef(op int, a, b uint32) uint32 {
	x, y := math.Float32frombits(a), math.Float32frombits(b)
	var r float32
	switch op {
	case opAdd:
		r = x + y
	case opSub:
		r = x - y
	case opMul:
		r = x * y
	case opDiv:
		r = x / y
	case opSqrt:
		r = float32(math.Sqrt(float64(x)))
	case opLt:
		return b2u(x < y)
	case opLe:
		return b2u(x <= y)
	case opEq:
		return b2u(x == y)
	case opMin:
		r = repops.Min(x, y)
	case opMax:
		r = repops.Max(x, y)
	}
	if r != r {
		return repops.CanonicalNaN
	}
	return math.Float32bits(r)
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func deployHarness(t *testing.T) (*simchain.Chain, *bind.BoundContract, *bindings.SoftFloatHarness) {
	t.Helper()
	ch, err := simchain.New(simchain.WithAccounts(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	h := bindings.NewSoftFloatHarness()
	addr, err := ch.Deploy(context.Background(), 0, common.FromHex(bindings.SoftFloatHarnessMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	return ch, h.Instance(ch.Client, addr), h
}

// runBatch evaluates op (named name in messages) on every pair through the contract.
func runBatch(t *testing.T, c *bind.BoundContract, h *bindings.SoftFloatHarness, op int, name string, pairs [][2]uint32) []uint32 {
	t.Helper()
	data := make([]byte, 8*len(pairs))
	for i, p := range pairs {
		binary.BigEndian.PutUint32(data[8*i:], p[0])
		binary.BigEndian.PutUint32(data[8*i+4:], p[1])
	}
	out, err := bind.Call(c, &bind.CallOpts{Context: context.Background()}, h.PackRun(uint8(op), data), h.UnpackRun)
	if err != nil {
		t.Fatalf("%s: call: %v", name, err)
	}
	if len(out) != 4*len(pairs) {
		t.Fatalf("%s: got %d result bytes, want %d", name, len(out), 4*len(pairs))
	}
	res := make([]uint32, len(pairs))
	for i := range res {
		res[i] = binary.BigEndian.Uint32(out[4*i:])
	}
	return res
}

// TestSoftFloatDifferential runs random and edge-case operands through the
// Solidity soft-float and through Go's float32 arithmetic and requires every
// result to agree to the bit: -softfloat.cases pairs per operation (default
// 100,000), in batches of one eth_call each.
func TestSoftFloatDifferential(t *testing.T) {
	_, c, h := deployHarness(t)
	cases := *softfloatCases
	if cases == 0 {
		cases = 100_000
		if raceEnabled {
			cases = 25_000
			t.Logf("race detector on: %d cases per operation (run without -race for 100,000)", cases)
		}
	}
	const batch = 4000
	for op := range opNames {
		t.Run(opNames[op], func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(op)+1, 0x5eed))
			gen := newOperandGen(rng, op)
			checked, mismatches := 0, 0
			for checked < cases {
				n := min(batch, cases-checked)
				pairs := make([][2]uint32, n)
				for i := range pairs {
					pairs[i] = gen.next()
				}
				got := runBatch(t, c, h, op, opNames[op], pairs)
				for i, p := range pairs {
					want := goRef(op, p[0], p[1])
					if got[i] != want {
						mismatches++
						if mismatches <= 10 {
							t.Errorf("%s(%#08x, %#08x) = %#08x, want %#08x", opNames[op], p[0], p[1], got[i], want)
						}
					}
				}
				checked += n
			}
			t.Logf("%s: %d cases, %d mismatches", opNames[op], checked, mismatches)
		})
	}
}
