package ledger_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

// disputeEnv: a run whose round 0 has contributions from accounts 1 and 2;
// account 3 is a registered non-contributor.
func disputeEnv(t *testing.T) (*env, ledger.RunID) {
	e := newEnv(t, 5, testParams())
	for i := 1; i <= 3; i++ {
		check(e.clients[i].Register(e.ctx, eth(20)))(t)
	}
	id := check(e.clients[0].CreateRun(e.ctx, runConfig(0), eth(30)))(t)
	check(e.clients[1].Commit(e.ctx, id, 0, commitment(1)))(t)
	check(e.clients[2].Commit(e.ctx, id, 0, commitment(2)))(t)
	return e, id
}

func TestOpenDisputeValidation(t *testing.T) {
	e, id := disputeEnv(t)
	ch := e.clients[3]
	_, err := ch.OpenDispute(e.ctx, id, 0, e.addr(4), eth(1))
	wantRevert(t, err, "NoContribution")
	_, err = ch.OpenDispute(e.ctx, id, 0, e.addr(1), big.NewInt(1))
	wantRevert(t, err, "BondTooLow")
	_, err = e.clients[1].OpenDispute(e.ctx, id, 0, e.addr(1), eth(1))
	wantRevert(t, err, "SelfDispute")
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), eth(1)))(t)
	_, err = e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), eth(1))
	wantRevert(t, err, "DisputeActive")
	d := check(ch.Dispute(e.ctx, did))(t)
	if ledger.DisputeState(d.State) != ledger.DisputeOpen || d.Solver != e.addr(1) || d.Challenger != e.addr(3) || d.Bond.Cmp(eth(1)) != 0 {
		t.Fatalf("dispute %+v", d)
	}
	_, err = ch.Dispute(e.ctx, 99)
	wantRevert(t, err, "UnknownDispute")
	if p := check(ch.Peer(e.ctx, e.addr(1)))(t); p.OpenDisputes != 1 {
		t.Fatalf("solver open disputes %d, want 1", p.OpenDisputes)
	}
	// The solver cannot withdraw while in dispute.
	check(e.clients[1].RequestUnstake(e.ctx, eth(5)))(t)
	e.advance(3 * time.Hour) // past the round and its dispute window and the unstake delay
	_, err = e.clients[1].WithdrawStake(e.ctx)
	wantRevert(t, err, "PeerInDispute")
	_, err = e.clients[3].OpenDispute(e.ctx, id, 0, e.addr(2), eth(1))
	wantRevert(t, err, "DisputeWindowClosed")
	check(e.clients[0].CloseRound(e.ctx, id, 0))(t)
	_, err = e.clients[0].FinalizeRound(e.ctx, id, 0)
	wantRevert(t, err, "DisputesPending")
}

