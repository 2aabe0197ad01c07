package verify

import (
	"encoding/binary"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

func TestModelRoot(t *testing.T) {
	a := repops.FromData([]float32{1, 2, 3}, 3).Named("w")
	b := repops.FromData([]float32{4}, 1).Named("b")
	root, err := ModelRoot([]*repops.Tensor{a, b})
	if err != nil {
		t.Fatal(err)
	}
	// By hand: two leaves, one tree node, the counted root.
	leaf := func(p *repops.Tensor) Hash {
		n, r := Keccak256([]byte(p.Name)), TensorRoot(p)
		return Keccak256([]byte{0x14}, n[:], r[:])
	}
	la, lb := leaf(a), leaf(b)
	node := Keccak256([]byte{0x11}, la[:], lb[:])
	var cnt [4]byte
	binary.BigEndian.PutUint32(cnt[:], 2)
	if want := Keccak256([]byte{0x15}, cnt[:], node[:]); root != want {
		t.Fatalf("ModelRoot = %s, want %s", root, want)
	}
	// Names, order and every bit matter.
	renamed := repops.FromData([]float32{1, 2, 3}, 3).Named("v")
	changed := repops.FromData([]float32{1, 2, 3.0000002}, 3).Named("w")
	for name, ps := range map[string][]*repops.Tensor{
		"renamed": {renamed, b}, "swapped": {b, a}, "changed": {changed, b}, "shorter": {a},
	} {
		if r, _ := ModelRoot(ps); r == root {
			t.Errorf("%s parameters give the same model root", name)
		}
	}
}
