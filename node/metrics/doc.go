// Package metrics holds the node's own Prometheus metrics (namespace
// apiary_node): rounds, commits, verifications, disputes, gossip messages,
// blob bytes and chain calls. Each node has its own prometheus.Registry, so
// two nodes in one process never collide; nothing is registered globally.
// The HTTP API serves the registry at /metrics.
package metrics
