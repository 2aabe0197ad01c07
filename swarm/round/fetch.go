package round

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
)

// providers lists whom to ask for a blob: first, the given peers (announcers), then
// author's peer (found by the address its peer ID derives to), then every other connected
// peer in peer-ID order: verifiers and aggregators hold what they fetched.
func (e *Engine) providers(author common.Address, first ...peer.ID) []peer.ID {
	self := e.d.Host.ID()
	seen := map[peer.ID]bool{self: true}
	var ps []peer.ID
	add := func(p peer.ID) {
		if p != "" && !seen[p] {
			seen[p] = true
			ps = append(ps, p)
		}
	}
	for _, p := range first {
		add(p)
	}
	others := e.d.Host.Network().Peers()
	sort.Slice(others, func(i, j int) bool { return others[i] < others[j] })
	if p, ok := e.in.peerOf(author); ok {
		add(p)
	}
	for _, p := range others {
		if a, err := swarm.AddressOf(p); err == nil && a == author {
			add(p)
		}
	}
	for _, p := range others {
		add(p)
	}
	return ps
}

// fetch returns the blob with root from the store or else from providers, checks its size
// when size > 0, and stores it under round (a node serves what it fetched). fetched reports
// whether it came over the network.
func (e *Engine) fetch(ctx context.Context, round uint64, root swarm.Root, size uint64, ps []peer.ID) (data []byte, fetched bool, err error) {
	if data, ok := e.d.Store.Get(root); ok {
		return data, false, nil
	}
	data, err = e.d.Blobs.Fetch(ctx, root, ps)
	if err != nil {
		return nil, false, err
	}
	if size > 0 && uint64(len(data)) != size {
		return nil, false, fmt.Errorf("blob %s: %d bytes, announced %d", root.Short(), len(data), size)
	}
	if e.keep.open(round) {
		if _, err := e.put(round, data); err != nil {
			return nil, false, err
		}
	}
	return data, true, nil
}
