package swarmtest

import (
	"context"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/swarm"
)

// modelCase is one vote on θ_{D+1} by the final set of round 0 (peers 1, 2, 3; peer i is
// Peers[i-1]).
type modelCase struct {
	name  string
	stake map[int]uint64 // needs SetStake
	votes map[int]swarm.Root
	early bool // decided before T_{D+1}
	want  func(genesis swarm.Root) swarm.Root
}

var (
	voteX, voteY = swarm.Root{0xa}, swarm.Root{0xb}
	modelCases   = []modelCase{
		{"majority at once", nil, map[int]swarm.Root{1: voteY, 2: voteY, 3: voteX}, true, fixed(voteY)},
		{"stake outweighs heads", map[int]uint64{3: 5}, map[int]swarm.Root{1: voteY, 2: voteY, 3: voteX}, true, fixed(voteX)},
		{"plurality at T", nil, map[int]swarm.Root{1: voteY, 2: voteX}, false, fixed(voteX)}, // tie 1:1 → smaller root
		{"no votes: previous root", nil, nil, false, func(g swarm.Root) swarm.Root { return g }},
	}
)

func fixed(r swarm.Root) func(swarm.Root) swarm.Root { return func(swarm.Root) swarm.Root { return r } }

// finalRound0 makes peers 1..3 final in round 0 (each attested by its verifiers) and moves
// to T_D.
func finalRound0(t *testing.T, c *ChainUnderTest) {
	t.Helper()
	ctx, s := context.Background(), c.Schedule
	c.AdvanceTo(s.T(0))
	for i, a := range c.Peers[:3] {
		if err := c.As(a).Commit(ctx, c.Run, 0, conformCommitment(c.Genesis, byte(i+1))); err != nil {
			t.Fatal(err)
		}
	}
	c.AdvanceTo(s.C(0))
	for _, a := range c.Peers[:3] {
		as, err := c.As(a).Assignments(ctx, c.Run, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range as {
			if err := c.As(a).AttestContribution(ctx, c.Run, 0, x.Author); err != nil {
				t.Fatal(err)
			}
		}
	}
	c.AdvanceTo(s.T(s.D()))
}

func conformModelRoot(t *testing.T, c *ChainUnderTest, tc modelCase) {
	if tc.stake != nil && c.SetStake == nil {
		t.Skip("stakes are fixed at registration on this chain")
	}
	ctx, s, p := context.Background(), c.Schedule, c.Peers
	q := s.D() + 1
	for i, st := range tc.stake {
		c.SetStake(p[i-1], st)
	}
	if r, err := c.As(p[0]).ModelRoot(ctx, c.Run, q-1); err != nil || r != c.Genesis {
		t.Fatalf("θ_D (before D+1) = %s, %v; want the genesis root", r.Short(), err)
	}
	wantErr(t, "vote for θ_D", c.As(p[0]).AttestModel(ctx, c.Run, q-1, voteX), swarm.ErrRefused)
	finalRound0(t, c)
	wantErr(t, "vote by a non-contributor", c.As(p[3]).AttestModel(ctx, c.Run, q, voteX), swarm.ErrRefused)
	voters := make([]int, 0, len(tc.votes))
	for i := range tc.votes {
		voters = append(voters, i)
	}
	slices.Sort(voters)
	for _, i := range voters {
		if err := c.As(p[i-1]).AttestModel(ctx, c.Run, q, tc.votes[i]); err != nil {
			t.Fatal(err)
		}
	}
	want := tc.want(c.Genesis)
	r, err := c.As(p[0]).ModelRoot(ctx, c.Run, q)
	if tc.early {
		if err != nil || r != want {
			t.Fatalf("before T_%d: %s, %v; want %s", q, r.Short(), err, want.Short())
		}
		return
	}
	wantErr(t, "model root before T without a majority", err, swarm.ErrUndecided)
	c.AdvanceTo(s.T(q))
	if _, voted := tc.votes[3]; !voted {
		wantErr(t, "vote at T", c.As(p[2]).AttestModel(ctx, c.Run, q, voteY), swarm.ErrRoundClosed)
	}
	if r, err = c.As(p[0]).ModelRoot(ctx, c.Run, q); err != nil || r != want {
		t.Fatalf("at T_%d: %s, %v; want %s", q, r.Short(), err, want.Short())
	}
}
