// Package roundcompute gives the round engine (swarm/round) its Compute: the protocol v2 work
// of a round (docs/PROTOCOL.md §3) done by node/compute with RepOps. It owns the translation
// between the engine's blobs and messages and compute's tensors and payloads, and nothing
// else: what a round computes is decided in node/compute, when it happens in swarm/round.
package roundcompute
