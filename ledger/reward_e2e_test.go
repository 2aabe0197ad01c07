package ledger_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/referee"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/payload"
)

// rewardRun is the run of the wrong-reward disputes: add level 2, G = 4,
// L = 1, partial weight 0.5.
var rewardRun = judgeRun{task: "add", level: 2, seed: 77, g: 4, l: 1, partialWeight: 0.5}

// rewardGame is a run where solver 1 committed a two-step batch (its own
// group 0, then peer 2's group 0 as an external group), peers 2 and 3
// committed too and attested solver 1 (the two assigned verifiers), and
// challenger 4 opened a dispute on step `step` of solver 1.
type rewardGame struct {
	e            *env
	id           ledger.RunID
	cfg          []byte
	payloads     [][]byte
	groups       []verify.Hash
	leaves       [][]verify.Hash // each group root's named-set leaves: batch.tokens, batch.mask, batch.rewards
	rewardsRoots []verify.Hash   // each group's batch.rewards tensor root
	did          uint64
}

// groupRootOf builds a group root whose batch.rewards tensor holds rewards (token and
// mask tensors stand in by fixed roots): its leaves and root.
func groupRootOf(t *testing.T, rewards []uint32) (leaves []verify.Hash, root, rewardsRoot verify.Hash) {
	rw := make([]float32, len(rewards))
	for i, b := range rewards {
		rw[i] = math.Float32frombits(b)
	}
	rewardsRoot = verify.TensorRoot(repops.FromData(rw, len(rw)))
	leaves = []verify.Hash{verify.NamedLeaf(verify.BatchTokens, verify.Hash{0x70}), verify.NamedLeaf(verify.BatchMask, verify.Hash{0x71}),
		verify.NamedLeaf(verify.BatchRewards, rewardsRoot)}
	return leaves, verify.NamedRootOfLeaves(leaves), rewardsRoot
}

// completions of the answer tokens: exact with EOS, one digit off, EOS
// first, the answer twice.
func rewardCompletions(t *testing.T, answer string) [][]byte {
	a := check(tasks.Encode(answer))(t)
	b := make([]byte, len(a))
	for i, x := range a {
		b[i] = byte(x)
	}
	off := append([]byte(nil), b...)
	off[0] = byte(3 + (int(off[0])-3+1)%10)
	return [][]byte{append(append([]byte(nil), b...), tasks.EOS), off, {tasks.EOS, b[0]}, append(append([]byte(nil), b...), b...)}
}

// playReward sets up the game; edit changes the payload of step `tamper`
// before it is encoded and committed.
func playReward(t *testing.T, step uint32, tamper int, edit func(p *payload.Payload)) *rewardGame {
	return playRewardGroups(t, step, tamper, edit, nil)
}

// playRewardGroups is playReward whose step `tamper` trains on the rewards
// groupRewards makes of its payload's (nil: the payload's own).
func playRewardGroups(t *testing.T, step uint32, tamper int, edit func(p *payload.Payload), groupRewards func([]uint32) []uint32) *rewardGame {
	e := newEnv(t, 5, testParams())
	g := &rewardGame{e: e, cfg: rewardRun.encode(t)}
	rc := runConfig(0)
	rc.ConfigHash, rc.Task = crypto.Keccak256Hash(g.cfg), rewardRun.task
	g.id = check(e.clients[0].CreateRun(e.ctx, rc, nil, eth(30)))(t)
	for _, i := range []int{1, 2, 3} {
		check(e.clients[i].JoinRun(e.ctx, g.id, eth(20)))(t)
	}
	f := check(tasks.Get(rewardRun.task))(t)
	var leaves []verify.Hash
	for k, author := range []int{1, 2} {
		probe := honestPayload(t, rewardRun, g.id, 0, e.addr(author), 0, [][]byte{{3}})
		p := tasks.TrainProblem(f, rewardRun.seed, int(rewardRun.level), probe.Problem)
		pl := honestPayload(t, rewardRun, g.id, 0, e.addr(author), 0, rewardCompletions(t, p.Answer))
		if k == tamper && edit != nil {
			edit(pl)
		}
		b := check(pl.Encode())(t)
		g.payloads = append(g.payloads, b)
		rw := pl.Rewards
		if k == tamper && groupRewards != nil {
			rw = groupRewards(append([]uint32(nil), rw...))
		}
		gl, gr, rr := groupRootOf(t, rw)
		g.groups, g.leaves, g.rewardsRoots = append(g.groups, gr), append(g.leaves, gl), append(g.rewardsRoots, rr)
		leaves = append(leaves, verify.ManifestLeaf(payload.Root(b), g.groups[k]))
	}
	c := commitment(1)
	c.BatchRoot, c.Nsteps = verify.BatchRoot(leaves), 2
	check(e.clients[1].Commit(e.ctx, g.id, 0, c))(t)
	for _, i := range []int{2, 3} {
		check(e.clients[i].Commit(e.ctx, g.id, 0, commitment(byte(i))))(t)
	}
	e.at(g.id, 0, tCommit)
	e.beacon(g.id, 0)
	e.attestAll(g.id, 0, 1, 2, 3)
	g.did = check(e.clients[4].OpenDispute(e.ctx, g.id, 0, e.addr(1), step, eth(1)))(t)
	return g
}

