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
	level [groupSize]Hash
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

// squeeze writes the eight digests to out.
func (b *batch) squeeze(out []Hash) {
	for j := 0; j < 8; j++ {
		for k := 0; k < 4; k++ {
			binary.LittleEndian.PutUint64(out[j][8*k:], b.st[k][j])
		}
	}
}

// leaves8 writes the leaves of chunks first..first+7 of data to out[:8].
// Every one of those chunks must exist; the last may be partial.
func (b *batch) leaves8(data []float32, first int, out []Hash) {
	for j := 0; j < 8; j++ {
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
	b.squeeze(out)
}

// nodes8 writes H(prefix || in[2j] || in[2j+1]) to out[j] for j < 8. out
// may overlap in as long as out[j] lies at or before in[2j].
func (b *batch) nodes8(prefix byte, in, out []Hash) {
	var blocks [8][]byte
	for j := 0; j < 8; j++ {
		n := &b.nodes[j]
		n[0] = prefix
		copy(n[1:33], in[2*j][:])
		copy(n[33:65], in[2*j+1][:])
		blocks[j] = n[:]
	}
	b.st = [25][8]uint64{}
	b.absorb(&blocks)
	permute8(&b.st)
	b.squeeze(out)
}

// groupRoot returns the root of the full group of groupSize chunks starting
// at chunk first (all of which exist; the last may be partial).
func (h *hasher) groupRoot(data []float32, first int) Hash {
	if h.batch == nil {
		h.batch = newBatch()
	}
	b := h.batch
	lv := b.level[:]
	for i := 0; i < groupSize; i += 8 {
		b.leaves8(data, first+i, lv[i:i+8])
	}
	n := groupSize
	for ; n > 8; n /= 2 {
		for i := 0; i < n/2; i += 8 {
			b.nodes8(prefixNode, lv[2*i:2*i+16], lv[i:i+8])
		}
	}
	for ; n > 1; n /= 2 {
		for i := 0; i < n/2; i++ {
			lv[i] = h.node(prefixNode, &lv[2*i], &lv[2*i+1])
		}
	}
	return lv[0]
}
