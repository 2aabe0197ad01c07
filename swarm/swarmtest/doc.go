// Package swarmtest provides what the swarm packages' tests share: loopback-only libp2p hosts
// with fresh secp256k1 identities, an in-memory Chain that enforces the round schedule, and a
// logger that writes through testing.T. It starts no goroutines of its own beyond the hosts it
// builds, which it closes in t.Cleanup.
package swarmtest
