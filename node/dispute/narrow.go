package dispute

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/verify"
)

// node is a node of a record tree: its level (0: the record hashes) and
// index at that level.
type node struct{ l, i int }

// stepView is what the challenger knows of one disputed step: its honest
// replay, the solver's posted root, and the solver's record hashes (served
// peer to peer) or the nodes of its record tree learnt from forced reveals.
type stepView struct {
	x         *challenge
	id        uint64
	step      uint32
	out       *Outcome
	posted    verify.Hash
	n         int
	hon       *compute.Replayed
	honHashes []verify.Hash
	hs        []verify.Hash // the solver's record hashes; nil if withheld
	known     map[node]verify.Hash
	d         int // the first divergent record
	used      int // forced reveals so far
}

// narrow waits for the solver's step root in dispute id (or its silence),
// finds the first divergent record and proves what is wrong with it.
func (x *challenge) narrow(ctx context.Context, id uint64, step uint32) (*Outcome, error) {
	out := &Outcome{Dispute: id, Step: step, Record: -1, Slot: -1, Element: -1}
	d, _, err := x.waitDispute(ctx, id, func(d ledger.Dispute, t uint64) bool {
		return d.State != uint8(ledger.DisputeOpen) || d.StepRoot != [32]byte{} || t > d.Deadline
	})
	if err != nil {
		return nil, err
	}
	if d.State != uint8(ledger.DisputeOpen) {
		out.Verdict, out.Class = ledger.Outcome(d.Outcome), "ended"
		return out, nil
	}
	if d.StepRoot == [32]byte{} {
		x.s.log.Info("dispute: the solver did not post the step in time", "id", id, "step", step)
		return x.timeout(ctx, out, "step timeout")
	}
	hon, err := x.replay(int(step))
	if err != nil {
		return nil, err
	}
	v := &stepView{x: x, id: id, step: step, out: out, posted: d.StepRoot, n: int(d.Nrecords), hon: hon,
		honHashes: recordHashes(hon.Records), known: map[node]verify.Hash{}}
	if v.n != len(x.skeleton) {
		x.s.log.Info("dispute: posted record count is not the skeleton's", "id", id, "posted", v.n, "skeleton", len(x.skeleton))
		return v.programCount(ctx)
	}
	if v.posted == hon.StepRoot {
		x.s.log.Info("dispute: the posted trace is the honest one; its outputs are not the committed step root", "id", id, "step", step)
		return v.output(ctx)
	}
	hs, err := x.cs.Trace.RecordHashes(ctx, step, v.posted)
	if err == nil && (len(hs) != v.n || verify.StepRoot(hs) != v.posted) {
		err = fmt.Errorf("%w: record hashes of step %d", ErrBadAnswer, step)
	}
	var rec *verify.Record
	if err == nil {
		v.hs = hs
		i, _ := verify.FirstDivergentHash(v.honHashes, hs)
		v.d = i
	} else {
		x.s.log.Info("dispute: record hashes not served; narrowing by forced reveals", "id", id, "err", err)
		if rec, err = v.descend(ctx); err != nil || v.out.Verdict != ledger.OutcomeNone {
			return v.out, err
		}
	}
	if rec == nil {
		if rec, err = v.record(ctx, v.d); err != nil || v.out.Verdict != ledger.OutcomeNone {
			return v.out, err
		}
	}
	out.Record = v.d
	x.s.log.Info("dispute: first divergent record", "id", id, "step", step, "record", v.d,
		"kind", rec.Kind, "honest_kind", hon.Records[v.d].Kind)
	return v.classify(ctx, rec)
}

// timeout ends the dispute for a late solver (step or reveal timeout).
func (x *challenge) timeout(ctx context.Context, out *Outcome, class string) (*Outcome, error) {
	res, err := x.c.Timeout(ctx, out.Dispute)
	if err != nil {
		return nil, fmt.Errorf("dispute %d: timeout: %w", out.Dispute, err)
	}
	out.Verdict, out.Class, out.Slashed, out.Reward = ledger.Outcome(res.Outcome), class, res.Slashed, res.WhistleblowerReward
	return out, nil
}

// record returns the solver's record i: peer to peer, else by a forced
// reveal.
func (v *stepView) record(ctx context.Context, i int) (*verify.Record, error) {
	if v.hs != nil {
		rs, err := v.x.cs.Trace.Records(ctx, v.step, []uint32{uint32(i)}, []verify.Hash{v.hs[i]})
		if err == nil && len(rs) == 1 && rs[0].Hash() == v.hs[i] {
			return &rs[0], nil
		}
		v.x.s.log.Info("dispute: record not served; forcing its reveal", "id", v.id, "record", i, "err", err)
	}
	rv, err := v.reveal(ctx, ledger.RevealRequest{Record: uint32(i)})
	if err != nil || rv == nil {
		return nil, err
	}
	return rv.rec, nil
}

