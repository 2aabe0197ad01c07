package node

import (
	"context"
	"math/big"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/swarm"
)

// lazyVerifier is a test's chain wrapper for a verifier that attests target's
// contributions without re-executing them: it attests at once and hides them from its
// engine's assignments (the engine verifies the rest honestly).
type lazyVerifier struct {
	swarm.Chain
	target common.Address
	lazy   *atomic.Int32 // blind attestations sent
}

func (l *lazyVerifier) Assignments(ctx context.Context, run swarm.RunID, r uint64) ([]swarm.Committed, error) {
	as, err := l.Chain.Assignments(ctx, run, r)
	if err != nil {
		return as, err
	}
	var out []swarm.Committed
	for _, a := range as {
		if a.Author != l.target {
			out = append(out, a)
			continue
		}
		if err := l.Chain.AttestContribution(ctx, run, r, a.Author); err != nil {
			return nil, err
		}
		l.lazy.Add(1)
	}
	return out, nil
}

func TestWhistlePick(t *testing.T) {
	var beacon [32]byte
	beacon[0] = 7
	me, other := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	picked := 0
	for i := range 2000 {
		var a common.Address
		a[0], a[1] = byte(i), byte(i>>8)
		p := whistlePick(beacon, me[:], a[:], 0.25)
		if p != whistlePick(beacon, me[:], a[:], 0.25) {
			t.Fatal("the draw is not deterministic")
		}
		if p {
			picked++
		}
		if whistlePick(beacon, me[:], a[:], 0) {
			t.Fatal("rate 0 picked a contribution")
		}
		if !whistlePick(beacon, me[:], a[:], 1) {
			t.Fatal("rate 1 left a contribution out")
		}
	}
	if picked < 400 || picked > 600 {
		t.Errorf("rate 0.25 picked %d of 2000", picked)
	}
	// Another whistleblower, or another round's beacon, draws differently.
	same, sameBeacon := 0, 0
	other2 := beacon
	other2[0]++
	for i := range 256 {
		a := common.Address{byte(i)}
		if whistlePick(beacon, me[:], a[:], 0.5) == whistlePick(beacon, other[:], a[:], 0.5) {
			same++
		}
		if whistlePick(beacon, me[:], a[:], 0.5) == whistlePick(other2, me[:], a[:], 0.5) {
			sameBeacon++
		}
	}
	if same > 200 || sameBeacon > 200 {
		t.Errorf("draws agree on %d (whistleblowers) and %d (beacons) of 256 at rate 0.5", same, sameBeacon)
	}
}