// TestRevealTimeout: a solver who leaves a forced reveal unanswered is slashed.
func TestRevealTimeout(t *testing.T) {
	e, id := disputeEnv(t)
	ch, solver := e.clients[3], e.clients[1]
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), eth(2)))(t)
	req := ledger.RevealRequest{Step: 0, Record: 3}
	_, err := solver.RequestReveal(e.ctx, did, req)
	wantRevert(t, err, "NotChallenger")
	_, err = solver.Reveal(e.ctx, did, ledger.RecordProof{}, ledger.TensorSlice{})
	wantRevert(t, err, "NoRevealPending")
	check(ch.RequestReveal(e.ctx, did, req))(t)
	_, err = ch.RequestReveal(e.ctx, did, req)
	wantRevert(t, err, "RevealPending")
	_, err = ch.Reveal(e.ctx, did, ledger.RecordProof{}, ledger.TensorSlice{})
	wantRevert(t, err, "NotSolver")
	_, err = solver.Reveal(e.ctx, did, ledger.RecordProof{}, ledger.TensorSlice{})
	wantRevert(t, err, "RevealMismatch") // wrong position
	_, err = ch.Resolve(e.ctx, did, ledger.ElementProof{})
	wantRevert(t, err, "RevealPending")
	_, err = ch.Timeout(e.ctx, did)
	wantRevert(t, err, "NotTimedOut")
	e.advance(11 * time.Minute)
	_, err = solver.Reveal(e.ctx, did, ledger.RecordProof{InStep: ledger.RecordProof{}.InStep}, ledger.TensorSlice{})
	wantRevert(t, err, "DeadlinePassed")
	res := check(e.clients[2].Timeout(e.ctx, did))(t) // anyone may call it
	if ledger.Outcome(res.Outcome) != ledger.OutcomeRevealTimeout || res.Winner != e.addr(3) {
		t.Fatalf("resolution %+v, want reveal timeout won by the challenger", res)
	}
	// Slashed: min stake 10 of 20; half to the challenger with its bond back.
	if p := check(ch.Peer(e.ctx, e.addr(1)))(t); p.Stake.Cmp(eth(10)) != 0 || p.OpenDisputes != 0 {
		t.Fatalf("solver after slash: %+v", p)
	}
	if cr := check(ch.Credit(e.ctx, e.addr(3)))(t); cr.Cmp(eth(7)) != 0 {
		t.Fatalf("challenger credit %v, want 7 ether (2 bond + 5 share)", cr)
	}
	if st := check(ch.Status(e.ctx, id, 0, e.addr(1)))(t); st != ledger.StatusSlashed {
		t.Fatalf("status %d, want slashed", st)
	}
	_, err = ch.Timeout(e.ctx, did)
	wantRevert(t, err, "DisputeNotOpen")
	_, err = e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), eth(1))
	wantRevert(t, err, "NoContribution") // already slashed
	// The slashed stake's other half goes to the round's honest contributor.
	e.advance(3 * time.Hour)
	check(e.clients[0].CloseRound(e.ctx, id, 0))(t)
	check(e.clients[0].FinalizeRound(e.ctx, id, 0))(t)
	rd := check(ch.Round(e.ctx, id, 0))(t)
	if rd.PerContribution.Cmp(eth(15)) != 0 || rd.SlashedCount != 1 {
		t.Fatalf("round %+v, want 15 ether (10 reward + 5 slashed) to the one honest contribution", rd)
	}
	_, err = solver.ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "NoReward")
	check(e.clients[2].ClaimReward(e.ctx, id, 0))(t)
}

// TestProofTimeout: a challenger who never submits a proof loses its bond
// to the solver, who keeps its stake.
func TestProofTimeout(t *testing.T) {
	e, id := disputeEnv(t)
	ch := e.clients[3]
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), eth(2)))(t)
	_, err := ch.Timeout(e.ctx, did)
	wantRevert(t, err, "NotTimedOut")
	e.advance(11 * time.Minute)
	_, err = ch.Resolve(e.ctx, did, ledger.ElementProof{})
	wantRevert(t, err, "DeadlinePassed")
	_, err = ch.RequestReveal(e.ctx, did, ledger.RevealRequest{Record: 1})
	wantRevert(t, err, "DeadlinePassed")
	res := check(e.clients[1].Timeout(e.ctx, did))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeProofTimeout || res.Winner != e.addr(1) {
		t.Fatalf("resolution %+v, want proof timeout won by the solver", res)
	}
	if p := check(ch.Peer(e.ctx, e.addr(1)))(t); p.Stake.Cmp(eth(20)) != 0 || p.OpenDisputes != 0 {
		t.Fatalf("solver after a lost challenge: %+v", p)
	}
	if cr := check(ch.Credit(e.ctx, e.addr(1)))(t); cr.Cmp(eth(2)) != 0 {
		t.Fatalf("solver credit %v, want the 2 ether bond", cr)
	}
	if st := check(ch.Status(e.ctx, id, 0, e.addr(1)))(t); st != ledger.StatusCommitted {
		t.Fatalf("status %d, want still committed", st)
	}
	// A new dispute may be opened against the same contribution.
	check(e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), eth(1)))(t)
}
