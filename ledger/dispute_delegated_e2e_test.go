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

// embedStep is an embedding layer's forward pass, its table gradient and
// the Adam update of the table: ops whose programs live in the Referee's
// delegate contracts (IndexReferee, ReduceReferee).
func embedStep(e *repops.Engine) {
	rng := rand.New(rand.NewPCG(11, 1))
	fill := func(name string, shape ...int) *repops.Tensor { return normalTensor(rng, name, shape...) }
	const vocab, d, n = 32, 80, 24
	ids := repops.New(n).Named("batch.ids")
	for i := range ids.Data {
		ids.Data[i] = float32(rng.IntN(vocab / 4)) // repeated ids
	}
	table := fill("param.emb", vocab, d)
	x := e.Embedding(table, ids)                           // op 0: [24,80]
	h := e.MatMul(x, fill("param.w", 16, d))               // 1: [24,16]
	e.Mean(e.Reshape(h, n*16))                             // 2, 3
	g := e.EmbeddingGrad(fill("grad.x", n, d), ids, vocab) // 4: [32,80]
	v := e.Mul(g, g)                                       // 5
	e.Adam(table, g, fill("opt.m", vocab, d), v, repops.AdamConfig{LR: 1e-3, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8,
		WeightDecay: 0.01, C1: 10, C2: 1000}) // 6: p', m', v'
}

// TestDisputeTamperedDelegatedOps: a solver commits an embedding step with
// one wrong Embedding, EmbeddingGrad or Adam (m', slot 1) element; the
// challenger re-executes, finds the first divergent record, forces the
// reveal of the diverging chunk of that output slot and proves the element
// wrong through the delegated programs; the solver is slashed.
func TestDisputeTamperedDelegatedOps(t *testing.T) { tamperedDelegatedOps(t, simEnv) }

// TestDisputeTamperedDelegatedOpsAnvil plays TestDisputeTamperedDelegatedOps
// on anvil.
func TestDisputeTamperedDelegatedOpsAnvil(t *testing.T) { tamperedDelegatedOps(t, anvilEnv) }

func tamperedDelegatedOps(t *testing.T, mk func(*testing.T) *env) {
	honest := check(verify.RecordStep(embedStep, nil))(t)
	hot := int(honest.Ops[4].Inputs[1].Data[3]) // an id that occurs in the batch
	for _, c := range []struct {
		name           string
		op, slot, elem int
		wantKind       repops.Kind
	}{
		{"embedding", 0, 0, 333, repops.KindEmbedding},
		{"embedding_grad", 4, 0, hot*80 + 7, repops.KindEmbeddingGrad},
		{"adam", 6, 1, 1000, repops.KindAdam},
	} {
		t.Run(c.name, func(t *testing.T) {
			cheat := check(verify.RecordStep(embedStep, func(i int, op *repops.Op) {
				if i == c.op {
					d := op.Outputs[c.slot].Data
					d[c.elem] = math.Nextafter32(d[c.elem], float32(math.Inf(1)))
				}
			}))(t)
			e, run, did := play(t, mk(t), cheat)
			solver, challenger := e.clients[1], e.clients[2]
			k, diverged := verify.FirstDivergence(cheat.Records, honest.Records)
			if !diverged || k != c.op || honest.Ops[k].Kind != c.wantKind {
				t.Fatalf("first divergence at %d (%v, %v), want op %d (%v)", k, diverged, honest.Ops[k].Kind, c.op, c.wantKind)
			}
			req := ledger.RevealRequest{Record: uint32(k), WithChunk: true, Slot: uint8(c.slot), Chunk: uint32(c.elem / verify.ChunkElems)}
			check(challenger.RequestReveal(e.ctx, did, req))(t)
			rp := check(referee.TraceOf(cheat).ProveRecord(0, k))(t)
			out := cheat.Ops[k].Outputs[c.slot]
			check(solver.Reveal(e.ctx, did, rp, check(referee.Slice(out, c.elem, c.elem+1))(t)))(t)
			revealed := check(challenger.Reveals(e.ctx, did))(t)
			if len(revealed) != 1 {
				t.Fatalf("reveals: %+v", revealed)
			}
			claim := referee.Claim{Record: k, Slot: c.slot, Element: c.elem}
			proof := check(referee.TraceOf(cheat).ElementProof(claim, honest.Ops[k].Inputs, revealed[0].Chunk))(t)
			res := check(challenger.Resolve(e.ctx, did, proof))(t)
			if ledger.Outcome(res.Outcome) != ledger.OutcomeWrongElement || res.Winner != e.addr(2) {
				t.Fatalf("resolution %+v, want wrong element won by the challenger", res)
			}
			wantSettled(t, e, run, 1, eth(10), 2, eth(5)) // 1 bond + 4 share
			wantBalanced(t, e, []ledger.RunID{run})
			if st := check(solver.Status(e.ctx, run, 0, e.addr(1)))(t); st != ledger.StatusConvicted {
				t.Fatalf("contribution status %d, want convicted", st)
			}
		})
	}
}

// TestDisputeHonestDelegatedOps: challenges of correct elements of every
// delegated kind in the step lose.
func TestDisputeHonestDelegatedOps(t *testing.T) {
	honestDelegatedOps(t, simEnv, [][3]int{{0, 0, 5}, {2, 0, 17}, {3, 0, 0}, {4, 0, 90}, {6, 0, 2000}, {6, 2, 31}})
}

// TestDisputeHonestDelegatedOpsAnvil plays TestDisputeHonestDelegatedOps on
// anvil, for one kind of each delegate (EmbeddingGrad in IndexReferee, Adam
// in ReduceReferee): an anvil node per case takes seconds.
func TestDisputeHonestDelegatedOpsAnvil(t *testing.T) {
	honestDelegatedOps(t, anvilEnv, [][3]int{{4, 0, 90}, {6, 0, 2000}})
}

// honestDelegatedOps challenges each (op, slot, element) of an honest
// embedding step.
func honestDelegatedOps(t *testing.T, mk func(*testing.T) *env, cases [][3]int) {
	honest := check(verify.RecordStep(embedStep, nil))(t)
	for _, c := range cases {
		e, run, did := play(t, mk(t), honest)
		res := check(e.clients[2].Resolve(e.ctx, did, check(referee.RecordingProof(honest, c[0], c[1], c[2]))(t)))(t)
		if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight || res.Winner != e.addr(1) {
			t.Fatalf("op %d (%v) slot %d element %d: resolution %+v, want solver right", c[0], honest.Ops[c[0]].Kind, c[1], c[2], res)
		}
		wantSettled(t, e, run, 1, eth(20), 1, new(big.Int))
	}
}
