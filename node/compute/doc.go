// Package compute is the compute side of protocol v2 (docs/PROTOCOL.md §3)
// for one run: the run config and its hash, a peer's rollouts, the critique
// of another peer's rollout, the contribution of one round (a gradient step
// per group, step roots, trace root, update root, batch root), the replay of
// one step with op-level recording for a dispute, and the aggregation of the
// final set of updates into the next model with its Adam state. It imports
// training and verify only, not the round engine (swarm), which calls it.
package compute
