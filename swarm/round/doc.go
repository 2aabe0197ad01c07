// Package round runs the rounds of an Apiary run on one node: rollouts, critiques, updates
// and aggregation, each ending at a deadline from the swarm.RoundClock.
//
// The engine gossips its own contributions, collects everyone else's, samples external
// rollouts SAPO-style (a configurable number of local and external rollouts, the external ones
// chosen by a hash seeded with run, round and peer), commits its update on chain, and at the
// end of the round aggregates exactly the updates the chain reports as committed, fetching
// the ones it lacks by root from their authors or any other peer. Compute (rollout
// generation, critique, training, aggregation) comes in through the Compute interface; the
// engine never looks inside models, updates or payloads, so determinism of the next model
// rests on Compute.Aggregate and on the fixed order of the committed set.
package round
