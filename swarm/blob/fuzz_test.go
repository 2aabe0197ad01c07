package blob

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/apiary-rl/apiary/swarm"
)

func frameOf(t testing.TB, v any) []byte {
	var b bytes.Buffer
	if err := writeFrame(&b, v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// FuzzReadRequest runs what the server does with the first bytes of a stream.
func FuzzReadRequest(f *testing.F) {
	f.Add(frameOf(f, &Request{V: Version, Root: swarm.Root{1}, Offset: 7}))
	f.Add([]byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01})
	f.Add([]byte{0x03, 0xa1, 0x00, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		frame, err := readFrame(bufio.NewReader(bytes.NewReader(data)), maxRequestFrame)
		if err != nil {
			return
		}
		req, err := DecodeRequest(frame)
		if err != nil {
			return
		}
		if again := frameOf(t, &req); !bytes.HasPrefix(data, again) {
			t.Fatalf("accepted request %x is not canonical (%x)", data, again)
		}
	})
}

// FuzzReadResponse runs what the client does with a response header.
func FuzzReadResponse(f *testing.F) {
	f.Add(frameOf(f, &Response{V: Version, Status: StatusOK, Size: 1 << 20}))
	f.Add(frameOf(f, &Response{V: Version, Status: StatusBusy}))
	f.Add([]byte{0x01, 0xf6})
	f.Fuzz(func(t *testing.T, data []byte) {
		frame, err := readFrame(bufio.NewReader(bytes.NewReader(data)), maxResponseFrame)
		if err != nil {
			return
		}
		resp, err := DecodeResponse(frame)
		if err != nil {
			return
		}
		if resp.Status > StatusBadRequest || resp.V != Version {
			t.Fatalf("accepted invalid response %+v", resp)
		}
	})
}