// revealed is a forced reveal's data, checked.
type revealed struct {
	rec   *verify.Record
	chunk *verify.TensorRange
}

// reveal forces the solver to reveal req on chain and reads the answer
// (the record, the siblings of its inclusion from the transaction's
// calldata, and the chunk). A solver that lets the reveal window pass is
// convicted (v.out is then set and the result nil).
func (v *stepView) reveal(ctx context.Context, req ledger.RevealRequest) (*revealed, error) {
	x := v.x
	if v.used >= x.reveals {
		x.s.log.Warn("dispute: cannot narrow within the run's forced reveals", "id", v.id, "max_reveals", x.reveals)
		return nil, fmt.Errorf("%w: %d forced reveals used", ErrCannotNarrow, v.used)
	}
	if _, err := x.c.RequestReveal(ctx, v.id, req); err != nil {
		return nil, fmt.Errorf("dispute %d: request reveal: %w", v.id, err)
	}
	v.used++
	v.out.Reveals = v.used
	d, _, err := x.waitDispute(ctx, v.id, func(d ledger.Dispute, t uint64) bool {
		return d.State != uint8(ledger.DisputeOpen) || d.RevealDeadline == 0 || t > d.RevealDeadline
	})
	if err != nil {
		return nil, err
	}
	if d.State != uint8(ledger.DisputeOpen) {
		v.out.Verdict, v.out.Class = ledger.Outcome(d.Outcome), "ended"
		return nil, nil
	}
	if d.RevealDeadline != 0 {
		x.s.log.Info("dispute: the solver did not answer a forced reveal", "id", v.id, "record", req.Record)
		_, err := x.timeout(ctx, v.out, "reveal timeout")
		return nil, err
	}
	evs, err := x.c.Reveals(ctx, v.id)
	if err != nil || len(evs) == 0 {
		return nil, fmt.Errorf("dispute %d: read reveal: %v", v.id, err)
	}
	ev := evs[len(evs)-1]
	rec := new(verify.Record)
	if err := rec.UnmarshalBinary(ev.RecordBytes); err != nil || ev.Record != req.Record {
		return nil, fmt.Errorf("%w: revealed record %d: %v", ErrBadAnswer, ev.Record, err)
	}
	incl, err := revealInclusion(ctx, x.c, ev)
	if err != nil {
		return nil, err
	}
	if err := v.learn(int(req.Record), rec.Hash(), incl); err != nil {
		return nil, err
	}
	out := &revealed{rec: rec}
	if req.WithChunk {
		tr := rangeOf(ev.Chunk)
		if int(req.Slot) >= len(rec.Outputs) {
			return nil, fmt.Errorf("%w: revealed slot %d", ErrBadAnswer, req.Slot)
		}
		if err := verify.VerifyRange(rec.Outputs[req.Slot], tr); err != nil {
			return nil, fmt.Errorf("%w: revealed chunk: %v", ErrBadAnswer, err)
		}
		out.chunk = &tr
	}
	return out, nil
}

var revealMethod = func() abi.Method {
	a, err := bindings.DisputesMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return a.Methods["reveal"]
}()

// revealInclusion reads the record's inclusion proof from the reveal
// transaction's calldata (the Revealed event carries the record, not its
// proof; the calldata is public and the contract checked it).
func revealInclusion(ctx context.Context, c *ledger.Client, ev *ledger.Revealed) (bindings.Inclusion, error) {
	tr, ok := c.Backend().(txReader)
	if !ok || ev.Raw == nil {
		return bindings.Inclusion{}, errors.New("dispute: the chain backend does not return transactions")
	}
	tx, _, err := tr.TransactionByHash(ctx, ev.Raw.TxHash)
	if err != nil {
		return bindings.Inclusion{}, fmt.Errorf("dispute: reveal transaction: %w", err)
	}
	return decodeReveal(tx.Data())
}

// decodeReveal reads the record proof's inclusion from a reveal call's
// calldata.
func decodeReveal(data []byte) (bindings.Inclusion, error) {
	if len(data) < 4 || !bytes.Equal(data[:4], revealMethod.ID) {
		return bindings.Inclusion{}, fmt.Errorf("%w: the reveal transaction is not a reveal call", ErrBadAnswer)
	}
	vals, err := revealMethod.Inputs.Unpack(data[4:])
	if err != nil || len(vals) != 3 {
		return bindings.Inclusion{}, fmt.Errorf("%w: reveal calldata: %v", ErrBadAnswer, err)
	}
	rp := *abi.ConvertType(vals[1], new(bindings.RecordProof)).(*bindings.RecordProof)
	return rp.InStep, nil
}

