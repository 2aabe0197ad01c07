package payload

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/canon"
)

func sample() *Payload {
	p := &Payload{Version: Version, Run: verify.Keccak256([]byte("run")), Round: 7, Group: 2, Problem: 1 << 50,
		Completions: [][]byte{{5, 6, 2}, {2}}, Rewards: []uint32{math.Float32bits(1), math.Float32bits(0.2)}}
	p.Author[0], p.Author[19] = 0xAA, 0x01
	return p
}

func TestRoundTrip(t *testing.T) {
	b, err := sample().Encode()
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := p.Encode()
	if !bytes.Equal(again, b) || p.Tokens(0)[1] != 6 || p.RewardValues()[1] != 0.2 || p.Run != sample().Run {
		t.Fatalf("round trip changed the payload: %+v", p)
	}
	// The run is a 32-byte byte string (major type 2, length 32) under key 1.
	if !bytes.Contains(b, append([]byte{0x01, 0x58, 0x20}, p.Run[:]...)) {
		t.Fatalf("run is not encoded as a 32-byte byte string: %x", b)
	}
}

func TestDecodeRejects(t *testing.T) {
	enc := func(v any) []byte { b, _ := canon.Marshal(v); return b }
	good, _ := sample().Encode()
	bad := func(f func(p *Payload)) []byte { p := sample(); f(p); return enc(p) }
	type extra struct {
		Payload
		X uint8 `cbor:"8,keyasint"`
	}
	type missing struct {
		V uint8 `cbor:"0,keyasint"`
	}
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"trailing byte":    {append(append([]byte{}, good...), 0), ErrMalformed},
		"unknown key":      {enc(extra{Payload: *sample()}), ErrMalformed},
		"missing keys":     {enc(missing{V: 1}), ErrMalformed},
		"too large":        {make([]byte, MaxSize+1), ErrMalformed},
		"version 2":        {bad(func(p *Payload) { p.Version = 2 }), ErrInvalid},
		"no completions":   {bad(func(p *Payload) { p.Completions, p.Rewards = [][]byte{}, []uint32{} }), ErrInvalid},
		"empty completion": {bad(func(p *Payload) { p.Completions[1] = []byte{} }), ErrInvalid},
		"reward count":     {bad(func(p *Payload) { p.Rewards = p.Rewards[:1] }), ErrInvalid},
		"NaN reward":       {bad(func(p *Payload) { p.Rewards[0] = 0x7FC00000 }), ErrInvalid},
		"Inf reward":       {bad(func(p *Payload) { p.Rewards[0] = 0x7F800000 }), ErrInvalid},
	}
	for name, c := range cases {
		if _, err := Decode(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
}

// FuzzDecode: whatever decodes re-encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	good, _ := sample().Encode()
	f.Add(good)
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Decode(b)
		if err != nil {
			return
		}
		again, err := p.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded payload re-encodes to %x (%v), want %x", again, err, b)
		}
	})
}
