package ledger_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// TestShamDisputeCannotBlock: a cheating solver's colluder opens a dispute
// first and loses it on purpose (a valid proof of a correct element) while
// an honest challenger's dispute on the same contribution is open. The
// sham's acquittal does not protect the solver: the honest challenger still
// convicts it. The sham's bond goes to the round's pool, not to the solver,
// and only the honest contributors of the final set share that pool.
func TestShamDisputeCannotBlock(t *testing.T) {
	const tamperOp, tamperElem = 1, 77
	cheat := check(verify.RecordStep(trainStep, func(i int, op *repops.Op) {
		if i == tamperOp {
			d := op.Outputs[0].Data
			d[tamperElem] = math.Nextafter32(d[tamperElem], float32(math.Inf(1)))
		}
	}))(t)
	honest := check(verify.RecordStep(trainStep, nil))(t)

	// Account 1 cheats, 2 challenges, 3 colludes with 1; 4 and 5 are honest
	// contributors that verify each other (1 attests nothing).
	e := newEnv(t, 6, testParams())
	run := e.newRun(1, 4, 5)
	for _, i := range []int{1, 4, 5} {
		check(e.clients[i].Commit(e.ctx, run, 0, commitment(byte(i))))(t)
	}
	e.at(run, 0, tCommit)
	e.beacon(run, 0)
	check(e.clients[4].AttestContribution(e.ctx, run, 0, e.addr(5)))(t)
	check(e.clients[5].AttestContribution(e.ctx, run, 0, e.addr(4)))(t)

	solver, challenger, colluder := e.clients[1], e.clients[2], e.clients[3]
	sham := check(colluder.OpenDispute(e.ctx, run, 0, e.addr(1), 0, eth(1)))(t)
	did := check(challenger.OpenDispute(e.ctx, run, 0, e.addr(1), 0, eth(1)))(t)
	check(solver.PostStep(e.ctx, sham, cheat.StepRoot, uint32(len(cheat.Records))))(t)
	check(solver.PostStep(e.ctx, did, cheat.StepRoot, uint32(len(cheat.Records))))(t)

	// The colluder throws its dispute: record 0 is correct in the cheat's trace.
	res := check(colluder.Resolve(e.ctx, sham, check(referee.RecordingProof(cheat, 0, 0, 33))(t)))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight {
		t.Fatalf("sham dispute %+v, want solver right", res)
	}
	wantSettled(t, e, run, 1, eth(20), 1, new(big.Int)) // the solver gains nothing from the sham's bond
	wantSettled(t, e, run, 1, eth(20), 3, new(big.Int)) // and the colluder gets nothing back
	if rd := check(solver.Round(e.ctx, run, 0))(t); rd.Bonus.Cmp(eth(1)) != 0 {
		t.Fatalf("round bonus %v, want the sham's 1-ether bond", rd.Bonus)
	}
	wantBalanced(t, e, []ledger.RunID{run})

	// The honest challenger's dispute is still open and convicts.
	chunk := check(referee.Slice(cheat.Ops[tamperOp].Outputs[0], tamperElem, tamperElem+1))(t)
	proof := check(referee.TraceOf(cheat).ElementProof(referee.Claim{Record: tamperOp, Element: tamperElem},
		honest.Ops[tamperOp].Inputs, chunk))(t)
	res = check(challenger.Resolve(e.ctx, did, proof))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeWrongElement || res.Winner != e.addr(2) {
		t.Fatalf("honest dispute %+v, want wrong element won by the challenger", res)
	}
	wantSettled(t, e, run, 1, eth(10), 2, eth(5)) // 1 bond + 4 share
	wantBalanced(t, e, []ledger.RunID{run})

	// The pool (10 reward + 1 sham bond + 6 of the slash, less 2 fees of
	// 0.1) goes to peers 4 and 5; the convicted solver claims nothing.
	e.at(run, 0, tFinal)
	check(e.clients[0].FinalizeRound(e.ctx, run, 0))(t)
	_, err := solver.ClaimReward(e.ctx, run, 0)
	wantRevert(t, err, "NoReward")
	want := new(big.Int).Mul(big.NewInt(85), big.NewInt(1e17)) // 8.4 share + 0.1 fee
	for _, i := range []int{4, 5} {
		check(e.clients[i].ClaimReward(e.ctx, run, 0))(t)
		if cr := check(e.clients[0].Credit(e.ctx, e.addr(i)))(t); cr.Cmp(want) != 0 {
			t.Fatalf("peer %d credited %v, want %v", i, cr, want)
		}
	}
	wantBalanced(t, e, []ledger.RunID{run})
}
