// Package blob moves content-addressed bytes between peers: model updates, step traces,
// tensor chunks and checkpoints, and the current model for late joiners.
//
// A blob's root is keccak256 of its bytes (swarm.RootOf). The stream protocol
// /apiary/blob/1.0.0 serves one blob per stream: the client asks for a root from an offset,
// the server answers with a small header and then the bytes, written in chunks under per-chunk
// deadlines. The client verifies every blob against its root before returning it, bounds what
// a provider may claim, and when a provider fails or stalls it resumes from another provider
// (restarting from scratch if the assembled bytes do not match the root). Storage is an
// interface: MemStore here, a badger-backed store in node/.
package blob
