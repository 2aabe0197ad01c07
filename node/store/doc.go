// Package store is the node's persistent state: a badger v4 database under
// <data dir>/store, guarded by a lock on the data directory so that a second node
// on the same directory fails at once with a clear error.
//
// It holds content-addressed blobs (models, updates, manifests, rollout payloads),
// the node's own contributions with everything needed to answer a dispute about
// them, the chain-event cursors and the round state. Contributions are written
// ahead of their on-chain commit (PrepareCommit, then MarkCommitted), so a node
// killed between computing and committing reloads the bytes it prepared instead
// of recomputing them. Every value read back is decoded strictly: a corrupt entry
// is an error naming its key, never a silently wrong value.
//
// It does not know the chain, the network or compute; node/ wires it to them.
// The key layout and the write-ahead rules are in docs/NODE.md.
package store
