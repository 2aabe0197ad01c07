// Package round runs the rounds of an Apiary run on one node (protocol v2,
// docs/PROTOCOL.md §3): rollouts, critiques, a committed contribution, verification of the
// contributions the chain assigns to the node, and pipelined aggregation.
//
// Every stage ends at a time of the run's swarm.Schedule, read on a swarm.Clock (chain
// time). In round r the engine settles θ_r against the chain-attested model root (fetching
// the model by that root when its own differs or is missing), gossips its rollout payloads,
// critiques the others' by recomputing them, trains on its own groups and SAPO-sampled
// external ones, stores the update and manifest blobs and commits their roots before C_r,
// re-executes its assigned contributions after C_r and attests those that check out, and
// then computes θ_{r+1} from θ_r and the final set of round r−D, in the chain's order, and
// votes its root. Blobs of a round are served until the round is final and then deleted.
//
// Compute (rollouts, critique, contribution, verification, aggregation, model roots) comes
// in through the Compute interface; the engine never looks inside models, updates or
// payloads, so determinism of the next model rests on Compute and on the chain's order.
package round
