package round

import (
	"bytes"
	"slices"
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
	group  uint32
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

// add files a received message and reports whether it was new. The first message per key
// wins (per author and group for rollouts, per critic and target for critiques, per author
// for updates and notices).
func (in *inbox) add(r gossip.Received) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.peers[r.Author] = r.From
	round := r.Msg.Header().Round
	switch m := r.Msg.(type) {
	case *wire.Rollout:
		if int(m.Group) >= in.maxPerPeer {
			return false
		}
		return put(bucket(in.rollouts, round), rolloutKey{r.Author, m.Group}, Rollout{Author: r.Author, Msg: m})
	case *wire.Critique:
		return put(bucket(in.critiques, round), critiqueKey{r.Author, m.Target}, m)
	case *wire.Update:
		return put(bucket(in.updates, round), r.Author, m)
	case *wire.Notice:
		return put(bucket(in.notices, round), r.Author, m)
	}
	return false
}

func put[K comparable, V any](b map[K]V, k K, v V) bool {
	if _, dup := b[k]; dup {
		return false
	}
	b[k] = v
	return true
}

// externalRollouts returns other peers' rollouts of round in (author, group) order.
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
		return out[i].Msg.Group < out[j].Msg.Group
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
		return bytes.Compare(keys[i].target[:], keys[j].target[:]) < 0
	})
	out := make([]*wire.Critique, len(keys))
	for i, k := range keys {
		out[i] = in.critiques[round][k]
	}
	return out
}

// update returns author's update announcement of round, if one arrived.
func (in *inbox) update(round uint64, author common.Address) (*wire.Update, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	u, ok := in.updates[round][author]
	return u, ok
}

// peerOf returns the peer ID last seen signing for addr.
func (in *inbox) peerOf(addr common.Address) (peer.ID, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	p, ok := in.peers[addr]
	return p, ok
}

// modelOffer is a model blob that notices announce for a model root.
type modelOffer struct {
	blob       swarm.Root
	size       uint64
	announcers []peer.ID
}

// modelOffers returns the blobs that notices announce for model root: those of round
// first, most announcers first (ties: smaller blob root), then those that only notices of
// other rounds announce, in the same order. The count only orders the attempts: every blob
// is checked against the root before it is used, so no number of notices decides.
func (in *inbox) modelOffers(round uint64, root swarm.Root) []modelOffer {
	in.mu.Lock()
	defer in.mu.Unlock()
	type key struct {
		blob swarm.Root
		size uint64
	}
	collect := func(pick func(uint64) bool) map[key][]peer.ID {
		byKey := map[key][]peer.ID{}
		for q, ns := range in.notices {
			if !pick(q) {
				continue
			}
			for a, n := range ns {
				if n.Model == root && !slices.Contains(byKey[key{n.Blob, n.Size}], in.peers[a]) {
					k := key{n.Blob, n.Size}
					byKey[k] = append(byKey[k], in.peers[a])
				}
			}
		}
		return byKey
	}
	sorted := func(byKey map[key][]peer.ID) []modelOffer {
		out := make([]modelOffer, 0, len(byKey))
		for k, ps := range byKey {
			sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
			out = append(out, modelOffer{blob: k.blob, size: k.size, announcers: ps})
		}
		sort.Slice(out, func(i, j int) bool {
			if len(out[i].announcers) != len(out[j].announcers) {
				return len(out[i].announcers) > len(out[j].announcers)
			}
			if c := bytes.Compare(out[i].blob[:], out[j].blob[:]); c != 0 {
				return c < 0
			}
			return out[i].size < out[j].size
		})
		return out
	}
	this := collect(func(q uint64) bool { return q == round })
	others := collect(func(q uint64) bool { return q != round })
	for k := range this {
		delete(others, k)
	}
	return append(sorted(this), sorted(others)...)
}

// prune forgets rounds before keep.
func (in *inbox) prune(keep uint64) {
	in.mu.Lock()
	defer in.mu.Unlock()
	dropBefore(in.rollouts, keep)
	dropBefore(in.critiques, keep)
	dropBefore(in.updates, keep)
	dropBefore(in.notices, keep)
}

func dropBefore[K comparable, V any](m map[uint64]map[K]V, keep uint64) {
	for r := range m {
		if r < keep {
			delete(m, r)
		}
	}
}
