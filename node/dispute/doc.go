// Package dispute runs protocol v2 disputes (docs/PROTOCOL.md §3.8) from a
// node: the challenger's side, which takes a contribution it re-executed and
// found wrong to a conviction on chain, and the solver's responder, which
// answers the disputes opened against its own contributions.
//
// The challenger narrows peer to peer first (a Trace: the solver's step
// roots, record hashes, records and tensor chunks, each checked against the
// root it must match) and falls back to forced reveals on chain when the
// solver withholds. It classifies the first divergent record (wrong program,
// wrong external, wrong element, or wrong output when the trace is the
// honest one) and submits one proof. Every wait is on chain state: the
// dispute's posted step, its pending reveal and its deadlines, read at each
// new block; nothing here sleeps.
//
// The responder rebuilds a disputed step by replay from its own data (θ_r and
// the step's payload, through Source), posts the op-level step root and
// answers every forced reveal until the dispute ends. It keeps watching the
// rounds it committed to until their dispute windows closed and no dispute
// against it is open, whether or not the node is still in the run.
//
// Adversaries need no second code path: a test gives the responder a Source
// whose Replayer tampers with ops, or the challenger a Trace that withholds.
// The package owns neither the trace protocol (swarm/trace implements Trace)
// nor the node's store (it implements Source).
package dispute
