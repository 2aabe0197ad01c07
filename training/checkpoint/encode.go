package checkpoint

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/apiary-rl/apiary/training/repops"
)

// MaxHeaderSize bounds the JSON header (100 MB, as the reference
// safetensors implementation does).
const MaxHeaderSize = 100 << 20

// DType is the only element type this package reads and writes.
const DType = "F32"

// metadataKey is the reserved header key holding the string metadata.
const metadataKey = "__metadata__"

// Named is a tensor with the name it is stored under.
type Named struct {
	Name string
	T    *repops.Tensor
}

// headerEntry is one tensor's header value; its fields are declared in key
// order so that encoding/json writes them sorted.
type headerEntry struct {
	DataOffsets [2]uint64 `json:"data_offsets"`
	DType       string    `json:"dtype"`
	Shape       []int     `json:"shape"`
}

// Encode returns the safetensors bytes of tensors (laid out in the order
// given) with the metadata meta (omitted when empty). Names must be
// non-empty, valid UTF-8, distinct and not "__metadata__"; metadata keys and
// values must be valid UTF-8.
func Encode(tensors []Named, meta map[string]string) ([]byte, error) {
	header := make(map[string]any, len(tensors)+1)
	var offset uint64
	for i, nt := range tensors {
		if err := checkTensor(nt); err != nil {
			return nil, fmt.Errorf("%w: tensor %d: %w", ErrInvalid, i, err)
		}
		if _, dup := header[nt.Name]; dup {
			return nil, fmt.Errorf("%w: tensor name %q appears twice", ErrInvalid, nt.Name)
		}
		size := 4 * uint64(len(nt.T.Data))
		header[nt.Name] = headerEntry{
			DataOffsets: [2]uint64{offset, offset + size},
			DType:       DType,
			Shape:       append([]int{}, nt.T.Shape...),
		}
		offset += size
	}
	if len(meta) > 0 {
		for k, v := range meta {
			if !utf8.ValidString(k) || !utf8.ValidString(v) {
				return nil, fmt.Errorf("%w: metadata %q: %q is not valid UTF-8", ErrInvalid, k, v)
			}
		}
		header[metadataKey] = meta
	}
	var hb bytes.Buffer
	enc := json.NewEncoder(&hb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(header); err != nil {
		return nil, fmt.Errorf("%w: encode header: %w", ErrInvalid, err)
	}
	h := bytes.TrimSuffix(hb.Bytes(), []byte("\n"))
	// Pad with spaces so that the data starts 8-byte aligned.
	for len(h)%8 != 0 {
		h = append(h, ' ')
	}
	if len(h) > MaxHeaderSize {
		return nil, fmt.Errorf("%w: header of %d bytes exceeds %d", ErrInvalid, len(h), MaxHeaderSize)
	}
	out := make([]byte, 8, 8+len(h)+int(offset))
	binary.LittleEndian.PutUint64(out, uint64(len(h)))
	out = append(out, h...)
	for _, nt := range tensors {
		for _, x := range nt.T.Data {
			bits := math.Float32bits(x)
			if x != x {
				bits = repops.CanonicalNaN
			}
			out = binary.LittleEndian.AppendUint32(out, bits)
		}
	}
	return out, nil
}

func checkTensor(nt Named) error {
	switch {
	case nt.Name == "":
		return fmt.Errorf("empty name")
	case nt.Name == metadataKey:
		return fmt.Errorf("name %q is reserved", metadataKey)
	case !utf8.ValidString(nt.Name):
		return fmt.Errorf("name %q is not valid UTF-8", nt.Name)
	case nt.T == nil:
		return fmt.Errorf("%q: nil tensor", nt.Name)
	case len(nt.T.Shape) > repops.MaxDims:
		return fmt.Errorf("%q: rank %d exceeds %d", nt.Name, len(nt.T.Shape), repops.MaxDims)
	}
	n, zero := 1, false
	for _, d := range nt.T.Shape {
		if d < 0 || d > math.MaxInt32 {
			return fmt.Errorf("%q: dimension %d out of range in shape %v", nt.Name, d, nt.T.Shape)
		}
		zero = zero || d == 0
	}
	for _, d := range nt.T.Shape {
		if zero {
			n = 0
			break
		}
		if n > math.MaxInt32/d {
			return fmt.Errorf("%q: shape %v is too large", nt.Name, nt.T.Shape)
		}
		n *= d
	}
	if n != len(nt.T.Data) {
		return fmt.Errorf("%q: shape %v holds %d elements, data has %d", nt.Name, nt.T.Shape, n, len(nt.T.Data))
	}
	return nil
}
