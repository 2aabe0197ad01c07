package compute

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// testRun is the add task's default run with two peers.
func testRun(t testing.TB) (*Run, *State, [20]byte, [20]byte) {
	t.Helper()
	c := DefaultConfig("add")
	r, err := NewRun(c, verify.Keccak256([]byte("test run")), repops.MustEngine())
	if err != nil {
		t.Fatal(err)
	}
	s, err := InitialState(c)
	if err != nil {
		t.Fatal(err)
	}
	var a, b [20]byte
	a[19], b[19] = 1, 2
	return r, s, a, b
}

func TestRolloutsAndCritique(t *testing.T) {
	r, s, alice, bob := testRun(t)
	ra, err := r.Rollouts(s, 3, alice)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := r.Rollouts(s, 3, bob)
	if err != nil {
		t.Fatal(err)
	}
	if ra[0].Payload.Problem == rb[0].Payload.Problem {
		t.Fatal("two peers drew the same problem")
	}
	v, err := r.Critique(s, 3, ra[0].Bytes)
	if err != nil || v != VerdictAgree {
		t.Fatalf("honest payload: verdict %d, %v; want agree", v, err)
	}
	tamper := func(f func(p *payload.Payload)) []byte {
		p, _ := payload.Decode(ra[0].Bytes)
		f(p)
		b, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := map[string]struct {
		b    []byte
		want Verdict
	}{
		"reward raised":       {tamper(func(p *payload.Payload) { p.Rewards[0] = math.Float32bits(math.Float32frombits(p.Rewards[0]) + 1) }), VerdictWrongReward},
		"completion changed":  {tamper(func(p *payload.Payload) { p.Completions[1] = append(p.Completions[1][:0:0], 5) }), VerdictWrongSample},
		"other problem":       {tamper(func(p *payload.Payload) { p.Problem++ }), VerdictWrongSample},
		"claimed by bob":      {tamper(func(p *payload.Payload) { p.Author = bob }), VerdictWrongSample},
		"group out of range":  {tamper(func(p *payload.Payload) { p.Group = uint32(r.Cfg.L) }), VerdictWrongSample},
		"one completion less": {tamper(func(p *payload.Payload) { p.Completions, p.Rewards = p.Completions[1:], p.Rewards[1:] }), VerdictWrongSample},
	}
	for name, c := range cases {
		if v, err := r.Critique(s, 3, c.b); err != nil || v != c.want {
			t.Errorf("%s: verdict %d, %v; want %d", name, v, err, c.want)
		}
	}
	if _, err := r.Critique(s, 4, ra[0].Bytes); !errors.Is(err, ErrBadPayload) {
		t.Errorf("payload of another round: got %v, want ErrBadPayload", err)
	}
}

// TestContributeReplayAggregate: a contribution of one own and one external
// group; replaying a step with recording gives the same gradient (the step
// root s_k) as the unrecorded hot path, and the skeleton of the real step is
// the config's; aggregation and the blobs round-trip with their roots.
func TestContributeReplayAggregate(t *testing.T) {
	r, s, alice, bob := testRun(t)
	ra, _ := r.Rollouts(s, 0, alice)
	rb, _ := r.Rollouts(s, 0, bob)
	batch := [][]byte{ra[0].Bytes, rb[0].Bytes}
	c, err := r.Contribute(s, 0, batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.StepRoots) != 2 || c.TraceRoot != verify.TraceRoot(c.StepRoots) || c.StepRoots[0] == c.StepRoots[1] {
		t.Fatalf("step roots %v, trace root %v", c.StepRoots, c.TraceRoot)
	}
	again, _ := r.Contribute(s, 0, batch)
	if again.UpdateRoot != c.UpdateRoot || again.BatchRoot != c.BatchRoot {
		t.Fatal("the same contribution twice gives different roots")
	}
	rep, err := r.Replay(s, 0, batch[1])
	if err != nil {
		t.Fatal(err)
	}
	if rep.GradRoot != c.StepRoots[1] || len(rep.Records) != r.Report.Records {
		t.Fatalf("replayed step: grad root %v (want %v), %d records (want %d)", rep.GradRoot, c.StepRoots[1], len(rep.Records), r.Report.Records)
	}
	// The records the skeleton names as gradient sources output exactly the
	// leaves of the step root s_k.
	leaves := make([]verify.Hash, len(r.Report.GradSources))
	for i, src := range r.Report.GradSources {
		leaves[i] = verify.NamedLeaf(verify.GradName(s.Params[i].Name), rep.Records[src.Record].Outputs[src.Slot])
	}
	if verify.NamedRootOfLeaves(leaves) != c.StepRoots[1] {
		t.Fatal("the gradient source records do not give the step root")
	}
	if want := verify.StepRoot(recordHashes(rep.Records)); rep.StepRoot != want {
		t.Fatalf("op-level step root %v, want %v", rep.StepRoot, want)
	}
	sk := verify.NewSkeletonRecorder()
	if _, _, err := r.step(r.e.WithObserver(sk), s, batch[0], 0); err != nil {
		t.Fatal(err)
	}
	if root, _ := sk.Root(); root != r.Report.SkeletonRoot {
		t.Fatalf("skeleton of a real step %v, config's %v: the program depends on data", root, r.Report.SkeletonRoot)
	}

	next, err := Aggregate(r.e, r.Cfg, s, [][]*repops.Tensor{c.Update, again.Update})
	if err != nil {
		t.Fatal(err)
	}
	if next.Pow.Data[0] != r.Cfg.Beta1 || repops.Equal(next.Params[0], s.Params[0]) {
		t.Fatal("aggregation did not step")
	}
	one, _ := Aggregate(r.e, r.Cfg, s, [][]*repops.Tensor{c.Update})
	if r1, _ := one.Root(); func() bool { r2, _ := next.Root(); return r1 != r2 }() {
		t.Fatal("the mean of two equal updates differs from the update")
	}
	root, _ := next.Root()
	blob, err := EncodeModel(next)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeModel(r.Cfg, blob, root)
	if err != nil {
		t.Fatal(err)
	}
	if br, _ := back.Root(); br != root {
		t.Fatal("model blob round trip changed the root")
	}
	if _, err := DecodeModel(r.Cfg, blob, c.UpdateRoot); !errors.Is(err, ErrBadBlob) {
		t.Fatalf("model blob under a wrong root: got %v, want ErrBadBlob", err)
	}
	ub, err := EncodeUpdate(r.Cfg, c.Update)
	if err != nil {
		t.Fatal(err)
	}
	u, err := DecodeUpdate(r.Cfg, ub, c.UpdateRoot)
	if err != nil || !repops.Equal(u[3], c.Update[3]) {
		t.Fatalf("update blob round trip: %v", err)
	}
	ub[len(ub)-1] ^= 1
	if _, err := DecodeUpdate(r.Cfg, ub, c.UpdateRoot); !errors.Is(err, ErrBadBlob) {
		t.Fatalf("flipped update blob: got %v, want ErrBadBlob", err)
	}
	if _, err := r.Contribute(s, 1, batch); !errors.Is(err, ErrBadPayload) {
		t.Fatalf("payloads of round 0 in a contribution of round 1: got %v, want ErrBadPayload", err)
	}
	if m, _ := c.Manifest(); len(m) == 0 {
		t.Fatal("empty manifest")
	}
	if slices.ContainsFunc(c.Losses, func(x float32) bool { return x != x }) {
		t.Fatal("NaN loss")
	}
}

// TestBatchNamesAgree: training names the batch tensors as verify commits them.
func TestBatchNamesAgree(t *testing.T) {
	if rl.NameTokens != verify.BatchTokens || rl.NameMask != verify.BatchMask || rl.NameRewards != verify.BatchRewards {
		t.Fatal("training and verify disagree on the batch tensor names")
	}
}

func recordHashes(rs []verify.Record) []verify.Hash {
	hs := make([]verify.Hash, len(rs))
	for i := range rs {
		hs[i] = rs[i].Hash()
	}
	return hs
}
