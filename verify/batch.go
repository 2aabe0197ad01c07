package verify

import (
	"encoding/binary"
	"unsafe"
)

// Eight keccak256 hashes at once. Where the CPU can run eight Keccak-f[1600]
// permutations side by side (AVX-512 on amd64: keccak8_amd64.s), the chunk
// tree is hashed eight leaves or eight nodes at a time. Keccak is exact
// integer arithmetic, so this changes speed only, never a bit; the tests
// compare it with the one-at-a-time path.

// permute8 applies Keccak-f[1600] to 8 lane-major states (s[lane][state]),
// or is nil where no multi-state permutation is available.
var permute8 func(s *[25][8]uint64)

// gatherers load eight inputs straight from memory into lane-major states
// (input j at in+idx[j]), saving the copy into padded blocks; nil where not
// available. They read whole 8-byte words, so every input must be complete:
// eight full chunks, or eight pairs of hashes within one array.
type gatherers struct {
	leaf1, leaf2 func(s *[25][8]uint64, in *byte, idx *[8]uint64)
	node         func(s *[25][8]uint64, in *byte, idx *[8]uint64, prefix uint64)
}

var gather8 *gatherers

var (
	chunkStride = [8]uint64{0, 256, 512, 768, 1024, 1280, 1536, 1792} // chunks in a tensor
	pairStride  = [8]uint64{0, 64, 128, 192, 256, 320, 384, 448}      // hash pairs in a level
)

const (
	keccakRate = 136 // bytes absorbed per permutation (keccak256)
	lanesRate  = keccakRate / 8
	groupDepth = 6 // a group is a subtree of 2^groupDepth chunks
	groupSize  = 1 << groupDepth
)

// batch holds eight sponges and their padded input blocks. The padding
// bytes are written once, when the batch is made: inputs have fixed lengths.
type batch struct {
	st    [25][8]uint64
	leafs [8][2 * keccakRate]byte // 0x00 || chunk || pad
	nodes [8][keccakRate]byte     // prefix || left || right || pad
	level [groupSize + 1]Hash     // one level of a group, and a padding node
}

func newBatch() *batch {
	b := new(batch)
	for j := range b.leafs {
		b.leafs[j][1+ChunkBytes] = 0x01 // keccak padding: 0x01 ... 0x80
		b.leafs[j][2*keccakRate-1] |= 0x80
		b.nodes[j][1+64] = 0x01
		b.nodes[j][keccakRate-1] |= 0x80
	}
	return b
}

// absorb XORs one rate block of each of the eight inputs into the states.
func (b *batch) absorb(blocks *[8][]byte) {
	for k := 0; k < lanesRate; k++ {
		for j := 0; j < 8; j++ {
			b.st[k][j] ^= binary.LittleEndian.Uint64(blocks[j][8*k:])
		}
	}
}

// squeeze writes the first count digests to out.
func (b *batch) squeeze(out []Hash, count int) {
	for j := 0; j < count; j++ {
		for k := 0; k < 4; k++ {
			binary.LittleEndian.PutUint64(out[j][8*k:], b.st[k][j])
		}
	}
}

// leaves8 writes the leaves of chunks first..first+count-1 of data (count ≤
// 8, all existing; the last may be partial) to out[:count]. Unused lanes
// hash stale input and are dropped.
func (b *batch) leaves8(data []float32, first, count int, out []Hash) {
	if g := gather8; g != nil && count == 8 && (first+8)*ChunkElems <= len(data) {
		in := (*byte)(unsafe.Pointer(&data[first*ChunkElems]))
		g.leaf1(&b.st, in, &chunkStride)
		permute8(&b.st)
		g.leaf2(&b.st, in, &chunkStride)
		permute8(&b.st)
		b.squeeze(out, count)
		return
	}
	for j := 0; j < count; j++ {
		lo := (first + j) * ChunkElems
		hi := min(lo+ChunkElems, len(data))
		dst := b.leafs[j][1 : 1+ChunkBytes]
		if littleEndian {
			copy(dst, unsafe.Slice((*byte)(unsafe.Pointer(&data[lo])), 4*(hi-lo)))
		} else {
			putChunk((*[ChunkBytes]byte)(dst), data[lo:hi])
		}
		clear(dst[4*(hi-lo):])
	}
	b.st = [25][8]uint64{}
	var blocks [8][]byte
	for j := range blocks {
		blocks[j] = b.leafs[j][:keccakRate]
	}
	b.absorb(&blocks)
	permute8(&b.st)
	for j := range blocks {
		blocks[j] = b.leafs[j][keccakRate:]
	}
	b.absorb(&blocks)
	permute8(&b.st)
	b.squeeze(out, count)
}

// nodes8 writes H(prefix || in[2j] || in[2j+1]) to out[j] for j < count ≤ 8.
// out may overlap in as long as out[j] lies at or before in[2j].
func (b *batch) nodes8(prefix byte, in, out []Hash, count int) {
	if g := gather8; g != nil && cap(in) >= 16 {
		// Pairs past count are read and dropped: in's array holds them.
		g.node(&b.st, &in[0][0], &pairStride, uint64(prefix))
		permute8(&b.st)
		b.squeeze(out, count)
		return
	}
	var blocks [8][]byte
	for j := 0; j < 8; j++ {
		n := &b.nodes[j]
		if j < count {
			n[0] = prefix
			copy(n[1:33], in[2*j][:])
			copy(n[33:65], in[2*j+1][:])
		}
		blocks[j] = n[:]
	}
	b.st = [25][8]uint64{}
	b.absorb(&blocks)
	permute8(&b.st)
	b.squeeze(out, count)
}

// minBatch is the fewest hashes worth a batch: eight permutations side by
// side cost about three one at a time.
const minBatch = 3

// groupRoot returns the root of chunks [lo, hi) of data padded to a subtree
// of depth levels (hi-lo ≤ 2^depth ≤ groupSize), hashing eight at a time
// where at least minBatch hashes are due. Nodes whose subtree is all
// padding are never computed: they are dataTree.zeros.
func (h *hasher) groupRoot(data []float32, lo, hi, depth int) Hash {
	if h.batch == nil {
		h.batch = newBatch()
	}
	b := h.batch
	lv := b.level[:]
	n := hi - lo
	for i := 0; i < n; i += 8 {
		if c := min(8, n-i); c >= minBatch {
			b.leaves8(data, lo+i, c, lv[i:i+c])
		} else {
			for j := i; j < i+c; j++ {
				lv[j] = h.chunkLeaf(data, lo+j)
			}
		}
	}
	if n == 0 {
		return dataTree.zeros[depth]
	}
	for d := 0; d < depth; d++ {
		if n%2 == 1 {
			lv[n] = dataTree.zeros[d]
		}
		m := (n + 1) / 2
		for i := 0; i < m; i += 8 {
			if c := min(8, m-i); c >= minBatch {
				b.nodes8(prefixNode, lv[2*i:2*i+2*c], lv[i:i+c], c)
			} else {
				for j := i; j < i+c; j++ {
					lv[j] = h.node(prefixNode, &lv[2*j], &lv[2*j+1])
				}
			}
		}
		n = m
	}
	return lv[0]
}
