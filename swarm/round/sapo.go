package round

import (
	"bytes"
	"encoding/binary"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// sapoSeed is H("apiary/sapo/v1" || run || u64 round || peer address).
func sapoSeed(run swarm.RunID, round uint64, self common.Address) []byte {
	b := append([]byte("apiary/sapo/v1"), run[:]...)
	b = binary.BigEndian.AppendUint64(b, round)
	b = append(b, self[:]...)
	return ethcrypto.Keccak256(b)
}

// SampleExternal picks up to n of candidates: it drops rollouts that a strict majority of
// their critics flagged (wrong reward or wrong sample, docs/PROTOCOL.md §3.4), then orders the rest by
// H(seed || payload root) and takes the first n. Given the same candidates and critiques,
// every peer can recompute another peer's choice.
func SampleExternal(run swarm.RunID, round uint64, self common.Address, candidates []Rollout, critiques []*wire.Critique, n int) []Rollout {
	wrong, total := map[swarm.Root]int{}, map[swarm.Root]int{}
	for _, c := range critiques {
		total[c.Target]++
		if c.Verdict != wire.VerdictAgree {
			wrong[c.Target]++
		}
	}
	seed := sapoSeed(run, round, self)
	type keyed struct {
		key []byte
		r   Rollout
	}
	var ks []keyed
	seen := map[swarm.Root]bool{}
	for _, r := range candidates {
		root := r.Msg.PayloadRoot
		if r.Author == self || seen[root] || 2*wrong[root] > total[root] {
			continue
		}
		seen[root] = true
		ks = append(ks, keyed{ethcrypto.Keccak256(seed, root[:]), r})
	}
	sort.Slice(ks, func(i, j int) bool { return bytes.Compare(ks[i].key, ks[j].key) < 0 })
	out := make([]Rollout, 0, min(n, len(ks)))
	for i := 0; i < len(ks) && i < n; i++ {
		out = append(out, ks[i].r)
	}
	return out
}
