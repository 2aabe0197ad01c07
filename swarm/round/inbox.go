package round

import (
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// inbox holds the validated messages of recent rounds. The collectors write it, the round
// loop reads snapshots of it at stage deadlines.
type inbox struct {
	self       common.Address
	maxPerPeer int

	mu        sync.Mutex
	rollouts  map[uint64]map[rolloutKey]Rollout
	critiques map[uint64]map[critiqueKey]*wire.Critique
	updates   map[uint64]map[common.Address]*wire.Update
	notices   map[uint64]map[common.Address]*wire.Notice
	peers     map[common.Address]peer.ID
}

type rolloutKey struct {
	author common.Address
	index  uint32
}

type critiqueKey struct {
	critic common.Address
	target swarm.Root
}

func newInbox(self common.Address, maxPerPeer int) *inbox {
	return &inbox{self: self, maxPerPeer: maxPerPeer,
		rollouts:  map[uint64]map[rolloutKey]Rollout{},
		critiques: map[uint64]map[critiqueKey]*wire.Critique{},
		updates:   map[uint64]map[common.Address]*wire.Update{},
		notices:   map[uint64]map[common.Address]*wire.Notice{},
		peers:     map[common.Address]peer.ID{},
	}
}

func bucket[K comparable, V any](m map[uint64]map[K]V, round uint64) map[K]V {
	b, ok := m[round]
	if !ok {
		b = map[K]V{}
		m[round] = b
	}
	return b
}

// add files a received message. The first message per key wins.
func (in *inbox) add(r gossip.Received) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.peers[r.Author] = r.From
	round := r.Msg.Header().Round
	switch m := r.Msg.(type) {
	case *wire.Rollout:
		if int(m.Index) >= in.maxPerPeer {
			return
		}
		b := bucket(in.rollouts, round)
		k := rolloutKey{r.Author, m.Index}
		if _, dup := b[k]; !dup {
			b[k] = Rollout{Author: r.Author, Msg: m}
		}
	case *wire.Critique:
		b := bucket(in.critiques, round)
		k := critiqueKey{r.Author, m.Target}
		if _, dup := b[k]; !dup {
			b[k] = m
		}
	case *wire.Update:
		b := bucket(in.updates, round)
		if _, dup := b[r.Author]; !dup {
			b[r.Author] = m
		}
	case *wire.Notice:
		b := bucket(in.notices, round)
		if _, dup := b[r.Author]; !dup {
			b[r.Author] = m
		}
	}
}

// externalRollouts returns other peers' rollouts of round in (author, index) order.
func (in *inbox) externalRollouts(round uint64) []Rollout {
	in.mu.Lock()
	defer in.mu.Unlock()
	var out []Rollout
	for k, r := range in.rollouts[round] {
		if k.author != in.self {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if c := out[i].Author.Cmp(out[j].Author); c != 0 {
			return c < 0
		}
		return out[i].Msg.Index < out[j].Msg.Index
	})
	return out
}

// critiquesOf returns round's critiques in (critic, target) order.
func (in *inbox) critiquesOf(round uint64) []*wire.Critique {
	in.mu.Lock()
	defer in.mu.Unlock()
	keys := make([]critiqueKey, 0, len(in.critiques[round]))
	for k := range in.critiques[round] {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c := keys[i].critic.Cmp(keys[j].critic); c != 0 {
			return c < 0
		}
		return string(keys[i].target[:]) < string(keys[j].target[:])
	})
	out := make([]*wire.Critique, len(keys))
	for i, k := range keys {
		out[i] = in.critiques[round][k]
	}
	return out
}

// peerOf returns the peer ID last seen signing for addr.
func (in *inbox) peerOf(addr common.Address) (peer.ID, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	p, ok := in.peers[addr]
	return p, ok
}

// noticeModel returns the model root most peers announced for round, its size and the
// announcers, or false if none did. Ties go to the smaller root.
func (in *inbox) noticeModel(round uint64) (swarm.Root, uint64, []peer.ID, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	votes := map[swarm.Root][]common.Address{}
	sizes := map[swarm.Root]uint64{}
	for a, n := range in.notices[round] {
		votes[n.Model] = append(votes[n.Model], a)
		sizes[n.Model] = n.Size
	}
	var best swarm.Root
	found := false
	for r, as := range votes {
		if !found || len(as) > len(votes[best]) || (len(as) == len(votes[best]) && string(r[:]) < string(best[:])) {
			best, found = r, true
		}
	}
	if !found {
		return best, 0, nil, false
	}
	var ps []peer.ID
	for _, a := range votes[best] {
		if p, ok := in.peers[a]; ok {
			ps = append(ps, p)
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	return best, sizes[best], ps, true
}

// firstNoticeRound returns the lowest round >= from with at least one notice.
func (in *inbox) firstNoticeRound(from uint64) (uint64, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	var r uint64
	found := false
	for k, b := range in.notices {
		if k >= from && len(b) > 0 && (!found || k < r) {
			r, found = k, true
		}
	}
	return r, found
}

// prune forgets rounds before keep.
func (in *inbox) prune(keep uint64) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for r := range in.rollouts {
		if r < keep {
			delete(in.rollouts, r)
		}
	}
	for r := range in.critiques {
		if r < keep {
			delete(in.critiques, r)
		}
	}
	for r := range in.updates {
		if r < keep {
			delete(in.updates, r)
		}
	}
	for r := range in.notices {
		if r < keep {
			delete(in.notices, r)
		}
	}
}
