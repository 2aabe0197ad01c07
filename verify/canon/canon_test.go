package canon

import (
	"errors"
	"testing"
)

type msg struct {
	V    uint8    `cbor:"0,keyasint"`
	Root [4]byte  `cbor:"1,keyasint"`
	List []uint32 `cbor:"2,keyasint"`
}

var dec = MustDecoder(Limits{MaxNested: 4, MaxArray: 16, MaxMapPairs: 16})

func TestRoundTrip(t *testing.T) {
	in := msg{V: 1, Root: [4]byte{1, 2, 3, 4}, List: []uint32{0, 1 << 20}}
	b, err := Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out msg
	if err := dec.Unmarshal(b, &out); err != nil {
		t.Fatalf("decode canonical bytes: %v", err)
	}
	if out.V != in.V || out.Root != in.Root || len(out.List) != 2 || out.List[1] != in.List[1] {
		t.Fatalf("got %+v, want %+v", out, in)
	}
}

func TestRejects(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want error
	}{
		// {0: 1} with the integer 1 written in two bytes (0x18 0x01): valid CBOR, not shortest.
		{"non-minimal int", []byte{0xa1, 0x00, 0x18, 0x01}, ErrNonCanonical},
		// {1: h'01020304', 0: 1}: keys out of order.
		{"unsorted keys", []byte{0xa2, 0x01, 0x44, 1, 2, 3, 4, 0x00, 0x01}, ErrNonCanonical},
		{"duplicate key", []byte{0xa2, 0x00, 0x01, 0x00, 0x01}, ErrMalformed},
		{"unknown key", []byte{0xa1, 0x07, 0x01}, ErrMalformed},
		{"trailing bytes", []byte{0xa1, 0x00, 0x01, 0x00}, ErrMalformed},
		{"indefinite map", []byte{0xbf, 0x00, 0x01, 0xff}, ErrMalformed},
		{"tag", []byte{0xc1, 0xa1, 0x00, 0x01}, ErrMalformed},
		{"too many elements", append([]byte{0xa1, 0x02, 0x98, 17}, make([]byte, 17)...), ErrMalformed},
		// {1: h'0102'}: a short byte string for a 4-byte array decodes zero-padded, so it
		// re-encodes differently.
		{"short array", []byte{0xa1, 0x01, 0x42, 1, 2}, ErrNonCanonical},
		{"empty", nil, ErrMalformed},
	} {
		var m msg
		if err := dec.Unmarshal(c.data, &m); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

func TestBadLimits(t *testing.T) {
	if _, err := NewDecoder(Limits{MaxNested: 0, MaxArray: 1, MaxMapPairs: 1}); err == nil {
		t.Fatal("got nil error for impossible limits, want an error")
	}
}

func FuzzUnmarshal(f *testing.F) {
	b, _ := Marshal(msg{V: 1, List: []uint32{3}})
	f.Add(b)
	f.Add([]byte{0xa1, 0x00, 0x18, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		var m msg
		if err := dec.Unmarshal(data, &m); err != nil {
			return
		}
		again, err := Marshal(m)
		if err != nil || string(again) != string(data) {
			t.Fatalf("accepted bytes %x that are not the canonical encoding %x", data, again)
		}
	})
}
