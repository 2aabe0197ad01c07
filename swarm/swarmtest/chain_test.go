package swarmtest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// schedule: rounds of 10s, commits until +5s, attestations until +8s, final at +15s, D = 2.
var testSched = swarm.Schedule{Start: time.Unix(1000, 0), Round: 10 * time.Second, Rollouts: time.Second,
	Critiques: 2 * time.Second, Commit: 5 * time.Second, Verify: 3 * time.Second, Dispute: 4 * time.Second,
	DisputeDuration: 6 * time.Second}

var genesis = swarm.Root{0x99}

func addr(i byte) common.Address { return common.Address{i} }

func commitment(base swarm.Root, update byte) swarm.Commitment {
	return swarm.Commitment{Base: base, BatchRoot: swarm.Root{update, 3}, TraceRoot: swarm.Root{update, 2},
		UpdateRoot: swarm.Root{update}, UpdateBlob: swarm.Root{update, 1}, UpdateSize: 10, NSteps: 3}
}

func newTestChain(t *testing.T, peers int, opts ...ChainOption) (*Chain, *swarm.ChainClock) {
	t.Helper()
	if err := testSched.Check(); err != nil {
		t.Fatal(err)
	}
	clock := swarm.NewChainClock(testSched.Start)
	c := NewChain(Run, testSched, clock, genesis, opts...)
	for i := 1; i <= peers; i++ {
		c.Register(addr(byte(i)))
	}
	return c, clock
}

func TestChainCommitWindow(t *testing.T) {
	c, clock := newTestChain(t, 2)
	ctx := context.Background()
	a := c.As(addr(1))
	if err := a.Commit(ctx, Run, 1, commitment(genesis, 7)); !errors.Is(err, swarm.ErrRoundClosed) {
		t.Errorf("commit before T_1: got %v, want %v", err, swarm.ErrRoundClosed)
	}
	if err := a.Commit(ctx, Run, 0, commitment(genesis, 7)); err != nil {
		t.Fatalf("commit in the window: %v", err)
	}
	if err := a.Commit(ctx, Run, 0, commitment(genesis, 8)); !errors.Is(err, swarm.ErrRefused) {
		t.Errorf("second commit: got %v, want %v", err, swarm.ErrRefused)
	}
	zero := commitment(genesis, 8)
	zero.TraceRoot = swarm.Root{}
	if err := c.As(addr(2)).Commit(ctx, Run, 0, zero); !errors.Is(err, swarm.ErrRefused) {
		t.Errorf("zero trace root: got %v, want %v", err, swarm.ErrRefused)
	}
	if err := c.As(addr(2)).Commit(ctx, Run, 0, commitment(swarm.Root{5}, 8)); !errors.Is(err, swarm.ErrRefused) {
		t.Errorf("wrong base: got %v, want %v", err, swarm.ErrRefused)
	}
	if err := c.As(addr(9)).Commit(ctx, Run, 0, commitment(genesis, 9)); !errors.Is(err, swarm.ErrRefused) {
		t.Errorf("unregistered committer: got %v, want %v", err, swarm.ErrRefused)
	}
	clock.Observe(testSched.C(0))
	if err := c.As(addr(2)).Commit(ctx, Run, 0, commitment(genesis, 8)); !errors.Is(err, swarm.ErrRoundClosed) {
		t.Errorf("commit at C_0: got %v, want %v", err, swarm.ErrRoundClosed)
	}
}