// TestWhistleblowerInTheSwarm: node 1 cheats (an element changed at every matrix product);
// every other node is a lazy verifier of node 1 (it attests node 1's contribution blindly
// when the beacon assigns it) and a whistleblower at rate 1 (it re-executes every
// contribution it is not assigned to). The one assigned verifier of node 1 attests it
// unchecked; the two others, not assigned, re-execute it, find the mismatch and dispute it
// through the assigned verifier's own path: node 1 is convicted (wrong element), slashed
// and out of the final set, its lazy verifier loses its verifier penalty, and the winning
// whistleblower gets the run's share of the slash and its bond back. The honest
// contributions are re-executed by whistleblowers too and never disputed.
func TestWhistleblowerInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with whistleblowers")
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute) // a hang guard only
	defer cancel()
	var lazy atomic.Int32
	var cheater common.Address
	s := newSwarm4With(t, ctx, nil, swarmSetup{
		node: func(i int, c *config.Config) {
			c.Roles.Whistleblower, c.Roles.WhistleblowerRate = i != 1, 1
		},
		adversaries: func(_ ledger.RunID, _ compute.Config, addrs []common.Address) []*Adversary {
			cheater = addrs[1]
			lazyOf := func(c swarm.Chain) swarm.Chain { return &lazyVerifier{Chain: c, target: cheater, lazy: &lazy} }
			return []*Adversary{{Chain: lazyOf}, {Ops: flipMatMul}, {Chain: lazyOf}, {Chain: lazyOf}}
		},
	})
	stake := map[common.Address]*big.Int{}
	for _, a := range s.addrs {
		m, err := s.client.Member(ctx, s.run, a)
		if err != nil {
			t.Fatal(err)
		}
		stake[a] = m.Stake
	}
	s.drive(func() bool {
		r, err := s.client.Round(ctx, s.run, 0)
		return err == nil && r.Finalized
	})
	run, err := s.client.Run(ctx, s.run)
	if err != nil {
		t.Fatal(err)
	}
	vs, err := s.client.Verifiers(ctx, s.run, 0, cheater)
	if err != nil || len(vs) != 1 {
		t.Fatalf("verifiers of the cheater: %v (%v), want one", vs, err)
	}
	assigned := vs[0]
	if lazy.Load() != 1 {
		t.Fatalf("%d blind attestations of the cheater, want 1 (by its assigned verifier %s)", lazy.Load(), assigned)
	}
	o := s.outcome(cheater)
	if o == nil {
		t.Fatalf("no challenge of the cheater ended\n%s", s.tail())
	}
	d, err := s.client.Dispute(ctx, o.Dispute)
	if err != nil {
		t.Fatal(err)
	}
	if o.Class != "element" || o.Verdict != ledger.OutcomeWrongElement {
		t.Errorf("the cheater convicted as %q (%s), want element (wrong_element)", o.Class, o.Verdict)
	}
	if d.Challenger == assigned || d.Challenger == cheater || !slices.Contains(s.addrs, d.Challenger) {
		t.Errorf("the cheater's conviction was won by %s, want a whistleblower (not its assigned verifier %s)", d.Challenger, assigned)
	}
	if st, err := s.client.Status(ctx, s.run, 0, cheater); err != nil || st != ledger.StatusConvicted {
		t.Errorf("the cheater's contribution is %v (%v), want convicted", st, err)
	}
	final, err := s.client.FinalSet(ctx, s.run, 0)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(final, cheater) || len(final) != 3 {
		t.Errorf("final set %v, want the three honest nodes", final)
	}
	// Economics: the cheater loses the slash, its blind verifier the verifier penalty, the
	// whistleblower gets whistleblowerBps of the slash (and its bond back).
	after := map[common.Address]*big.Int{}
	for _, a := range s.addrs {
		m, err := s.client.Member(ctx, s.run, a)
		if err != nil {
			t.Fatal(err)
		}
		after[a] = m.Stake
	}
	cfg := run.Cfg
	slashed := new(big.Int).Sub(stake[cheater], after[cheater])
	if slashed.Cmp(cfg.SlashAmount) != 0 || o.Slashed == nil || o.Slashed.Cmp(slashed) != 0 {
		t.Errorf("the cheater lost %s (outcome: %v), want the slash %s", slashed, o.Slashed, cfg.SlashAmount)
	}
	penalty := new(big.Int).Sub(stake[assigned], after[assigned])
	if penalty.Cmp(cfg.VerifierPenalty) != 0 {
		t.Errorf("the blind verifier lost %s, want the verifier penalty %s", penalty, cfg.VerifierPenalty)
	}
	share := new(big.Int).Div(new(big.Int).Mul(cfg.SlashAmount, big.NewInt(int64(cfg.WhistleblowerBps))), big.NewInt(10_000))
	if o.Reward == nil || o.Reward.Cmp(share) != 0 {
		t.Errorf("the whistleblower's reward is %v, want %s (%d bps of the slash)", o.Reward, share, cfg.WhistleblowerBps)
	}
	for _, a := range s.addrs {
		if a != cheater && a != assigned && after[a].Cmp(stake[a]) != 0 {
			t.Errorf("honest node %s's stake went from %s to %s", a, stake[a], after[a])
		}
	}
	// No honest contribution was disputed; every whistleblower re-executed contributions.
	count, err := s.client.DisputeCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id := uint64(1); id <= count; id++ {
		d, err := s.client.Dispute(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if d.Solver != cheater {
			t.Errorf("dispute %d against honest node %s (by %s)", id, d.Solver, d.Challenger)
		}
		t.Logf("dispute %d: challenger %s (assigned verifier: %v), state %d, outcome %s", id, d.Challenger, d.Challenger == assigned, d.State, ledger.Outcome(d.Outcome))
	}
	whistled := 0.0
	for i, n := range s.nodes {
		match := testutil.ToFloat64(n.metrics.Verifications.WithLabelValues("whistleblower_match"))
		mismatch := testutil.ToFloat64(n.metrics.Verifications.WithLabelValues("whistleblower_mismatch"))
		whistled += match + mismatch
		t.Logf("node %d %s: whistleblower re-executions %v matching, %v differing", i, s.addrs[i], match, mismatch)
		if i == 1 && match+mismatch != 0 {
			t.Errorf("node 1 (whistleblower off) re-executed %v unassigned contributions", match+mismatch)
		}
	}
	// Each whistleblower re-executes every other contribution it is not assigned to.
	want := 0
	for _, c := range s.addrs {
		vs, err := s.client.Verifiers(ctx, s.run, 0, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range s.addrs {
			if w != c && w != cheater && !slices.Contains(vs, w) {
				want++
			}
		}
	}
	if whistled != float64(want) {
		t.Errorf("%v whistleblower re-executions, want %d (the unassigned contributions)", whistled, want)
	}
	t.Logf("convicted by whistleblower %s: verdict %s (%s), record %d, element %d: %d transactions, %d gas, %d chain seconds open to end; slashed %s wei, whistleblower share %s wei, blind verifier %s penalized %s wei; wall %s",
		d.Challenger, o.Verdict, o.Class, o.Record, o.Element, o.Costs.Txs, o.Costs.Gas, o.Ended-o.Opened, slashed, o.Reward, assigned, penalty, time.Since(start).Round(time.Second))
}
