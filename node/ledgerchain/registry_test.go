package ledgerchain_test

import (
	"testing"

	"github.com/apiary-rl/apiary/ledger"
)

// TestRegistryFollowsStakeEvents: answers come from the cache until a Joined or Left event of
// the peer drops its entry.
func TestRegistryFollowsStakeEvents(t *testing.T) {
	w := newSimWorld(t, 4, 2, 1)
	peer, stranger := w.clients[1], w.clients[3]
	reg := w.chains[w.clients[0].Address()].Registry()
	ask := func(c *ledger.Client, want bool) {
		t.Helper()
		ok, err := reg.IsRegistered(w.ctx, w.run, c.Address())
		if err != nil || ok != want {
			t.Fatalf("%s registered: got %v, %v; want %v", c.Address(), ok, err, want)
		}
	}
	ask(peer, true)
	ask(stranger, false)
	ask(stranger, false)
	if lookups, hits := reg.Stats(); lookups != 3 || hits != 1 {
		t.Fatalf("lookups %d, cache hits %d; want 3, 1", lookups, hits)
	}
	r := check(stranger.JoinRun(w.ctx, w.run, ledger.Ether(20)))(t)
	if err := reg.WaitBlock(w.ctx, r.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	ask(stranger, true)
	r = check(peer.LeaveRun(w.ctx, w.run))(t)
	if err := reg.WaitBlock(w.ctx, r.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	ask(peer, false)
}
