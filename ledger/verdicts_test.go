package ledger_test

import (
	"testing"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// TestVerdictGuards: the verdict calls on trainStep with a run whose
// skeleton and base model roots are real. Only the dispute's challenger may
// call them, only once the step is posted (but for the update) and before
// its deadline; a skeleton leaf that is not the run's reverts; a posted
// record count other than the skeleton's convicts, and a record that
// matches its skeleton leaf forfeits the bond.
func TestVerdictGuards(t *testing.T) {
	e := newEnv(t, 4, testParams())
	rec := check(verify.RecordStep(trainStep, nil))(t)
	sk := verify.NewSkeletonRecorder()
	trainStep(repops.MustEngine(repops.WithObserver(sk)))
	leaves := check(verify.SkeletonLeaves(sk.Records()))(t)
	w, b := rec.Ops[0].Inputs[1], rec.Ops[1].Inputs[1]
	base := check(verify.NamedRoot([]*repops.Tensor{w, b}))(t)

	cfg := runConfig(0)
	cfg.SkeletonRoot, cfg.InitialModelRoot = verify.SkeletonRoot(leaves), base
	run := check(e.clients[0].CreateRun(e.ctx, cfg, nil, eth(30)))(t)
	for _, i := range []int{1, 2} {
		check(e.clients[i].JoinRun(e.ctx, run, eth(20)))(t)
	}
	cm := commitment(1)
	cm.Base = base
	check(e.clients[1].Commit(e.ctx, run, 0, cm))(t)
	solver, challenger := e.clients[1], e.clients[2]
	open := func() uint64 { return check(challenger.OpenDispute(e.ctx, run, 0, e.addr(1), 0, eth(1)))(t) }
	claim := func(i int) ledger.ProgramClaim {
		return ledger.ProgramClaim{
			Record:       check(referee.StepRecord(rec.Records, i))(t),
			Shapes:       referee.Shapes(append(append([]*repops.Tensor{}, rec.Ops[i].Inputs...), rec.Ops[i].Outputs...)...),
			SkeletonLeaf: leaves[i],
			SkeletonAt:   referee.Inclusion(check(verify.ProveSkeleton(leaves, i))(t)),
		}
	}

	id := open()
	_, err := challenger.ConvictProgram(e.ctx, id, claim(2))
	wantRevert(t, err, "StepNotPosted")
	check(solver.PostStep(e.ctx, id, rec.StepRoot, uint32(len(rec.Records)), stepOutputs(1)))(t)
	_, err = e.clients[3].ConvictProgram(e.ctx, id, claim(2))
	wantRevert(t, err, "NotChallenger")
	bad := claim(2)
	bad.SkeletonLeaf = leaves[3]
	_, err = challenger.ConvictProgram(e.ctx, id, bad)
	wantRevert(t, err, "RootMismatch")
	bad = claim(2)
	bad.Record = check(referee.StepRecord(rec.Records, 3))(t)
	_, err = challenger.ConvictProgram(e.ctx, id, bad)
	wantRevert(t, err, "VerdictMismatch")
	res := check(challenger.ConvictProgram(e.ctx, id, claim(2)))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight {
		t.Fatalf("a record that follows the skeleton: %v", ledger.Outcome(res.Outcome))
	}

	// The external check on the honest step: param.w is the base's leaf 0.
	id = open()
	check(solver.PostStep(e.ctx, id, rec.StepRoot, uint32(len(rec.Records)), stepOutputs(1)))(t)
	p := check(verify.ProveNamed(check(verify.NamedSetLeaves([]*repops.Tensor{w, b}))(t), 0))(t)
	ext := ledger.ExternalClaim{Record: check(referee.StepRecord(rec.Records, 0))(t), Input: 1,
		Leaf: referee.Named(w.Name, verify.TensorRoot(w), p)}
	bad2 := ext
	bad2.Input = 0 // batch.x: a different name
	_, err = challenger.ConvictExternal(e.ctx, id, bad2)
	wantRevert(t, err, "VerdictMismatch")
	e.advance(601 * time.Second) // past the challenger's response window
	_, err = challenger.ConvictExternal(e.ctx, id, ext)
	wantRevert(t, err, "DeadlinePassed")
	check(challenger.Timeout(e.ctx, id))(t)

	// A posted record count that is not the skeleton's convicts.
	id = open()
	check(solver.PostStep(e.ctx, id, rec.StepRoot, uint32(len(rec.Records)+1), stepOutputs(1)))(t)
	res = check(challenger.ConvictProgram(e.ctx, id, ledger.ProgramClaim{SkeletonLeaf: leaves[0],
		SkeletonAt: referee.Inclusion(check(verify.ProveSkeleton(leaves, 0))(t))}))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeWrongProgram {
		t.Fatalf("a posted count of %d for a skeleton of %d: %v", len(rec.Records)+1, len(leaves), ledger.Outcome(res.Outcome))
	}
	wantSettled(t, e, run, 1, eth(10), 2, eth(5)) // two lost bonds went to the pool; one bond back plus 4
	wantBalanced(t, e, []ledger.RunID{run})
}
