package blob

import (
	"sync"

	"github.com/apiary-rl/apiary/swarm"
)

// Store is where a server finds the blobs it serves. Get must return the exact bytes whose
// root is root; the caller does not modify them.
type Store interface {
	Get(root swarm.Root) ([]byte, bool)
}

// MemStore is an in-memory Store, safe for concurrent use.
type MemStore struct {
	mu sync.RWMutex
	m  map[swarm.Root][]byte
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{m: map[swarm.Root][]byte{}} }

// Put stores data under its root and returns the root. The store keeps data; the caller
// must not modify it afterwards.
func (s *MemStore) Put(data []byte) swarm.Root {
	r := swarm.RootOf(data)
	s.mu.Lock()
	s.m[r] = data
	s.mu.Unlock()
	return r
}

// Get implements Store.
func (s *MemStore) Get(root swarm.Root) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.m[root]
	return b, ok
}

// Has reports whether root is stored.
func (s *MemStore) Has(root swarm.Root) bool {
	_, ok := s.Get(root)
	return ok
}

// Delete removes root.
func (s *MemStore) Delete(root swarm.Root) {
	s.mu.Lock()
	delete(s.m, root)
	s.mu.Unlock()
}
