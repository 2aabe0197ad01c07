package node

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/round"
)

// whistleblower returns the round engine's whistleblower mode (round.Whistleblower) when
// roles.whistleblower is on with a rate above 0 (docs/NODE.md, "Whistleblower mode"): the
// node also re-executes the share roles.whistleblower_rate of the contributions it is not
// assigned to, picked by whistlePick, and disputes a mismatch through the same Mismatch
// hook and challenger as an assigned verifier. It never attests them.
func (n *Node) whistleblower() (round.Whistleblower, bool) {
	rate := n.cfg.Roles.WhistleblowerRate
	if !n.cfg.Roles.Whistleblower || !(rate > 0) {
		return round.Whistleblower{}, false
	}
	self := n.key.Address
	return round.Whistleblower{
		Unassigned: func(ctx context.Context, r uint64) ([]swarm.Committed, error) {
			return n.chain.Unassigned(ctx, n.run, r)
		},
		Sample: func(ctx context.Context, r uint64, c swarm.Committed) (bool, error) {
			if rate >= 1 {
				return true, nil
			}
			b, err := n.client.Beacon(ctx, n.run, r)
			if err != nil {
				return false, fmt.Errorf("beacon of round %d: %w", r, err)
			}
			if b == ([32]byte{}) {
				return false, fmt.Errorf("beacon of round %d: not drawn yet", r)
			}
			return whistlePick(b, self[:], c.Author[:], rate), nil
		},
	}, true
}

// whistlePick is the whistleblower's draw: keccak256(beacon ‖ whistleblower ‖ author), its
// first 8 bytes as a fraction of 2^64, below rate. The beacon is drawn after the commit
// deadline, so a solver cannot know at commit time which whistleblowers will re-execute it;
// the draw is the same after a restart and differs between whistleblowers, so their samples
// together cover each contribution with probability 1 − (1 − rate)^k for k whistleblowers.
func whistlePick(beacon [32]byte, whistleblower, author []byte, rate float64) bool {
	h := crypto.Keccak256(beacon[:], whistleblower, author)
	x := float64(binary.BigEndian.Uint64(h[:8])) / math.Exp2(64)
	return x < rate
}
