// Package swarmtest provides what the swarm packages' tests share: loopback-only libp2p hosts
// with fresh secp256k1 identities, an in-memory Chain that follows the protocol v2 rules of
// the contract (commit window, verifier assignment, final set, model-root vote), a Driver
// that advances a swarm.ChainClock only when every participant waits on it, and a logger
// that writes through testing.T. It starts no goroutines of its own beyond the hosts it
// builds, which it closes in t.Cleanup.
package swarmtest
