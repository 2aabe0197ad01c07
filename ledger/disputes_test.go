package ledger_test

import (
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
)

// disputeEnv: a run whose round 0 has contributions from accounts 1 and 2
// (20 ether of stake each); accounts 3 and 4 join nothing.
func disputeEnv(t *testing.T) (*env, ledger.RunID) {
	e := newEnv(t, 6, testParams())
	id := e.newRun(1, 2)
	check(e.clients[1].Commit(e.ctx, id, 0, commitment(1)))(t)
	check(e.clients[2].Commit(e.ctx, id, 0, commitment(2)))(t)
	return e, id
}

func revealReq(record uint32) ledger.RevealRequest { return ledger.RevealRequest{Record: record} }

// wantSettled checks a peer's run stake and an account's credit.
func wantSettled(t *testing.T, e *env, id ledger.RunID, peer int, stake *big.Int, acct int, credit *big.Int) {
	t.Helper()
	if m := check(e.clients[0].Member(e.ctx, id, e.addr(peer)))(t); m.Stake.Cmp(stake) != 0 {
		t.Fatalf("peer %d stake %v, want %v", peer, m.Stake, stake)
	}
	if cr := check(e.clients[0].Credit(e.ctx, e.addr(acct)))(t); cr.Cmp(credit) != 0 {
		t.Fatalf("account %d credit %v, want %v", acct, cr, credit)
	}
}

func TestOpenDisputeValidation(t *testing.T) {
	e, id := disputeEnv(t)
	ch := e.clients[3]
	_, err := ch.OpenDispute(e.ctx, id, 0, e.addr(4), 0, eth(1))
	wantRevert(t, err, "NoContribution")
	_, err = ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, big.NewInt(1))
	wantRevert(t, err, "BondTooLow")
	_, err = e.clients[1].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1))
	wantRevert(t, err, "SelfDispute")
	_, err = ch.OpenDispute(e.ctx, id, 0, e.addr(1), 1, eth(1))
	wantRevert(t, err, "NoSuchStep")
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	// Several disputes may be open on one contribution at once.
	did2 := check(e.clients[4].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	d := check(ch.Dispute(e.ctx, did))(t)
	if ledger.DisputeState(d.State) != ledger.DisputeOpen || d.Solver != e.addr(1) || d.Challenger != e.addr(3) ||
		d.Bond.Cmp(eth(1)) != 0 || d.Step != 0 || d.StepRoot != ([32]byte{}) || did2 != did+1 {
		t.Fatalf("dispute %+v", d)
	}
	_, err = ch.Dispute(e.ctx, 99)
	wantRevert(t, err, "UnknownDispute")
	if m := check(ch.Member(e.ctx, id, e.addr(1)))(t); m.OpenDisputes != 2 {
		t.Fatalf("solver open disputes %d, want 2", m.OpenDisputes)
	}
	e.at(id, 0, tDispute)
	_, err = e.clients[3].OpenDispute(e.ctx, id, 0, e.addr(2), 0, eth(1))
	wantRevert(t, err, "DisputeWindowClosed")
	e.at(id, 0, tFinal)
	_, err = ch.FinalSet(e.ctx, id, 0)
	wantRevert(t, err, "RoundNotFinal") // disputes still open
	_, err = ch.FinalizeRound(e.ctx, id, 0)
	wantRevert(t, err, "RoundNotFinal")
}

