package trace

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// ProtocolID is the trace stream protocol.
const ProtocolID protocol.ID = "/apiary/trace/1.0.0"

// ServiceName is the resource-manager service the protocol's streams are accounted to.
const ServiceName = "apiary.trace"

// Version is the message format version, the first byte of every request and response.
const Version = 1

// Request types.
const (
	TypeStepRoots    = 1 // the contribution's step roots s_0..s_{N-1}
	TypeRecordHashes = 2 // the record hashes of one step
	TypeRecords      = 3 // some records of one step
	TypeRange        = 4 // a chunk range of one tensor of one record, with its range proof
	TypeStepOutputs  = 5 // the named output roots of one step (the leaves grad.<p> of s_k)
)

// Status codes of a response.
const (
	StatusOK          = 0
	StatusNotFound    = 1
	StatusBusy        = 2
	StatusBadRequest  = 3
	StatusUnavailable = 4
)

// Limits of the protocol. Decoders reject anything beyond them.
const (
	// MaxSteps bounds the steps of one contribution.
	MaxSteps = 1 << 12
	// MaxRecordsPerStep bounds the op records of one step (32 MiB of record hashes).
	MaxRecordsPerStep = 1 << 20
	// MaxRecordsPerRequest bounds the records asked for in one request (each at most
	// verify.MaxRecordSize bytes: under 5 MiB in all).
	MaxRecordsPerRequest = 1024
	// MaxRangeChunks bounds the chunks of one range (1 MiB of tensor data).
	MaxRangeChunks = 4096
	// MaxSlots bounds a record's tensor slots: its inputs, then its outputs.
	MaxSlots = verify.MaxInputs + verify.MaxOutputs
	// MaxOutputs bounds the named outputs of one step (one per model parameter).
	MaxOutputs = 1 << 12
	// MaxNameLen bounds an output's name.
	MaxNameLen = 255
	// maxSiblings bounds a range proof: two siblings per level of a tree of at most
	// verify.MaxElements/verify.ChunkElems chunks (depth 34), rounded up.
	maxSiblings = 128
	// maxChunkIndex bounds a chunk index: no tensor has more chunks.
	maxChunkIndex = verify.MaxElements / verify.ChunkElems
)

const (
	requestHeader  = 1 + 1 + 32 + 8 + common.AddressLength // version, type, run, round, author
	responseHeader = 1 + 1                                 // version, status
	// maxRequestFrame is the largest request: a records request with the most indices.
	maxRequestFrame = requestHeader + 4 + 2 + 4*MaxRecordsPerRequest
)

// Request is one request of the protocol (docs/PROTOCOL.md §2.6). Which fields are used
// depends on Type: Step for all but TypeStepRoots, Index for TypeRecords, Record, Slot, Lo
// and Hi (chunk indices, [Lo, Hi)) for TypeRange; the others are zero.
type Request struct {
	Type   uint8
	Key    Key
	Step   uint32
	Index  []uint32
	Record uint32
	Slot   uint8
	Lo, Hi uint64
}

// Response is one answer of the protocol. With StatusOK, Hashes holds the step roots or
// record hashes, Records the records, Range the chunk range and Outputs a step's named
// outputs, as the request's type says; with any other status everything but Status is empty.
type Response struct {
	Status  uint8
	Hashes  []verify.Hash
	Records []verify.Record
	Range   verify.TensorRange
	Outputs verify.NamedSet
}

// check validates the request's fields against its type and the limits.
func (r *Request) check() error {
	switch r.Type {
	case TypeStepRoots:
		if r.Step != 0 || r.Index != nil || r.Record != 0 || r.Slot != 0 || r.Lo != 0 || r.Hi != 0 {
			return fmt.Errorf("%w: step roots request with step fields", ErrProtocol)
		}
	case TypeRecordHashes, TypeStepOutputs:
		if r.Index != nil || r.Record != 0 || r.Slot != 0 || r.Lo != 0 || r.Hi != 0 {
			return fmt.Errorf("%w: %s request with record fields", ErrProtocol, typeName(r.Type))
		}
	case TypeRecords:
		if len(r.Index) == 0 || len(r.Index) > MaxRecordsPerRequest {
			return fmt.Errorf("%w: %d records asked, want 1..%d", ErrProtocol, len(r.Index), MaxRecordsPerRequest)
		}
		if r.Record != 0 || r.Slot != 0 || r.Lo != 0 || r.Hi != 0 {
			return fmt.Errorf("%w: records request with range fields", ErrProtocol)
		}
	case TypeRange:
		if r.Index != nil {
			return fmt.Errorf("%w: range request with record indices", ErrProtocol)
		}
		if r.Slot >= MaxSlots {
			return fmt.Errorf("%w: slot %d, want < %d", ErrProtocol, r.Slot, MaxSlots)
		}
		if r.Lo >= r.Hi || r.Hi > maxChunkIndex || r.Hi-r.Lo > MaxRangeChunks {
			return fmt.Errorf("%w: chunks [%d, %d), want a nonempty range of at most %d", ErrProtocol, r.Lo, r.Hi, MaxRangeChunks)
		}
	default:
		return fmt.Errorf("%w: request type %d", ErrProtocol, r.Type)
	}
	return nil
}

