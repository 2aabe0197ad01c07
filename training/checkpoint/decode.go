package checkpoint

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/apiary-rl/apiary/training/repops"
)

// field is one key and its raw value from a JSON object, in document order.
type field struct {
	key string
	raw json.RawMessage
}

// Decode parses safetensors bytes. It checks the header length (at most
// MaxHeaderSize and within the data), that the header is one JSON object
// with no repeated keys (trailing space padding allowed), that every entry
// has exactly the keys dtype, shape and data_offsets, dtype F32, rank ≤ 4,
// and offsets that match the shape and tile the data buffer exactly, in
// order, with no gap or overlap. Tensors come back in the order of their
// data (for tensors with no elements, by name among equal offsets), so
// Decode(Encode(ts)) returns ts in their original order; each tensor's Name
// is set to its stored name and NaNs are canonicalized. Errors wrap
// ErrInvalid.
func Decode(b []byte) ([]Named, map[string]string, error) {
	ts, meta, err := decode(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return ts, meta, nil
}

type span struct {
	name       string
	shape      []int
	begin, end uint64
}

func decode(b []byte) ([]Named, map[string]string, error) {
	if len(b) < 8 {
		return nil, nil, fmt.Errorf("%d bytes is too short for the 8-byte header length", len(b))
	}
	n := binary.LittleEndian.Uint64(b)
	if n > MaxHeaderSize {
		return nil, nil, fmt.Errorf("header length %d exceeds the limit of %d", n, MaxHeaderSize)
	}
	if n > uint64(len(b)-8) {
		return nil, nil, fmt.Errorf("header length %d exceeds the %d bytes after the length", n, len(b)-8)
	}
	header := bytes.TrimRight(b[8:8+n], " ")
	buf := b[8+n:]
	if len(header) == 0 || header[0] != '{' {
		return nil, nil, fmt.Errorf("header does not start with '{'")
	}
	fields, err := parseObject(header)
	if err != nil {
		return nil, nil, fmt.Errorf("header: %w", err)
	}
	var meta map[string]string
	spans := make([]span, 0, len(fields))
	for _, f := range fields {
		if f.key == metadataKey {
			if meta, err = parseMetadata(f.raw); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", metadataKey, err)
			}
			continue
		}
		s, err := parseEntry(f.key, f.raw, uint64(len(buf)))
		if err != nil {
			return nil, nil, fmt.Errorf("tensor %q: %w", f.key, err)
		}
		spans = append(spans, s)
	}
	sort.Slice(spans, func(i, j int) bool {
		a, c := spans[i], spans[j]
		if a.begin != c.begin {
			return a.begin < c.begin
		}
		if a.end != c.end {
			return a.end < c.end
		}
		return a.name < c.name
	})
	var pos uint64
	for _, s := range spans {
		switch {
		case s.begin > pos:
			return nil, nil, fmt.Errorf("tensor %q starts at byte %d, leaving a gap after byte %d", s.name, s.begin, pos)
		case s.begin < pos:
			return nil, nil, fmt.Errorf("tensor %q starts at byte %d, overlapping data that ends at %d", s.name, s.begin, pos)
		}
		pos = s.end
	}
	if pos != uint64(len(buf)) {
		return nil, nil, fmt.Errorf("data buffer has %d bytes, tensors cover %d", len(buf), pos)
	}
	out := make([]Named, len(spans))
	for i, s := range spans {
		data := make([]float32, (s.end-s.begin)/4)
		for j := range data {
			data[j] = math.Float32frombits(binary.LittleEndian.Uint32(buf[s.begin+4*uint64(j):]))
		}
		out[i] = Named{Name: s.name, T: repops.FromData(data, s.shape...).Named(s.name)}
	}
	return out, meta, nil
}

