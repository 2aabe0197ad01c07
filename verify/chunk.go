package verify

import (
	"encoding/binary"
	"math"
	"unsafe"
)

// Chunk geometry of the tensor data tree (docs/PROTOCOL.md 1.1).
const (
	ChunkElems = 64             // float32 elements per chunk
	ChunkBytes = 4 * ChunkElems // bytes per chunk
)

// littleEndian is true where float32 slices already have the committed byte
// order in memory, so full chunks can be hashed in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// NumChunks returns the number of chunks of a tensor with n elements.
func NumChunks(n int) int { return (n + ChunkElems - 1) / ChunkElems }

// EncodeChunk returns chunk i of data: its elements as little-endian float32,
// zero-padded to ChunkBytes. It panics if i is out of range.
func EncodeChunk(data []float32, i int) [ChunkBytes]byte {
	var c [ChunkBytes]byte
	lo := i * ChunkElems
	putChunk(&c, data[lo:min(lo+ChunkElems, len(data))])
	return c
}

// putChunk writes d (at most ChunkElems elements) into c, zero-padded.
func putChunk(c *[ChunkBytes]byte, d []float32) {
	for j, x := range d {
		binary.LittleEndian.PutUint32(c[4*j:], math.Float32bits(x))
	}
	clear(c[4*len(d):])
}

// chunkElement decodes element off of an encoded chunk.
func chunkElement(c *[ChunkBytes]byte, off int) float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(c[4*off:]))
}

// chunkLeaf returns leaf i of data, H(0x00 || chunk_i). The hasher's chunk
// scratch holds the chunk when it cannot be hashed in place (the last,
// partial chunk, or any chunk on a big-endian machine).
func (h *hasher) chunkLeaf(data []float32, i int) Hash {
	lo := i * ChunkElems
	hi := min(lo+ChunkElems, len(data))
	if littleEndian && hi-lo == ChunkElems {
		return h.prefixed(prefixLeaf, unsafe.Slice((*byte)(unsafe.Pointer(&data[lo])), ChunkBytes))
	}
	putChunk(&h.chunk, data[lo:hi])
	return h.prefixed(prefixLeaf, h.chunk[:])
}

// chunkLeafBytes returns H(0x00 || chunk) for an encoded chunk.
func chunkLeafBytes(c *[ChunkBytes]byte) Hash {
	h := getHasher()
	defer putHasher(h)
	h.chunk = *c
	return h.prefixed(prefixLeaf, h.chunk[:])
}
