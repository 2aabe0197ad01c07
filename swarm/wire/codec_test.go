package wire

import (
	"bytes"
	"errors"
	"testing"

	"github.com/fxamacker/cbor/v2"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/verify/canon"
)

var testRun = swarm.RunID{1, 2, 3}

func sampleRollout() *Rollout {
	p := []byte("prompt 7: 2+2 = 4")
	return &Rollout{V: Version, Run: testRun, Round: 3, Group: 1, PayloadRoot: swarm.RootOf(p), Payload: p}
}

func sampleUpdate() *Update {
	return &Update{V: Version, Run: testRun, Round: 3, UpdateRoot: swarm.Root{6}, UpdateBlob: swarm.Root{12},
		Size: 1024, TraceRoot: swarm.Root{7}, Base: swarm.Root{8}, BatchRoot: swarm.Root{13}, Manifest: swarm.Root{14}}
}

// samples returns one valid message of each kind.
func samples() []Message {
	return []Message{
		sampleRollout(),
		&Critique{V: Version, Run: testRun, Round: 3, Author: [20]byte{4}, Target: swarm.Root{5},
			Verdict: VerdictWrongReward},
		sampleUpdate(),
		&Notice{V: Version, Run: testRun, Round: 4, Model: swarm.Root{10}, Blob: swarm.Root{11}, Size: 4096},
	}
}

func TestRoundTrip(t *testing.T) {
	for _, m := range samples() {
		b, err := Encode(m)
		if err != nil {
			t.Fatalf("encode %s: %v", m.Kind(), err)
		}
		got, err := Decode(m.Kind(), b)
		if err != nil {
			t.Fatalf("decode %s: %v", m.Kind(), err)
		}
		again, err := Encode(got)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("%s: re-encoding differs (err %v)", m.Kind(), err)
		}
	}
}

// rawMap encodes an arbitrary map with the canonical encoder, to build hostile inputs.
func rawMap(t *testing.T, m map[uint64]any) []byte {
	t.Helper()
	b, err := canon.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeRejects(t *testing.T) {
	good, err := Encode(sampleRollout())
	if err != nil {
		t.Fatal(err)
	}
	badRoot := sampleRollout()
	badRoot.PayloadRoot = swarm.Root{1}
	badRootBytes, _ := canon.Marshal(badRoot)
	v1 := sampleRollout()
	v1.V = 1
	v1Bytes, _ := canon.Marshal(v1)
	big := sampleRollout()
	big.Payload = make([]byte, MaxRolloutSize)
	big.PayloadRoot = swarm.RootOf(big.Payload)
	bigBytes, _ := canon.Marshal(big)
	// Non-canonical: the same map with keys in the wrong order (length-first order is
	// violated by putting key 5 first).
	var swapped []byte
	{
		em, _ := cbor.EncOptions{Sort: cbor.SortNone}.EncMode()
		swapped, _ = em.Marshal(struct {
			P  []byte `cbor:"5,keyasint"`
			V  uint8  `cbor:"0,keyasint"`
			R  []byte `cbor:"1,keyasint"`
			Rd uint64 `cbor:"2,keyasint"`
		}{[]byte{1}, 1, make([]byte, 32), 3})
	}
	// Non-minimal integer: version 1 written as a one-byte-argument uint (0x18 0x01).
	nonMinimal := bytes.Replace(good, []byte{0x00, 0x02}, []byte{0x00, 0x18, 0x02}, 1)
	unknownKey := append([]byte{}, good...)
	unknownKey[0]++ // map of 7 pairs; append key 6
	unknownKey = append(unknownKey, 0x06, 0x00)
	shortRoot := rawMap(t, map[uint64]any{0: 1, 1: make([]byte, 31), 2: 3})

	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"not cbor", []byte{0xff, 0x00}, ErrMalformed},
		{"array", []byte{0x80}, ErrMalformed},
		{"null", []byte{0xf6}, ErrNonCanonical},
		{"trailing bytes", append(append([]byte{}, good...), 0x00), ErrMalformed},
		{"unknown key", unknownKey, ErrMalformed},
		{"unsorted keys", swapped, ErrNonCanonical},
		{"non-minimal int", nonMinimal, ErrNonCanonical},
		{"short run id", shortRoot, ErrNonCanonical},
		{"wrong payload root", badRootBytes, ErrCommitment},
		{"version 1", v1Bytes, ErrVersion},
		{"oversized", bigBytes, ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode(KindRollout, c.data)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestDecodeUnknownKind(t *testing.T) {
	if _, err := Decode(Kind(9), []byte{0xa0}); !errors.Is(err, ErrKind) {
		t.Fatalf("got %v, want %v", err, ErrKind)
	}
}

func TestEncodeChecksSchema(t *testing.T) {
	m := sampleRollout()
	m.Payload = nil
	if _, err := Encode(m); !errors.Is(err, ErrSchema) {
		t.Fatalf("got %v, want %v", err, ErrSchema)
	}
	u := sampleUpdate()
	u.Size = 0
	if _, err := Encode(u); !errors.Is(err, ErrSchema) {
		t.Fatalf("zero-size update: got %v, want %v", err, ErrSchema)
	}
	u = sampleUpdate()
	u.Manifest = swarm.Root{}
	if _, err := Encode(u); !errors.Is(err, ErrSchema) {
		t.Fatalf("update without manifest: got %v, want %v", err, ErrSchema)
	}
	n := &Notice{V: Version, Run: testRun, Round: 4, Model: swarm.Root{10}, Size: 4096}
	if _, err := Encode(n); !errors.Is(err, ErrSchema) {
		t.Fatalf("notice without blob root: got %v, want %v", err, ErrSchema)
	}
	c := &Critique{V: Version, Run: testRun, Target: swarm.Root{1}, Verdict: VerdictWrongSample + 1}
	if _, err := Encode(c); !errors.Is(err, ErrSchema) {
		t.Fatalf("unknown verdict: got %v, want %v", err, ErrSchema)
	}
}