// MarshalBinary encodes the request, or fails if its fields break the protocol.
func (r *Request) MarshalBinary() ([]byte, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, requestHeader+4+2+4*len(r.Index))
	b = append(b, Version, r.Type)
	b = append(b, r.Key.Run[:]...)
	b = binary.BigEndian.AppendUint64(b, r.Key.Round)
	b = append(b, r.Key.Author[:]...)
	switch r.Type {
	case TypeRecordHashes, TypeStepOutputs:
		b = binary.BigEndian.AppendUint32(b, r.Step)
	case TypeRecords:
		b = binary.BigEndian.AppendUint32(b, r.Step)
		b = binary.BigEndian.AppendUint16(b, uint16(len(r.Index)))
		for _, i := range r.Index {
			b = binary.BigEndian.AppendUint32(b, i)
		}
	case TypeRange:
		b = binary.BigEndian.AppendUint32(b, r.Step)
		b = binary.BigEndian.AppendUint32(b, r.Record)
		b = append(b, r.Slot)
		b = binary.BigEndian.AppendUint64(b, r.Lo)
		b = binary.BigEndian.AppendUint64(b, r.Hi)
	}
	return b, nil
}

// DecodeRequest decodes a request strictly: the version, a known type, the fields of that
// type within the limits and no trailing bytes; a request decodes only from its one
// encoding. Errors wrap ErrProtocol.
func DecodeRequest(data []byte) (Request, error) {
	d := reader{b: data}
	var r Request
	if v := d.u8("version"); d.err == nil && v != Version {
		return r, fmt.Errorf("%w: version %d, want %d", ErrProtocol, v, Version)
	}
	r.Type = d.u8("type")
	copy(r.Key.Run[:], d.take(32, "run"))
	r.Key.Round = d.u64("round")
	copy(r.Key.Author[:], d.take(common.AddressLength, "author"))
	switch r.Type {
	case TypeRecordHashes, TypeStepOutputs:
		r.Step = d.u32("step")
	case TypeRecords:
		r.Step = d.u32("step")
		n := int(d.u16("record count"))
		if d.err == nil && (n == 0 || n > MaxRecordsPerRequest) {
			return r, fmt.Errorf("%w: %d records asked, want 1..%d", ErrProtocol, n, MaxRecordsPerRequest)
		}
		if p := d.take(4*n, "record indices"); p != nil {
			r.Index = make([]uint32, n)
			for i := range r.Index {
				r.Index[i] = binary.BigEndian.Uint32(p[4*i:])
			}
		}
	case TypeRange:
		r.Step = d.u32("step")
		r.Record = d.u32("record")
		r.Slot = d.u8("slot")
		r.Lo = d.u64("first chunk")
		r.Hi = d.u64("end chunk")
	}
	if err := d.done(); err != nil {
		return Request{}, err
	}
	if err := r.check(); err != nil {
		return Request{}, err
	}
	return r, nil
}

