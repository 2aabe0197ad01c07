package verify

import (
	"bytes"
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// FuzzRecordUnmarshal checks the decoder on arbitrary bytes: it never panics,
// every rejection wraps ErrBadRecord, and whatever it accepts is valid and
// re-encodes to exactly the input (the encoding is canonical).
func FuzzRecordUnmarshal(f *testing.F) {
	s := sampleRecord()
	b, _ := s.MarshalBinary()
	f.Add(b)
	minimal := Record{Kind: repops.KindMatMul, Outputs: []Hash{{}}}
	b, _ = minimal.MarshalBinary()
	f.Add(b)
	f.Add([]byte{})
	f.Add([]byte{1, 0, 0, 0, 0, 0, 1, 0, 0, 0})
	f.Add(append(b, 0))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Record
		if err := r.UnmarshalBinary(data); err != nil {
			if !errors.Is(err, ErrBadRecord) {
				t.Fatalf("error %v does not wrap ErrBadRecord", err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("decoded an invalid record: %v", err)
		}
		out, err := r.MarshalBinary()
		if err != nil {
			t.Fatalf("re-encoding: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		if r.Hash() != RecordHash(data) {
			t.Fatal("record hash differs from the hash of its bytes")
		}
	})
}

// FuzzRecordRoundTrip builds records from fuzzed fields: whatever encodes must
// decode to an equal record.
func FuzzRecordRoundTrip(f *testing.F) {
	f.Add(uint32(7), uint16(repops.KindAdam), []byte{1, 2, 3, 4, 5, 6, 7, 8}, []byte{0, 1, 0}, uint8(3), uint8(2))
	f.Add(uint32(0), uint16(repops.KindMatMul), []byte{}, []byte{1, 1}, uint8(1), uint8(0))
	f.Fuzz(func(t *testing.T, index uint32, kind uint16, attrBytes, refs []byte, nout, salt uint8) {
		r := Record{Index: index, Kind: repops.Kind(kind)}
		for i := 0; i+4 <= len(attrBytes); i += 4 {
			r.Attrs = append(r.Attrs, uint32(attrBytes[i])<<24|uint32(attrBytes[i+1])<<16|uint32(attrBytes[i+2])<<8|uint32(attrBytes[i+3]))
		}
		for i, k := range refs {
			in := InputRef{Kind: RefKind(k % 3), Root: Keccak256([]byte{salt, byte(i), 'r'})}
			if in.Kind == RefOutput {
				in.Producer = uint32(i) * uint32(salt)
				in.Slot = salt ^ byte(i)
			} else {
				in.NameHash = Keccak256([]byte{salt, byte(i), 'n'})
			}
			r.Inputs = append(r.Inputs, in)
		}
		for i := 0; i < int(nout%20); i++ {
			r.Outputs = append(r.Outputs, Keccak256([]byte{salt, byte(i), 'o'}))
		}
		b, err := r.MarshalBinary()
		if err != nil {
			if !errors.Is(err, ErrBadRecord) || r.Validate() == nil {
				t.Fatalf("MarshalBinary error %v for a record Validate accepts", err)
			}
			return
		}
		var back Record
		if err := back.UnmarshalBinary(b); err != nil {
			t.Fatalf("decoding an encoded record: %v", err)
		}
		if !back.Equal(&r) {
			t.Fatalf("round trip: got %+v, want %+v", back, r)
		}
	})
}