// rewardsOf are the right rewards of completions cs of training problem idx.
func rewardsOf(t *testing.T, c judgeRun, idx uint64, cs [][]byte) []uint32 {
	f := check(tasks.Get(c.task))(t)
	p := tasks.TrainProblem(f, c.seed, int(c.level), idx)
	ids := make([][]int, len(cs))
	for i, b := range cs {
		for _, x := range b {
			ids[i] = append(ids[i], int(x))
		}
	}
	rw, _ := rl.Sampler{Task: f, PartialWeight: c.partialWeight}.Score(p, ids)
	out := make([]uint32, len(rw))
	for i, r := range rw {
		out[i] = math.Float32bits(r)
	}
	return out
}

// claim proves step k's payload (as committed) at manifest index k.
func (g *rewardGame) claim(t *testing.T, k int) ledger.RewardClaim {
	var leaves []verify.Hash
	for i, b := range g.payloads {
		leaves = append(leaves, verify.ManifestLeaf(payload.Root(b), g.groups[i]))
	}
	return ledger.RewardClaim{Config: g.cfg, Payload: g.payloads[k], GroupRoot: g.groups[k],
		ManifestAt: referee.Inclusion(check(verify.ProveManifest(leaves, k))(t))}
}

// withLeaf adds the proof of leaf i (2: batch.rewards) of step k's group root to c.
func (g *rewardGame) withLeaf(t *testing.T, c ledger.RewardClaim, k, i int) ledger.RewardClaim {
	names := []string{verify.BatchTokens, verify.BatchMask, verify.BatchRewards}
	roots := []verify.Hash{{0x70}, {0x71}, g.rewardsRoots[k]}
	leaf := referee.Named(names[i], roots[i], check(verify.ProveNamed(g.leaves[k], i))(t))
	c.RewardsLeaf = &leaf
	return c
}

// convicted requires the dispute won by challenger 4 with outcome o: solver
// 1 slashed 10 (4 to the challenger with its bond), verifiers 2 and 3
// penalized 2 each, the rest in the round's pool.
func (g *rewardGame) convicted(t *testing.T, res *ledger.DisputeResolved, o ledger.Outcome) {
	t.Helper()
	e := g.e
	if ledger.Outcome(res.Outcome) != o || res.Winner != e.addr(4) {
		t.Fatalf("resolution %+v (%v), want %v won by the challenger", res, ledger.Outcome(res.Outcome), o)
	}
	wantSettled(t, e, g.id, 1, eth(10), 4, eth(5)) // 1 bond + 4 share
	for _, v := range []int{2, 3} {
		if m := check(e.clients[0].Member(e.ctx, g.id, e.addr(v)))(t); m.Stake.Cmp(eth(18)) != 0 {
			t.Fatalf("verifier %d stake %v, want 18 ether (penalized)", v, m.Stake)
		}
	}
	if rd := check(e.clients[0].Round(e.ctx, g.id, 0))(t); rd.Bonus.Cmp(eth(10)) != 0 {
		t.Fatalf("round bonus %v, want 6 of the slash + 2 penalties of 2", rd.Bonus)
	}
	if st := check(e.clients[0].Status(e.ctx, g.id, 0, e.addr(1)))(t); st != ledger.StatusConvicted {
		t.Fatalf("status %d, want convicted", st)
	}
	wantBalanced(t, e, []ledger.RunID{g.id})
}

// TestConvictRewardWrongReward: solver 1 claims a reward one ulp above the
// right one in its own group; the chain recomputes it and convicts, even
// though both assigned verifiers attested.
func TestConvictRewardWrongReward(t *testing.T) {
	g := playReward(t, 0, 0, func(p *payload.Payload) { p.Rewards[1]++ })
	res := check(g.e.clients[4].ConvictReward(g.e.ctx, g.did, g.claim(t, 0)))(t)
	gas, calldata := g.e.lastTx()
	t.Logf("convictReward (G = 4, add level 2): %d gas, %d bytes of calldata", gas, calldata)
	g.convicted(t, res, ledger.OutcomeWrongReward)
	if ledger.OutcomeWrongReward.String() != "wrong_reward" {
		t.Fatalf("outcome name %q", ledger.OutcomeWrongReward)
	}
}

// TestConvictRewardWrongProblem: a payload whose problem index is not the
// author's draw (with rewards right for the problem it names) convicts.
func TestConvictRewardWrongProblem(t *testing.T) {
	g := playReward(t, 0, 0, func(p *payload.Payload) {
		p.Problem++
		p.Rewards = rewardsOf(t, rewardRun, p.Problem, p.Completions)
	})
	res := check(g.e.clients[4].ConvictReward(g.e.ctx, g.did, g.claim(t, 0)))(t)
	g.convicted(t, res, ledger.OutcomeWrongReward)
}

