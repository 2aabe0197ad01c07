package wire

import (
	"errors"
	"fmt"

	"github.com/apiary-rl/apiary/verify/canon"
)

// decoder holds the limits of every message kind: nesting 4, the rollout payload's length in
// array elements, 16 map pairs.
var decoder = canon.MustDecoder(canon.Limits{MaxNested: 4, MaxArray: MaxRolloutSize, MaxMapPairs: 16})

// Encode returns the canonical encoding of m after checking its schema, so a node never
// publishes what its peers would reject.
func Encode(m Message) ([]byte, error) {
	if m.Header().V != Version {
		return nil, fmt.Errorf("encode %s: %w: %d", m.Kind(), ErrVersion, m.Header().V)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("encode %s: %w", m.Kind(), err)
	}
	b, err := canon.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", m.Kind(), err)
	}
	if len(b) > MaxSize(m.Kind()) {
		return nil, fmt.Errorf("encode %s: %w: %d bytes, limit %d", m.Kind(), ErrTooLarge, len(b), MaxSize(m.Kind()))
	}
	return b, nil
}

// New returns an empty message of kind k.
func New(k Kind) (Message, error) {
	switch k {
	case KindRollout:
		return new(Rollout), nil
	case KindCritique:
		return new(Critique), nil
	case KindUpdate:
		return new(Update), nil
	case KindNotice:
		return new(Notice), nil
	}
	return nil, fmt.Errorf("%w: %d", ErrKind, uint8(k))
}

// Decode parses data as a message of kind k and applies every check that needs nothing but
// the bytes: size, strict CBOR, canonical form, version and schema.
func Decode(k Kind, data []byte) (Message, error) {
	m, err := New(k)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize(k) {
		return nil, fmt.Errorf("decode %s: %w: %d bytes, limit %d", k, ErrTooLarge, len(data), MaxSize(k))
	}
	if err := decoder.Unmarshal(data, m); err != nil {
		if errors.Is(err, canon.ErrNonCanonical) {
			return nil, fmt.Errorf("decode %s: %w", k, ErrNonCanonical)
		}
		return nil, fmt.Errorf("decode %s: %w: %v", k, ErrMalformed, err)
	}
	if v := m.Header().V; v != Version {
		return nil, fmt.Errorf("decode %s: %w: %d", k, ErrVersion, v)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("decode %s: %w", k, err)
	}
	return m, nil
}
