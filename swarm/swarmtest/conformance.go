package swarmtest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// ChainUnderTest is one implementation of swarm.Chain as RunChainConformance drives it: a
// fresh run whose registered peers have equal stakes and whose chain time is at or before T_0.
type ChainUnderTest struct {
	Run      swarm.RunID
	Schedule swarm.Schedule
	// Genesis is the model root of θ_0.
	Genesis swarm.Root
	// Peers are registered peers with equal stakes, at least as many as asked for.
	Peers []common.Address
	// Stranger is an address that is not registered.
	Stranger common.Address
	// As returns the chain as seen by peer's key.
	As func(peer common.Address) swarm.Chain
	// AdvanceTo moves chain time to at least t and returns once As answers as of that time,
	// with whatever an implementation needs done at that time done (a keeper's round close).
	AdvanceTo func(t time.Time)
	// OpenDispute and ResolveDispute (both or neither) open a dispute on author's
	// contribution to round and resolve it; nil where the suite cannot stage disputes.
	OpenDispute    func(round uint64, author common.Address) error
	ResolveDispute func(round uint64, author common.Address, convicted bool) error
	// SetStake changes a peer's stake; nil where stakes are fixed at registration.
	SetStake func(peer common.Address, stake uint64)
}

// NewChainFunc builds a fresh chain under test with peers registered peers and verifiers
// assigned to each contribution.
type NewChainFunc func(t *testing.T, peers, verifiers int) *ChainUnderTest

// RunChainConformance checks that an implementation of swarm.Chain follows the protocol v2
// rules (docs/PROTOCOL.md §3.8) as the round engine relies on them: the commit window and
// what it refuses, verifier assignment after C_r, the attestation window, the final set, and
// the stake-weighted model-root vote. The in-memory Chain and the ledger adapter both pass it.
// Subtests named in skip (e.g. "ModelRoot/plurality at T") are skipped: a slow chain runs
// the cases another chain already covers.
func RunChainConformance(t *testing.T, newChain NewChainFunc, skip ...string) {
	run := func(name string, f func(t *testing.T)) {
		t.Run(name, func(t *testing.T) {
			if slices.Contains(skip, name) {
				t.Skip("skipped by the caller")
			}
			f(t)
		})
	}
	run("CommitWindow", func(t *testing.T) { conformCommitWindow(t, newChain(t, 2, 1)) })
	run("FinalSet", func(t *testing.T) { conformFinalSet(t, newChain(t, 5, 1)) })
	run("Registry", func(t *testing.T) { conformRegistry(t, newChain(t, 2, 1)) })
	for _, tc := range modelCases {
		run("ModelRoot/"+tc.name, func(t *testing.T) { conformModelRoot(t, newChain(t, 4, 2), tc) })
	}
}

// conformCommitment is peer update's commitment trained from base.
func conformCommitment(base swarm.Root, update byte) swarm.Commitment {
	return swarm.Commitment{Base: base, BatchRoot: swarm.Root{update, 3}, TraceRoot: swarm.Root{update, 2},
		UpdateRoot: swarm.Root{update}, UpdateBlob: swarm.Root{update, 1}, UpdateSize: 10, NSteps: 3}
}

func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s: got %v, want %v", what, err, want)
	}
}

func conformCommitWindow(t *testing.T, c *ChainUnderTest) {
	ctx := context.Background()
	s, p := c.Schedule, c.Peers
	c.AdvanceTo(s.T(0))
	a := c.As(p[0])
	wantErr(t, "commit before T_1", a.Commit(ctx, c.Run, 1, conformCommitment(c.Genesis, 7)), swarm.ErrRoundClosed)
	if err := a.Commit(ctx, c.Run, 0, conformCommitment(c.Genesis, 7)); err != nil {
		t.Fatalf("commit in the window: %v", err)
	}
	wantErr(t, "second commit", a.Commit(ctx, c.Run, 0, conformCommitment(c.Genesis, 8)), swarm.ErrRefused)
	zero := conformCommitment(c.Genesis, 8)
	zero.TraceRoot = swarm.Root{}
	wantErr(t, "zero trace root", c.As(p[1]).Commit(ctx, c.Run, 0, zero), swarm.ErrRefused)
	zero = conformCommitment(c.Genesis, 8)
	zero.NSteps = 0
	wantErr(t, "no steps", c.As(p[1]).Commit(ctx, c.Run, 0, zero), swarm.ErrRefused)
	wantErr(t, "wrong base", c.As(p[1]).Commit(ctx, c.Run, 0, conformCommitment(swarm.Root{5}, 8)), swarm.ErrRefused)
	wantErr(t, "unregistered committer", c.As(c.Stranger).Commit(ctx, c.Run, 0, conformCommitment(c.Genesis, 9)), swarm.ErrRefused)
	c.AdvanceTo(s.C(0))
	wantErr(t, "commit at C_0", c.As(p[1]).Commit(ctx, c.Run, 0, conformCommitment(c.Genesis, 8)), swarm.ErrRoundClosed)
}