// TestStepTimeout: a solver who does not post the disputed step's root in
// time is convicted: it loses the run's slash (10 of 20 ether), the
// challenger gets 40% of it and its bond back, the rest goes to the round.
func TestStepTimeout(t *testing.T) {
	e, id := disputeEnv(t)
	ch, solver := e.clients[3], e.clients[1]
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(2)))(t)
	_, err := ch.RequestReveal(e.ctx, did, revealReq(0))
	wantRevert(t, err, "StepNotPosted")
	_, err = ch.Resolve(e.ctx, did, ledger.ElementProof{})
	wantRevert(t, err, "StepNotPosted")
	_, err = ch.PostStep(e.ctx, did, [32]byte{5}, 3, stepOutputs(1))
	wantRevert(t, err, "NotSolver")
	_, err = solver.PostStep(e.ctx, did, [32]byte{}, 3, stepOutputs(1))
	wantRevert(t, err, "ZeroRoot")
	// Outputs that are not the commitment's are refused: a solver cannot
	// post its step without the committed outputs a wrong-output proof needs.
	for name, bad := range map[string]ledger.StepOutputs{
		"another's outputs":   stepOutputs(2),
		"no steps":            ledger.NewStepOutputs(nil, []string{"grad.w"}, [][32]byte{{5, 1}}),
		"two steps":           ledger.NewStepOutputs([][32]byte{stepOutput(1), stepOutput(1)}, []string{"grad.w"}, [][32]byte{{5, 1}}),
		"another gradient":    ledger.NewStepOutputs([][32]byte{stepOutput(1)}, []string{"grad.w"}, [][32]byte{{5, 2}}),
		"another name":        ledger.NewStepOutputs([][32]byte{stepOutput(1)}, []string{"grad.v"}, [][32]byte{{5, 1}}),
		"no gradients":        ledger.NewStepOutputs([][32]byte{stepOutput(1)}, nil, nil),
		"names without roots": ledger.NewStepOutputs([][32]byte{stepOutput(1)}, []string{"grad.w"}, nil),
	} {
		_, err = solver.PostStep(e.ctx, did, [32]byte{5}, 3, bad)
		if !ledger.IsRevert(err, "StepOutputsMismatch") {
			t.Errorf("%s: postStep %v, want StepOutputsMismatch", name, err)
		}
	}
	if got := check(ch.PostedOutputs(e.ctx, did))(t); got != nil {
		t.Fatalf("outputs %+v before any post", got)
	}
	_, err = ch.Timeout(e.ctx, did)
	wantRevert(t, err, "NotTimedOut")
	e.advance(601 * time.Second)
	_, err = solver.PostStep(e.ctx, did, [32]byte{5}, 3, stepOutputs(1))
	wantRevert(t, err, "DeadlinePassed")
	res := check(e.clients[2].Timeout(e.ctx, did))(t) // anyone may call it
	if ledger.Outcome(res.Outcome) != ledger.OutcomeStepTimeout || res.Winner != e.addr(3) {
		t.Fatalf("resolution %+v, want step timeout won by the challenger", res)
	}
	wantSettled(t, e, id, 1, eth(10), 3, eth(6)) // 2 bond + 4 share
	if st := check(ch.Status(e.ctx, id, 0, e.addr(1)))(t); st != ledger.StatusConvicted {
		t.Fatalf("status %d, want convicted", st)
	}
	if rd := check(ch.Round(e.ctx, id, 0))(t); rd.Bonus.Cmp(eth(6)) != 0 || rd.OpenDisputes != 0 {
		t.Fatalf("round %+v, want 6 ether of bonus", rd)
	}
	_, err = ch.Timeout(e.ctx, did)
	wantRevert(t, err, "DisputeNotOpen")
	_, err = e.clients[4].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1))
	wantRevert(t, err, "NoContribution") // already convicted
}

// TestRevealTimeout: a solver who leaves a forced reveal unanswered is convicted.
func TestRevealTimeout(t *testing.T) {
	e, id := disputeEnv(t)
	ch, solver := e.clients[3], e.clients[1]
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(2)))(t)
	check(solver.PostStep(e.ctx, did, [32]byte{5}, 3, stepOutputs(1)))(t)
	_, err := solver.PostStep(e.ctx, did, [32]byte{6}, 3, stepOutputs(1))
	wantRevert(t, err, "StepAlreadyPosted")
	if got, want := check(ch.PostedOutputs(e.ctx, did))(t), stepOutputs(1); got == nil || !reflect.DeepEqual(*got, want) {
		t.Fatalf("posted outputs %+v, want %+v", got, want)
	}
	req := revealReq(2)
	_, err = solver.RequestReveal(e.ctx, did, req)
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
	e.advance(601 * time.Second)
	_, err = solver.Reveal(e.ctx, did, ledger.RecordProof{}, ledger.TensorSlice{})
	wantRevert(t, err, "DeadlinePassed")
	res := check(e.clients[2].Timeout(e.ctx, did))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeRevealTimeout || res.Winner != e.addr(3) {
		t.Fatalf("resolution %+v, want reveal timeout won by the challenger", res)
	}
	wantSettled(t, e, id, 1, eth(10), 3, eth(6))
}

// TestProofTimeout: a challenger who never moves loses its bond to the
// round's pool (not to the solver); the solver keeps its stake, and another
// dispute may follow.
func TestProofTimeout(t *testing.T) {
	e, id := disputeEnv(t)
	ch := e.clients[3]
	did := check(ch.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(2)))(t)
	check(e.clients[1].PostStep(e.ctx, did, [32]byte{5}, 3, stepOutputs(1)))(t)
	_, err := ch.Timeout(e.ctx, did)
	wantRevert(t, err, "NotTimedOut")
	e.advance(601 * time.Second)
	_, err = ch.Resolve(e.ctx, did, ledger.ElementProof{})
	wantRevert(t, err, "DeadlinePassed")
	_, err = ch.RequestReveal(e.ctx, did, revealReq(1))
	wantRevert(t, err, "DeadlinePassed")
	res := check(e.clients[1].Timeout(e.ctx, did))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeProofTimeout || res.Winner != e.addr(1) {
		t.Fatalf("resolution %+v, want proof timeout won by the solver", res)
	}
	wantSettled(t, e, id, 1, eth(20), 1, new(big.Int))
	if rd := check(ch.Round(e.ctx, id, 0))(t); rd.Bonus.Cmp(eth(2)) != 0 {
		t.Fatalf("round bonus %v, want the 2-ether bond", rd.Bonus)
	}
	if st := check(ch.Status(e.ctx, id, 0, e.addr(1)))(t); st != ledger.StatusCommitted {
		t.Fatalf("status %d, want still committed", st)
	}
	check(e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
}

