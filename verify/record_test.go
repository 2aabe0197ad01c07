package verify

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// sampleRecord has every field kind: attributes, both reference kinds,
// several outputs.
func sampleRecord() Record {
	return Record{
		Index: 7,
		Kind:  repops.KindAdam,
		Attrs: []uint32{math.Float32bits(1e-3), math.Float32bits(0.9), 3},
		Inputs: []InputRef{
			{Kind: RefExternal, NameHash: Keccak256([]byte("layer0.wq")), Root: Keccak256([]byte("p"))},
			{Kind: RefOutput, Producer: 6, Slot: 0, Root: Keccak256([]byte("g"))},
			{Kind: RefOutput, Producer: 2, Slot: 1, Root: Keccak256([]byte("m"))},
		},
		Outputs: []Hash{Keccak256([]byte("p'")), Keccak256([]byte("m'")), Keccak256([]byte("v'"))},
	}
}

// handEncode builds the bytes of docs/PROTOCOL.md 1.2 field by field.
func handEncode(r Record) []byte {
	b := []byte{1}
	b = binary.BigEndian.AppendUint32(b, r.Index)
	b = binary.BigEndian.AppendUint16(b, uint16(r.Kind))
	b = append(b, byte(len(r.Attrs)))
	for _, a := range r.Attrs {
		b = binary.BigEndian.AppendUint32(b, a)
	}
	b = append(b, byte(len(r.Inputs)))
	for _, in := range r.Inputs {
		b = append(b, byte(in.Kind))
		if in.Kind == RefOutput {
			b = binary.BigEndian.AppendUint32(b, in.Producer)
			b = append(b, in.Slot)
		} else {
			b = append(b, in.NameHash[:]...)
		}
		b = append(b, in.Root[:]...)
	}
	b = append(b, byte(len(r.Outputs)))
	for _, o := range r.Outputs {
		b = append(b, o[:]...)
	}
	return b
}

func TestRecordEncodingMatchesSpec(t *testing.T) {
	r := sampleRecord()
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if want := handEncode(r); !bytes.Equal(b, want) {
		t.Fatalf("encoding:\n got %x\nwant %x", b, want)
	}
	if len(b) != r.EncodedSize() {
		t.Fatalf("EncodedSize = %d, encoding has %d bytes", r.EncodedSize(), len(b))
	}
	if got, want := r.Hash(), refH([]byte{0x10}, b); got != want {
		t.Fatalf("record hash %v, want %v", got, want)
	}
	var back Record
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(&r) {
		t.Fatalf("round trip: got %+v, want %+v", back, r)
	}
}

func TestRecordDecoderRejects(t *testing.T) {
	good := sampleRecord()
	enc := handEncode(good)
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), enc...)) }
	// Offsets in enc: version 0, index 1..4, kind 5..6, nattrs 7, attrs
	// 8..19, ninputs 20, input 0 refkind 21.
	cases := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"version 0", mut(func(b []byte) []byte { b[0] = 0; return b })},
		{"version 2", mut(func(b []byte) []byte { b[0] = 2; return b })},
		{"kind 0", mut(func(b []byte) []byte { b[5], b[6] = 0, 0; return b })},
		{"unknown kind", mut(func(b []byte) []byte { b[5], b[6] = 0xff, 0xfe; return b })},
		{"attrs over limit", mut(func(b []byte) []byte { b[7] = MaxAttrs + 1; return b })},
		{"inputs over limit", mut(func(b []byte) []byte { b[20] = MaxInputs + 1; return b })},
		{"bad refkind", mut(func(b []byte) []byte { b[21] = 2; return b })},
		{"refkind 0xff", mut(func(b []byte) []byte { b[21] = 0xff; return b })},
		{"outputs over limit", mut(func(b []byte) []byte { b[len(b)-32*3-1] = MaxOutputs + 1; return b })},
		{"trailing byte", append(append([]byte(nil), enc...), 0)},
		{"trailing hash", append(append([]byte(nil), enc...), make([]byte, 32)...)},
	}
	for _, c := range cases {
		var r Record
		if err := r.UnmarshalBinary(c.b); !errors.Is(err, ErrBadRecord) {
			t.Errorf("%s: got %v, want ErrBadRecord", c.name, err)
		}
	}
	for n := 0; n < len(enc); n++ {
		var r Record
		if err := r.UnmarshalBinary(enc[:n]); !errors.Is(err, ErrBadRecord) {
			t.Fatalf("truncated to %d of %d bytes: got %v, want ErrBadRecord", n, len(enc), err)
		}
	}
}