// TestConvictRewardExternalGroup: the wrong reward may sit in an external
// group of the batch (step 1, authored by peer 2): the solver trained on it
// and is convicted.
func TestConvictRewardExternalGroup(t *testing.T) {
	g := playReward(t, 1, 1, func(p *payload.Payload) { p.Rewards[0] ^= 1 })
	res := check(g.e.clients[4].ConvictReward(g.e.ctx, g.did, g.claim(t, 1)))(t)
	g.convicted(t, res, ledger.OutcomeWrongReward)
}

// TestConvictRewardHonest: a challenge of an honest step (own or external
// group) forfeits the bond to the round's pool; the solver keeps its stake.
func TestConvictRewardHonest(t *testing.T) {
	for _, step := range []uint32{0, 1} {
		g := playReward(t, step, 0, nil)
		e := g.e
		res := check(e.clients[4].ConvictReward(e.ctx, g.did, g.claim(t, int(step))))(t)
		gas, _ := e.lastTx()
		t.Logf("convictReward acquitting step %d: %d gas", step, gas)
		if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight || res.Winner != e.addr(1) {
			t.Fatalf("step %d: resolution %+v, want solver right", step, res)
		}
		wantSettled(t, e, g.id, 1, eth(20), 4, new(big.Int))
		if rd := check(e.clients[0].Round(e.ctx, g.id, 0))(t); rd.Bonus.Cmp(eth(1)) != 0 {
			t.Fatalf("round bonus %v, want the 1-ether bond", rd.Bonus)
		}
		wantBalanced(t, e, []ledger.RunID{g.id})
	}
}

// TestConvictRewardMisfit: proofs that do not fit the dispute revert and
// leave it open: another step's payload (manifest position), a payload that
// is not the committed one, config bytes that are not the run's, a manifest
// path of the wrong length, and a call by someone else than the challenger.
func TestConvictRewardMisfit(t *testing.T) {
	g := playReward(t, 0, 0, func(p *payload.Payload) { p.Rewards[0]++ })
	e, ch := g.e, g.e.clients[4]
	_, err := ch.ConvictReward(e.ctx, g.did, g.claim(t, 1))
	wantRevert(t, err, "ProofMismatch")

	c := g.claim(t, 0)
	c.Payload = append([]byte(nil), c.Payload...)
	c.Payload[len(c.Payload)-1] ^= 1
	_, err = ch.ConvictReward(e.ctx, g.did, c)
	wantRevert(t, err, "RootMismatch")

	c = g.claim(t, 0)
	c.Config = rewardRun.encode(t)
	c.Config[len(c.Config)-1] ^= 1
	_, err = ch.ConvictReward(e.ctx, g.did, c)
	wantRevert(t, err, "ProofMismatch")

	c = g.claim(t, 0)
	c.GroupRoot = common.Hash{0xee}
	_, err = ch.ConvictReward(e.ctx, g.did, c)
	wantRevert(t, err, "RootMismatch")

	c = g.claim(t, 0)
	c.ManifestAt.Siblings = nil
	_, err = ch.ConvictReward(e.ctx, g.did, c)
	wantRevert(t, err, "BadInclusion")

	_, err = e.clients[2].ConvictReward(e.ctx, g.did, g.claim(t, 0))
	wantRevert(t, err, "NotChallenger")

	// The dispute is still open: the fitting proof convicts.
	res := check(ch.ConvictReward(e.ctx, g.did, g.claim(t, 0)))(t)
	g.convicted(t, res, ledger.OutcomeWrongReward)
}

// TestConvictRewardGroupRoot: the payload's rewards are right but the step's group root
// (what its trace trains on) holds other rewards in batch.rewards: the leaf's proof
// convicts. An honest group root's leaf acquits; a leaf of another name or not in the
// group root reverts.
func TestConvictRewardGroupRoot(t *testing.T) {
	g := playRewardGroups(t, 0, 0, nil, func(rw []uint32) []uint32 { rw[2] ^= 1; return rw })
	e, ch := g.e, g.e.clients[4]
	_, err := ch.ConvictReward(e.ctx, g.did, g.withLeaf(t, g.claim(t, 0), 0, 1))
	wantRevert(t, err, "ProofMismatch")
	c := g.withLeaf(t, g.claim(t, 0), 0, 2)
	c.RewardsLeaf.Root[0] ^= 1
	_, err = ch.ConvictReward(e.ctx, g.did, c)
	wantRevert(t, err, "RootMismatch")
	res := check(ch.ConvictReward(e.ctx, g.did, g.withLeaf(t, g.claim(t, 0), 0, 2)))(t)
	gas, _ := e.lastTx()
	t.Logf("convictReward with the batch.rewards leaf (G = 4): %d gas", gas)
	g.convicted(t, res, ledger.OutcomeWrongReward)

	h := playReward(t, 1, 0, nil)
	res = check(h.e.clients[4].ConvictReward(h.e.ctx, h.did, h.withLeaf(t, h.claim(t, 1), 1, 2)))(t)
	if ledger.Outcome(res.Outcome) != ledger.OutcomeSolverRight {
		t.Fatalf("honest group root: %+v, want solver right", res)
	}
}
