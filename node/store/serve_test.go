package store

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// TestServeOverBlobProtocol serves a blob from a badger store through the real blob
// protocol between two libp2p hosts on loopback, and stores what the other side fetched
// in its own store, root-checked.
func TestServeOverBlobProtocol(t *testing.T) {
	src, dst := openT(t, t.TempDir()), openT(t, t.TempDir())
	data := filler("model", 200_000, false)
	root, err := src.Put(data)
	if err != nil {
		t.Fatal(err)
	}
	server := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	srv, err := blob.NewServer(server, src, blob.WithServerLogger(swarmtest.Logger(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	client := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := client.Connect(ctx, server.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	c, err := blob.NewClient(client, blob.WithClientLogger(swarmtest.Logger(t)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Fetch(ctx, root, []peer.ID{server.ID()})
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("fetch from the store's server: %d bytes, %v; want %d bytes", len(got), err, len(data))
	}
	if err := dst.PutRoot(root, got); err != nil {
		t.Fatal(err)
	}
	if b, ok := dst.Get(root); !ok || !bytes.Equal(b, data) {
		t.Fatal("fetched blob not readable from the second store")
	}
}