func TestRecordValidate(t *testing.T) {
	cases := []struct {
		name string
		f    func(r *Record)
	}{
		{"no outputs", func(r *Record) { r.Outputs = nil }},
		{"too many outputs", func(r *Record) { r.Outputs = make([]Hash, MaxOutputs+1) }},
		{"too many inputs", func(r *Record) { r.Inputs = make([]InputRef, MaxInputs+1) }},
		{"too many attrs", func(r *Record) { r.Attrs = make([]uint32, MaxAttrs+1) }},
		{"invalid kind", func(r *Record) { r.Kind = repops.KindInvalid }},
		{"self reference", func(r *Record) { r.Inputs[1].Producer = r.Index }},
		{"forward reference", func(r *Record) { r.Inputs[1].Producer = r.Index + 1 }},
		{"output ref with name", func(r *Record) { r.Inputs[1].NameHash[3] = 1 }},
		{"external with producer", func(r *Record) { r.Inputs[0].Producer = 1 }},
		{"external with slot", func(r *Record) { r.Inputs[0].Slot = 1 }},
		{"bad ref kind", func(r *Record) { r.Inputs[0].Kind = 9 }},
	}
	for _, c := range cases {
		r := sampleRecord()
		c.f(&r)
		if err := r.Validate(); !errors.Is(err, ErrBadRecord) {
			t.Errorf("%s: Validate got %v, want ErrBadRecord", c.name, err)
		}
		if _, err := r.MarshalBinary(); !errors.Is(err, ErrBadRecord) {
			t.Errorf("%s: MarshalBinary got %v, want ErrBadRecord", c.name, err)
		}
	}
	// Producer-slot validity needs the decoder to reject it too: encode a
	// forward reference by hand.
	r := sampleRecord()
	r.Inputs[1].Producer = 9
	var back Record
	if err := back.UnmarshalBinary(handEncode(r)); !errors.Is(err, ErrBadRecord) {
		t.Errorf("decoding a forward reference: got %v, want ErrBadRecord", err)
	}
}

func TestRecordLimitsFit(t *testing.T) {
	r := Record{Index: 1, Kind: repops.KindConcat, Attrs: make([]uint32, MaxAttrs),
		Inputs: make([]InputRef, MaxInputs), Outputs: make([]Hash, MaxOutputs)}
	for i := range r.Inputs {
		r.Inputs[i].Kind = RefExternal
	}
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != MaxRecordSize {
		t.Fatalf("largest record is %d bytes, MaxRecordSize %d", len(b), MaxRecordSize)
	}
	var back Record
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatalf("decoding the largest record: %v", err)
	}
}

func TestFirstDivergence(t *testing.T) {
	a := []Record{sampleRecord(), sampleRecord(), sampleRecord()}
	for i := range a {
		a[i].Index = uint32(7 + i)
	}
	clone := func(rs []Record) []Record {
		out := make([]Record, len(rs))
		for i, r := range rs {
			r.Attrs = append([]uint32(nil), r.Attrs...)
			r.Inputs = append([]InputRef(nil), r.Inputs...)
			r.Outputs = append([]Hash(nil), r.Outputs...)
			out[i] = r
		}
		return out
	}
	hashes := func(rs []Record) []Hash {
		var hs []Hash
		for i := range rs {
			hs = append(hs, rs[i].Hash())
		}
		return hs
	}
	cases := []struct {
		name   string
		b      func() []Record
		want   int
		wantOK bool
	}{
		{"equal", func() []Record { return clone(a) }, 0, false},
		{"output differs", func() []Record { b := clone(a); b[1].Outputs[2][0] ^= 1; return b }, 1, true},
		{"attr differs", func() []Record { b := clone(a); b[0].Attrs[0]++; return b }, 0, true},
		{"input root differs", func() []Record { b := clone(a); b[2].Inputs[0].Root[9] ^= 1; return b }, 2, true},
		{"shorter", func() []Record { return clone(a)[:2] }, 2, true},
		{"longer", func() []Record { b := clone(a); return append(b, b[0]) }, 3, true},
	}
	for _, c := range cases {
		b := c.b()
		if got, ok := FirstDivergence(a, b); got != c.want || ok != c.wantOK {
			t.Errorf("%s: got (%d, %v), want (%d, %v)", c.name, got, ok, c.want, c.wantOK)
		}
		if got, ok := FirstDivergentHash(hashes(a), hashes(b)); got != c.want || ok != c.wantOK {
			t.Errorf("%s by hash: got (%d, %v), want (%d, %v)", c.name, got, ok, c.want, c.wantOK)
		}
	}
}
