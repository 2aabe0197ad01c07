package verify

import (
	"encoding/binary"
	"testing"
)

// leavesN returns n distinct leaf hashes.
func leavesN(n int) []Hash {
	ls := make([]Hash, n)
	for i := range ls {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		ls[i] = Keccak256([]byte("leaf"), b[:])
	}
	return ls
}

func TestTreeRootMatchesReference(t *testing.T) {
	for n := 0; n <= 70; n++ {
		ls := leavesN(n)
		if got, want := traceTree.rootOf(ls), refFold(prefixTraceNode, ls); got != want {
			t.Fatalf("n=%d: got root %v, want %v", n, got, want)
		}
		if got, want := dataTree.rootOf(ls), refFold(prefixNode, ls); got != want {
			t.Fatalf("n=%d: got data tree root %v, want %v", n, got, want)
		}
	}
}

func TestZeroSubtrees(t *testing.T) {
	for d := 0; d <= 6; d++ {
		if got, want := dataTree.zeros[d], refFold(prefixNode, make([]Hash, 1<<d)); got != want {
			t.Fatalf("zeros[%d] = %v, want %v", d, got, want)
		}
	}
}

func TestBuilderAtBaseLevel(t *testing.T) {
	// Subtree roots at level 3 folded by a builder with base 3 must equal the
	// whole tree over their leaves, padding included (for n ≤ 4 the one
	// block is an 8-leaf subtree: the tree padded to 8 leaves).
	for n := 1; n <= 80; n++ {
		ls := leavesN(n)
		h := getHasher()
		top := builder{t: dataTree, h: h, base: 3}
		for lo := 0; lo < n; lo += 8 {
			sub := builder{t: dataTree, h: h}
			for _, l := range ls[lo:min(lo+8, n)] {
				sub.add(l)
			}
			top.add(sub.rootAt(3))
		}
		padded := append(ls, make([]Hash, max(0, 8-n))...)
		if got, want := top.root(), refFold(prefixNode, padded); got != want {
			t.Fatalf("n=%d: got %v, want %v", n, got, want)
		}
		putHasher(h)
	}
}

func TestPathLeadsToRoot(t *testing.T) {
	for n := 1; n <= 33; n++ {
		ls := leavesN(n)
		root := traceTree.rootOf(ls)
		for i := range ls {
			p := traceTree.path(ls, i)
			if len(p) != depthFor(uint64(n)) {
				t.Fatalf("n=%d i=%d: got %d siblings, want %d", n, i, len(p), depthFor(uint64(n)))
			}
			if got := traceTree.rootFromPath(ls[i], uint64(i), p); got != root {
				t.Fatalf("n=%d i=%d: path leads to %v, want %v", n, i, got, root)
			}
		}
	}
}

func TestDepthFor(t *testing.T) {
	for _, c := range []struct {
		n    uint64
		want int
	}{{0, 0}, {1, 0}, {2, 1}, {3, 2}, {4, 2}, {5, 3}, {1 << 20, 20}, {1<<20 + 1, 21}} {
		if got := depthFor(c.n); got != c.want {
			t.Errorf("depthFor(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}
