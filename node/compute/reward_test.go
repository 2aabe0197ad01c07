package compute

import (
	"math"
	"testing"

	"github.com/apiary-rl/apiary/verify/payload"
)

// TestRewardFinding: RewardFinding (what the chain's RewardJudge decides, bit for bit
// by ledger's differential tests) acquits honest payloads and finds a wrong reward, a
// wrong problem index, a group or completion count outside the run's shape, a completion
// longer than max_new, another round and bytes that do not decode; unlike a critique it
// does not judge the completions themselves.
func TestRewardFinding(t *testing.T) {
	r, s, alice, bob := testRun(t)
	ra, err := r.Rollouts(s, 3, alice)
	if err != nil {
		t.Fatal(err)
	}
	for i, ro := range ra {
		if why := r.RewardFinding(3, ro.Bytes); why != "" {
			t.Fatalf("honest group %d: %s", i, why)
		}
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
	rescore := func(p *payload.Payload) {
		s := r.Cfg.sampler()
		ids := make([][]int, len(p.Completions))
		for i := range ids {
			ids[i] = p.Tokens(i)
		}
		rw, _ := s.Score(s.Problem(p.Problem), ids)
		for i, x := range rw {
			p.Rewards[i] = math.Float32bits(x)
		}
	}
	for name, c := range map[string]struct {
		b     []byte
		round uint64
	}{
		"reward one ulp up":   {tamper(func(p *payload.Payload) { p.Rewards[1]++ }), 3},
		"other problem":       {tamper(func(p *payload.Payload) { p.Problem++; rescore(p) }), 3},
		"claimed by bob":      {tamper(func(p *payload.Payload) { p.Author = bob; rescore(p) }), 3},
		"group out of range":  {tamper(func(p *payload.Payload) { p.Group = uint32(r.Cfg.L) }), 3},
		"one completion less": {tamper(func(p *payload.Payload) { p.Completions, p.Rewards = p.Completions[1:], p.Rewards[1:] }), 3},
		"too long": {tamper(func(p *payload.Payload) {
			p.Completions[0] = make([]byte, r.Cfg.MaxNew+1)
			for i := range p.Completions[0] {
				p.Completions[0][i] = 3
			}
			rescore(p)
		}), 3},
		"other round": {ra[0].Bytes, 4},
		"malformed":   {ra[0].Bytes[1:], 3},
	} {
		if why := r.RewardFinding(c.round, c.b); why == "" {
			t.Errorf("%s: no finding", name)
		}
	}
	// Other completions with their right rewards: a critique's wrong sample, not the chain's.
	other := tamper(func(p *payload.Payload) { p.Completions[1] = []byte{5, 2}; rescore(p) })
	if why := r.RewardFinding(3, other); why != "" {
		t.Errorf("changed completion with its right reward: %s", why)
	}
	if v, err := r.Critique(s, 3, other); err != nil || v != VerdictWrongSample {
		t.Errorf("changed completion: critique %d, %v; want wrong sample", v, err)
	}
}
