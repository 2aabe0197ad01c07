// Package ledgerchain connects the round engine to the Ledger contract: Chain adapts a
// *ledger.Client bound to the node's key to swarm.Chain (with swarm's sentinel errors decoded
// from the contract's custom errors), Registry answers swarm.Registry from a cache that chain
// events invalidate, Heads feeds a swarm.ChainClock with the timestamps of new blocks, and
// Keeper closes rounds, finalizes them and claims the node's rewards as chain time passes,
// tolerating other keepers doing the same. It owns no state that outlives the process: every
// decision is re-derived from the chain, so a restarted node resumes where the chain is.
// Model attestation is the round engine's (Chain.AttestModel); disputes are node/'s dispute
// service's.
package ledgerchain
