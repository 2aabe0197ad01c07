package node

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/config"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/payload"
)

// misclaimer is a test's compute wrapper for a node that claims a wrong reward in every
// rollout it samples: completion 0's reward claimed as 1 when it is not, else 0. Its own
// contribution trains on its rollouts, so it holds the wrong reward.
type misclaimer struct{ Compute }

func (m misclaimer) Rollouts(ctx context.Context, r uint64, model []byte) ([][]byte, error) {
	honest, err := m.Compute.Rollouts(ctx, r, model)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(honest))
	for i, b := range honest {
		p, err := payload.Decode(b)
		if err != nil {
			return nil, fmt.Errorf("misclaimer: %w", err)
		}
		claim := float32(1)
		if math.Float32frombits(p.Rewards[0]) == 1 {
			claim = 0
		}
		p.Rewards[0] = math.Float32bits(claim)
		if out[i], err = p.Encode(); err != nil {
			return nil, fmt.Errorf("misclaimer: %w", err)
		}
	}
	return out, nil
}

// blindVerifier is lazyVerifier that also closes attested after its blind attestation.
type blindVerifier struct {
	lazyVerifier
	once     *sync.Once
	attested chan struct{}
}

func (b *blindVerifier) Assignments(ctx context.Context, run swarm.RunID, r uint64) ([]swarm.Committed, error) {
	before := b.lazy.Load()
	as, err := b.lazyVerifier.Assignments(ctx, run, r)
	if b.lazy.Load() > before {
		b.once.Do(func() { close(b.attested) })
	}
	return as, err
}

// gatedVerify holds every re-execution (assigned or as a whistleblower) until open is
// closed: the whistleblowers then dispute the cheater only after its assigned verifier
// attested it blindly (a wrong-reward dispute needs no re-execution and is fast enough to
// convict first, and a convicted contribution can no longer be attested).
type gatedVerify struct {
	Compute
	open <-chan struct{}
}

func (g gatedVerify) Verify(ctx context.Context, r uint64, model []byte, cm swarm.Committed, batch [][]byte, update []byte) error {
	select {
	case <-g.open:
	case <-ctx.Done():
		return ctx.Err()
	}
	return g.Compute.Verify(ctx, r, model, cm, batch, update)
}

// TestWrongRewardInTheSwarm: node 1 claims a wrong reward in its own group and trains on
// it; its assigned verifier attests it blindly (lazy), the other nodes are whistleblowers
// (their re-executions wait for the blind attestation).
// Re-executing it, a whistleblower's critique flags the group, and the chain, which
// recomputes the group's problem and rewards from the run config, convicts it
// wrong_reward: the cheater loses the slash, its blind verifier the verifier penalty, the
// whistleblower gets its share. No honest contribution is disputed.
func TestWrongRewardInTheSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("four nodes through a round with a wrong-reward dispute")
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
			attested, once := make(chan struct{}), &sync.Once{}
			lazyOf := func(c swarm.Chain) swarm.Chain {
				return &blindVerifier{lazyVerifier: lazyVerifier{Chain: c, target: cheater, lazy: &lazy}, once: once, attested: attested}
			}
			gate := func(c Compute) Compute { return gatedVerify{Compute: c, open: attested} }
			misclaim := func(c Compute) Compute { return misclaimer{c} }
			return []*Adversary{{Chain: lazyOf, Compute: gate}, {Compute: misclaim}, {Chain: lazyOf, Compute: gate}, {Chain: lazyOf, Compute: gate}}
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
		t.Fatalf("%d blind attestations of the cheater, want 1 (by its assigned verifier %s)\n%s", lazy.Load(), assigned, s.tail())
	}
	o := s.outcome(cheater)
	if o == nil {
		t.Fatalf("no challenge of the cheater ended\n%s", s.tail())
	}
	if o.Class != "reward" || o.Verdict != ledger.OutcomeWrongReward || o.Step != 0 {
		t.Errorf("the cheater convicted as %q (%s) on step %d, want reward (wrong_reward) on step 0", o.Class, o.Verdict, o.Step)
	}
	d, err := s.client.Dispute(ctx, o.Dispute)
	if err != nil {
		t.Fatal(err)
	}
	if d.Challenger == assigned || d.Challenger == cheater || !slices.Contains(s.addrs, d.Challenger) {
		t.Errorf("the conviction was won by %s, want a whistleblower (not the assigned verifier %s)", d.Challenger, assigned)
	}
	final, err := s.client.FinalSet(ctx, s.run, 0)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(final, cheater) || len(final) != 3 {
		t.Errorf("final set %v, want the three honest nodes", final)
	}
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
		t.Errorf("the whistleblower's reward is %v, want %s", o.Reward, share)
	}
	for _, a := range s.addrs {
		if a != cheater && a != assigned && after[a].Cmp(stake[a]) != 0 {
			t.Errorf("honest node %s's stake went from %s to %s", a, stake[a], after[a])
		}
	}
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
		t.Logf("dispute %d: challenger %s, state %d, outcome %s", id, d.Challenger, d.State, ledger.Outcome(d.Outcome))
	}
	t.Logf("convicted by whistleblower %s: verdict %s (%s): %d transactions, %d gas, %d chain seconds open to end; blind verifier %s penalized %s wei; wall %s",
		d.Challenger, o.Verdict, o.Class, o.Costs.Txs, o.Costs.Gas, o.Ended-o.Opened, assigned, penalty, time.Since(start).Round(time.Second))
}
