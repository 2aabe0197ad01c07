package keys

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
)

// FuzzParseFile feeds arbitrary bytes to the key file parser: it must not panic, and what
// it accepts must be safe to hand to go-ethereum's decryption (bounded scrypt cost).
func FuzzParseFile(f *testing.F) {
	f.Add([]byte(`{"address":"00","crypto":{},"id":"","version":3}`))
	f.Add([]byte(`{"address":"f39fd6e51aad88f6f4ce6ab8827279cfffb92266","crypto":{"cipher":"aes-128-ctr","ciphertext":"` +
		`00000000000000000000000000000000000000000000000000000000000000ff","cipherparams":{"iv":"000102030405060708090a0b0c0d0e0f"},` +
		`"kdf":"scrypt","kdfparams":{"dklen":32,"n":16,"p":1,"r":8,"salt":"000102030405060708090a0b0c0d0e0f"},` +
		`"mac":"0000000000000000000000000000000000000000000000000000000000000000"},"id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := ParseFile(b); err != nil {
			return
		}
		var probe struct {
			Crypto struct {
				KDFParams struct{ N, P int } `json:"kdfparams"`
			} `json:"crypto"`
		}
		if err := json.Unmarshal(b, &probe); err != nil {
			t.Fatalf("accepted a file that does not unmarshal: %v", err)
		}
		if probe.Crypto.KDFParams.N <= 1<<10 && probe.Crypto.KDFParams.P <= 2 {
			_, _ = keystore.DecryptKey(b, "pw")
		}
	})
}
