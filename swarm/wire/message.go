package wire

import (
	"fmt"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/ethereum/go-ethereum/common"
)

// Version is the message schema version this package writes and accepts.
const Version = 2

// Kind is the type of a gossip message; each kind has its own topic.
type Kind uint8

// The message kinds.
const (
	KindRollout Kind = 1 + iota
	KindCritique
	KindUpdate
	KindNotice
)

// Kinds lists every kind, in order.
var Kinds = []Kind{KindRollout, KindCritique, KindUpdate, KindNotice}

// String returns the kind's name, used in topic names.
func (k Kind) String() string {
	switch k {
	case KindRollout:
		return "rollout"
	case KindCritique:
		return "critique"
	case KindUpdate:
		return "update"
	case KindNotice:
		return "notice"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k >= KindRollout && k <= KindNotice }

// Size limits of an encoded message per kind. A rollout carries its payload inline; the other
// kinds are fixed-size records. Large content (updates, traces) travels as blobs.
const (
	MaxRolloutSize = 64 << 10
	MaxRecordSize  = 512
	// MaxPayload is the largest rollout payload that fits MaxRolloutSize with its fields.
	MaxPayload = MaxRolloutSize - 256
)

// MaxSize returns the largest encoded message of kind k (0 for unknown kinds).
func MaxSize(k Kind) int {
	switch k {
	case KindRollout:
		return MaxRolloutSize
	case KindCritique, KindUpdate, KindNotice:
		return MaxRecordSize
	}
	return 0
}

// Message is one decoded gossip message.
type Message interface {
	// Kind returns the message's kind.
	Kind() Kind
	// Header returns the fields every message carries.
	Header() Header
	// check applies the kind's schema rules.
	check() error
}

// Header is the part common to all messages.
type Header struct {
	V     uint8
	Run   swarm.RunID
	Round uint64
}

// Rollout carries one GRPO group of its author: the §3.4 payload bytes and their root.
type Rollout struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Group is the author's group index j within the round (the payload repeats it).
	Group uint32 `cbor:"3,keyasint"`
	// PayloadRoot commits to Payload: it must equal swarm.RootOf(Payload).
	PayloadRoot swarm.Root `cbor:"4,keyasint"`
	// Payload is the rollout payload (docs/PROTOCOL.md §3.4), opaque to the network.
	Payload []byte `cbor:"5,keyasint"`
}

// Critique is a peer's verdict on another peer's rollout, after recomputing it.
type Critique struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Author is the account that published the judged rollout.
	Author common.Address `cbor:"3,keyasint"`
	// Target is the judged rollout's PayloadRoot.
	Target swarm.Root `cbor:"4,keyasint"`
	// Verdict is VerdictAgree, VerdictWrongReward or VerdictWrongSample.
	Verdict uint8 `cbor:"5,keyasint"`
}

// Critique verdicts.
const (
	VerdictAgree       = 0 // the group recomputes exactly
	VerdictWrongReward = 1 // a claimed reward differs from the recomputed one
	VerdictWrongSample = 2 // the problem index or a completion differs from the author's draw
)

// Update announces a peer's contribution to a round: the §3.8 commitment's roots and where
// to fetch the update and the batch manifest (blobs, by their transport roots).
type Update struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// UpdateRoot is the named-set root of the update (§3.6).
	UpdateRoot swarm.Root `cbor:"3,keyasint"`
	// UpdateBlob is keccak256 of the update blob's bytes.
	UpdateBlob swarm.Root `cbor:"4,keyasint"`
	// Size is the update blob's length in bytes, 1..MaxUpdateBlob.
	Size uint64 `cbor:"5,keyasint"`
	// TraceRoot is the contribution's trace root (§3.6).
	TraceRoot swarm.Root `cbor:"6,keyasint"`
	// Base is the model root of θ_round the contribution was computed from.
	Base swarm.Root `cbor:"7,keyasint"`
	// BatchRoot is the batch manifest root (§3.5).
	BatchRoot swarm.Root `cbor:"8,keyasint"`
	// Manifest is keccak256 of the batch manifest blob, so verifiers can fetch it.
	Manifest swarm.Root `cbor:"9,keyasint"`
}

// MaxUpdateBlob is the largest update blob an Update may announce (1 GiB).
const MaxUpdateBlob = 1 << 30

// Notice announces the model a peer computed for the start of Round: its model root and the
// blob that carries it, so peers that are behind can fetch the chain-attested model.
type Notice struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Model is the model root of θ_Round (§3.1).
	Model swarm.Root `cbor:"3,keyasint"`
	// Blob is keccak256 of the model blob's bytes.
	Blob swarm.Root `cbor:"4,keyasint"`
	// Size is the model blob's length in bytes, 1..MaxModelBlob.
	Size uint64 `cbor:"5,keyasint"`
}

// MaxModelBlob is the largest model blob a Notice may announce (16 GiB).
const MaxModelBlob = 16 << 30

// Kind implements Message.
func (*Rollout) Kind() Kind { return KindRollout }

// Kind implements Message.
func (*Critique) Kind() Kind { return KindCritique }

// Kind implements Message.
func (*Update) Kind() Kind { return KindUpdate }

// Kind implements Message.
func (*Notice) Kind() Kind { return KindNotice }

// Header implements Message.
func (m *Rollout) Header() Header { return Header{m.V, m.Run, m.Round} }

// Header implements Message.
func (m *Critique) Header() Header { return Header{m.V, m.Run, m.Round} }

// Header implements Message.
func (m *Update) Header() Header { return Header{m.V, m.Run, m.Round} }

// Header implements Message.
func (m *Notice) Header() Header { return Header{m.V, m.Run, m.Round} }
