package ledger_test

import (
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/verify"
)

// propDispute is what the random sequence knows about one dispute.
type propDispute struct {
	id                 uint64
	solver, challenger *ledger.Client
	seed               int  // the solver's commitment (verdictKit seed)
	trace              int  // the posted trace: 0 honest, 1 cheat
	badCount           bool // the posted record count is not the skeleton's
	plan               int  // the verdict the challenger prefers (0 resolve, external, program, output, 4 update)
	want               bool // and whether the moves lean to a conviction or an acquittal
}

// planBits is, per planned verdict, the verdictKit seed bit that decides
// its outcome (0: the posted step decides).
var planBits = [5]int{0, 4, 0, 1, 2}

// disputes opens disputes on round 0 of run (mostly against committed
// solvers), then plays several passes of random moves on every open one,
// chain time passing between them, and ends them by timeouts.
func (p *prop) disputes(run ledger.RunID, committed []*ledger.Client) {
	e, rng := p.e, p.rng
	var ds []*propDispute
	for i := 0; i < 8; i++ {
		// The plan is the verdict and outcome reached least so far (coverage
		// guided, ties broken at random); the solver is one whose
		// contribution can give that outcome, if any.
		plan := p.leastCovered()
		c, solver := p.pick(), p.pick()
		var live, fit []*ledger.Client
		for _, s := range committed {
			if check(e.clients[0].Status(e.ctx, run, 0, s.Address()))(p.t) != ledger.StatusCommitted {
				continue // convicted
			}
			live = append(live, s)
			if b := planBits[plan%5]; b == 0 || (p.seeds[run][s.Address()]&b != 0) == (plan >= 5) {
				fit = append(fit, s)
			}
		}
		if len(fit) == 0 {
			fit = live
		}
		if len(fit) > 0 && rng.IntN(5) != 0 {
			solver = fit[rng.IntN(len(fit))]
		}
		for c == solver && rng.IntN(4) != 0 {
			c = p.pick() // a few self-disputes (refused) remain
		}
		did, err := c.OpenDispute(e.ctx, run, 0, solver.Address(), 0, p.tenths(10, 30))
		p.do("openDispute", err)
		if err == nil {
			ds = append(ds, &propDispute{id: did, solver: solver, challenger: c, seed: p.seeds[run][solver.Address()],
				plan: plan % 5, want: plan >= 5})
		}
	}
	for pass := 0; pass < 6; pass++ {
		for _, d := range ds {
			p.move(d)
		}
		e.advance(time.Duration(rng.IntN(400)) * time.Second)
		for _, d := range ds {
			if rng.IntN(2) == 0 && (!p.ended[d.id] || rng.IntN(8) == 0) {
				_, err := p.pick().Timeout(e.ctx, d.id)
				p.do("timeout", err)
			}
		}
	}
	for round := 0; round < 2; round++ {
		e.advance(time.Duration(500+rng.IntN(800)) * time.Second)
		for _, d := range ds {
			if p.ended[d.id] && rng.IntN(8) != 0 {
				continue
			}
			_, err := p.pick().Timeout(e.ctx, d.id)
			p.do("timeout", err)
		}
	}
}

// verdictOps are the verdict calls in plan order.
var verdictOps = [5]string{"resolve", "convictExternal", "convictProgram", "convictOutput", "convictUpdate"}

// leastCovered returns the plan (verdict + 5 if a conviction) whose outcome
// has been reached least often.
func (p *prop) leastCovered() int {
	best, n := -1, 0
	for _, plan := range p.rng.Perm(10) {
		c := p.kinds[verdictOps[plan%5]+":acquitted"]
		if plan >= 5 {
			c = p.kinds[verdictOps[plan%5]+":convicted"]
		}
		if best < 0 || c < n {
			best, n = plan, c
		}
	}
	return best
}

