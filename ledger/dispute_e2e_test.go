package ledger_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// trainStep is a small step of a linear layer with a squared loss: enough
// RepOps ops (matmul, row bias, products, scaling, row sums) for a dispute.
func trainStep(e *repops.Engine) {
	rng := rand.New(rand.NewPCG(42, 1))
	fill := func(name string, shape ...int) *repops.Tensor { return normalTensor(rng, name, shape...) }
	x, w, b, y := fill("batch.x", 8, 96), fill("param.w", 16, 96), fill("param.b", 16), fill("batch.y", 8, 16)
	h := e.AddRow(e.MatMul(x, w), b) // ops 0, 1
	d := e.Sub(h, y)                 // 2
	sq := e.Mul(d, d)                // 3
	l := e.Scale(sq, 1.0/16)         // 4
	e.SumRows(l)                     // 5
}

// play sets up a run on e (4 accounts) with a solver (account 1) that
// commits a one-step contribution and a challenger (account 2) that disputes
// step 0; the solver posts rec's step root. A colluder of the solver
// (account 3) has opened a sham dispute first, which blocks nothing.
func play(t *testing.T, e *env, rec *verify.Recording) (*env, ledger.RunID, uint64) {
	id := e.newRun(1)
	solver := e.clients[1]
	check(solver.Commit(e.ctx, id, 0, commitment(1)))(t)
	sham := check(e.clients[3].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	did := check(e.clients[2].OpenDispute(e.ctx, id, 0, e.addr(1), 0, eth(1)))(t)
	check(solver.PostStep(e.ctx, sham, rec.StepRoot, uint32(len(rec.Records)), stepOutputs(1)))(t)
	check(solver.PostStep(e.ctx, did, rec.StepRoot, uint32(len(rec.Records)), stepOutputs(1)))(t)
	return e, id, did
}

// TestDisputeTamperedElement: a solver commits a trace with one wrong element;
// the challenger re-executes, finds the first divergent record, forces the
// solver to reveal the diverging chunk on chain, proves the element wrong and
// the solver is slashed.
func TestDisputeTamperedElement(t *testing.T) { tamperedElement(t, newEnv(t, 4, testParams())) }

// TestDisputeTamperedElementAnvil plays TestDisputeTamperedElement on anvil,
// an Ethereum node independent of go-ethereum.
func TestDisputeTamperedElementAnvil(t *testing.T) {
	tamperedElement(t, newAnvilEnv(t, 4, testParams()))
}

func tamperedElement(t *testing.T, e *env) {
	const tamperOp, tamperElem = 1, 77 // AddRow output, element 77
	cheat := check(verify.RecordStep(trainStep, func(i int, op *repops.Op) {
		if i == tamperOp {
			d := op.Outputs[0].Data
			d[tamperElem] = math.Nextafter32(d[tamperElem], float32(math.Inf(1)))
		}
	}))(t)
	e, run, did := play(t, e, cheat)
	solver, challenger := e.clients[1], e.clients[2]

	// The challenger re-executes and compares records (fetched peer to peer).
	honest := check(verify.RecordStep(trainStep, nil))(t)
	k, diverged := verify.FirstDivergence(cheat.Records, honest.Records)
	if !diverged || k != tamperOp {
		t.Fatalf("first divergence at %d (%v), want %d", k, diverged, tamperOp)
	}
	// Its own output tells which element differs once it sees the solver's
	// chunk; here it asks for the chunk of element 77 through a forced reveal.
	req := ledger.RevealRequest{Record: uint32(k), WithChunk: true, Slot: 0, Chunk: tamperElem / verify.ChunkElems}
	check(challenger.RequestReveal(e.ctx, did, req))(t)

	// The solver answers with its record and chunk, proven against its commitment.
	trace := referee.TraceOf(cheat)
	rp := check(trace.ProveRecord(0, k))(t)
	chunk := check(referee.Slice(cheat.Ops[k].Outputs[0], tamperElem, tamperElem+1))(t)
	bad := chunk
	bad.Chunks = append([]byte(nil), chunk.Chunks...)
	bad.Chunks[0] ^= 1
	_, err := solver.Reveal(e.ctx, did, rp, bad)
	wantRevert(t, err, "RootMismatch") // a forged chunk is refused
	check(solver.Reveal(e.ctx, did, rp, chunk))(t)

	revealed := check(challenger.Reveals(e.ctx, did))(t)
	if len(revealed) != 1 || revealed[0].Record != uint32(k) || len(revealed[0].Chunk.Chunks) != verify.ChunkBytes {
		t.Fatalf("reveals: %+v", revealed)
	}
	// The proof: the solver's records (equal to the challenger's before k),
	// the challenger's own input tensors, and the revealed output chunk.
	proof := check(trace.ElementProof(referee.Claim{Record: k, Element: tamperElem}, honest.Ops[k].Inputs, revealed[0].Chunk))(t)
	res := check(challenger.Resolve(e.ctx, did, proof))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeWrongElement || res.Winner != e.addr(2) {
		t.Fatalf("resolution %+v, want wrong element won by the challenger", res)
	}
	wantSettled(t, e, run, 1, eth(10), 2, eth(5)) // 1 bond + 4 share
	wantBalanced(t, e, []ledger.RunID{run})
	if st := check(solver.Status(e.ctx, run, 0, e.addr(1)))(t); st != ledger.StatusConvicted {
		t.Fatalf("contribution status %d, want convicted", st)
	}
	// The colluder's sham dispute blocked nothing and ends void.
	res = check(e.clients[0].Timeout(e.ctx, did-1))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSuperseded {
		t.Fatalf("sham dispute %+v, want superseded", res)
	}
}

// TestDisputeFalseChallenge: an honest solver against a challenger who claims
// a correct element is wrong keeps its stake and wins the bond.
func TestDisputeFalseChallenge(t *testing.T) { falseChallenge(t, newEnv(t, 4, testParams())) }

// TestDisputeFalseChallengeAnvil plays TestDisputeFalseChallenge on anvil.
func TestDisputeFalseChallengeAnvil(t *testing.T) { falseChallenge(t, newAnvilEnv(t, 4, testParams())) }

func falseChallenge(t *testing.T, e *env) {
	honest := check(verify.RecordStep(trainStep, nil))(t)
	e, run, did := play(t, e, honest)
	solver, challenger := e.clients[1], e.clients[2]
	// The best a false challenger can do is a valid proof of a correct element.
	proof := check(referee.RecordingProof(honest, 0, 0, 33))(t)
	// Tampering with the proof's data is refused outright.
	forged := check(referee.RecordingProof(honest, 0, 0, 33))(t)
	forged.Output.Chunks[4*(33%64)] ^= 1
	_, err := challenger.Resolve(e.ctx, did, forged)
	wantRevert(t, err, "RootMismatch")
	_, err = solver.Resolve(e.ctx, did, proof)
	wantRevert(t, err, "NotChallenger")
	res := check(challenger.Resolve(e.ctx, did, proof))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight || res.Winner != e.addr(1) {
		t.Fatalf("resolution %+v, want solver right", res)
	}
	wantSettled(t, e, run, 1, eth(20), 1, new(big.Int)) // the solver keeps its stake; the bond is not its
	if rd := check(solver.Round(e.ctx, run, 0))(t); rd.Bonus.Cmp(eth(1)) != 0 {
		t.Fatalf("round bonus %v, want the 1-ether bond", rd.Bonus)
	}
	if st := check(solver.Status(e.ctx, run, 0, e.addr(1)))(t); st != ledger.StatusCommitted {
		t.Fatalf("status %d, want committed", st)
	}
	bal := check(solver.Balance(e.ctx))(t)
	wantBalanced(t, e, []ledger.RunID{run})
	if want := eth(20 + 30 + 2); bal.Cmp(want) != 0 {
		t.Fatalf("contract balance %v, want %v (stake + pool + both bonds)", bal, want)
	}
}

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
	check(solver.PostStep(e.ctx, sham, cheat.StepRoot, uint32(len(cheat.Records)), stepOutputs(1)))(t)
	check(solver.PostStep(e.ctx, did, cheat.StepRoot, uint32(len(cheat.Records)), stepOutputs(1)))(t)

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

// normalTensor is a named tensor of standard normals drawn from rng (test data
// only; RepOps itself never uses math/rand).
func normalTensor(rng *rand.Rand, name string, shape ...int) *repops.Tensor {
	n := 1
	for _, d := range shape {
		n *= d
	}
	d := make([]float32, n)
	for i := range d {
		d[i] = float32(rng.NormFloat64())
	}
	return repops.FromData(d, shape...).Named(name)
}
