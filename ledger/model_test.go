package ledger_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

// TestModelAttestation: the final set of round r-D votes the model of round
// r+1 by run stake; a stake majority wins at once, else the plurality at
// T_{r+1} (ties: the smaller root); no vote keeps the previous root; commits
// must then build on the attested root.
func TestModelAttestation(t *testing.T) {
	e := newEnv(t, 6, testParams())
	sub := e.clients[0]
	cfg := runConfig(0)
	cfg.NumRounds = 4
	id := check(sub.CreateRun(e.ctx, cfg, nil, eth(40)))(t)
	quiet := check(sub.CreateRun(e.ctx, cfg, nil, eth(40)))(t) // nobody votes
	for i, stake := range []int64{20, 20, 40, 20} {
		check(e.clients[i+1].JoinRun(e.ctx, id, eth(stake)))(t)
	}
	for r := uint64(0); r < 2; r++ {
		e.at(id, r, 0)
		for i := 1; i <= 3; i++ {
			check(e.clients[i].Commit(e.ctx, id, r, commitment(byte(i))))(t)
		}
		e.at(id, r, tCommit)
		e.beacon(id, r)
		e.attestAll(id, r, 1, 2, 3)
	}
	a, b, c, d := common.Hash{0xaa}, common.Hash{0x0b}, common.Hash{0xcc}, common.Hash{0xdd}
	vote := func(peer int, round uint64, root common.Hash) {
		t.Helper()
		check(e.clients[peer].AttestModel(e.ctx, id, round, root))(t)
	}
	_, err := e.clients[1].AttestModel(e.ctx, id, 2, b)
	wantRevert(t, err, "RoundNotFinalized") // round 0 is not final yet
	e.at(id, 0, tFinal)
	check(sub.FinalizeRound(e.ctx, id, 0))(t)
	_, err = e.clients[1].AttestModel(e.ctx, id, 1, b)
	wantRevert(t, err, "NoVote") // theta_2 = theta_1: r < D
	_, err = e.clients[4].AttestModel(e.ctx, id, 2, b)
	wantRevert(t, err, "NotAVoter")
	// Theta_3: 40 ether for b, 40 for a, of 80: no majority.
	vote(1, 2, b)
	vote(2, 2, b)
	vote(3, 2, a)
	_, err = e.clients[1].AttestModel(e.ctx, id, 2, a)
	wantRevert(t, err, "AlreadyAttested")
	if v := check(sub.Votes(e.ctx, id, 2, b))(t); v.Cmp(eth(40)) != 0 {
		t.Fatalf("votes for b %v, want 40 ether", v)
	}
	if mr := check(sub.ModelRoot(e.ctx, id, 3))(t); mr != ([32]byte{}) {
		t.Fatalf("theta_3 %x before T_3 without a majority, want zero", mr)
	}
	// Theta_4: 60 of 80 for c: agreed at once.
	e.at(id, 1, tFinal)
	check(sub.FinalizeRound(e.ctx, id, 1))(t)
	vote(3, 3, c)
	vote(1, 3, d)
	if mr := check(sub.ModelRoot(e.ctx, id, 4))(t); mr != ([32]byte{}) {
		t.Fatalf("theta_4 %x with 40 of 80 ether, want zero", mr)
	}
	vote(2, 3, c)
	if mr := check(sub.ModelRoot(e.ctx, id, 4))(t); mr != c {
		t.Fatalf("theta_4 %x, want the majority root %x", mr, c)
	}
	agreed := check(ledger.History[ledger.ModelAgreed](e.ctx, sub, 0, nil))(t)
	if len(agreed) != 1 || agreed[0].RunId != id || agreed[0].Round != 3 || agreed[0].ModelRoot != c {
		t.Fatalf("ModelAgreed history %+v, want round 3's majority root", agreed)
	}
	if votes := check(ledger.History[ledger.ModelVoted](e.ctx, sub, 0, nil))(t); len(votes) != 6 {
		t.Fatalf("%d ModelVoted events, want 6", len(votes))
	}
	// At T_3 the tie between a and b goes to the smaller root, b.
	e.at(id, 3, 0)
	if mr := check(sub.ModelRoot(e.ctx, id, 3))(t); mr != b {
		t.Fatalf("theta_3 %x, want the smaller tied root %x", mr, b)
	}
	_, err = e.clients[4].AttestModel(e.ctx, id, 2, a)
	wantRevert(t, err, "VotingClosed")
	_, err = e.clients[1].Commit(e.ctx, id, 3, commitment(1))
	wantRevert(t, err, "WrongBase")
	cm := commitment(1)
	cm.Base = b
	check(e.clients[1].Commit(e.ctx, id, 3, cm))(t)
	wantBalanced(t, e, []ledger.RunID{id, quiet})
	if mr := check(sub.ModelRoot(e.ctx, quiet, 3))(t); mr != initialRoot {
		t.Fatalf("theta_3 of a run without votes %x, want the initial root", mr)
	}
}
