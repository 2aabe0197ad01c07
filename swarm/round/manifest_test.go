package round

import (
	"bytes"
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/swarm"
)

func TestManifestRoundTrip(t *testing.T) {
	in := []ManifestEntry{{swarm.Root{1}, swarm.Root{2}}, {swarm.Root{3}, swarm.Root{4}}}
	b, err := EncodeManifest(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeManifest(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[0] != in[0] || out[1] != in[1] {
		t.Fatalf("got %v, want %v", out, in)
	}
	empty, _ := EncodeManifest(nil)
	for name, bad := range map[string][]byte{
		"empty array":   empty,
		"trailing byte": append(append([]byte{}, b...), 0),
		"short root":    bytes.Replace(b, []byte{0x58, 0x20}, []byte{0x58, 0x1f}, 1)[:len(b)-1],
		"map":           {0xa0},
	} {
		if _, err := DecodeManifest(bad); !errors.Is(err, ErrManifest) {
			t.Errorf("%s: got %v, want %v", name, err, ErrManifest)
		}
	}
}

// FuzzDecodeManifest: whatever DecodeManifest accepts re-encodes to the same bytes.
func FuzzDecodeManifest(f *testing.F) {
	b, _ := EncodeManifest([]ManifestEntry{{swarm.Root{1}, swarm.Root{2}}})
	f.Add(b)
	f.Add([]byte{0x80})
	f.Add([]byte{0x81, 0x82, 0x40, 0x40})
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := DecodeManifest(data)
		if err != nil {
			return
		}
		again, err := EncodeManifest(es)
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("accepted %x, which re-encodes to %x (%v)", data, again, err)
		}
	})
}
