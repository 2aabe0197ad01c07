package repops

import "math/bits"

// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2,
// 3", SC'11): a counter-based generator. Block(counter, key) is a pure
// function, so the n-th random number of a stream can be computed without
// the previous ones, on any thread, in any order.

const (
	philoxM0 = 0xD2511F53
	philoxM1 = 0xCD9E8D57
	philoxW0 = 0x9E3779B9
	philoxW1 = 0xBB67AE85
)

// Philox returns the Philox4x32-10 block for a 128-bit counter and a 64-bit key.
func Philox(ctr [4]uint32, key [2]uint32) [4]uint32 {
	for i := 0; i < 10; i++ {
		if i > 0 {
			key[0] += philoxW0
			key[1] += philoxW1
		}
		hi0, lo0 := bits.Mul32(philoxM0, ctr[0])
		hi1, lo1 := bits.Mul32(philoxM1, ctr[2])
		ctr = [4]uint32{hi1 ^ ctr[1] ^ key[0], lo1, hi0 ^ ctr[3] ^ key[1], lo0}
	}
	return ctr
}

// Stream is a deterministic random stream: a Philox key plus a 64-bit
// stream number, both derived from (run, round, peer, purpose). Number i of
// the stream uses counter (lo32(i), hi32(i), stream0, stream1).
type Stream struct {
	Key [2]uint32
	ID  [2]uint32
}

// Purposes separate the random streams that one peer uses in one round.
const (
	PurposePrompts uint64 = 1 + iota
	PurposeSampling
	PurposeInit
	PurposeSAPO
	PurposeDropout
)

// NewStream derives the stream for (run, round, peer, purpose) by hashing
// them through Philox itself:
//
//	w = Philox((lo(round), hi(round), lo(purpose), hi(purpose)), (lo(run), hi(run)))
//	v = Philox((lo(peer), hi(peer), w0, w1), (w2, w3))
//	Key = (v0, v1), ID = (v2, v3)
func NewStream(run, round, peer, purpose uint64) Stream {
	w := Philox([4]uint32{lo32(round), hi32(round), lo32(purpose), hi32(purpose)}, [2]uint32{lo32(run), hi32(run)})
	v := Philox([4]uint32{lo32(peer), hi32(peer), w[0], w[1]}, [2]uint32{w[2], w[3]})
	return Stream{Key: [2]uint32{v[0], v[1]}, ID: [2]uint32{v[2], v[3]}}
}

// Block returns block i of the stream (four 32-bit words).
func (s Stream) Block(i uint64) [4]uint32 {
	return Philox([4]uint32{lo32(i), hi32(i), s.ID[0], s.ID[1]}, s.Key)
}

// Uint32 returns the first word of block i.
func (s Stream) Uint32(i uint64) uint32 { return s.Block(i)[0] }

// Uniform returns a float32 in [0, 1) from the first word w of block i:
// float32(w >> 8) · 2^-24, which is exact.
func (s Stream) Uniform(i uint64) float32 { return uniform24(s.Block(i)[0]) }

// Intn returns an integer in [0, n) from block i (n > 0), using the full
// 64 bits of words 0 and 1 modulo n; the bias is below n/2^64.
func (s Stream) Intn(i uint64, n int) int {
	b := s.Block(i)
	return int((uint64(b[1])<<32 | uint64(b[0])) % uint64(n))
}

// Normal returns a standard normal float32 for index i by Marsaglia's polar
// method: attempt a = 0, 1, ... uses block (i·16 + a), whose first two words
// give x, y uniform in [-1, 1); the first attempt with 0 < s = x² + y² < 1
// returns x·Sqrt(-2·Log(s)/s). After 16 rejected attempts (probability about
// 1e-11) it returns 0. i must be below 2^60.
func (s Stream) Normal(i uint64) float32 {
	for a := uint64(0); a < 16; a++ {
		b := s.Block(i<<4 | a)
		x := float32(2*uniform24(b[0])) - 1
		y := float32(2*uniform24(b[1])) - 1
		q := float32(x*x) + float32(y*y)
		if q > 0 && q < 1 {
			return x * Sqrt(float32(-2*Log(q))/q)
		}
	}
	return 0
}

// Categorical draws an index from the probability row p with the uniform u:
// the first j whose running sum c_j = (((+0 + p_0) + p_1) + ... + p_j)
// exceeds u; if rounding leaves u ≥ c_{n-1}, the last j with p_j > 0 (or 0).
func Categorical(p []float32, u float32) int {
	var c float32
	last := 0
	for j, pj := range p {
		c += pj
		if pj > 0 {
			last = j
		}
		if u < c {
			return j
		}
	}
	return last
}

func uniform24(w uint32) float32 { return float32(w>>8) * 0x1p-24 }

func lo32(x uint64) uint32 { return uint32(x) }
func hi32(x uint64) uint32 { return uint32(x >> 32) }