// learn records the nodes of the solver's record tree on the path of
// record i, checking that they lead to the posted root.
func (v *stepView) learn(i int, h verify.Hash, p bindings.Inclusion) error {
	if int(p.Index) != i || int(p.Count) != v.n || len(p.Siblings) != depth(v.n) {
		return fmt.Errorf("%w: inclusion of record %d", ErrBadAnswer, i)
	}
	learnt := map[node]verify.Hash{{0, i}: h}
	cur := h
	for l, s := range p.Siblings {
		a := i >> l
		learnt[node{l, a ^ 1}] = s
		if a&1 == 0 {
			cur = verify.Keccak256([]byte{0x11}, cur[:], s[:])
		} else {
			cur = verify.Keccak256([]byte{0x11}, s[:], cur[:])
		}
		learnt[node{l + 1, a >> 1}] = cur
	}
	if stepRootOf(v.n, cur) != v.posted {
		return fmt.Errorf("%w: record %d is not in the posted step", ErrBadAnswer, i)
	}
	for k, x := range learnt {
		v.known[k] = x
	}
	return nil
}

// descend finds the first divergent record by forced reveals: from the
// root, reveal the leftmost record of the left child whose hash is not
// known yet; its proof gives the hashes of every node on its path and their
// siblings; go left while the left child differs from the honest tree.
// One reveal per right turn: popcount(d)+1 at most.
func (v *stepView) descend(ctx context.Context) (*verify.Record, error) {
	var last *revealed
	l, i := depth(v.n), 0
	for l > 0 {
		left := node{l - 1, 2 * i}
		if _, ok := v.known[left]; !ok {
			rv, err := v.reveal(ctx, ledger.RevealRequest{Record: uint32((2 * i) << (l - 1))})
			if err != nil || rv == nil {
				return nil, err
			}
			last = rv
		}
		if v.known[left] != subtree(v.honHashes, left) {
			l, i = l-1, 2*i
		} else {
			l, i = l-1, 2*i+1
		}
	}
	v.d = i
	if i >= v.n {
		return nil, fmt.Errorf("%w: divergence in the padding", ErrBadAnswer)
	}
	if last != nil && last.rec.Index == uint32(i) && last.rec.Hash() == v.known[node{0, i}] {
		return last.rec, nil
	}
	return nil, nil
}

// inclusion proves record i in the solver's posted step: from its record
// hashes, else from the nodes learnt and the honest records before the
// first divergence.
func (v *stepView) inclusion(i int) (verify.InclusionProof, error) {
	if v.hs != nil {
		return verify.ProveRecord(v.hs, i)
	}
	p := verify.InclusionProof{Index: uint32(i), Count: uint32(v.n)}
	for l := range depth(v.n) {
		s := node{l, (i >> l) ^ 1}
		h, ok := v.known[s]
		if !ok {
			if (s.i+1)<<l > v.d {
				return p, fmt.Errorf("%w: record %d's inclusion needs unrevealed hashes", ErrCannotNarrow, i)
			}
			h = subtree(v.honHashes, s)
		}
		p.Siblings = append(p.Siblings, h)
	}
	return p, nil
}

// depth is the number of levels above the leaves of a tree of n leaves.
func depth(n int) int {
	d := 0
	for 1<<d < n {
		d++
	}
	return d
}

// subtree is the honest record tree's node (zero-padded leaves, nodes
// H(0x11 || l || r)).
func subtree(hs []verify.Hash, nd node) verify.Hash {
	if nd.l == 0 {
		if nd.i < len(hs) {
			return hs[nd.i]
		}
		return verify.Hash{}
	}
	a, b := subtree(hs, node{nd.l - 1, 2 * nd.i}), subtree(hs, node{nd.l - 1, 2*nd.i + 1})
	return verify.Keccak256([]byte{0x11}, a[:], b[:])
}

// stepRootOf is H(0x12 || u32 n || treeRoot).
func stepRootOf(n int, tree verify.Hash) verify.Hash {
	return verify.Keccak256([]byte{0x12, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, tree[:])
}

// rangeOf converts the contract's slice to verify's range.
func rangeOf(s bindings.TensorSlice) verify.TensorRange {
	r := verify.TensorRange{Shape: make([]int, len(s.Shape)), FirstChunk: int(s.FirstChunk), Chunks: s.Chunks}
	for i, d := range s.Shape {
		r.Shape[i] = int(d)
	}
	for _, h := range s.Siblings {
		r.Siblings = append(r.Siblings, h)
	}
	return r
}
