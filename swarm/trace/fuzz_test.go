package trace

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

func seedKey() Key {
	return Key{Run: [32]byte{0xa9, 1}, Round: 7, Author: [20]byte{0xbe, 0xef}}
}

func mustRequest(f *testing.F, r Request) []byte {
	b, err := r.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func mustResponse(f *testing.F, typ uint8, r *Response) []byte {
	b, err := AppendResponse(nil, typ, r)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// seedRecords returns valid records: an op with an output input and attributes, and one
// with an external input.
func seedRecords() []verify.Record {
	return []verify.Record{
		{Index: 0, Kind: repops.KindMatMul, Inputs: []verify.InputRef{
			{Kind: verify.RefExternal, NameHash: verify.Hash{1}, Root: verify.Hash{2}},
			{Kind: verify.RefExternal, NameHash: verify.Hash{3}, Root: verify.Hash{4}},
		}, Outputs: []verify.Hash{{5}}},
		{Index: 1, Kind: repops.KindScale, Attrs: []uint32{0x3f800000}, Inputs: []verify.InputRef{
			{Kind: verify.RefOutput, Producer: 0, Slot: 0, Root: verify.Hash{5}},
		}, Outputs: []verify.Hash{{6}}},
	}
}

// FuzzDecodeRequest: what the server does with a request frame. An accepted request is
// canonical: it encodes back to the same bytes.
func FuzzDecodeRequest(f *testing.F) {
	k := seedKey()
	f.Add(mustRequest(f, Request{Type: TypeStepRoots, Key: k}))
	f.Add(mustRequest(f, Request{Type: TypeRecordHashes, Key: k, Step: 3}))
	f.Add(mustRequest(f, Request{Type: TypeRecords, Key: k, Step: 1, Index: []uint32{0, 5, 2}}))
	f.Add(mustRequest(f, Request{Type: TypeRange, Key: k, Step: 2, Record: 9, Slot: 3, Lo: 4, Hi: 68}))
	f.Add(mustRequest(f, Request{Type: TypeStepOutputs, Key: k, Step: 1}))
	f.Add([]byte{1, 9})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeRequest(data)
		if err != nil {
			if !errors.Is(err, ErrProtocol) {
				t.Fatalf("error %v does not wrap ErrProtocol", err)
			}
			return
		}
		again, err := req.MarshalBinary()
		if err != nil {
			t.Fatalf("accepted request %+v does not encode: %v", req, err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("accepted request %x is not canonical (%x)", data, again)
		}
		if len(data) > maxRequestFrame {
			t.Fatalf("accepted request of %d bytes over the frame limit %d", len(data), maxRequestFrame)
		}
	})
}

// fuzzResponse checks what the client does with an answer of type typ: an accepted
// response is canonical and within the limits.
func fuzzResponse(f *testing.F, typ uint8, seeds ...[]byte) {
	for _, st := range []uint8{StatusNotFound, StatusBusy, StatusBadRequest, StatusUnavailable} {
		f.Add(mustResponse(f, typ, &Response{Status: st}))
	}
	for _, s := range seeds {
		f.Add(s)
		f.Add(s[:len(s)-1])
		f.Add(append(append([]byte(nil), s...), 0))
	}
	f.Add([]byte{1, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		resp, err := DecodeResponse(typ, data)
		if err != nil {
			if !errors.Is(err, ErrProtocol) {
				t.Fatalf("error %v does not wrap ErrProtocol", err)
			}
			return
		}
		again, err := AppendResponse(nil, typ, &resp)
		if err != nil {
			t.Fatalf("accepted response does not encode: %v", err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("accepted response %x is not canonical (%x)", data, again)
		}
		if len(resp.Hashes) > hashLimit(typ) || len(resp.Records) > MaxRecordsPerRequest ||
			len(resp.Range.Chunks) > MaxRangeChunks*verify.ChunkBytes || len(resp.Range.Siblings) > maxSiblings ||
			len(resp.Outputs.Names) > MaxOutputs {
			t.Fatalf("accepted response beyond the limits")
		}
		for i := range resp.Records {
			if err := resp.Records[i].Validate(); err != nil {
				t.Fatalf("accepted invalid record %d: %v", i, err)
			}
		}
	})
}

// FuzzDecodeStepRoots: the answer to a step roots request.
func FuzzDecodeStepRoots(f *testing.F) {
	fuzzResponse(f, TypeStepRoots,
		mustResponse(f, TypeStepRoots, &Response{Hashes: []verify.Hash{{1}, {2}, {3}}}),
		mustResponse(f, TypeStepRoots, &Response{Hashes: []verify.Hash{}}))
}

// FuzzDecodeRecordHashes: the answer to a record hashes request.
func FuzzDecodeRecordHashes(f *testing.F) {
	fuzzResponse(f, TypeRecordHashes,
		mustResponse(f, TypeRecordHashes, &Response{Hashes: []verify.Hash{{9}, {8}}}),
		binary.BigEndian.AppendUint32([]byte{Version, StatusOK}, MaxRecordsPerStep+1))
}

// FuzzDecodeRecords: the answer to a records request.
func FuzzDecodeRecords(f *testing.F) {
	recs := seedRecords()
	fuzzResponse(f, TypeRecords,
		mustResponse(f, TypeRecords, &Response{Records: recs}),
		mustResponse(f, TypeRecords, &Response{Records: recs[1:]}))
}

// FuzzDecodeRange: the answer to a range request.
func FuzzDecodeRange(f *testing.F) {
	tensor := repops.New(3, 100)
	for i := range tensor.Data {
		tensor.Data[i] = float32(i) / 7
	}
	var seeds [][]byte
	for _, span := range [][2]int{{0, 300}, {64, 65}, {130, 200}, {299, 300}} {
		r, err := verify.ProveRange(tensor, span[0], span[1])
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, mustResponse(f, TypeRange, &Response{Range: r}))
	}
	scalar, err := verify.ProveRange(repops.FromData([]float32{2}), 0, 1)
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, mustResponse(f, TypeRange, &Response{Range: scalar}))
	fuzzResponse(f, TypeRange, seeds...)
}

