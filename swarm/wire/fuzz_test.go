package wire

import (
	"bytes"
	"testing"
)

// fuzzKind checks, for arbitrary bytes, that Decode never panics, and that whatever it
// accepts is canonical: encoding the decoded message gives back exactly the input.
func fuzzKind(f *testing.F, k Kind) {
	for _, m := range samples() {
		if b, err := Encode(m); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte{0xa0})
	f.Add([]byte{0xf6})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(k, data)
		if err != nil {
			return
		}
		b, err := Encode(m)
		if err != nil {
			t.Fatalf("accepted message does not re-encode: %v", err)
		}
		if !bytes.Equal(b, data) {
			t.Fatalf("accepted non-canonical bytes %x (canonical %x)", data, b)
		}
	})
}

func FuzzDecodeRollout(f *testing.F)  { fuzzKind(f, KindRollout) }
func FuzzDecodeCritique(f *testing.F) { fuzzKind(f, KindCritique) }
func FuzzDecodeUpdate(f *testing.F)   { fuzzKind(f, KindUpdate) }
func FuzzDecodeNotice(f *testing.F)   { fuzzKind(f, KindNotice) }
