package blob_test

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/blob"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
)

// blobBytes returns n deterministic bytes.
func blobBytes(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

type provider struct {
	h     *host.Host
	store *blob.MemStore
	srv   *blob.Server
}

func newProvider(t *testing.T, s blob.Store, opts ...blob.ServerOption) *provider {
	t.Helper()
	h := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	ms, _ := s.(*blob.MemStore)
	srv, err := blob.NewServer(h, s, append([]blob.ServerOption{blob.WithServerLogger(swarmtest.Logger(t))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return &provider{h: h, store: ms, srv: srv}
}

func newClient(t *testing.T, providers []*provider, opts ...blob.ClientOption) (*blob.Client, []peer.ID) {
	t.Helper()
	h := swarmtest.NewHost(t, swarmtest.NewIdentity(t))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var ids []peer.ID
	for _, p := range providers {
		h.Peerstore().AddAddrs(p.h.ID(), p.h.Addrs(), time.Hour)
		if err := h.Connect(ctx, p.h.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.h.ID())
	}
	c, err := blob.NewClient(h, append([]blob.ClientOption{blob.WithClientLogger(swarmtest.Logger(t))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c, ids
}

func TestFetchSkipsProviderWithoutBlob(t *testing.T) {
	empty := newProvider(t, blob.NewMemStore())
	full := newProvider(t, blob.NewMemStore())
	data := blobBytes(300_000)
	root := mustPut(t, full.store, data)
	c, ids := newClient(t, []*provider{empty, full})
	got, err := c.Fetch(context.Background(), root, ids)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Fatal("fetched bytes differ")
	}
	if _, err := c.Fetch(context.Background(), swarm.Root{1}, ids); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("missing blob: got %v, want %v", err, blob.ErrNotFound)
	}
	if _, err := c.Fetch(context.Background(), root, nil); !errors.Is(err, blob.ErrNoProviders) {
		t.Fatalf("no providers: got %v, want %v", err, blob.ErrNoProviders)
	}
}

func TestFetchEmptyBlob(t *testing.T) {
	p := newProvider(t, blob.NewMemStore())
	root := mustPut(t, p.store, []byte{})
	c, ids := newClient(t, []*provider{p})
	got, err := c.Fetch(context.Background(), root, ids)
	if err != nil || len(got) != 0 {
		t.Fatalf("got %d bytes, %v; want 0, nil", len(got), err)
	}
}

// TestFetchSurvivesProviderClose closes the first provider's host after the first bytes
// of a 4 MiB blob arrived; the fetch must finish from the second provider, verified.
func TestFetchSurvivesProviderClose(t *testing.T) {
	data := blobBytes(4 << 20)
	a := newProvider(t, blob.NewMemStore(), blob.WithChunkSize(16<<10))
	b := newProvider(t, blob.NewMemStore(), blob.WithChunkSize(16<<10))
	root := mustPut(t, a.store, data)
	mustPut(t, b.store, data)

	var fromA, fromB atomic.Uint64
	var once sync.Once
	closed := make(chan struct{})
	c, ids := newClient(t, []*provider{a, b}, blob.WithProgress(func(p peer.ID, have uint64) {
		switch p {
		case a.h.ID():
			fromA.Store(have)
			once.Do(func() {
				_ = a.h.Close() // the provider goes away mid-transfer
				close(closed)
			})
		case b.h.ID():
			fromB.Store(have)
		}
	}))
	got, err := c.Fetch(context.Background(), root, ids)
	if err != nil {
		t.Fatal(err)
	}
	<-closed
	if !bytes.Equal(got, data) {
		t.Fatal("fetched bytes differ")
	}
	if fromA.Load() == 0 || fromA.Load() >= uint64(len(data)) {
		t.Fatalf("provider A delivered %d of %d bytes; want a partial transfer", fromA.Load(), len(data))
	}
	if fromB.Load() != uint64(len(data)) {
		t.Fatalf("provider B brought the blob to %d bytes, want %d", fromB.Load(), len(data))
	}
	t.Logf("A sent %d bytes before closing; B resumed from there", fromA.Load())
}

// lyingStore serves other bytes under a root.
type lyingStore struct{ data []byte }

func (s lyingStore) Get(swarm.Root) ([]byte, bool) { return s.data, true }

func TestFetchRejectsWrongContent(t *testing.T) {
	data := blobBytes(100_000)
	liar := newProvider(t, lyingStore{blobBytes(100_001)[1:]})
	honest := newProvider(t, blob.NewMemStore())
	root := mustPut(t, honest.store, data)

	c, ids := newClient(t, []*provider{liar}, blob.WithPasses(1))
	if _, err := c.Fetch(context.Background(), root, ids); !errors.Is(err, blob.ErrRootMismatch) {
		t.Fatalf("liar only: got %v, want %v", err, blob.ErrRootMismatch)
	}
	c, ids = newClient(t, []*provider{liar, honest})
	got, err := c.Fetch(context.Background(), root, ids)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("liar then honest: %v", err)
	}
}

func TestFetchSizeLimit(t *testing.T) {
	p := newProvider(t, blob.NewMemStore())
	root := mustPut(t, p.store, blobBytes(2000))
	c, ids := newClient(t, []*provider{p}, blob.WithMaxBlobSize(1000), blob.WithPasses(1))
	if _, err := c.Fetch(context.Background(), root, ids); !errors.Is(err, blob.ErrProtocol) {
		t.Fatalf("got %v, want %v", err, blob.ErrProtocol)
	}
}

func TestServerBusy(t *testing.T) {
	// A slow reader holds the only slot: the chunk write blocks on flow control.
	p := newProvider(t, blob.NewMemStore(), blob.WithMaxConcurrent(1))
	root := mustPut(t, p.store, blobBytes(8<<20))
	started := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	slow, ids := newClient(t, []*provider{p}, blob.WithPasses(1), blob.WithProgress(func(peer.ID, uint64) {
		once.Do(func() { close(started); <-release })
	}))
	done := make(chan error, 1)
	go func() { _, err := slow.Fetch(context.Background(), root, ids); done <- err }()
	<-started
	fast, ids2 := newClient(t, []*provider{p}, blob.WithPasses(1))
	_, err := fast.Fetch(context.Background(), root, ids2)
	close(release)
	if !errors.Is(err, blob.ErrBusy) {
		t.Fatalf("second client: got %v, want %v", err, blob.ErrBusy)
	}
	if err := <-done; err != nil {
		t.Fatalf("slow client: %v", err)
	}
}

func mustPut(t *testing.T, s *blob.MemStore, data []byte) swarm.Root {
	t.Helper()
	r, err := s.Put(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDeletedBlobIsNotServed: after Delete the provider answers not found.
func TestDeletedBlobIsNotServed(t *testing.T) {
	p := newProvider(t, blob.NewMemStore())
	data := blobBytes(1000)
	root := mustPut(t, p.store, data)
	c, ids := newClient(t, []*provider{p}, blob.WithPasses(1))
	if got, err := c.Fetch(context.Background(), root, ids); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("before delete: %v", err)
	}
	if err := p.store.Delete(root); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Fetch(context.Background(), root, ids); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("after delete: got %v, want %v", err, blob.ErrNotFound)
	}
	if n := p.store.Len(); n != 0 {
		t.Fatalf("store holds %d blobs after delete, want 0", n)
	}
}