// FuzzDecodeStepOutputs: the answer to a step outputs request.
func FuzzDecodeStepOutputs(f *testing.F) {
	fuzzResponse(f, TypeStepOutputs,
		mustResponse(f, TypeStepOutputs, &Response{Outputs: verify.NamedSet{Names: []string{"grad.w", "grad.emb"}, Roots: []verify.Hash{{1}, {2}}}}),
		mustResponse(f, TypeStepOutputs, &Response{Outputs: verify.NamedSet{Names: []string{"g"}, Roots: []verify.Hash{{3}}}}),
		[]byte{Version, StatusOK, 0, 1, 0})
}

// FuzzReadFrame: the framing under every message. A frame is returned only whole and
// within the limit; a short stream is a protocol violation.
func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 1, 2, 3}, uint16(16))
	f.Add([]byte{0, 0, 0, 0}, uint16(0))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 1}, uint16(1000))
	f.Add([]byte{0, 0, 1, 0, 1, 2}, uint16(1000))
	f.Add([]byte{0, 0}, uint16(10))
	f.Fuzz(func(t *testing.T, data []byte, limit uint16) {
		b, err := readFrame(bufio.NewReader(bytes.NewReader(data)), nil, 0, int(limit))
		if err != nil {
			if !errors.Is(err, ErrProtocol) {
				t.Fatalf("error %v on an in-memory stream does not wrap ErrProtocol", err)
			}
			return
		}
		if len(b) > int(limit) || !bytes.HasPrefix(data[4:], b) || int(binary.BigEndian.Uint32(data)) != len(b) {
			t.Fatalf("frame %x from %x (limit %d)", b, data, limit)
		}
	})
}
