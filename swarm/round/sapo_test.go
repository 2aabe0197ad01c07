package round_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
	"github.com/apiary-rl/apiary/swarm/wire"
)

func TestSampleExternal(t *testing.T) {
	self := common.Address{1}
	var cands []round.Rollout
	for i := 0; i < 10; i++ {
		a := common.Address{byte(i)}
		cands = append(cands, round.Rollout{Author: a, Msg: &wire.Rollout{Group: uint32(i), PayloadRoot: swarm.Root{byte(i + 1)}}})
	}
	flag := func(target byte, v uint8) *wire.Critique {
		return &wire.Critique{Target: swarm.Root{target}, Verdict: v}
	}
	crit := []*wire.Critique{
		flag(3, wire.VerdictWrongReward), flag(3, wire.VerdictWrongSample), flag(3, wire.VerdictAgree), // 2 of 3: dropped
		flag(4, wire.VerdictWrongReward), flag(4, wire.VerdictAgree), // 1 of 2: kept
	}
	run := swarm.RunID{7}
	got := round.SampleExternal(run, 5, self, cands, crit, 100)
	if len(got) != 8 { // 10 minus self (author 1) minus the flagged root 3
		t.Fatalf("got %d rollouts, want 8", len(got))
	}
	for _, r := range got {
		if r.Author == self || r.Msg.PayloadRoot == (swarm.Root{3}) {
			t.Fatalf("sampled %v, which must be excluded", r.Author)
		}
	}
	a := round.SampleExternal(run, 5, self, cands, crit, 3)
	// The choice depends on the candidate set, not on its order.
	rev := append([]round.Rollout(nil), cands...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	b := round.SampleExternal(run, 5, self, rev, crit, 3)
	if len(a) != 3 || len(b) != 3 {
		t.Fatalf("got %d and %d rollouts, want 3", len(a), len(b))
	}
	for i := range a {
		if a[i].Msg.PayloadRoot != b[i].Msg.PayloadRoot {
			t.Fatalf("sample depends on candidate order")
		}
	}
}