// AppendResponse appends the encoding of resp, an answer to a request of type typ.
func AppendResponse(b []byte, typ uint8, resp *Response) ([]byte, error) {
	if resp.Status > StatusUnavailable {
		return b, fmt.Errorf("trace: status %d", resp.Status)
	}
	b = append(b, Version, resp.Status)
	if resp.Status != StatusOK {
		return b, nil
	}
	switch typ {
	case TypeStepRoots, TypeRecordHashes:
		if limit := hashLimit(typ); len(resp.Hashes) > limit {
			return b, fmt.Errorf("trace: %d hashes exceed %d", len(resp.Hashes), limit)
		}
		b = binary.BigEndian.AppendUint32(b, uint32(len(resp.Hashes)))
		for i := range resp.Hashes {
			b = append(b, resp.Hashes[i][:]...)
		}
	case TypeRecords:
		if len(resp.Records) == 0 || len(resp.Records) > MaxRecordsPerRequest {
			return b, fmt.Errorf("trace: %d records, want 1..%d", len(resp.Records), MaxRecordsPerRequest)
		}
		b = binary.BigEndian.AppendUint16(b, uint16(len(resp.Records)))
		for i := range resp.Records {
			at := len(b)
			b = append(b, 0, 0)
			var err error
			if b, err = resp.Records[i].AppendBinary(b); err != nil {
				return b, fmt.Errorf("trace: record %d: %w", i, err)
			}
			binary.BigEndian.PutUint16(b[at:], uint16(len(b)-at-2))
		}
	case TypeRange:
		r := &resp.Range
		k := len(r.Chunks) / verify.ChunkBytes
		switch {
		case len(r.Shape) > repops.MaxDims:
			return b, fmt.Errorf("trace: range of rank %d", len(r.Shape))
		case k == 0 || k > MaxRangeChunks || len(r.Chunks)%verify.ChunkBytes != 0:
			return b, fmt.Errorf("trace: range of %d bytes", len(r.Chunks))
		case r.FirstChunk < 0 || uint64(r.FirstChunk) >= maxChunkIndex:
			return b, fmt.Errorf("trace: range at chunk %d", r.FirstChunk)
		case len(r.Siblings) > maxSiblings:
			return b, fmt.Errorf("trace: %d siblings", len(r.Siblings))
		}
		b = append(b, byte(len(r.Shape)))
		for _, d := range r.Shape {
			if d < 0 || d > math.MaxUint32 {
				return b, fmt.Errorf("trace: dimension %d", d)
			}
			b = binary.BigEndian.AppendUint32(b, uint32(d))
		}
		b = binary.BigEndian.AppendUint64(b, uint64(r.FirstChunk))
		b = binary.BigEndian.AppendUint32(b, uint32(k))
		b = append(b, r.Chunks...)
		b = append(b, byte(len(r.Siblings)))
		for i := range r.Siblings {
			b = append(b, r.Siblings[i][:]...)
		}
	case TypeStepOutputs:
		o := &resp.Outputs
		if len(o.Names) != len(o.Roots) || len(o.Names) == 0 || len(o.Names) > MaxOutputs {
			return b, fmt.Errorf("trace: %d output names with %d roots, want 1..%d", len(o.Names), len(o.Roots), MaxOutputs)
		}
		b = binary.BigEndian.AppendUint16(b, uint16(len(o.Names)))
		for i, n := range o.Names {
			if len(n) == 0 || len(n) > MaxNameLen {
				return b, fmt.Errorf("trace: output name of %d bytes", len(n))
			}
			b = append(b, byte(len(n)))
			b = append(b, n...)
			b = append(b, o.Roots[i][:]...)
		}
	default:
		return b, fmt.Errorf("trace: request type %d", typ)
	}
	return b, nil
}

// hashLimit is the most hashes an answer of type typ may hold.
func hashLimit(typ uint8) int {
	if typ == TypeStepRoots {
		return MaxSteps
	}
	return MaxRecordsPerStep
}