// parseEntry validates one tensor's header value against a buffer of
// bufLen bytes.
func parseEntry(name string, raw json.RawMessage, bufLen uint64) (span, error) {
	if name == "" {
		return span{}, fmt.Errorf("empty tensor name")
	}
	fields, err := parseObject(raw)
	if err != nil {
		return span{}, err
	}
	var dtype string
	var shape []int64
	var offsets []uint64
	seen := 0
	for _, f := range fields {
		var err error
		switch f.key {
		case "dtype":
			err = unmarshalKind(f.raw, '"', &dtype)
		case "shape":
			err = unmarshalKind(f.raw, '[', &shape)
		case "data_offsets":
			err = unmarshalKind(f.raw, '[', &offsets)
		default:
			return span{}, fmt.Errorf("unknown key %q", f.key)
		}
		if err != nil {
			return span{}, fmt.Errorf("%s: %w", f.key, err)
		}
		seen++
	}
	if seen != 3 {
		return span{}, fmt.Errorf("needs the keys dtype, shape and data_offsets, has %d of them", seen)
	}
	if dtype != DType {
		return span{}, fmt.Errorf("dtype %q is not supported (only %s)", dtype, DType)
	}
	if len(shape) > repops.MaxDims {
		return span{}, fmt.Errorf("rank %d exceeds %d", len(shape), repops.MaxDims)
	}
	if len(offsets) != 2 {
		return span{}, fmt.Errorf("data_offsets has %d values, want 2", len(offsets))
	}
	begin, end := offsets[0], offsets[1]
	if begin > end || end > bufLen {
		return span{}, fmt.Errorf("data_offsets [%d, %d] are not within the %d-byte data buffer", begin, end, bufLen)
	}
	// Count elements, bounded by the buffer's capacity so that a huge
	// shape cannot overflow; a zero dimension makes any other size valid.
	dims := make([]int, len(shape))
	zero := false
	for i, d := range shape {
		if d < 0 || d > math.MaxInt32 {
			return span{}, fmt.Errorf("dimension %d out of range in shape %v", d, shape)
		}
		dims[i] = int(d)
		zero = zero || d == 0
	}
	count := uint64(0)
	if !zero {
		count = 1
		for _, d := range shape {
			if uint64(d) > bufLen/4/count {
				return span{}, fmt.Errorf("shape %v needs more data than the %d-byte buffer holds", shape, bufLen)
			}
			count *= uint64(d)
		}
	}
	if 4*count != end-begin {
		return span{}, fmt.Errorf("shape %v needs %d bytes, data_offsets [%d, %d] give %d", shape, 4*count, begin, end, end-begin)
	}
	return span{name: name, shape: dims, begin: begin, end: end}, nil
}

func parseMetadata(raw json.RawMessage) (map[string]string, error) {
	fields, err := parseObject(raw)
	if err != nil {
		return nil, err
	}
	meta := make(map[string]string, len(fields))
	for _, f := range fields {
		var v string
		if err := unmarshalKind(f.raw, '"', &v); err != nil {
			return nil, fmt.Errorf("key %q: %w", f.key, err)
		}
		meta[f.key] = v
	}
	return meta, nil
}

// unmarshalKind decodes raw into v after checking that it starts with the
// byte kind ('"' for a string, '[' for an array), so that null is rejected.
func unmarshalKind(raw json.RawMessage, kind byte, v any) error {
	if len(raw) == 0 || raw[0] != kind {
		want := "a string"
		if kind == '[' {
			want = "an array"
		}
		return fmt.Errorf("got %.20s, want %s", raw, want)
	}
	return json.Unmarshal(raw, v)
}

// parseObject splits one JSON object into its fields in document order,
// rejecting repeated keys and anything after the closing brace.
func parseObject(data []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil {
		return nil, err
	} else if tok != json.Delim('{') {
		return nil, fmt.Errorf("got %v, want a JSON object", tok)
	}
	var fields []field
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("got %v, want an object key", tok)
		}
		if seen[key] {
			return nil, fmt.Errorf("key %q appears twice", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("value of %q: %w", key, err)
		}
		fields = append(fields, field{key: key, raw: raw})
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, err
	}
	if tok, err := dec.Token(); err != io.EOF {
		if err != nil {
			return nil, fmt.Errorf("after the object: %w", err)
		}
		return nil, fmt.Errorf("unexpected %v after the object", tok)
	}
	return fields, nil
}
