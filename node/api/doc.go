// Package api is the node's HTTP interface: the JSON API under /v1/, the
// Prometheus metrics at /metrics and the web dashboard at /. Every route is
// documented in docs/API.md.
//
// The API reads the running node through two small interfaces it defines:
// Node (the node's own status, its swarm peers and its training curve) and
// Board (the run's leaderboard, rounds and disputes from chain events,
// implemented by node/indexer). It changes nothing: every route is GET.
// It listens on loopback unless told otherwise.
package api
