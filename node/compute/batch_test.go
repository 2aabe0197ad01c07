package compute

import (
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// TestCheckBatch: a batch must start with the committer's own L groups in group order and
// go on with other authors' groups of the round only; every other order is refused with
// ErrBatchOrder, in particular a batch of others' groups (a front-runner's).
func TestCheckBatch(t *testing.T) {
	c := DefaultConfig("add")
	c.L, c.E = 2, 2
	r, err := NewRun(c, verify.Keccak256([]byte("batch run")), repops.MustEngine())
	if err != nil {
		t.Fatal(err)
	}
	var alice, bob, carol [20]byte
	alice[19], bob[19], carol[19] = 1, 2, 3
	group := func(author [20]byte, round uint64, j uint32) []byte {
		p := &payload.Payload{Version: payload.Version, Run: r.ID, Round: round, Author: author, Group: j,
			Problem: uint64(j), Completions: [][]byte{{1, 2}}, Rewards: []uint32{0}}
		b, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a0, a1, a2 := group(alice, 5, 0), group(alice, 5, 1), group(alice, 5, 2)
	b0, c1 := group(bob, 5, 0), group(carol, 5, 1)
	ok := map[string][][]byte{
		"own only":      {a0, a1},
		"own, then two": {a0, a1, b0, c1},
		"own, then one": {a0, a1, c1},
	}
	for name, batch := range ok {
		if err := r.CheckBatch(5, alice, batch); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad := map[string][][]byte{
		"others' groups only":        {b0, c1},
		"externals first":            {b0, c1, a0, a1},
		"own groups swapped":         {a1, a0, b0},
		"one own group missing":      {a0, b0, c1},
		"own group among externals":  {a0, a1, b0, a2},
		"an external twice":          {a0, a1, b0, b0},
		"own group of another round": {group(alice, 4, 0), a1},
		"too many groups":            {a0, a1, b0, c1, group(bob, 5, 1)},
		"empty":                      {},
	}
	for name, batch := range bad {
		if err := r.CheckBatch(5, alice, batch); !errors.Is(err, ErrBatchOrder) {
			t.Errorf("%s: got %v, want ErrBatchOrder", name, err)
		}
	}
	if err := r.CheckBatch(5, alice, [][]byte{a0, []byte("not a payload")}); !errors.Is(err, payload.ErrMalformed) {
		t.Errorf("a group that does not decode: got %v", err)
	}
	if err := r.CheckBatch(5, bob, [][]byte{a0, a1}); !errors.Is(err, ErrBatchOrder) {
		t.Errorf("alice's batch committed by bob: got %v, want ErrBatchOrder", err)
	}
}
