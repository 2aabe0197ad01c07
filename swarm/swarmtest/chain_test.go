package swarmtest

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/swarm"
)

// schedule: rounds of 10s, commits until +5s, attestations until +8s, final at +15s, D = 2.
var testSched = swarm.Schedule{Start: time.Unix(1000, 0), Round: 10 * time.Second, Rollouts: time.Second,
	Critiques: 2 * time.Second, Commit: 5 * time.Second, Verify: 3 * time.Second, Dispute: 4 * time.Second,
	DisputeDuration: 6 * time.Second}

// newMemChain is the in-memory Chain under the conformance suite, its clock moved by hand.
func newMemChain(t *testing.T, peers, verifiers int) *ChainUnderTest {
	t.Helper()
	if err := testSched.Check(); err != nil {
		t.Fatal(err)
	}
	clock := swarm.NewChainClock(testSched.Start)
	genesis := swarm.Root{0x99}
	c := NewChain(Run, testSched, clock, genesis, WithVerifiers(verifiers))
	u := &ChainUnderTest{Run: Run, Schedule: testSched, Genesis: genesis, Stranger: common.Address{0xee},
		As: c.As, AdvanceTo: clock.Observe, OpenDispute: c.OpenDispute, ResolveDispute: c.ResolveDispute,
		SetStake: c.SetStake}
	for i := 1; i <= peers; i++ {
		u.Peers = append(u.Peers, common.Address{byte(i)})
	}
	c.Register(u.Peers...)
	return u
}

func TestChainConformance(t *testing.T) { RunChainConformance(t, newMemChain) }
