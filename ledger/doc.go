// Package ledger is Apiary's chain side: the Solidity contracts (in
// contracts/, compiled with a pinned solcjs), their committed abigen v2
// bindings (bindings/), and a typed, context-aware client for them that works
// against go-ethereum's simulated backend and any EVM JSON-RPC endpoint.
//
// The Ledger contract holds run stakes, runs, rounds, rewards and disputes
// (its dispute functions live in a Disputes module it runs by delegatecall,
// in its own storage); the Referee contract judges dispute proofs by Merkle
// inclusion, graph consistency and bit-exact recomputation of one output
// element with a binary32 soft-float, some kinds in its two delegate
// contracts (IndexReferee, ReduceReferee). Subpackages: referee builds those
// proofs from verify's traces, devchain runs an embedded dev chain, simchain
// wraps the simulated backend for tests, devkeys holds the well-known dev
// keys and chain configuration both use, and internal/anvil runs Foundry's
// anvil for tests. The design decisions are in docs/LEDGER.md.
package ledger
