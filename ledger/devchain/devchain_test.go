package devchain_test

import (
	"context"
	"log/slog"
	"math/big"
	"net/url"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/devchain"
	"github.com/apiary-rl/apiary/ledger/devkeys"
)

// TestDevChainJSONRPC starts the dev chain, then drives the Ledger through
// the typed client over real HTTP JSON-RPC and watches events over WebSocket.
func TestDevChainJSONRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	peerKey := devkeys.Key(5)
	peer := crypto.PubkeyToAddress(peerKey.PublicKey)
	log := slog.New(slog.DiscardHandler)
	c, err := devchain.Start(ctx, devchain.WithFunded(ledger.Ether(100), peer), devchain.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	m := c.Manifest()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{m.RPCURL, m.WSURL} {
		p, err := url.Parse(u)
		if err != nil || p.Hostname() != "127.0.0.1" {
			t.Fatalf("endpoint %q is not on loopback", u)
		}
	}
	// A fresh account funded at runtime.
	other := devkeys.Key(6)
	if err := c.Fund(ctx, crypto.PubkeyToAddress(other.PublicKey), ledger.Ether(3)); err != nil {
		t.Fatal(err)
	}

	http, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer http.Close()
	ws, err := ethclient.DialContext(ctx, m.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	sub, err := ledger.New(ctx, http, m.Contracts, c.FaucetKey(), ledger.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	pc, err := ledger.New(ctx, http, m.Contracts, peerKey, ledger.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	watcher, err := ledger.New(ctx, ws, m.Contracts, other, ledger.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	cfg := ledger.DefaultRunConfig()
	cfg.ConfigHash, cfg.SkeletonRoot, cfg.InitialModelRoot, cfg.OutputsRoot, cfg.Task, cfg.NumRounds = common.Hash{1}, common.Hash{2}, common.Hash{3}, common.Hash{4}, "dev", 2
	run, err := sub.CreateRun(ctx, cfg, nil, ledger.Ether(2))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pc.JoinRun(ctx, run, ledger.Ether(20)); err != nil {
		t.Fatal(err)
	}
	events := make(chan *ledger.Committed, 1)
	s, err := watcher.WatchCommitted(ctx, run, events)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Unsubscribe()
	cm := ledger.Commitment{Base: common.Hash{3}, BatchRoot: common.Hash{1}, TraceRoot: common.Hash{2}, UpdateRoot: common.Hash{3},
		UpdateBlob: common.Hash{4}, UpdateSize: 9, Nsteps: 1}
	if _, err := pc.Commit(ctx, run, 0, cm); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-events:
		if ev.Peer != peer || ev.Commitment != cm {
			t.Fatalf("event %+v", ev)
		}
	case err := <-s.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no Committed event over WebSocket")
	}
	_, err = pc.Commit(ctx, run, 0, cm)
	if !ledger.IsRevert(err, "AlreadyCommitted") {
		t.Fatalf("second commit over JSON-RPC: got %v, want AlreadyCommitted", err)
	}
	if bal, err := sub.Balance(ctx); err != nil || bal.Cmp(new(big.Int).Add(ledger.Ether(20), ledger.Ether(2))) != 0 {
		t.Fatalf("balance %v, %v", bal, err)
	}
}
