// Package host builds the libp2p host of an Apiary node and keeps it connected to its run's
// swarm.
//
// It owns transport and connection policy: TCP and QUIC, Noise, yamux, the resource manager
// and its limits, the connection manager, NAT traversal (AutoNAT v2, circuit relay v2 client and
// service, hole punching; UPnP port mapping only on request) and discovery (bootstrap
// multiaddrs, a Kademlia DHT whose protocol prefix is scoped to the run, and mDNS on the LAN).
// The node's identity is its secp256k1 key, so the peer ID maps to its Ethereum address
// (swarm.AddressOf). It does not own any application protocol: gossip and blob register their
// handlers on the host this package returns.
package host
