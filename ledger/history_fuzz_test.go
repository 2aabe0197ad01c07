package ledger

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// FuzzDecodeEvent feeds arbitrary logs to the event decoder: it must never
// panic, and must refuse logs of unknown kinds and anything that does not
// decode; what it accepts is the kind its first topic names.
func FuzzDecodeEvent(f *testing.F) {
	names := EventNames()
	for i := range names {
		f.Add(uint8(i), uint8(3), make([]byte, 32*i))
	}
	f.Add(uint8(200), uint8(0), []byte{1, 2, 3})
	parsed, err := ledgerABIParsed()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, kind, topics uint8, data []byte) {
		l := &types.Log{Data: data}
		known := int(kind) < len(names)
		if known {
			l.Topics = append(l.Topics, parsed.Events[names[kind]].ID)
		} else {
			l.Topics = append(l.Topics, common.BytesToHash([]byte{kind}))
		}
		for i := 0; i < int(topics%5); i++ {
			l.Topics = append(l.Topics, common.BytesToHash(append([]byte{byte(i)}, data[:min(len(data), 8)]...)))
		}
		ev, err := decodeEvent(l)
		if err != nil {
			return
		}
		if !known || ev.Name != names[kind] || ev.Value == nil {
			t.Fatalf("log of kind %d decoded as %q %v", kind, ev.Name, ev.Value)
		}
	})
}
