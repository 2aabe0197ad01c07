// Package swarm holds the types and small interfaces that the networking packages below it
// share: the run identifier, content roots, the round schedule of protocol v2 and the clock
// it is read on (chain time), the chain interface that the gossip validators and the round
// engine consult, and the conversions between a node's secp256k1 key, its libp2p peer ID and
// its Ethereum address.
//
// The work itself lives in sub-packages, one idea each: host (the libp2p host and discovery),
// wire (versioned canonical-CBOR gossip messages), gossip (GossipSub topics, validators and
// peer scoring), blob (the content-addressed request/response stream protocol) and round (the
// round engine). This package owns no goroutines and no network state; node/ wires the real
// chain and compute behind the interfaces declared here.
package swarm
