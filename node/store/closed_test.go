package store

import (
	"testing"

	"github.com/apiary-rl/apiary/swarm"
)

func TestUseAfterClose(t *testing.T) {
	s := openT(t, t.TempDir())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put([]byte("x")); err == nil {
		t.Fatal("put after close: got nil error")
	}
	if _, ok := s.Get(swarm.RootOf([]byte("x"))); ok {
		t.Fatal("get after close found a blob")
	}
}
