package round

import (
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/canon"
)

// MaxManifestGroups bounds the groups of one batch manifest a node accepts.
const MaxManifestGroups = 4096

var manifestDecoder = canon.MustDecoder(canon.Limits{MaxNested: 4, MaxArray: MaxManifestGroups, MaxMapPairs: 16})

// ManifestEntry is one group of a batch manifest (docs/PROTOCOL.md §3.5).
type ManifestEntry struct {
	PayloadRoot swarm.Root
	GroupRoot   swarm.Root
}

// EncodeManifest returns the canonical manifest blob of entries.
func EncodeManifest(entries []ManifestEntry) ([]byte, error) {
	pairs := make([][2]swarm.Root, len(entries))
	for i, e := range entries {
		pairs[i] = [2]swarm.Root{e.PayloadRoot, e.GroupRoot}
	}
	b, err := canon.Marshal(pairs)
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	return b, nil
}

// DecodeManifest parses a manifest blob strictly: a canonical CBOR array of 1 to
// MaxManifestGroups pairs of 32-byte byte strings, nothing else.
func DecodeManifest(b []byte) ([]ManifestEntry, error) {
	var pairs [][2]swarm.Root
	if err := manifestDecoder.Unmarshal(b, &pairs); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrManifest, err)
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("%w: no groups", ErrManifest)
	}
	out := make([]ManifestEntry, len(pairs))
	for i, p := range pairs {
		out[i] = ManifestEntry{p[0], p[1]}
	}
	return out, nil
}
