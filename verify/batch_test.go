package verify

import (
	"encoding/binary"
	"math/bits"
	"testing"
)

// refKeccakF1600 is Keccak-f[1600] written from the specification (FIPS 202,
// section 3), one state at a time, for checking the multi-state permutation.
func refKeccakF1600(a *[25]uint64) {
	rc := [24]uint64{
		0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
		0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
		0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
		0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
		0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
		0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
	}
	rot := [5][5]int{{0, 36, 3, 41, 18}, {1, 44, 10, 45, 2}, {62, 6, 43, 15, 61}, {28, 55, 25, 21, 56}, {27, 20, 39, 8, 14}}
	for r := 0; r < 24; r++ {
		var c, d [5]uint64
		for x := 0; x < 5; x++ {
			c[x] = a[x] ^ a[x+5] ^ a[x+10] ^ a[x+15] ^ a[x+20]
		}
		for x := 0; x < 5; x++ {
			d[x] = c[(x+4)%5] ^ bits.RotateLeft64(c[(x+1)%5], 1)
		}
		var b [25]uint64
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				b[y+5*((2*x+3*y)%5)] = bits.RotateLeft64(a[x+5*y]^d[x], rot[x][y])
			}
		}
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				a[x+5*y] = b[x+5*y] ^ (^b[(x+1)%5+5*y] & b[(x+2)%5+5*y])
			}
		}
		a[0] ^= rc[r]
	}
}

// refPermute8 is permute8 built from refKeccakF1600.
func refPermute8(s *[25][8]uint64) {
	for j := 0; j < 8; j++ {
		var a [25]uint64
		for k := range a {
			a[k] = s[k][j]
		}
		refKeccakF1600(&a)
		for k := range a {
			s[k][j] = a[k]
		}
	}
}

func TestRefKeccakF1600(t *testing.T) {
	// keccak256("") is one permutation of the padded empty block.
	var a [25]uint64
	a[0] = 0x01
	a[16] = 0x80 << 56
	refKeccakF1600(&a)
	var h Hash
	for k := 0; k < 4; k++ {
		binary.LittleEndian.PutUint64(h[8*k:], a[k])
	}
	if h != Keccak256(nil) {
		t.Fatalf("reference permutation gives keccak256(\"\") = %v, want %v", h, Keccak256(nil))
	}
}

func TestPermute8MatchesReference(t *testing.T) {
	if permute8 == nil {
		t.Skip("no multi-state permutation on this CPU")
	}
	var s, want [25][8]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for k := range s {
		for j := range s[k] {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			s[k][j] = x
		}
	}
	want = s
	for i := 0; i < 3; i++ {
		permute8(&s)
		refPermute8(&want)
		if s != want {
			t.Fatalf("permutation %d differs from the reference", i)
		}
	}
}

// withPermute8 runs f with permute8 set to p (nil: one hash at a time) and
// without the gathering loaders.
func withPermute8(p func(*[25][8]uint64), f func()) { withBatch(p, nil, f) }

// withBatch runs f with permute8 and gather8 set as given.
func withBatch(p func(*[25][8]uint64), g *gatherers, f func()) {
	savedP, savedG := permute8, gather8
	permute8, gather8 = p, g
	defer func() { permute8, gather8 = savedP, savedG }()
	f()
}

func TestBatchedRootsMatchOneAtATime(t *testing.T) {
	type impl struct {
		name string
		p    func(*[25][8]uint64)
		g    *gatherers
	}
	impls := []impl{{"reference x8, copied", refPermute8, nil}}
	if permute8 != nil {
		impls = append(impls, impl{"native x8, copied", permute8, nil})
	}
	if gather8 != nil {
		impls = append(impls, impl{"native x8, gathered", permute8, gather8})
	}
	var sizes []int
	for c := 0; c <= 70; c++ { // every small tree shape, with a full and a partial last chunk
		sizes = append(sizes, c*ChunkElems, c*ChunkElems+11)
	}
	sizes = append(sizes, 127*ChunkElems+1, 130*ChunkElems+7, 300*ChunkElems, 1000*ChunkElems+33)
	for _, n := range sizes {
		data := ramp(n, 0.75)
		var want Hash
		withBatch(nil, nil, func() { want = dataRoot(data, 1) })
		if ref := refDataRoot(data); ref != want {
			t.Fatalf("n=%d: one-at-a-time root %v, reference %v", n, want, ref)
		}
		for _, im := range impls {
			for _, w := range []int{1, 3} {
				var got Hash
				withBatch(im.p, im.g, func() { got = dataRoot(data, w) })
				if got != want {
					t.Fatalf("n=%d %s workers=%d: root %v, want %v", n, im.name, w, got, want)
				}
			}
		}
	}
}
