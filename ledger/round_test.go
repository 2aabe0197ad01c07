package ledger_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
)

// TestRoundLifecycle walks a round through commits (one copying another's
// update), the beacon, verifier assignment and attestation, the final set,
// rewards and fees, and the pool reclaim, with the failure paths.
func TestRoundLifecycle(t *testing.T) {
	e := newEnv(t, 6, testParams())
	sub := e.clients[0]
	id := e.newRun(1, 2, 3, 4)
	for i := 1; i <= 3; i++ {
		check(e.clients[i].Commit(e.ctx, id, 0, commitment(byte(i))))(t)
	}
	copied := commitment(1) // a copy of peer 1's contribution
	check(e.clients[4].Commit(e.ctx, id, 0, copied))(t)
	if k := check(sub.Contribution(e.ctx, id, 0, e.addr(4)))(t); !k.Duplicate || k.Position != 3 {
		t.Fatalf("copied contribution %+v, want a duplicate at position 3", k)
	}

	_, err := sub.CloseRound(e.ctx, id, 0)
	wantRevert(t, err, "RoundStillOpen")
	e.at(id, 0, tCommit)
	_, err = sub.Verifiers(e.ctx, id, 0, e.addr(1))
	wantRevert(t, err, "BeaconNotReady")
	check(sub.CloseRound(e.ctx, id, 0))(t)
	rd := check(sub.Round(e.ctx, id, 0))(t)
	_, err = sub.CloseRound(e.ctx, id, 0) // mined in the seed block itself
	wantRevert(t, err, "BeaconPending")
	e.chain.Commit() // the seed block
	e.chain.Commit() // calls are estimated on the latest block: it must follow the seed block
	check(sub.CloseRound(e.ctx, id, 0))(t)
	_, err = sub.CloseRound(e.ctx, id, 0)
	wantRevert(t, err, "RoundAlreadyClosed")
	seed := check(e.chain.Client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(rd.SeedBlock)))(t)
	rd = check(sub.Round(e.ctx, id, 0))(t)
	if rd.Beacon == ([32]byte{}) || seed.Hash() == ([32]byte{}) {
		t.Fatalf("beacon %x", rd.Beacon)
	}

	// Assignment: two distinct other contributors each.
	for s := 1; s <= 4; s++ {
		vs := check(sub.Verifiers(e.ctx, id, 0, e.addr(s)))(t)
		if len(vs) != 2 || vs[0] == vs[1] || slices.Contains(vs, e.addr(s)) || slices.Contains(vs, e.addr(5)) {
			t.Fatalf("verifiers of %d: %v", s, vs)
		}
	}
	// Neither a non-contributor nor an unassigned contributor may attest.
	vs := check(sub.Verifiers(e.ctx, id, 0, e.addr(1)))(t)
	_, err = e.clients[5].AttestContribution(e.ctx, id, 0, e.addr(1))
	wantRevert(t, err, "NotAssigned")
	for i := 2; i <= 4; i++ {
		if !slices.Contains(vs, e.addr(i)) {
			_, err = e.clients[i].AttestContribution(e.ctx, id, 0, e.addr(1))
			wantRevert(t, err, "NotAssigned")
		}
	}
	e.attestAll(id, 0, 1, 2, 4) // peer 3's contribution stays unattested
	_, err = e.client(vs[0]).AttestContribution(e.ctx, id, 0, e.addr(1))
	wantRevert(t, err, "AlreadyAttested")
	e.at(id, 0, tVerify)
	vs3 := check(sub.Verifiers(e.ctx, id, 0, e.addr(3)))(t)
	_, err = e.client(vs3[0]).AttestContribution(e.ctx, id, 0, e.addr(3))
	wantRevert(t, err, "VerifyWindowClosed")

	_, err = sub.FinalSet(e.ctx, id, 0)
	wantRevert(t, err, "RoundNotFinal")
	_, err = sub.FinalizeRound(e.ctx, id, 0)
	wantRevert(t, err, "RoundNotFinal")
	e.at(id, 0, tFinal)
	fs := check(sub.FinalSet(e.ctx, id, 0))(t)
	if !slices.Equal(fs, []common.Address{e.addr(1), e.addr(2)}) {
		t.Fatalf("final set %v, want peers 1 and 2 (3 unattested, 4 a copy)", fs)
	}
	_, err = e.clients[1].ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "RoundNotFinalized")
	check(sub.FinalizeRound(e.ctx, id, 0))(t)
	_, err = sub.FinalizeRound(e.ctx, id, 0)
	wantRevert(t, err, "AlreadyFinalized")
	rd = check(sub.Round(e.ctx, id, 0))(t)
	fee := big.NewInt(1e17)
	perWant := new(big.Int).Sub(eth(10), new(big.Int).Mul(fee, big.NewInt(6))) // 6 attestations
	perWant.Div(perWant, big.NewInt(2))
	if rd.FinalCount != 2 || rd.PerContribution.Cmp(perWant) != 0 || rd.FinalStake.Cmp(eth(40)) != 0 {
		t.Fatalf("finalized round %+v, want 2 final contributions of %v", rd, perWant)
	}
	total := new(big.Int)
	for i := 1; i <= 4; i++ {
		k := check(sub.Contribution(e.ctx, id, 0, e.addr(i)))(t)
		want := new(big.Int).Mul(fee, big.NewInt(int64(k.Verified)))
		if i <= 2 {
			want.Add(want, perWant)
		}
		if want.Sign() == 0 { // peer 3 verified nothing this time (the beacon varies run to run)
			_, err = e.clients[i].ClaimReward(e.ctx, id, 0)
			wantRevert(t, err, "NoReward")
			continue
		}
		check(e.clients[i].ClaimReward(e.ctx, id, 0))(t)
		if got := check(sub.Credit(e.ctx, e.addr(i)))(t); got.Cmp(want) != 0 {
			t.Fatalf("peer %d credited %v, want %v", i, got, want)
		}
		total.Add(total, want)
		_, err = e.clients[i].ClaimReward(e.ctx, id, 0)
		wantRevert(t, err, "NoReward")
	}
	if total.Cmp(eth(10)) != 0 {
		t.Fatalf("round paid %v, want its 10 ether reward", total)
	}
	_, err = e.clients[5].ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "NoReward")

	// Rounds 1 and 2 have no contributions: their rewards return to the pool.
	_, err = sub.ReclaimPool(e.ctx, id)
	wantRevert(t, err, "RunNotOver")
	e.at(id, 2, tFinal)
	check(sub.FinalizeRound(e.ctx, id, 1))(t)
	check(sub.FinalizeRound(e.ctx, id, 2))(t)
	_, err = e.clients[1].ReclaimPool(e.ctx, id)
	wantRevert(t, err, "NotSubmitter")
	check(sub.ReclaimPool(e.ctx, id))(t)
	if got := check(sub.Credit(e.ctx, e.addr(0)))(t); got.Cmp(eth(20)) != 0 {
		t.Fatalf("submitter reclaimed %v, want 20 ether", got)
	}
}

