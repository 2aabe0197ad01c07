package wire

import (
	"bytes"
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

var (
	encMode cbor.EncMode
	decMode cbor.DecMode
)

func init() {
	var err error
	encMode, err = cbor.CoreDetEncOptions().EncMode()
	if err != nil {
		panic(fmt.Sprintf("wire: cbor encode mode: %v", err))
	}
	decMode, err = cbor.DecOptions{
		DupMapKey:         cbor.DupMapKeyEnforcedAPF,
		IndefLength:       cbor.IndefLengthForbidden,
		TagsMd:            cbor.TagsForbidden,
		ExtraReturnErrors: cbor.ExtraDecErrorUnknownField,
		MaxNestedLevels:   4,
		MaxArrayElements:  MaxRolloutSize,
		MaxMapPairs:       16,
		UTF8:              cbor.UTF8RejectInvalid,
	}.DecMode()
	if err != nil {
		panic(fmt.Sprintf("wire: cbor decode mode: %v", err))
	}
}

// Encode returns the canonical encoding of m after checking its schema, so a node never
// publishes what its peers would reject.
func Encode(m Message) ([]byte, error) {
	if m.Header().V != Version {
		return nil, fmt.Errorf("encode %s: %w: %d", m.Kind(), ErrVersion, m.Header().V)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("encode %s: %w", m.Kind(), err)
	}
	b, err := encMode.Marshal(m)
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
	if err := decMode.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("decode %s: %w: %v", k, ErrMalformed, err)
	}
	// Canonical means the bytes are exactly what we would write for the value: this rejects
	// non-minimal integers and lengths, unsorted keys, short byte arrays and null.
	again, err := encMode.Marshal(m)
	if err != nil || !bytes.Equal(again, data) {
		return nil, fmt.Errorf("decode %s: %w", k, ErrNonCanonical)
	}
	if v := m.Header().V; v != Version {
		return nil, fmt.Errorf("decode %s: %w: %d", k, ErrVersion, v)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("decode %s: %w", k, err)
	}
	return m, nil
}
