// Package adversary builds the cheating nodes of a testnet (issue 12) on the node's adversary
// hooks (node.Adversary): each name of testnet.Adversaries is a set of wrappers around the
// honest node's own components, so that everything but the cheat stays the honest code.
//
// Every choice a cheat makes (which element, which bit, which reward) is a pure function of
// the node's address and the adversary's name, hashed with Keccak-256: two runs of the same
// testnet cheat alike, and nothing uses math/rand or the wall clock in anything hashed.
package adversary

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/training/repops"
)

// Names are the adversaries Build plays, in testnet.Adversaries' order.
var Names = []string{
	"tamper", "wrong-model", "empty-trace", "wrong-update", "wrong-reward", "copy",
	"withhold", "withhold-records", "sham-dispute", "offline-in-dispute", "lazy",
}

// Contributes reports whether the adversary's own contributions are its cheat (every one it
// commits is wrong, copied or withheld); the others (lazy, sham-dispute) contribute honestly
// and cheat as verifiers.
func Contributes(name string) bool {
	return slices.Contains(Names, name) && name != "lazy" && name != "sham-dispute"
}

// Build returns the wrappers that make a node with address self play the adversary name.
func Build(name string, self common.Address) (node.Adversary, error) {
	s := newSeed(name, self)
	switch name {
	case "tamper":
		return node.Adversary{Ops: s.flipMatMul()}, nil
	case "wrong-model":
		return node.Adversary{Compute: func(c node.Compute) node.Compute { return &wrongModel{Compute: c, seed: s} }}, nil
	case "empty-trace":
		return node.Adversary{Ops: s.flipMatMul(), Respond: truncateAnswers}, nil
	case "wrong-update":
		return node.Adversary{Compute: func(c node.Compute) node.Compute { return &wrongUpdate{Compute: c, seed: s} }}, nil
	case "wrong-reward":
		return node.Adversary{Compute: func(c node.Compute) node.Compute { return &wrongReward{Compute: c, seed: s} }}, nil
	case "copy":
		cp := &copier{}
		return node.Adversary{Chain: cp.wrap}, nil
	case "withhold":
		return node.Adversary{Serve: func(s blob.Store) blob.Store { return withholdStore{s} }}, nil
	case "withhold-records":
		return node.Adversary{Ops: s.flipMatMul(), Trace: withholdTrace, Respond: withholdWork}, nil
	case "sham-dispute":
		return node.Adversary{Check: s.flipMatMul()}, nil
	case "offline-in-dispute":
		return node.Adversary{Ops: s.flipMatMul(), Trace: withholdTrace, Answer: postThenSilent}, nil
	case "lazy":
		return node.Adversary{Compute: func(c node.Compute) node.Compute { return lazy{c} }}, nil
	}
	return node.Adversary{}, fmt.Errorf("unknown adversary %q: the adversaries are %s", name, strings.Join(Names, ", "))
}

// seed is H("apiary/adversary/v1" || name || address): the source of every choice a cheat makes.
type seed [32]byte

func newSeed(name string, self common.Address) seed {
	return seed(crypto.Keccak256Hash([]byte("apiary/adversary/v1"), []byte(name), self[:]))
}

// pick returns a pseudo-random number in [0, n) for the purpose named by label (n > 0).
func (s seed) pick(label string, n int) int {
	h := crypto.Keccak256(s[:], []byte(label))
	return int(binary.BigEndian.Uint64(h[:8]) % uint64(n))
}

// flipMatMul is an engine observer that flips one mantissa bit of one element of every
// matrix product's output that holds real numbers; the element (by its index modulo the
// output's length) and the bit are chosen by the seed. The parameter gradients are matrix
// products, so the step roots a tampered engine commits differ from an honest one's even
// when the group's advantages are all zero (a forward-pass op alone would then change
// nothing that is committed). Products whose every element is a nonzero-somewhere integer
// are left alone: a step computes its position ids with them, and a fractional id is no
// index at all (the engine would refuse it and the node stop). The observer has no notion
// of steps, so it cannot tamper one op per step consistently between a contribution and
// its replays: it tampers every such product, alike in both.
func (s seed) flipMatMul() repops.Observer {
	elem := s.pick("element", 1<<30)
	bit := 16 + s.pick("bit", 7) // a mantissa bit among the top seven: a visible change, never NaN or Inf
	return repops.ObserverFunc(func(op *repops.Op) {
		if op.Kind != repops.KindMatMul || len(op.Outputs) == 0 || len(op.Outputs[0].Data) == 0 {
			return
		}
		d := op.Outputs[0].Data
		if indexLike(d) {
			return
		}
		flipBit(d, elem%len(d), bit)
	})
}

// indexLike reports whether d holds only integers, not all zero: what index computations
// (position ids, counts) produce, and a real-valued product (activations, gradients, an
// all-zero gradient) does not.
func indexLike(d []float32) bool {
	zero := true
	for _, x := range d {
		if x != float32(int32(x)) {
			return false
		}
		if x != 0 {
			zero = false
		}
	}
	return !zero
}

// lazy is a verifier that attests every assigned contribution without re-executing it: its
// Verify accepts whatever it is given (the engine still fetches the data first).
type lazy struct{ node.Compute }

// Verify accepts the contribution unchecked.
func (lazy) Verify(context.Context, uint64, []byte, swarm.Committed, [][]byte, []byte) error {
	return nil
}