// DecodeResponse decodes strictly an answer to a request of type typ: the version, a known
// status, with StatusOK the fields of that type within the limits (records decoded and
// validated by the verify codec), and no trailing bytes; a response decodes only from its
// one encoding. Whether the answer fits the request and its roots is for the client to
// check. Errors wrap ErrProtocol.
func DecodeResponse(typ uint8, data []byte) (Response, error) {
	d := reader{b: data}
	var r Response
	if v := d.u8("version"); d.err == nil && v != Version {
		return r, fmt.Errorf("%w: version %d, want %d", ErrProtocol, v, Version)
	}
	r.Status = d.u8("status")
	if d.err == nil && r.Status > StatusUnavailable {
		return r, fmt.Errorf("%w: status %d", ErrProtocol, r.Status)
	}
	if d.err == nil && r.Status == StatusOK {
		switch typ {
		case TypeStepRoots, TypeRecordHashes:
			n := d.u32("hash count")
			if limit := hashLimit(typ); d.err == nil && n > uint32(limit) {
				return Response{}, fmt.Errorf("%w: %d hashes exceed %d", ErrProtocol, n, limit)
			}
			if p := d.take(32*int(n), "hashes"); p != nil {
				r.Hashes = make([]verify.Hash, n)
				for i := range r.Hashes {
					copy(r.Hashes[i][:], p[32*i:])
				}
			}
		case TypeRecords:
			n := int(d.u16("record count"))
			if d.err == nil && (n == 0 || n > MaxRecordsPerRequest) {
				return Response{}, fmt.Errorf("%w: %d records, want 1..%d", ErrProtocol, n, MaxRecordsPerRequest)
			}
			for i := 0; i < n && d.err == nil; i++ {
				size := int(d.u16("record size"))
				if d.err == nil && size > verify.MaxRecordSize {
					return Response{}, fmt.Errorf("%w: record %d of %d bytes exceeds %d", ErrProtocol, i, size, verify.MaxRecordSize)
				}
				p := d.take(size, "record")
				if d.err != nil {
					break
				}
				var rec verify.Record
				if err := rec.UnmarshalBinary(p); err != nil {
					return Response{}, fmt.Errorf("%w: record %d: %w", ErrProtocol, i, err)
				}
				r.Records = append(r.Records, rec)
			}
		case TypeRange:
			rank := int(d.u8("rank"))
			if d.err == nil && rank > repops.MaxDims {
				return Response{}, fmt.Errorf("%w: rank %d exceeds %d", ErrProtocol, rank, repops.MaxDims)
			}
			if p := d.take(4*rank, "shape"); p != nil {
				r.Range.Shape = make([]int, rank)
				for i := range r.Range.Shape {
					r.Range.Shape[i] = int(binary.BigEndian.Uint32(p[4*i:]))
				}
			}
			first := d.u64("first chunk")
			if d.err == nil && first >= maxChunkIndex {
				return Response{}, fmt.Errorf("%w: first chunk %d", ErrProtocol, first)
			}
			r.Range.FirstChunk = int(first)
			k := d.u32("chunk count")
			if d.err == nil && (k == 0 || k > MaxRangeChunks) {
				return Response{}, fmt.Errorf("%w: %d chunks, want 1..%d", ErrProtocol, k, MaxRangeChunks)
			}
			if p := d.take(int(k)*verify.ChunkBytes, "chunks"); p != nil {
				r.Range.Chunks = append([]byte(nil), p...)
			}
			ns := int(d.u8("sibling count"))
			if d.err == nil && ns > maxSiblings {
				return Response{}, fmt.Errorf("%w: %d siblings exceed %d", ErrProtocol, ns, maxSiblings)
			}
			if p := d.take(32*ns, "siblings"); p != nil {
				r.Range.Siblings = make([]verify.Hash, ns)
				for i := range r.Range.Siblings {
					copy(r.Range.Siblings[i][:], p[32*i:])
				}
			}
		case TypeStepOutputs:
			n := int(d.u16("output count"))
			if d.err == nil && (n == 0 || n > MaxOutputs) {
				return Response{}, fmt.Errorf("%w: %d outputs, want 1..%d", ErrProtocol, n, MaxOutputs)
			}
			for i := 0; i < n && d.err == nil; i++ {
				size := int(d.u8("name length"))
				if d.err == nil && size == 0 {
					return Response{}, fmt.Errorf("%w: output %d has an empty name", ErrProtocol, i)
				}
				name := d.take(size, "name")
				root := d.take(32, "output root")
				if d.err != nil {
					break
				}
				r.Outputs.Names = append(r.Outputs.Names, string(name))
				r.Outputs.Roots = append(r.Outputs.Roots, verify.Hash(root))
			}
		default:
			return Response{}, fmt.Errorf("%w: request type %d", ErrProtocol, typ)
		}
	}
	if err := d.done(); err != nil {
		return Response{}, err
	}
	return r, nil
}

// maxResponseFrame is the largest answer to req that the limits allow.
func maxResponseFrame(req *Request) int {
	switch req.Type {
	case TypeStepRoots, TypeRecordHashes:
		return responseHeader + 4 + 32*hashLimit(req.Type)
	case TypeRecords:
		return responseHeader + 2 + len(req.Index)*(2+verify.MaxRecordSize)
	case TypeRange:
		return responseHeader + 1 + 4*repops.MaxDims + 8 + 4 + int(req.Hi-req.Lo)*verify.ChunkBytes + 1 + 32*maxSiblings
	case TypeStepOutputs:
		return responseHeader + 2 + MaxOutputs*(1+MaxNameLen+32)
	}
	return responseHeader
}

