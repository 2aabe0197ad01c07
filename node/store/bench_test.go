package store

import (
	"testing"
)

// BenchmarkPrepareCommit measures one write-ahead record of an 8-step contribution with
// a 10 kB update: blobs and record in one synced transaction.
func BenchmarkPrepareCommit(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ps := make([]*Prepared, b.N)
	for i := range ps {
		ps[i] = testPrepared(b, uint64(i), 8, true)
	}
	b.ResetTimer()
	for i := range b.N {
		if err := s.PrepareCommit(ps[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBlobGet measures reading a 4 MiB blob back, root check included.
func BenchmarkBlobGet(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	data := filler("model", 4<<20, false)
	root, err := s.Put(data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if _, ok := s.Get(root); !ok {
			b.Fatal("blob missing")
		}
	}
}
