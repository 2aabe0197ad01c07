package wire

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/ethereum/go-ethereum/common"
)

// Version is the message schema version this package writes and accepts.
const Version = 1

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

// Rollout is a peer's completion of a prompt with its claimed verifiable reward.
type Rollout struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Index numbers the author's rollouts within the round, from 0.
	Index uint32 `cbor:"3,keyasint"`
	// Reward is the claimed reward as IEEE-754 binary32 bits; NaN and infinities are invalid.
	Reward uint32 `cbor:"4,keyasint"`
	// PayloadRoot commits to Payload: it must equal swarm.RootOf(Payload).
	PayloadRoot swarm.Root `cbor:"5,keyasint"`
	// TraceRoot is the commitment to the step trace that produced the rollout.
	TraceRoot swarm.Root `cbor:"6,keyasint"`
	// Payload is the rollout body (prompt reference and completion) as training encodes it.
	Payload []byte `cbor:"7,keyasint"`
}

// Critique is a peer's judgement of another peer's rollout.
type Critique struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Author is the account that published the judged rollout.
	Author common.Address `cbor:"3,keyasint"`
	// Target is the judged rollout's PayloadRoot.
	Target swarm.Root `cbor:"4,keyasint"`
	// Score is the critic's reward for the rollout, binary32 bits; NaN/Inf invalid.
	Score uint32 `cbor:"5,keyasint"`
	// Verdict is VerdictAgree, VerdictWrongReward or VerdictBest.
	Verdict uint8 `cbor:"6,keyasint"`
}

// Critique verdicts.
const (
	VerdictAgree       = 0 // the claimed reward is right
	VerdictWrongReward = 1 // the claimed reward is wrong
	VerdictBest        = 2 // right, and a vote for the best answer
)

// Update announces a peer's model update for a round; the bytes move as a blob.
type Update struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Root is the update blob's content root.
	Root swarm.Root `cbor:"3,keyasint"`
	// Size is the update blob's length in bytes, 1..MaxUpdateBlob.
	Size uint64 `cbor:"4,keyasint"`
	// TraceRoot commits to the training trace of the update.
	TraceRoot swarm.Root `cbor:"5,keyasint"`
	// Base is the root of the model the update was trained from (θ of the round).
	Base swarm.Root `cbor:"6,keyasint"`
}

// MaxUpdateBlob is the largest update blob an Update may announce (1 GiB).
const MaxUpdateBlob = 1 << 30

// Notice announces the model a peer computed for the start of Round, so late joiners and
// peers that missed updates can fetch it by root.
type Notice struct {
	V     uint8       `cbor:"0,keyasint"`
	Run   swarm.RunID `cbor:"1,keyasint"`
	Round uint64      `cbor:"2,keyasint"`
	// Model is the content root of θ_Round.
	Model swarm.Root `cbor:"3,keyasint"`
	// Size is the model blob's length in bytes, 1..MaxModelBlob.
	Size uint64 `cbor:"4,keyasint"`
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

func finite(bits uint32) bool {
	f := math.Float32frombits(bits)
	return !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0)
}
