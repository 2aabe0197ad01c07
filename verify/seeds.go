package verify

import "encoding/binary"

// philoxDomain separates the per-peer Philox key derivation from every other
// use of keccak256 (docs/PROTOCOL.md §3.3).
const philoxDomain = "apiary/philox/v1"

// PhiloxKeys reduces a run ID and a peer's address to the two Philox keys of
// the peer's streams: k = H("apiary/philox/v1" || run || address), runKey =
// u64(k[0:8]) and peerKey = u64(k[8:16]), big-endian. The peer's stream for
// round r and purpose p is repops.NewStream(runKey, r, peerKey, p), so no two
// peers share prompts or samples and anyone can recompute both.
func PhiloxKeys(run Hash, address [20]byte) (runKey, peerKey uint64) {
	k := Keccak256([]byte(philoxDomain), run[:], address[:])
	return binary.BigEndian.Uint64(k[0:8]), binary.BigEndian.Uint64(k[8:16])
}
