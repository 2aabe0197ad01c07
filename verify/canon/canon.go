package canon

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// Decoding errors.
var (
	// ErrMalformed: not CBOR, or CBOR that does not fit the target type (unknown or duplicate
	// keys, wrong types, trailing bytes, tags, indefinite lengths, limits exceeded).
	ErrMalformed = errors.New("malformed cbor")
	// ErrNonCanonical: valid CBOR that is not the canonical encoding of its value.
	ErrNonCanonical = errors.New("non-canonical cbor")
)

var encMode cbor.EncMode

func init() {
	var err error
	if encMode, err = cbor.CoreDetEncOptions().EncMode(); err != nil {
		panic(fmt.Sprintf("canon: cbor encode mode: %v", err))
	}
}

// Marshal returns the canonical encoding of v.
func Marshal(v any) ([]byte, error) { return encMode.Marshal(v) }

// Limits bound what a Decoder accepts, so a hostile input cannot make it allocate much.
type Limits struct {
	// MaxNested is the deepest nesting of arrays and maps (1..65535).
	MaxNested int
	// MaxArray is the most elements of one array (16..2^31-1).
	MaxArray int
	// MaxMapPairs is the most pairs of one map (16..2^31-1).
	MaxMapPairs int
}

// Decoder is a strict decoder with fixed limits. It is safe for concurrent use.
type Decoder struct{ mode cbor.DecMode }

// NewDecoder returns a decoder that rejects unknown and duplicate map keys, indefinite
// lengths, tags, invalid UTF-8, trailing bytes and anything beyond l.
func NewDecoder(l Limits) (*Decoder, error) {
	m, err := cbor.DecOptions{
		DupMapKey:         cbor.DupMapKeyEnforcedAPF,
		IndefLength:       cbor.IndefLengthForbidden,
		TagsMd:            cbor.TagsForbidden,
		ExtraReturnErrors: cbor.ExtraDecErrorUnknownField,
		MaxNestedLevels:   l.MaxNested,
		MaxArrayElements:  l.MaxArray,
		MaxMapPairs:       l.MaxMapPairs,
		UTF8:              cbor.UTF8RejectInvalid,
	}.DecMode()
	if err != nil {
		return nil, fmt.Errorf("canon: decoder limits %+v: %w", l, err)
	}
	return &Decoder{mode: m}, nil
}

// MustDecoder is NewDecoder for limits fixed in the program; it panics on invalid limits.
func MustDecoder(l Limits) *Decoder {
	d, err := NewDecoder(l)
	if err != nil {
		panic(err)
	}
	return d
}

// Unmarshal decodes data into v (a pointer) and then requires data to be exactly the
// canonical encoding of the decoded value: non-minimal integers or lengths, unsorted keys,
// short fixed-size byte arrays and null all fail with ErrNonCanonical.
func (d *Decoder) Unmarshal(data []byte, v any) error {
	if err := d.mode.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	again, err := encMode.Marshal(v)
	if err != nil || !bytes.Equal(again, data) {
		return ErrNonCanonical
	}
	return nil
}
