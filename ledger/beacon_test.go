package ledger_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestBeaconRearm: the beacon is the hash of a block fixed before it exists;
// left unread for 256 blocks it can no longer be read, and closeRound fixes
// a new seed block instead of letting anyone pick among old hashes.
func TestBeaconRearm(t *testing.T) {
	e := newEnv(t, 3, testParams())
	id := e.newRun(1, 2)
	check(e.clients[1].Commit(e.ctx, id, 0, commitment(1)))(t)
	check(e.clients[2].Commit(e.ctx, id, 0, commitment(2)))(t)
	e.at(id, 0, tCommit)
	check(e.clients[0].CloseRound(e.ctx, id, 0))(t)
	first := check(e.clients[0].Round(e.ctx, id, 0))(t).SeedBlock
	for i := 0; i < 258; i++ {
		e.chain.Commit()
	}
	if b := check(e.clients[0].Beacon(e.ctx, id, 0))(t); b != ([32]byte{}) {
		t.Fatalf("beacon %x readable 258 blocks after its seed block", b)
	}
	_, err := e.clients[2].AttestContribution(e.ctx, id, 0, e.addr(1))
	wantRevert(t, err, "BeaconNotReady")
	e.beacon(id, 0) // re-arms, then stores
	rd := check(e.clients[0].Round(e.ctx, id, 0))(t)
	if rd.SeedBlock <= first+256 || rd.Beacon == ([32]byte{}) {
		t.Fatalf("seed block %d (first %d), beacon %x", rd.SeedBlock, first, rd.Beacon)
	}
	seed := check(e.chain.Client.HeaderByNumber(e.ctx, bigU(rd.SeedBlock)))(t)
	want := crypto.Keccak256Hash(seed.Hash().Bytes(), id[:], []byte{0, 0, 0, 0, 0, 0, 0, 0})
	if rd.Beacon != want {
		t.Fatalf("beacon %x, want H(blockhash(seed) || run || u64 0) = %x", rd.Beacon, want)
	}
	check(e.clients[2].AttestContribution(e.ctx, id, 0, e.addr(1)))(t)
}
