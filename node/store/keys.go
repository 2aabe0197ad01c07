package store

import (
	"encoding/binary"

	"github.com/apiary-rl/apiary/swarm"
)

// Key layout (docs/NODE.md, "Store layout"). Every key starts with a one-byte space tag
// and a slash, so spaces never overlap and a prefix scan stays within its space.
const (
	spaceMeta         = 'm' // m/version, m/cursor/<name>
	spaceBlob         = 'b' // b/<root 32>
	spaceContribution = 'c' // c/<run 32><round u64 BE>
	spaceRound        = 'r' // r/<run 32>
	spaceIndex        = 'i' // i/<run 32>
	spaceModel        = 't' // t/<run 32><round u64 BE>
)

// layoutVersion is the store layout this program writes and reads (key m/version).
const layoutVersion = 1

func metaKey(name string) []byte { return append([]byte{spaceMeta, '/'}, name...) }

var versionKey = metaKey("version")

func cursorKey(name string) []byte { return metaKey("cursor/" + name) }

func blobKey(r swarm.Root) []byte { return append([]byte{spaceBlob, '/'}, r[:]...) }

func runPrefix(space byte, run swarm.RunID) []byte {
	return append([]byte{space, '/'}, run[:]...)
}

func contributionKey(run swarm.RunID, round uint64) []byte {
	return binary.BigEndian.AppendUint64(runPrefix(spaceContribution, run), round)
}

func roundKey(run swarm.RunID) []byte { return runPrefix(spaceRound, run) }

func indexKey(run swarm.RunID) []byte { return runPrefix(spaceIndex, run) }

func modelKey(run swarm.RunID, round uint64) []byte {
	return binary.BigEndian.AppendUint64(runPrefix(spaceModel, run), round)
}