// TestSelfReportLoses: a cheater that reports itself from a second key to
// pre-empt others loses 60% of the slash: the whistleblower share is below
// half, and the contribution earns nothing.
func TestSelfReportLoses(t *testing.T) {
	e, id := disputeEnv(t)
	alt := e.clients[5] // the cheater's second key
	held := func() *big.Int {
		m := check(alt.Member(e.ctx, id, e.addr(1)))(t)
		return new(big.Int).Add(m.Stake, check(alt.Credit(e.ctx, e.addr(5)))(t))
	}
	before := new(big.Int).Add(held(), eth(1)) // its stake and the bond it is about to post
	did := check(alt.OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	e.advance(601 * time.Second)
	check(alt.Timeout(e.ctx, did))(t) // the cheater lets its own dispute convict it
	loss := new(big.Int).Sub(before, held())
	if loss.Cmp(eth(6)) != 0 {
		t.Fatalf("self-report cost %v, want 6 ether (60%% of the 10-ether slash)", loss)
	}
}

// TestSupersededDispute: once one dispute convicts a contribution, the others
// open on it end void with their bonds returned.
func TestSupersededDispute(t *testing.T) {
	e, id := disputeEnv(t)
	first := check(e.clients[3].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	late := check(e.clients[4].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(3)))(t)
	e.advance(601 * time.Second)
	check(e.clients[0].Timeout(e.ctx, first))(t)
	res := check(e.clients[0].Timeout(e.ctx, late))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSuperseded {
		t.Fatalf("second dispute %+v, want superseded", res)
	}
	wantSettled(t, e, id, 1, eth(10), 4, eth(3))
	if d := check(e.clients[0].Dispute(e.ctx, late))(t); ledger.DisputeState(d.State) != ledger.DisputeVoid {
		t.Fatalf("state %d, want void", d.State)
	}
}

// TestVerifierPenalty: the verifiers that attested a contribution later
// convicted lose their fee and verifierPenalty from their run stake, which
// goes to the round's pool.
func TestVerifierPenalty(t *testing.T) {
	e := newEnv(t, 5, testParams())
	id := e.newRun(1, 2, 3)
	for i := 1; i <= 3; i++ {
		check(e.clients[i].Commit(e.ctx, id, 0, commitment(byte(i))))(t)
	}
	e.at(id, 0, tCommit)
	e.beacon(id, 0)
	e.attestAll(id, 0, 1, 2, 3) // each peer verifies both others
	did := check(e.clients[4].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	e.advance(601 * time.Second)
	check(e.clients[4].Timeout(e.ctx, did))(t)
	for _, v := range []int{2, 3} {
		m := check(e.clients[0].Member(e.ctx, id, e.addr(v)))(t)
		k := check(e.clients[0].Contribution(e.ctx, id, 0, e.addr(v)))(t)
		if m.Stake.Cmp(eth(18)) != 0 || k.Verified != 1 {
			t.Fatalf("verifier %d: stake %v, counted attestations %d; want 18 ether and 1", v, m.Stake, k.Verified)
		}
	}
	rd := check(e.clients[0].Round(e.ctx, id, 0))(t)
	if rd.Bonus.Cmp(eth(10)) != 0 || rd.Attestations != 4 { // 6 of the slash + 2 penalties of 2
		t.Fatalf("round %+v, want 10 ether of bonus and 4 counted attestations", rd)
	}
	e.at(id, 0, tFinal)
	check(e.clients[0].FinalizeRound(e.ctx, id, 0))(t)
	// 10 reward + 10 bonus - 4 fees of 0.1, over peers 2 and 3.
	want := new(big.Int).Mul(big.NewInt(99), big.NewInt(1e17))
	check(e.clients[2].ClaimReward(e.ctx, id, 0))(t)
	if cr := check(e.clients[0].Credit(e.ctx, e.addr(2)))(t); cr.Cmp(want) != 0 {
		t.Fatalf("peer 2 credited %v, want %v (9.8 reward + one fee)", cr, want)
	}
}
