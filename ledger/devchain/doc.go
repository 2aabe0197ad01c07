// Package devchain runs an embedded Ethereum dev chain: an in-process
// go-ethereum node in dev mode, sealed by a simulated beacon (eth/catalyst),
// serving JSON-RPC over HTTP and WebSocket on loopback only, with funded
// accounts, the Ledger and Referee contracts deployed and a network manifest
// (ledger.Manifest) describing it. `swarm chain dev` and testnets use it;
// nothing in a node assumes it.
package devchain