// TestChainFinalSet: five committers in this order: 1, 2, 3 (a copy of 1's commitment), 4, 5.
// 4 is never attested, 5 is convicted in a dispute. The final set is 1 and 2, in commit
// order, and only from F_0 with no dispute open.
func TestChainFinalSet(t *testing.T) {
	c, clock := newTestChain(t, 5, WithVerifiers(1))
	ctx := context.Background()
	updates := []byte{10, 20, 10, 40, 50}
	for i, u := range updates {
		if err := c.As(addr(byte(i+1))).Commit(ctx, Run, 0, commitment(genesis, u)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.As(addr(1)).Assignments(ctx, Run, 0); !errors.Is(err, swarm.ErrUndecided) {
		t.Fatalf("assignments before C_0: got %v, want %v", err, swarm.ErrUndecided)
	}
	clock.Observe(testSched.C(0))
	verifierOf := map[common.Address]common.Address{}
	for i := 1; i <= 5; i++ {
		as, err := c.As(addr(byte(i))).Assignments(ctx, Run, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range as {
			if x.Author == addr(byte(i)) {
				t.Fatalf("%s assigned to verify itself", x.Author)
			}
			verifierOf[x.Author] = addr(byte(i))
		}
	}
	if len(verifierOf) != 5 {
		t.Fatalf("%d of 5 contributions have a verifier", len(verifierOf))
	}
	for _, i := range []byte{1, 2, 3, 5} {
		v := verifierOf[addr(i)]
		wrong := addr(1)
		if v == wrong || addr(i) == wrong {
			wrong = addr(2)
			if v == wrong || addr(i) == wrong {
				wrong = addr(3)
			}
		}
		if err := c.As(wrong).AttestContribution(ctx, Run, 0, addr(i)); !errors.Is(err, swarm.ErrRefused) {
			t.Errorf("attestation by an unassigned peer: got %v, want %v", err, swarm.ErrRefused)
		}
		if err := c.As(v).AttestContribution(ctx, Run, 0, addr(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.OpenDispute(0, addr(5)); err != nil {
		t.Fatal(err)
	}
	clock.Observe(testSched.V(0))
	if err := c.As(verifierOf[addr(4)]).AttestContribution(ctx, Run, 0, addr(4)); !errors.Is(err, swarm.ErrRoundClosed) {
		t.Errorf("attestation at V_0: got %v, want %v", err, swarm.ErrRoundClosed)
	}
	if _, err := c.FinalSet(ctx, Run, 0); !errors.Is(err, swarm.ErrNotFinal) {
		t.Fatalf("final set before F_0: got %v, want %v", err, swarm.ErrNotFinal)
	}
	clock.Observe(testSched.F(0))
	if _, err := c.FinalSet(ctx, Run, 0); !errors.Is(err, swarm.ErrNotFinal) {
		t.Fatalf("final set with a dispute open: got %v, want %v", err, swarm.ErrNotFinal)
	}
	if err := c.ResolveDispute(0, addr(5), true); err != nil {
		t.Fatal(err)
	}
	fs, err := c.FinalSet(ctx, Run, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []common.Address
	for _, f := range fs {
		got = append(got, f.Author)
	}
	if want := []common.Address{addr(1), addr(2)}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("final set %v, want %v", got, want)
	}
}

// finalRound0 makes committers final in round 0 (each attested) and moves to T_2.
func finalRound0(t *testing.T, c *Chain, clock *swarm.ChainClock, committers []byte) {
	t.Helper()
	ctx := context.Background()
	for _, i := range committers {
		if err := c.As(addr(i)).Commit(ctx, Run, 0, commitment(genesis, i)); err != nil {
			t.Fatal(err)
		}
	}
	clock.Observe(testSched.C(0))
	for _, i := range committers {
		as, err := c.As(addr(i)).Assignments(ctx, Run, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range as {
			if err := c.As(addr(i)).AttestContribution(ctx, Run, 0, x.Author); err != nil {
				t.Fatal(err)
			}
		}
	}
	clock.Observe(testSched.T(2))
}

func TestChainModelRoot(t *testing.T) {
	ctx := context.Background()
	x, y := swarm.Root{0xa}, swarm.Root{0xb}
	for _, tc := range []struct {
		name  string
		stake map[byte]uint64
		votes map[byte]swarm.Root
		early bool // decided before T_3
		want  swarm.Root
	}{
		{"majority at once", nil, map[byte]swarm.Root{1: y, 2: y, 3: x}, true, y},
		{"stake outweighs heads", map[byte]uint64{3: 5}, map[byte]swarm.Root{1: y, 2: y, 3: x}, true, x},
		{"plurality at T", nil, map[byte]swarm.Root{1: y, 2: x}, false, x}, // tie 1:1 → smaller root
		{"no votes: previous root", nil, nil, false, genesis},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, clock := newTestChain(t, 4)
			for a, s := range tc.stake {
				c.SetStake(addr(a), s)
			}
			if r, err := c.ModelRoot(ctx, Run, 2); err != nil || r != genesis {
				t.Fatalf("θ_2 (before D+1) = %s, %v; want the genesis root", r.Short(), err)
			}
			if err := c.As(addr(1)).AttestModel(ctx, Run, 2, x); !errors.Is(err, swarm.ErrRefused) {
				t.Fatalf("vote for θ_2: got %v, want %v", err, swarm.ErrRefused)
			}
			finalRound0(t, c, clock, []byte{1, 2, 3})
			if err := c.As(addr(4)).AttestModel(ctx, Run, 3, x); !errors.Is(err, swarm.ErrRefused) {
				t.Fatalf("vote by a non-contributor: got %v, want %v", err, swarm.ErrRefused)
			}
			for a, r := range tc.votes {
				if err := c.As(addr(a)).AttestModel(ctx, Run, 3, r); err != nil {
					t.Fatal(err)
				}
			}
			r, err := c.ModelRoot(ctx, Run, 3)
			if tc.early {
				if err != nil || r != tc.want {
					t.Fatalf("before T_3: %s, %v; want %s", r.Short(), err, tc.want.Short())
				}
				return
			}
			if !errors.Is(err, swarm.ErrUndecided) {
				t.Fatalf("before T_3 without a majority: got %s, %v; want %v", r.Short(), err, swarm.ErrUndecided)
			}
			clock.Observe(testSched.T(3))
			if err := c.As(addr(3)).AttestModel(ctx, Run, 3, y); !errors.Is(err, swarm.ErrRoundClosed) && tc.votes[3] == (swarm.Root{}) {
				t.Fatalf("vote at T_3: got %v, want %v", err, swarm.ErrRoundClosed)
			}
			if r, err = c.ModelRoot(ctx, Run, 3); err != nil || r != tc.want {
				t.Fatalf("at T_3: %s, %v; want %s", r.Short(), err, tc.want.Short())
			}
		})
	}
}