// TestCopiedCommitmentEarnsNothing: peer 3 commits a copy of peer 1's
// contribution (its batch root) and is attested like any other, but earns
// nothing: the original and peer 2 share the round, and the copier, which
// attested nothing itself, has no reward to claim.
func TestCopiedCommitmentEarnsNothing(t *testing.T) {
	e := newEnv(t, 4, testParams())
	sub := e.clients[0]
	id := e.newRun(1, 2, 3)
	check(e.clients[1].Commit(e.ctx, id, 0, commitment(1)))(t)
	check(e.clients[2].Commit(e.ctx, id, 0, commitment(2)))(t)
	check(e.clients[3].Commit(e.ctx, id, 0, commitment(1)))(t)
	e.at(id, 0, tCommit)
	e.beacon(id, 0)
	// With three contributors each verifies both others: peers 1 and 2
	// attest everyone, the copier no one.
	for _, v := range []int{1, 2} {
		for s := 1; s <= 3; s++ {
			if s != v {
				check(e.clients[v].AttestContribution(e.ctx, id, 0, e.addr(s)))(t)
			}
		}
	}
	if k := check(sub.Contribution(e.ctx, id, 0, e.addr(3)))(t); !k.Duplicate || k.Attestations == 0 {
		t.Fatalf("copy %+v, want an attested duplicate", k)
	}
	e.at(id, 0, tFinal)
	check(sub.FinalizeRound(e.ctx, id, 0))(t)
	if fs := check(sub.FinalSet(e.ctx, id, 0))(t); !slices.Equal(fs, []common.Address{e.addr(1), e.addr(2)}) {
		t.Fatalf("final set %v, want the original and peer 2", fs)
	}
	_, err := e.clients[3].ClaimReward(e.ctx, id, 0)
	wantRevert(t, err, "NoReward")
	// 10 reward less 4 fees of 0.1, in halves; each honest peer also
	// earns two fees.
	want := new(big.Int).Mul(big.NewInt(50), big.NewInt(1e17))
	for _, i := range []int{1, 2} {
		check(e.clients[i].ClaimReward(e.ctx, id, 0))(t)
		if cr := check(sub.Credit(e.ctx, e.addr(i)))(t); cr.Cmp(want) != 0 {
			t.Fatalf("peer %d credited %v, want %v", i, cr, want)
		}
	}
	if cr := check(sub.Credit(e.ctx, e.addr(3)))(t); cr.Sign() != 0 {
		t.Fatalf("copier credited %v", cr)
	}
	wantBalanced(t, e, []ledger.RunID{id})
}
