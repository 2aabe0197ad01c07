// Package p2plog routes the logs of go-libp2p and of the IPFS libraries it
// uses into the node's log/slog logger.
//
// go-libp2p (v0.51) logs through its gologshim package, which takes one
// process-wide slog.Handler; go-libp2p-pubsub and other libraries log
// through github.com/ipfs/go-log/v2 (v2.9), a zap core with per-subsystem
// levels. go-log v2.9's own slog integration goes the other way (slog into
// zap), so this package installs, at init, a handler for gologshim and a
// zap core as go-log's primary core, both forwarding to the logger Route
// last set. Both hooks are process-wide: with two nodes in one process the
// last Route wins.
package p2plog