func conformRegistry(t *testing.T, c *ChainUnderTest) {
	ctx := context.Background()
	for _, a := range c.Peers {
		if ok, err := c.As(a).IsRegistered(ctx, c.Run, a); err != nil || !ok {
			t.Errorf("peer %s registered: got %v, %v; want true", a, ok, err)
		}
	}
	for range 2 { // a cached answer is the same
		if ok, err := c.As(c.Peers[0]).IsRegistered(ctx, c.Run, c.Stranger); err != nil || ok {
			t.Errorf("stranger registered: got %v, %v; want false", ok, err)
		}
	}
}

// conformFinalSet: five committers in this order: 1, 2, 3 (a copy of 1's batch), 4, 5. 4 is
// never attested; 5 is convicted in a dispute where the chain stages disputes, else never
// attested either. The final set is 1 and 2, in commit order, and only from F_0 with no
// dispute open.
func conformFinalSet(t *testing.T, c *ChainUnderTest) {
	ctx := context.Background()
	s, p := c.Schedule, c.Peers[:5]
	c.AdvanceTo(s.T(0))
	updates := []byte{10, 20, 10, 40, 50}
	for i, u := range updates {
		if err := c.As(p[i]).Commit(ctx, c.Run, 0, conformCommitment(c.Genesis, u)); err != nil {
			t.Fatal(err)
		}
	}
	_, err := c.As(p[0]).Assignments(ctx, c.Run, 0)
	wantErr(t, "assignments before C_0", err, swarm.ErrUndecided)
	c.AdvanceTo(s.C(0))
	verifierOf := map[common.Address]common.Address{}
	for _, v := range p {
		as, err := c.As(v).Assignments(ctx, c.Run, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range as {
			if x.Author == v {
				t.Fatalf("%s assigned to verify itself", x.Author)
			}
			if x.Commitment != conformCommitment(c.Genesis, updates[slices.Index(p, x.Author)]) {
				t.Errorf("assignment of %s: commitment %+v differs from the committed one", x.Author, x.Commitment)
			}
			verifierOf[x.Author] = v
		}
	}
	if len(verifierOf) != 5 {
		t.Fatalf("%d of 5 contributions have a verifier", len(verifierOf))
	}
	disputes := c.OpenDispute != nil
	attested := []int{0, 1, 2}
	if disputes {
		attested = append(attested, 4)
	}
	for _, i := range attested {
		v := verifierOf[p[i]]
		wrong := p[0]
		for _, w := range p {
			if w != v && w != p[i] {
				wrong = w
				break
			}
		}
		wantErr(t, "attestation by an unassigned peer", c.As(wrong).AttestContribution(ctx, c.Run, 0, p[i]), swarm.ErrRefused)
		if err := c.As(v).AttestContribution(ctx, c.Run, 0, p[i]); err != nil {
			t.Fatal(err)
		}
	}
	wantErr(t, "second attestation", c.As(verifierOf[p[0]]).AttestContribution(ctx, c.Run, 0, p[0]), swarm.ErrRefused)
	if disputes {
		if err := c.OpenDispute(0, p[4]); err != nil {
			t.Fatal(err)
		}
	}
	c.AdvanceTo(s.V(0))
	wantErr(t, "attestation at V_0", c.As(verifierOf[p[3]]).AttestContribution(ctx, c.Run, 0, p[3]), swarm.ErrRoundClosed)
	_, err = c.As(p[0]).FinalSet(ctx, c.Run, 0)
	wantErr(t, "final set before F_0", err, swarm.ErrNotFinal)
	c.AdvanceTo(s.F(0))
	if disputes {
		_, err = c.As(p[0]).FinalSet(ctx, c.Run, 0)
		wantErr(t, "final set with a dispute open", err, swarm.ErrNotFinal)
		if err := c.ResolveDispute(0, p[4], true); err != nil {
			t.Fatal(err)
		}
	}
	fs, err := c.As(p[0]).FinalSet(ctx, c.Run, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []common.Address
	for _, f := range fs {
		got = append(got, f.Author)
	}
	if want := p[:2]; !slices.Equal(got, want) {
		t.Fatalf("final set %v, want %v", got, want)
	}
	if fs[1].Commitment != conformCommitment(c.Genesis, 20) {
		t.Errorf("final set entry of %s: commitment %+v differs from the committed one", fs[1].Author, fs[1].Commitment)
	}
}
