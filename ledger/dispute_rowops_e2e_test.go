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

// attentionStep is a small attention block with a SiLU MLP and a
// cross-entropy loss: the ops whose element programs need Exp and Log.
func attentionStep(e *repops.Engine) {
	rng := rand.New(rand.NewPCG(7, 1))
	fill := func(name string, scale float64, shape ...int) *repops.Tensor {
		n := 1
		for _, d := range shape {
			n *= d
		}
		d := make([]float32, n)
		for i := range d {
			d[i] = float32(scale * rng.NormFloat64())
		}
		return repops.FromData(d, shape...).Named(name)
	}
	q, k := fill("batch.q", 1, 2, 8, 16), fill("batch.k", 1, 2, 8, 16)
	vt := fill("batch.vT", 1, 2, 16, 8)
	w := fill("param.w", 0.3, 2, 24, 16)
	s := e.Scale(e.MatMul(q, k), 0.25) // ops 0, 1: [2,8,8]
	p := e.Softmax(e.CausalMask(s, 0)) // 2, 3
	o := e.MatMul(p, vt)               // 4: [2,8,16]
	h := e.SiLU(e.RMSNorm(o, 1e-5))    // 5, 6
	e.MatMul(h, w)                     // 7: [2,8,24]
	targets := repops.New(8).Named("batch.targets")
	for i := range targets.Data {
		targets.Data[i] = float32(rng.IntN(24))
	}
	x := fill("batch.logits", 2, 8, 24)
	e.CrossEntropy(x, targets) // 8
}

// TestDisputeTamperedRowOps: a solver commits an attention step with one
// wrong Softmax (or SiLU) element, which later ops consume; the challenger
// re-executes, finds the first divergent record, forces the reveal of the
// diverging chunk and proves the element wrong; the solver is slashed.
func TestDisputeTamperedRowOps(t *testing.T) { tamperedRowOps(t, simEnv) }

// TestDisputeTamperedRowOpsAnvil plays TestDisputeTamperedRowOps on anvil.
func TestDisputeTamperedRowOpsAnvil(t *testing.T) { tamperedRowOps(t, anvilEnv) }

// simEnv and anvilEnv make the four-account dispute environment of the
// end-to-end tests on the simulated chain or on anvil.
func simEnv(t *testing.T) *env   { return newEnv(t, 4, testParams()) }
func anvilEnv(t *testing.T) *env { return newAnvilEnv(t, 4, testParams()) }

func tamperedRowOps(t *testing.T, mk func(*testing.T) *env) {
	for _, c := range []struct {
		name     string
		op, elem int
		wantKind repops.Kind
	}{
		{"softmax", 3, 59, repops.KindSoftmax}, // batch 0, row 7, column 3: unmasked
		{"silu", 6, 100, repops.KindSiLU},
	} {
		t.Run(c.name, func(t *testing.T) {
			cheat := check(verify.RecordStep(attentionStep, func(i int, op *repops.Op) {
				if i == c.op {
					d := op.Outputs[0].Data
					d[c.elem] = math.Nextafter32(d[c.elem], float32(math.Inf(1)))
				}
			}))(t)
			e, run, did := play(t, mk(t), cheat)
			solver, challenger := e.clients[1], e.clients[2]
			honest := check(verify.RecordStep(attentionStep, nil))(t)
			k, diverged := verify.FirstDivergence(cheat.Records, honest.Records)
			if !diverged || k != c.op || honest.Ops[k].Kind != c.wantKind {
				t.Fatalf("first divergence at %d (%v, %v), want op %d (%v)", k, diverged, honest.Ops[k].Kind, c.op, c.wantKind)
			}
			req := ledger.RevealRequest{Record: uint32(k), WithChunk: true, Chunk: uint32(c.elem / verify.ChunkElems)}
			check(challenger.RequestReveal(e.ctx, did, req))(t)
			rp := check(referee.TraceOf(cheat).ProveRecord(0, k))(t)
			check(solver.Reveal(e.ctx, did, rp, check(referee.Slice(cheat.Ops[k].Outputs[0], c.elem, c.elem+1))(t)))(t)
			revealed := check(challenger.Reveals(e.ctx, did))(t)
			if len(revealed) != 1 {
				t.Fatalf("reveals: %+v", revealed)
			}
			// The challenger finds the differing element in the revealed chunk.
			elem := -1
			base := int(revealed[0].Chunk.FirstChunk) * verify.ChunkElems
			for i := 0; i < verify.ChunkElems && base+i < honest.Ops[k].Outputs[0].Len(); i++ {
				b := revealed[0].Chunk.Chunks[4*i : 4*i+4]
				got := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
				if got != math.Float32bits(honest.Ops[k].Outputs[0].Data[base+i]) {
					elem = base + i
					break
				}
			}
			if elem != c.elem {
				t.Fatalf("differing element %d, want %d", elem, c.elem)
			}
			proof := check(referee.TraceOf(cheat).ElementProof(referee.Claim{Record: k, Element: elem}, honest.Ops[k].Inputs, revealed[0].Chunk))(t)
			res := check(challenger.Resolve(e.ctx, did, proof))(t)
			if ledger.Outcome(res.Outcome) != ledger.OutcomeWrongElement || res.Winner != e.addr(2) {
				t.Fatalf("resolution %+v, want wrong element won by the challenger", res)
			}
			wantSettled(t, e, run, 1, eth(10), 2, eth(5))
			if st := check(solver.Status(e.ctx, run, 0, e.addr(1)))(t); st != ledger.StatusConvicted {
				t.Fatalf("contribution status %d, want convicted", st)
			}
		})
	}
}

// TestDisputeHonestSoftmax: a challenge of a correct Softmax element loses.
func TestDisputeHonestSoftmax(t *testing.T) { honestSoftmax(t, simEnv(t)) }

// TestDisputeHonestSoftmaxAnvil plays TestDisputeHonestSoftmax on anvil.
func TestDisputeHonestSoftmaxAnvil(t *testing.T) { honestSoftmax(t, anvilEnv(t)) }

func honestSoftmax(t *testing.T, e *env) {
	honest := check(verify.RecordStep(attentionStep, nil))(t)
	e, run, did := play(t, e, honest)
	challenger := e.clients[2]
	res := check(challenger.Resolve(e.ctx, did, check(referee.RecordingProof(honest, 3, 0, 59))(t)))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight || res.Winner != e.addr(1) {
		t.Fatalf("resolution %+v, want solver right", res)
	}
	wantSettled(t, e, run, 1, eth(20), 1, new(big.Int))
}
