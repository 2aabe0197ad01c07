package store

import (
	"bytes"
	"testing"

	"github.com/apiary-rl/apiary/verify/canon"
)

// The decoders below read bytes from disk, which a crash, a bad disk or a person may
// have changed: they must never panic, and whatever they accept must be exactly the
// canonical encoding of what they return.

func FuzzDecodeContribution(f *testing.F) {
	for _, n := range []int{1, 3} {
		b, err := encodeContribution(&testPrepared(f, 4, n, false).Contribution)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{0xa0})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeContribution(b)
		if err != nil {
			return
		}
		again, err := encodeContribution(c)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted %x, re-encodes as %x (%v)", b, again, err)
		}
	})
}

func FuzzDecodeRoundState(f *testing.F) {
	b, _ := canon.Marshal(roundRecord{V: recordVersion, Round: 3, Stage: uint8(StageAggregate), Model: [32]byte{1}})
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeRoundState(b)
		if err != nil {
			return
		}
		again, _ := canon.Marshal(roundRecord{V: recordVersion, Round: s.Round, Stage: uint8(s.Stage), Model: s.Model})
		if !bytes.Equal(again, b) {
			t.Fatalf("accepted %x, re-encodes as %x", b, again)
		}
	})
}

func FuzzDecodeCursor(f *testing.F) {
	b, _ := canon.Marshal(cursorRecord{V: recordVersion, Block: 1 << 40, LogIndex: 7})
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeCursor(b)
		if err != nil {
			return
		}
		again, _ := canon.Marshal(cursorRecord{V: recordVersion, Block: c.Block, LogIndex: c.LogIndex})
		if !bytes.Equal(again, b) {
			t.Fatalf("accepted %x, re-encodes as %x", b, again)
		}
	})
}
