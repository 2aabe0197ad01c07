package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/apiary-rl/apiary/node"
)

// denyPeers reads `swarm join --deny-peers FILE` for the node's start (no option without
// the flag).
func denyPeers(path string) ([]node.Option, error) {
	if path == "" {
		return nil, nil
	}
	ids, err := node.ReadDenyFile(path)
	if err != nil {
		return nil, err
	}
	return []node.Option{node.WithDeniedPeers(ids)}, nil
}

// reloadDenyOnHUP reads path again on every SIGHUP and sets the node's deny list to it (the
// node emits peers_denied); a file that does not parse is logged and the list kept. It
// catches SIGHUP from the call on (so install it before the node starts: SIGHUP would
// otherwise end the process) until the returned function is called.
func reloadDenyOnHUP(ctx context.Context, n *node.Node, path string, log *slog.Logger) (stop func()) {
	if path == "" {
		return func() {}
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-hup:
			}
			ids, err := node.ReadDenyFile(path)
			if err != nil {
				log.Error("SIGHUP: the deny list is unchanged", "err", err)
				continue
			}
			if _, err := n.SetDeniedPeers(ctx, ids); err != nil {
				log.Error("SIGHUP: set the deny list", "err", err)
			}
		}
	}()
	return func() { signal.Stop(hup); close(done) }
}
