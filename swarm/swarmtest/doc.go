// Package swarmtest provides what the swarm packages' tests share: loopback-only libp2p hosts
// with fresh or reproducible secp256k1 identities, an in-memory Chain that follows the
// protocol v2 rules of the contract (commit window, verifier assignment, final set,
// model-root vote), a Driver that advances a swarm.ChainClock only when every participant
// waits on it, a logger that writes through testing.T, and Swarm, the multi-peer round
// harness (hosts with gossip, blob servers and round engines around one chain and one driven
// clock) that swarm/round and node/roundcompute test with. Its goroutines (engines while
// Swarm.Play runs) end before Play returns; hosts, gossip and servers close in t.Cleanup.
package swarmtest