// reader reads big-endian fields; after the first error every read returns zero and the
// error is kept.
type reader struct {
	b   []byte
	err error
}

func (d *reader) take(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || len(d.b) < n {
		d.err = fmt.Errorf("%w: truncated at %s (%d bytes left, need %d)", ErrProtocol, what, len(d.b), n)
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *reader) u8(what string) uint8 {
	if p := d.take(1, what); p != nil {
		return p[0]
	}
	return 0
}

func (d *reader) u16(what string) uint16 {
	if p := d.take(2, what); p != nil {
		return binary.BigEndian.Uint16(p)
	}
	return 0
}

func (d *reader) u32(what string) uint32 {
	if p := d.take(4, what); p != nil {
		return binary.BigEndian.Uint32(p)
	}
	return 0
}

func (d *reader) u64(what string) uint64 {
	if p := d.take(8, what); p != nil {
		return binary.BigEndian.Uint64(p)
	}
	return 0
}

// done returns the first error, or one for trailing bytes.
func (d *reader) done() error {
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrProtocol, len(d.b))
	}
	return nil
}

// ioPiece is how many bytes of a frame are read or written under one deadline.
const ioPiece = 64 << 10

// deadliner sets a stream's read or write deadline.
type deadliner func(time.Time) error

// writeFrame writes u32 len(body) || body in pieces, each under a write deadline idle from
// its start (idle 0: no deadline).
func writeFrame(w io.Writer, setDeadline deadliner, idle time.Duration, body []byte) error {
	if uint64(len(body)) > math.MaxUint32 {
		return fmt.Errorf("trace: frame of %d bytes", len(body))
	}
	var prefix [4]byte
	binary.BigEndian.PutUint32(prefix[:], uint32(len(body)))
	first := min(len(body), ioPiece)
	// The prefix and the first piece go out in one write: small answers are one packet.
	pieces := [][]byte{append(prefix[:], body[:first]...)}
	for off := first; off < len(body); off += ioPiece {
		pieces = append(pieces, body[off:min(off+ioPiece, len(body))])
	}
	for _, p := range pieces {
		if idle > 0 && setDeadline != nil {
			_ = setDeadline(time.Now().Add(idle))
		}
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// readFrame reads one length-prefixed frame of at most limit bytes. The length is read under
// whatever deadline the caller set; the body in pieces, each under a read deadline idle from
// its start (idle 0: no deadline). The buffer grows as bytes arrive, never by what the peer
// claims. A frame over the limit or cut short by the end of the stream wraps ErrProtocol; other
// errors are the stream's.
func readFrame(r *bufio.Reader, setDeadline deadliner, idle time.Duration, limit int) ([]byte, error) {
	var prefix [4]byte
	if _, err := io.ReadFull(r, prefix[:]); err != nil {
		return nil, truncated("frame length", err)
	}
	n := binary.BigEndian.Uint32(prefix[:])
	if uint64(n) > uint64(limit) {
		return nil, fmt.Errorf("%w: frame of %d bytes, limit %d", ErrProtocol, n, limit)
	}
	buf := make([]byte, 0, min(int(n), ioPiece))
	for len(buf) < int(n) {
		want := min(ioPiece, int(n)-len(buf))
		if cap(buf)-len(buf) < want {
			nb := make([]byte, len(buf), max(2*cap(buf), len(buf)+want))
			copy(nb, buf)
			buf = nb
		}
		if idle > 0 && setDeadline != nil {
			_ = setDeadline(time.Now().Add(idle))
		}
		got, err := io.ReadFull(r, buf[len(buf):len(buf)+want])
		buf = buf[:len(buf)+got]
		if err != nil {
			return nil, truncated(fmt.Sprintf("frame at %d of %d bytes", len(buf), n), err)
		}
	}
	return buf, nil
}

// truncated wraps a read error; the end of the stream inside a frame is a protocol violation.
func truncated(what string, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: stream ends in %s", ErrProtocol, what)
	}
	return fmt.Errorf("read %s: %w", what, err)
}
