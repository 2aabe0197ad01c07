package blob

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/canon"
)

// ProtocolID is the blob exchange stream protocol.
const ProtocolID protocol.ID = "/apiary/blob/1.0.0"

// ServiceName is the resource-manager service the protocol's streams are accounted to.
const ServiceName = "apiary.blob"

// Version is the request/response schema version.
const Version = 1

// Status codes of a Response.
const (
	StatusOK         = 0
	StatusNotFound   = 1
	StatusBusy       = 2
	StatusBadRequest = 3
)

// Frame limits: a request and a response header are tiny, fixed-shape CBOR maps.
const (
	maxRequestFrame  = 128
	maxResponseFrame = 64
)

// Request asks for the blob with Root, starting at byte Offset.
type Request struct {
	V      uint8      `cbor:"0,keyasint"`
	Root   swarm.Root `cbor:"1,keyasint"`
	Offset uint64     `cbor:"2,keyasint"`
}

// Response heads the server's answer. With StatusOK it is followed by Size-Offset bytes.
type Response struct {
	V      uint8  `cbor:"0,keyasint"`
	Status uint8  `cbor:"1,keyasint"`
	Size   uint64 `cbor:"2,keyasint"`
}

// decoder holds the frame limits: nesting 4, 16 array elements, 16 map pairs.
var decoder = canon.MustDecoder(canon.Limits{MaxNested: 4, MaxArray: 16, MaxMapPairs: 16})

// decodeStrict decodes canonical CBOR into v and checks the version.
func decodeStrict(data []byte, v interface{ version() uint8 }) error {
	if err := decoder.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %v", ErrProtocol, err)
	}
	if v.version() != Version {
		return fmt.Errorf("%w: version %d", ErrProtocol, v.version())
	}
	return nil
}

func (r *Request) version() uint8  { return r.V }
func (r *Response) version() uint8 { return r.V }

// DecodeRequest parses a request frame body.
func DecodeRequest(data []byte) (Request, error) {
	var r Request
	err := decodeStrict(data, &r)
	return r, err
}

// DecodeResponse parses a response frame body.
func DecodeResponse(data []byte) (Response, error) {
	var r Response
	if err := decodeStrict(data, &r); err != nil {
		return r, err
	}
	if r.Status > StatusBadRequest {
		return r, fmt.Errorf("%w: status %d", ErrProtocol, r.Status)
	}
	return r, nil
}

// writeFrame writes v as a uvarint-length-prefixed canonical CBOR frame.
func writeFrame(w io.Writer, v any) error {
	b, err := canon.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(binary.AppendUvarint(nil, uint64(len(b))), b...))
	return err
}

// readFrame reads one length-prefixed frame of at most max bytes.
func readFrame(r *bufio.Reader, max int) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("read frame length: %w", err)
	}
	if n > uint64(max) {
		return nil, fmt.Errorf("%w: frame of %d bytes, limit %d", ErrProtocol, n, max)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("read frame: %w", err)
	}
	return b, nil
}
