package verify

import (
	"encoding/binary"
	"math"

	"golang.org/x/crypto/sha3"
)

// This file is an independent, deliberately naive implementation of
// docs/PROTOCOL.md section 1, written straight from the text: a different
// keccak implementation (golang.org/x/crypto), byte strings built by hand,
// trees padded explicitly and folded level by level. The package is checked
// against it.

func refH(parts ...[]byte) Hash {
	d := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		d.Write(p)
	}
	var h Hash
	copy(h[:], d.Sum(nil))
	return h
}

// refFold pads leaves with bytes32(0) to a power of two (1 stays 1) and
// folds them with H(prefix || l || r). No leaves: bytes32(0).
func refFold(prefix byte, leaves []Hash) Hash {
	if len(leaves) == 0 {
		return Hash{}
	}
	level := append([]Hash(nil), leaves...)
	size := 1
	for size < len(level) {
		size *= 2
	}
	for len(level) < size {
		level = append(level, Hash{})
	}
	for len(level) > 1 {
		next := make([]Hash, len(level)/2)
		for i := range next {
			next[i] = refH([]byte{prefix}, level[2*i][:], level[2*i+1][:])
		}
		level = next
	}
	return level[0]
}

// refDataBytes is the little-endian float32 encoding of data.
func refDataBytes(data []float32) []byte {
	b := make([]byte, 0, 4*len(data))
	for _, x := range data {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

func refLeaves(data []float32) []Hash {
	b := refDataBytes(data)
	var leaves []Hash
	for lo := 0; lo < len(b); lo += 256 {
		chunk := make([]byte, 256)
		copy(chunk, b[lo:min(lo+256, len(b))])
		leaves = append(leaves, refH([]byte{0x00}, chunk))
	}
	return leaves
}

func refDataRoot(data []float32) Hash { return refFold(0x01, refLeaves(data)) }

func refTensorRoot(shape []int, data []float32) Hash {
	b := []byte{0x02, byte(len(shape))}
	for _, d := range shape {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	dr := refDataRoot(data)
	return refH(b, dr[:])
}

func refCounted(prefix byte, leaves []Hash) Hash {
	b := []byte{prefix}
	b = binary.BigEndian.AppendUint32(b, uint32(len(leaves)))
	tr := refFold(0x11, leaves)
	return refH(b, tr[:])
}