// move makes one random move in dispute d, by whoever's turn it is (or,
// now and then, by someone else, which reverts unless it is that party).
func (p *prop) move(d *propDispute) {
	t, e, k, rng := p.t, p.e, p.k, p.rng
	if p.ended[d.id] && rng.IntN(8) != 0 {
		return
	}
	st := check(e.clients[0].Dispute(e.ctx, d.id))(t)
	// A verdict move is sometimes (always, until one was refused) preceded
	// by the same call with a corrupt proof, which must revert.
	tries := func(op string) []bool {
		if rng.IntN(3) == 0 || p.reverts[op+":RootMismatch"] == 0 {
			return []bool{true, false}
		}
		return []bool{false}
	}
	el := 0 // the update element a wrong-output proof is about: element 0 is the one off
	if rng.IntN(2) == 0 && (d.plan != 4 || !d.want) {
		el = 1 + rng.IntN(127)
	}
	upd := func(from *ledger.Client) {
		for _, corrupt := range tries("convictUpdate") {
			res, err := from.ConvictUpdate(e.ctx, d.id, k.update(t, d.seed, el, corrupt))
			p.verdict("convictUpdate", res, err, d.seed&2 != 0 && el == 0, corrupt)
		}
	}
	switch {
	case ledger.DisputeState(st.State) != ledger.DisputeOpen:
		if rng.IntN(8) == 0 {
			upd(d.challenger) // DisputeNotOpen
		}
	case st.StepRoot == [32]byte{}:
		switch rng.IntN(8) {
		case 0: // the solver keeps silent (for now)
		case 1:
			upd(d.challenger) // no posted step needed
		default:
			from := d.solver
			if rng.IntN(6) == 0 {
				from = p.pick() // NotSolver, unless it is the solver
			}
			tr, bad := rng.IntN(2), rng.IntN(2) == 0
			if rng.IntN(4) != 0 { // mostly as planned
				switch {
				case d.plan == 0 || (d.plan == 3 && !d.want):
					tr = b2i(d.want)
				case d.plan == 2:
					bad = d.want
				}
			}
			n := len(k.traces[tr].Records)
			if bad {
				n++
			}
			_, err := from.PostStep(e.ctx, d.id, k.traces[tr].StepRoot, uint32(n), k.outputs(d.seed))
			p.do("postStep", err)
			if err == nil {
				d.trace, d.badCount = tr, bad
			}
		}
	case st.RevealDeadline != 0:
		tr := k.traces[d.trace]
		r := int(st.Pending.Record)
		if rng.IntN(5) == 0 {
			r = (r + 1) % len(tr.Records) // the wrong record: RevealMismatch
		}
		if rng.IntN(4) == 0 || r >= len(tr.Records) {
			return // the solver lets the reveal time out (or cannot answer it)
		}
		var chunk ledger.TensorSlice
		if st.Pending.WithChunk {
			lo := int(st.Pending.Chunk) * verify.ChunkElems
			chunk = check(referee.Slice(tr.Ops[r].Outputs[st.Pending.Slot], lo, lo+1))(t)
		}
		_, err := d.solver.Reveal(e.ctx, d.id, check(referee.TraceOf(tr).ProveRecord(0, r))(t), chunk)
		p.do("reveal", err)
	default: // the challenger's turn
		from := d.challenger
		if rng.IntN(8) == 0 {
			from = p.pick() // NotChallenger, unless it is the challenger
		}
		move := rng.IntN(13) / 2
		if rng.IntN(4) != 0 {
			move = 2 + d.plan // every verdict is tried in many disputes
		}
		if st.Reveals == 0 && rng.IntN(3) == 0 {
			move = 1 // as a real challenger would, it first forces a reveal
		}
		switch move {
		case 0: // the challenger waits (and may time out)
		case 1:
			req := ledger.RevealRequest{Record: uint32(rng.IntN(7)), WithChunk: rng.IntN(2) == 0}
			_, err := from.RequestReveal(e.ctx, d.id, req)
			p.do("requestReveal", err)
		case 2:
			for _, corrupt := range tries("resolve") {
				proof := k.element[d.trace]
				if corrupt {
					proof.Output.Chunks = append([]byte(nil), proof.Output.Chunks...)
					proof.Output.Chunks[0] ^= 1
				}
				res, err := from.Resolve(e.ctx, d.id, proof)
				p.verdict("resolve", res, err, d.trace == 1, corrupt)
			}
		case 3:
			group := rng.IntN(2) == 0 || d.want
			for _, corrupt := range tries("convictExternal") {
				res, err := from.ConvictExternal(e.ctx, d.id, k.external(t, d.trace, d.seed, group, corrupt))
				p.verdict("convictExternal", res, err, group && d.seed&4 != 0, corrupt)
			}
		case 4:
			full := rng.IntN(2) == 0
			for _, corrupt := range tries("convictProgram") {
				res, err := from.ConvictProgram(e.ctx, d.id, k.program(t, d.trace, full, corrupt))
				p.verdict("convictProgram", res, err, d.badCount, corrupt)
			}
		case 5:
			for _, corrupt := range tries("convictOutput") {
				res, err := from.ConvictOutput(e.ctx, d.id, k.output(t, d.trace, d.seed, corrupt))
				p.verdict("convictOutput", res, err, d.trace == 1 || d.seed&1 != 0, corrupt)
			}
		default:
			upd(from)
		}
	}
}

// verdict records a verdict call like do and checks a successful one's
// outcome: a conviction exactly when convict (superseded if another dispute
// convicted the contribution first); a corrupt proof must revert.
func (p *prop) verdict(op string, res *ledger.DisputeResolved, err error, convict, corrupt bool) {
	p.t.Helper()
	p.do(op, err)
	if err != nil {
		return
	}
	o := ledger.Outcome(res.Outcome)
	switch {
	case corrupt:
		p.t.Fatalf("%s with a corrupt proof succeeded: %v", op, o)
	case o == ledger.OutcomeSuperseded:
		p.kinds[op+":superseded"]++
	case (o != ledger.OutcomeSolverRight) != convict:
		p.t.Fatalf("%s: outcome %v, want a conviction: %v", op, o, convict)
	case convict:
		p.kinds[op+":convicted"]++
	default:
		p.kinds[op+":acquitted"]++
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
