package verify

import (
	"encoding/hex"
	"fmt"
	"hash"
	"sync"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/ethereum/go-ethereum/crypto/keccak"
)

// Hash is a keccak256 digest (the Ethereum variant, as Solidity's keccak256
// computes it).
type Hash [32]byte

// Domain-separation prefixes of docs/PROTOCOL.md section 1: every hashed
// preimage starts with one of them (except H(name) of an external input), so
// no value of one kind can be passed off as another.
const (
	prefixLeaf         byte = 0x00 // tensor chunk leaf
	prefixNode         byte = 0x01 // tensor data tree node
	prefixTensor       byte = 0x02 // tensor root (shape binding)
	prefixRecord       byte = 0x10 // op record hash
	prefixTraceNode    byte = 0x11 // record / step tree node
	prefixStep         byte = 0x12 // step root
	prefixContribution byte = 0x13 // contribution root
)

// String returns the hash as 0x-prefixed lower-case hex.
func (h Hash) String() string { return "0x" + hex.EncodeToString(h[:]) }

// IsZero reports whether h is bytes32(0).
func (h Hash) IsZero() bool { return h == Hash{} }

// MarshalText encodes h as 0x-prefixed hex (for JSON).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText decodes 0x-prefixed (or bare) hex of exactly 32 bytes.
func (h *Hash) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s) != 64 {
		return fmt.Errorf("verify: hash %q: want 64 hex digits, got %d", b, len(s))
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return fmt.Errorf("verify: hash %q: %w", b, err)
	}
	return nil
}

// Keccak256 returns keccak256 of the concatenation of parts.
func Keccak256(parts ...[]byte) Hash {
	h := getHasher()
	defer putHasher(h)
	h.st.Reset()
	for _, p := range parts {
		h.st.Write(p)
	}
	return h.sum()
}

// keccakState is the go-ethereum sponge: a hash.Hash that can also be read,
// which finishes it without the copy Sum makes.
type keccakState interface {
	hash.Hash
	Read([]byte) (int, error)
}

// hasher is one reusable keccak state with a scratch buffer for node
// preimages, so that hashing a tree allocates nothing per node.
type hasher struct {
	st    keccakState
	buf   [1 + 2*32]byte
	out   Hash             // digest scratch: a local passed to the interface would escape
	chunk [ChunkBytes]byte // a chunk that cannot be hashed in place
	batch *batch           // eight-way hashing, made on first use

	shapeBuf [2 + 4*repops.MaxDims + 32]byte // tensor root preimage
}

var hasherPool = sync.Pool{New: func() any {
	return &hasher{st: keccak.NewLegacyKeccak256().(keccakState)}
}}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

// sum finishes the sponge and returns the digest.
func (h *hasher) sum() Hash {
	h.st.Read(h.out[:])
	return h.out
}

// node returns H(prefix || l || r).
func (h *hasher) node(prefix byte, l, r *Hash) Hash {
	h.buf[0] = prefix
	copy(h.buf[1:33], l[:])
	copy(h.buf[33:], r[:])
	h.st.Reset()
	h.st.Write(h.buf[:])
	return h.sum()
}

// prefixed returns H(prefix || b).
func (h *hasher) prefixed(prefix byte, b []byte) Hash {
	h.buf[0] = prefix
	h.st.Reset()
	h.st.Write(h.buf[:1])
	h.st.Write(b)
	return h.sum()
}
