package round

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// TestModelOffersAcrossRounds: offers for a root come from the notices of the asked round
// first, then from those of the other rounds the inbox remembers (a model the chain attests
// again was announced under its first round), each blob once with all its announcers.
func TestModelOffersAcrossRounds(t *testing.T) {
	in := newInbox(common.Address{0xee}, 8)
	root, other := swarm.Root{1}, swarm.Root{2}
	blobNow, blobThen := swarm.Root{0xa}, swarm.Root{0xb}
	notice := func(author byte, r uint64, model, blob swarm.Root) {
		in.add(gossip.Received{Author: common.Address{author}, From: peer.ID([]byte{author}),
			Msg: &wire.Notice{V: wire.Version, Round: r, Model: model, Blob: blob, Size: 10}})
	}
	notice(1, 2, root, blobThen) // θ_2, announced at the end of round 1
	notice(2, 2, root, blobThen)
	notice(3, 1, root, blobThen) // the same model announced for round 1 too
	notice(1, 3, other, swarm.Root{0xc})
	notice(4, 3, root, blobNow)
	offers := in.modelOffers(3, root)
	if len(offers) != 2 || offers[0].blob != blobNow || offers[1].blob != blobThen {
		t.Fatalf("offers %+v, want round 3's blob, then the earlier rounds'", offers)
	}
	if got := offers[1].announcers; len(got) != 3 {
		t.Fatalf("the earlier blob's announcers %v, want the 3 peers once each", got)
	}
	if offers := in.modelOffers(3, swarm.Root{9}); len(offers) != 0 {
		t.Fatalf("offers for an unannounced root: %+v", offers)
	}
}
