package payload

import (
	"errors"
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/canon"
)

// Version is the payload schema version.
const Version = 1

// Limits of a payload's encoding and shape.
const (
	// MaxSize is the largest payload in bytes (it rides in a rollout message).
	MaxSize = 65280
	// MaxCompletions bounds G.
	MaxCompletions = 1024
	// MaxCompletionLen bounds one completion's token count.
	MaxCompletionLen = 4096
)

// Errors of Decode and Validate.
var (
	// ErrMalformed: the bytes are not a canonical payload encoding.
	ErrMalformed = errors.New("payload: malformed")
	// ErrInvalid: a well-formed payload breaks the schema.
	ErrInvalid = errors.New("payload: invalid")
)

// Payload is one GRPO group (docs/PROTOCOL.md §3.4). All keys are always
// present.
type Payload struct {
	Version     uint8       `cbor:"0,keyasint"`
	Run         verify.Hash `cbor:"1,keyasint"`
	Round       uint64      `cbor:"2,keyasint"`
	Author      [20]byte    `cbor:"3,keyasint"`
	Group       uint32      `cbor:"4,keyasint"` // the author's j-th group of the round
	Problem     uint64      `cbor:"5,keyasint"` // problem index: the author's j-th draw
	Completions [][]byte    `cbor:"6,keyasint"` // token ids, one byte each, no prompt, no padding
	Rewards     []uint32    `cbor:"7,keyasint"` // claimed rewards, IEEE-754 binary32 bits
}

var decoder = canon.MustDecoder(canon.Limits{MaxNested: 4, MaxArray: MaxCompletions, MaxMapPairs: 16})

// Validate checks the schema: version, 1..MaxCompletions completions each of
// 1..MaxCompletionLen tokens, one finite reward per completion.
func (p *Payload) Validate() error {
	switch {
	case p.Version != Version:
		return fmt.Errorf("%w: version %d", ErrInvalid, p.Version)
	case len(p.Completions) == 0 || len(p.Completions) > MaxCompletions:
		return fmt.Errorf("%w: %d completions", ErrInvalid, len(p.Completions))
	case len(p.Rewards) != len(p.Completions):
		return fmt.Errorf("%w: %d rewards for %d completions", ErrInvalid, len(p.Rewards), len(p.Completions))
	}
	for i, c := range p.Completions {
		if len(c) == 0 || len(c) > MaxCompletionLen {
			return fmt.Errorf("%w: completion %d has %d tokens", ErrInvalid, i, len(c))
		}
	}
	for i, r := range p.Rewards {
		if f := math.Float32frombits(r); math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
			return fmt.Errorf("%w: reward %d is %v", ErrInvalid, i, f)
		}
	}
	return nil
}

// Encode validates p and returns its canonical encoding.
func (p *Payload) Encode() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	b, err := canon.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("payload: encode: %w", err)
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes exceed %d", ErrInvalid, len(b), MaxSize)
	}
	return b, nil
}

// Decode parses a payload strictly: at most MaxSize bytes, exactly the
// canonical encoding of a valid payload (unknown, duplicate or missing keys,
// indefinite lengths, tags and trailing bytes are rejected).
func Decode(b []byte) (*Payload, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes exceed %d", ErrMalformed, len(b), MaxSize)
	}
	var p Payload
	if err := decoder.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// Root is the payload root H(bytes) of an encoding.
func Root(b []byte) verify.Hash { return verify.Keccak256(b) }

// Tokens returns completion i as token ids.
func (p *Payload) Tokens(i int) []int {
	ids := make([]int, len(p.Completions[i]))
	for k, b := range p.Completions[i] {
		ids[k] = int(b)
	}
	return ids
}

// RewardValues returns the claimed rewards as float32.
func (p *Payload) RewardValues() []float32 {
	r := make([]float32, len(p.Rewards))
	for i, b := range p.Rewards {
		r[i] = math.Float32frombits(b)
	}
	return r
}
