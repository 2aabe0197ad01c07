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

// MemStore is an in-memory store, safe for concurrent use. It never fails; a persistent
// store (node/) implements the same methods and can.
type MemStore struct {
	mu sync.RWMutex
	m  map[swarm.Root][]byte
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{m: map[swarm.Root][]byte{}} }

// Put stores data under its root and returns the root. The store keeps data; the caller
// must not modify it afterwards.
func (s *MemStore) Put(data []byte) (swarm.Root, error) {
	r := swarm.RootOf(data)
	s.mu.Lock()
	s.m[r] = data
	s.mu.Unlock()
	return r, nil
}

// Get implements Store.
func (s *MemStore) Get(root swarm.Root) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.m[root]
	return b, ok
}

// Delete removes root; removing an absent root is not an error.
func (s *MemStore) Delete(root swarm.Root) error {
	s.mu.Lock()
	delete(s.m, root)
	s.mu.Unlock()
	return nil
}

// Len returns how many blobs the store holds.
func (s *MemStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}
