package indexer_test

import (
	"context"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/indexer"
	"github.com/apiary-rl/apiary/node/indexer/indexertest"
)

func sync(t *testing.T, ix *indexer.Indexer) indexer.Cursor {
	t.Helper()
	c, err := ix.Sync(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestLeaderboardMatchesChain plays two rounds with a duplicate, a
// conviction and a lost challenge on a real Ledger, and checks every
// leaderboard figure against the contract's own views.
func TestLeaderboardMatchesChain(t *testing.T) {
	c := indexertest.New(t)
	ix, err := indexer.New(indexer.ChainSource(c.Clients[0]), c.Run)
	if err != nil {
		t.Fatal(err)
	}
	c.Play()
	cur := sync(t, ix)
	head, _ := c.Sim.Client.BlockNumber(c.Ctx)
	if cur != (indexer.Cursor{Block: head + 1}) {
		t.Fatalf("cursor %+v, want block %d", cur, head+1)
	}
	view := c.Clients[0]
	fee := big.NewInt(1e17)
	if len(c.Resolved) == 0 || c.Resolved[0].WhistleblowerReward.Sign() == 0 {
		t.Fatalf("the scenario's conviction paid no whistleblower share: %+v", c.Resolved)
	}
	board := ix.Leaderboard()
	if len(board) != 5 {
		t.Fatalf("leaderboard has %d rows, want the 5 peers: %+v", len(board), board)
	}
	for i, e := range board {
		if e.Rank != i+1 {
			t.Fatalf("row %d rank %d", i, e.Rank)
		}
		m, err := view.Member(c.Ctx, c.Run, e.Address)
		if err != nil {
			t.Fatal(err)
		}
		if e.Stake.Cmp(m.Stake) != 0 {
			t.Errorf("%s stake %v, chain says %v", e.Address, e.Stake, m.Stake)
		}
		earned := new(big.Int)
		var contributions, final uint64
		for r := uint64(0); r < 2; r++ {
			rd, _ := view.Round(c.Ctx, c.Run, r)
			k, err := view.Contribution(c.Ctx, c.Run, r, e.Address)
			if err != nil {
				t.Fatal(err)
			}
			if k.Status != 0 {
				contributions++
			}
			fs, _ := view.FinalSet(c.Ctx, c.Run, r)
			for _, a := range fs {
				if a == e.Address {
					final++
					earned.Add(earned, rd.PerContribution)
				}
			}
			earned.Add(earned, new(big.Int).Mul(fee, big.NewInt(int64(k.Verified))))
		}
		// A won conviction pays the challenger its whistleblower share at once (the chain's
		// DisputeResolved event says how much: the slash times whistleblowerBps).
		share := new(big.Int)
		for _, d := range c.Resolved {
			if d.Winner == e.Address && d.WhistleblowerReward != nil {
				share.Add(share, d.WhistleblowerReward)
			}
		}
		earned.Add(earned, share)
		if e.Whistleblower.Cmp(share) != 0 {
			t.Errorf("%s whistleblower %v, the chain paid it %v", e.Address, e.Whistleblower, share)
		}
		if e.Earned.Cmp(earned) != 0 || e.Contributions != contributions || e.Final != final {
			t.Errorf("%s earned %v in %d final of %d contributions, chain says %v, %d, %d", e.Address, e.Earned,
				e.Final, e.Contributions, earned, final, contributions)
		}
		if i > 0 && board[i-1].Earned.Cmp(e.Earned.Int) < 0 {
			t.Errorf("row %d earned %v above row %d's %v", i, e.Earned, i-1, board[i-1].Earned)
		}
	}
	// Peer 1 leaves round 1 unclaimed; everyone else claimed all it earned.
	for _, e := range board {
		unclaimed := new(big.Int).Sub(e.Earned.Int, e.Claimed.Int)
		want := new(big.Int)
		if e.Address == c.Addr(1) {
			rw := ix.Rewards(e.Address)
			want.Add(rw[1].Reward.Int, rw[1].Fees.Int)
		}
		if unclaimed.Cmp(want) != 0 {
			t.Errorf("%s unclaimed %v, want %v", e.Address, unclaimed, want)
		}
	}
	p2, _ := ix.Rank(c.Addr(2))
	p5, _ := ix.Rank(c.Addr(5))
	if p2.Slashed.Cmp(indexertest.Eth(10)) != 0 || p2.DisputesLost != 1 || p2.Final != 0 {
		t.Errorf("peer 2 %+v, want slashed 10 ether, one dispute lost, nothing final", p2)
	}
	if p5.Duplicates != 1 || p5.Final != 0 {
		t.Errorf("peer 5 %+v, want one duplicate and nothing final", p5)
	}
	p1, _ := ix.Rank(c.Addr(1))
	p3, _ := ix.Rank(c.Addr(3))
	p4, _ := ix.Rank(c.Addr(4))
	if p1.DisputesWon != 1 || p3.DisputesWon != 1 || p4.DisputesLost != 1 {
		t.Errorf("disputes: peer 1 won %d, peer 3 won %d, peer 4 lost %d; want 1 each", p1.DisputesWon,
			p3.DisputesWon, p4.DisputesLost)
	}
	var penalized big.Int
	for _, e := range board {
		penalized.Add(&penalized, e.Penalized.Int)
	}
	if penalized.Cmp(indexertest.Eth(4)) != 0 { // peer 2's two verifiers, 2 ether each
		t.Errorf("penalties %v, want 4 ether", &penalized)
	}

	ds := ix.Disputes()
	if len(ds) != 2 || ds[0].ID != c.Disputes[1] || ds[0].State != "solver_won" || ds[0].Outcome != "proof_timeout" ||
		ds[1].State != "challenger_won" || ds[1].Outcome != "step_timeout" || !ds[0].StepPosted {
		t.Errorf("disputes %+v", ds)
	}
	rounds := ix.Rounds()
	if len(rounds) != 3 || rounds[2].ModelRoot != indexertest.AgreedRoot || len(rounds[2].Commits) != 0 || len(rounds[0].Commits) != 5 || !rounds[0].Commits[4].Duplicate ||
		!rounds[0].Commits[1].Convicted || !rounds[1].Finalized || rounds[1].FinalCount != 3 {
		t.Errorf("rounds %+v", rounds)
	}
	for _, r := range rounds[:2] {
		rd, _ := view.Round(c.Ctx, c.Run, r.Round)
		// The payouts of a round sum, over the peers, to what the chain allocated.
		paid := new(big.Int)
		for _, e := range board {
			for _, rw := range ix.Rewards(e.Address) {
				if rw.Round == r.Round {
					paid.Add(paid, rw.Reward.Int).Add(paid, rw.Fees.Int)
				}
			}
		}
		alloc := new(big.Int).Mul(rd.PerContribution, big.NewInt(int64(rd.FinalCount)))
		if alloc.Add(alloc, r.Fees.Int); paid.Cmp(alloc) != 0 || r.Fees.Sign() == 0 {
			t.Errorf("round %d: peers earned %v, the chain allocated %v", r.Round, paid, alloc)
		}
		if r.PerContribution.Cmp(rd.PerContribution) != 0 || r.FinalCount != rd.FinalCount || r.Beacon != rd.Beacon {
			t.Errorf("round %d %+v, chain says %+v", r.Round, r, rd)
		}
	}
	if _, err := ix.Round(7); err == nil {
		t.Error("round 7 found, want ErrNoRound")
	}
	if got := ix.Rewards(common.Address{9}); len(got) != 0 {
		t.Errorf("rewards of an unknown address: %+v", got)
	}
}

// TestResume syncs part of the history, stores the state, and resumes a new
// indexer from it: the result equals one indexer that read everything at
// once, and a Sync with nothing new changes nothing.
func TestResume(t *testing.T) {
	c := indexertest.New(t)
	src := indexer.ChainSource(c.Clients[0])
	first, err := indexer.New(src, c.Run)
	if err != nil {
		t.Fatal(err)
	}
	c.PlayRound0()
	mid := sync(t, first)
	b, err := indexer.MarshalState(first.State())
	if err != nil {
		t.Fatal(err)
	}
	c.PlayRound1()
	c.Finish()
	st, err := indexer.UnmarshalState(b)
	if err != nil {
		t.Fatal(err)
	}
	resumed, err := indexer.New(src, c.Run, indexer.WithState(st))
	if err != nil {
		t.Fatal(err)
	}
	if resumed.Cursor() != mid {
		t.Fatalf("resumed at %+v, want %+v", resumed.Cursor(), mid)
	}
	sync(t, resumed)
	whole, _ := indexer.New(src, c.Run)
	sync(t, whole)
	if !reflect.DeepEqual(resumed.State(), whole.State()) {
		t.Fatalf("resumed state differs from a full read:\n%+v\n%+v", resumed.Leaderboard(), whole.Leaderboard())
	}
	before := whole.State()
	sync(t, whole)
	if !reflect.DeepEqual(before, whole.State()) {
		t.Fatal("a second Sync with no new blocks changed the state")
	}
	if _, err := indexer.New(src, ledger.RunID{1}, indexer.WithState(st)); err == nil {
		t.Fatal("a state of another run was accepted")
	}
}

// TestSynced: WithSynced is given the state after each Sync that moved the cursor, equal to
// the indexer's own, and not after a Sync with nothing new.
func TestSynced(t *testing.T) {
	c := indexertest.New(t)
	var got []*indexer.State
	ix, err := indexer.New(indexer.ChainSource(c.Clients[0]), c.Run,
		indexer.WithSynced(func(s *indexer.State) { got = append(got, s) }))
	if err != nil {
		t.Fatal(err)
	}
	c.PlayRound0()
	cur := sync(t, ix)
	if len(got) != 1 || got[0].Cursor != cur || !reflect.DeepEqual(got[0], ix.State()) {
		t.Fatalf("after the first Sync: %d states given, want 1 equal to the indexer's at %+v", len(got), cur)
	}
	sync(t, ix)
	if len(got) != 1 {
		t.Fatalf("a Sync with no new block gave %d states, want none", len(got)-1)
	}
	c.PlayRound1()
	cur = sync(t, ix)
	if len(got) != 2 || got[1].Cursor != cur || reflect.DeepEqual(got[0], got[1]) {
		t.Fatalf("after round 1: %d states, want a second one at %+v", len(got), cur)
	}
}
