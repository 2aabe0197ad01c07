package devchain

import (
	"encoding/json"
	"strconv"
	"testing"
)

// FuzzQuantity: the evm_ methods' number argument decodes every form anvil accepts and
// nothing else without an error; what it decodes re-encodes to the same number.
func FuzzQuantity(f *testing.F) {
	for _, s := range []string{`10`, `"10"`, `"0xa"`, `"0XA"`, `-1`, `1.5`, `"0x"`, `""`, `null`, `{}`, `18446744073709551616`, `"0xffffffffffffffff"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var q quantity
		if err := q.UnmarshalJSON(b); err != nil {
			return
		}
		var back quantity
		if err := json.Unmarshal([]byte(strconv.FormatUint(uint64(q), 10)), &back); err != nil || back != q {
			t.Fatalf("%q decoded to %d, which re-decodes to %d (%v)", b, q, back, err)
		}
	})
}
