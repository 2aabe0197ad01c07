package verify

import (
	"encoding/binary"
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// Encoded sizes (docs/PROTOCOL.md 1.2).
const (
	recordHeaderSize = 1 + 4 + 2 + 1  // version, index, kind, nattrs
	refOutputSize    = 1 + 4 + 1 + 32 // refkind, producer, slot, root
	refExternalSize  = 1 + 32 + 32    // refkind, name hash, root
	// MaxRecordSize is the largest encoding a record within the limits has.
	MaxRecordSize = recordHeaderSize + 4*MaxAttrs + 1 + MaxInputs*refExternalSize + 1 + 32*MaxOutputs
)

// EncodedSize returns the length of r's encoding.
func (r *Record) EncodedSize() int {
	n := recordHeaderSize + 4*len(r.Attrs) + 1 + 1 + 32*len(r.Outputs)
	for _, in := range r.Inputs {
		if in.Kind == RefExternal {
			n += refExternalSize
		} else {
			n += refOutputSize
		}
	}
	return n
}

// MarshalBinary returns the canonical encoding of r, or an error if r is
// invalid (see Validate).
func (r *Record) MarshalBinary() ([]byte, error) {
	return r.AppendBinary(make([]byte, 0, r.EncodedSize()))
}

// AppendBinary appends the canonical encoding of r to b.
func (r *Record) AppendBinary(b []byte) ([]byte, error) {
	if err := r.Validate(); err != nil {
		return b, err
	}
	b = append(b, RecordVersion)
	b = binary.BigEndian.AppendUint32(b, r.Index)
	b = binary.BigEndian.AppendUint16(b, uint16(r.Kind))
	b = append(b, byte(len(r.Attrs)))
	for _, a := range r.Attrs {
		b = binary.BigEndian.AppendUint32(b, a)
	}
	b = append(b, byte(len(r.Inputs)))
	for i := range r.Inputs {
		in := &r.Inputs[i]
		b = append(b, byte(in.Kind))
		if in.Kind == RefExternal {
			b = append(b, in.NameHash[:]...)
		} else {
			b = binary.BigEndian.AppendUint32(b, in.Producer)
			b = append(b, in.Slot)
		}
		b = append(b, in.Root[:]...)
	}
	b = append(b, byte(len(r.Outputs)))
	for i := range r.Outputs {
		b = append(b, r.Outputs[i][:]...)
	}
	return b, nil
}

// UnmarshalBinary decodes a record strictly: it rejects any version but
// RecordVersion, unknown kinds, bad reference kinds, counts over the limits,
// truncated input and trailing bytes, and whatever else Validate rejects, so
// that a record decodes only from its one canonical encoding. Errors wrap
// ErrBadRecord.
func (r *Record) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	var rec Record
	if v := d.u8("version"); d.err == nil && v != RecordVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrBadRecord, v, RecordVersion)
	}
	rec.Index = d.u32("index")
	rec.Kind = repops.Kind(d.u16("kind"))
	if d.err == nil && !rec.Kind.Valid() {
		return fmt.Errorf("%w: unknown op kind %d", ErrBadRecord, uint16(rec.Kind))
	}
	if n := d.count("attributes", MaxAttrs); n > 0 {
		rec.Attrs = make([]uint32, n)
		for i := range rec.Attrs {
			rec.Attrs[i] = d.u32("attribute")
		}
	}
	if n := d.count("inputs", MaxInputs); n > 0 {
		rec.Inputs = make([]InputRef, n)
		for i := range rec.Inputs {
			in := &rec.Inputs[i]
			in.Kind = RefKind(d.u8("refkind"))
			switch in.Kind {
			case RefOutput:
				in.Producer = d.u32("producer")
				in.Slot = d.u8("slot")
			case RefExternal:
				in.NameHash = d.hash("name hash")
			default:
				if d.err == nil {
					return fmt.Errorf("%w: input %d has reference kind %d", ErrBadRecord, i, uint8(in.Kind))
				}
			}
			in.Root = d.hash("input root")
		}
	}
	if n := d.count("outputs", MaxOutputs); n > 0 {
		rec.Outputs = make([]Hash, n)
		for i := range rec.Outputs {
			rec.Outputs[i] = d.hash("output root")
		}
	}
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrBadRecord, len(d.b))
	}
	if err := rec.Validate(); err != nil {
		return err
	}
	*r = rec
	return nil
}

// decoder reads big-endian fields; after the first error every read returns
// zero and the error is kept.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.b) < n {
		d.err = fmt.Errorf("%w: truncated at %s (%d bytes left, need %d)", ErrBadRecord, what, len(d.b), n)
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) u8(what string) uint8 {
	if p := d.take(1, what); p != nil {
		return p[0]
	}
	return 0
}

func (d *decoder) u16(what string) uint16 {
	if p := d.take(2, what); p != nil {
		return binary.BigEndian.Uint16(p)
	}
	return 0
}

func (d *decoder) u32(what string) uint32 {
	if p := d.take(4, what); p != nil {
		return binary.BigEndian.Uint32(p)
	}
	return 0
}

func (d *decoder) hash(what string) (h Hash) {
	if p := d.take(32, what); p != nil {
		copy(h[:], p)
	}
	return h
}

// count reads a u8 count and checks it against limit.
func (d *decoder) count(what string, limit int) int {
	n := int(d.u8(what + " count"))
	if d.err == nil && n > limit {
		d.err = fmt.Errorf("%w: %d %s exceed %d", ErrBadRecord, n, what, limit)
		return 0
	}
	return n
}
