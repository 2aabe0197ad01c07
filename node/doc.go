// Package node is the Apiary daemon that `swarm join` runs: it wires the node's parts —
// config, key, store, chain adapter, libp2p host, gossip, blob protocol, round engine,
// keeper, indexer and HTTP API — into one lifecycle. Services start in that order and
// stop in reverse; a start that fails stops what already started. The node writes every
// contribution ahead to its store before committing it, and a node restarted on the same
// data directory reloads what it prepared and joins the run at the chain's current round
// (docs/NODE.md). The parts live in the sub-packages; this package owns only their wiring.
package node
