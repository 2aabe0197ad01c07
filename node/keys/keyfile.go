package keys

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/uuid"
)

// Limits on what a key file may ask of scrypt. go-ethereum's standard parameters (n = 2^18,
// r = 8, p = 1) take 256 MiB; nothing above them is accepted.
const (
	MaxScryptN = 1 << 18
	MaxScryptP = 8
	// MaxFileSize bounds a key file (a real one is about 500 bytes).
	MaxFileSize = 16 << 10
)

// keyFile is the keystore v3 JSON layout go-ethereum writes, with scrypt as the KDF.
type keyFile struct {
	Address string     `json:"address"`
	Crypto  cryptoJSON `json:"crypto"`
	ID      string     `json:"id"`
	Version int        `json:"version"`
}

type cryptoJSON struct {
	Cipher       string `json:"cipher"`
	CipherText   string `json:"ciphertext"`
	CipherParams struct {
		IV string `json:"iv"`
	} `json:"cipherparams"`
	KDF       string `json:"kdf"`
	KDFParams struct {
		DKLen int    `json:"dklen"`
		N     int    `json:"n"`
		P     int    `json:"p"`
		R     int    `json:"r"`
		Salt  string `json:"salt"`
	} `json:"kdfparams"`
	MAC string `json:"mac"`
}

// ParseFile checks that b is a keystore v3 file this node accepts — known fields only,
// version 3, aes-128-ctr, scrypt with bounded parameters, hex fields of the right
// lengths — and returns the address it claims (Load checks the claim after decrypting).
func ParseFile(b []byte) (common.Address, error) {
	if len(b) > MaxFileSize {
		return common.Address{}, fmt.Errorf("%w: %d bytes, over %d", ErrBadKeyFile, len(b), MaxFileSize)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f keyFile
	if err := dec.Decode(&f); err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadKeyFile, err)
	}
	if dec.More() {
		return common.Address{}, fmt.Errorf("%w: data after the JSON object", ErrBadKeyFile)
	}
	// encoding/json matches field names without regard to case; go-ethereum looks some of
	// them up in a map by exact name, so "Salt" would pass here and crash there.
	if err := exactKeys(b, keyFileFields); err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadKeyFile, err)
	}
	c, k := f.Crypto, f.Crypto.KDFParams
	var problem string
	switch {
	case f.Version != 3:
		problem = fmt.Sprintf("version %d, want 3", f.Version)
	case c.Cipher != "aes-128-ctr":
		problem = fmt.Sprintf("cipher %q, want aes-128-ctr", c.Cipher)
	case c.KDF != "scrypt":
		problem = fmt.Sprintf("kdf %q, want scrypt", c.KDF)
	case k.N < 2 || k.N > MaxScryptN || k.N&(k.N-1) != 0:
		problem = fmt.Sprintf("scrypt n = %d, want a power of two up to %d", k.N, MaxScryptN)
	case k.R != 8 || k.DKLen != 32:
		problem = fmt.Sprintf("scrypt r = %d, dklen = %d, want 8 and 32", k.R, k.DKLen)
	case k.P < 1 || k.P > MaxScryptP:
		problem = fmt.Sprintf("scrypt p = %d, want 1..%d", k.P, MaxScryptP)
	case !hexLen(k.Salt, 16, 64), !hexLen(c.CipherParams.IV, 16, 16), !hexLen(c.CipherText, 32, 32), !hexLen(c.MAC, 32, 32):
		problem = "salt, iv, ciphertext or mac is not hex of the right length"
	case !hexLen(f.Address, 20, 20):
		problem = fmt.Sprintf("address %q is not 40 hex digits", f.Address)
	}
	if problem == "" {
		if _, err := uuid.Parse(f.ID); err != nil {
			problem = fmt.Sprintf("id %q is not a UUID", f.ID)
		}
	}
	if problem != "" {
		return common.Address{}, fmt.Errorf("%w: %s", ErrBadKeyFile, problem)
	}
	return common.HexToAddress(f.Address), nil
}

// hexLen reports whether s is lowercase-or-uppercase hex (no 0x) of min..max bytes.
func hexLen(s string, min, max int) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) >= min && len(b) <= max
}

// keyField is a JSON object's expected member names, with the members that are objects.
type keyField struct {
	names   []string
	objects map[string]keyField
}

var keyFileFields = keyField{names: []string{"address", "crypto", "id", "version"}, objects: map[string]keyField{
	"crypto": {names: []string{"cipher", "ciphertext", "cipherparams", "kdf", "kdfparams", "mac"}, objects: map[string]keyField{
		"cipherparams": {names: []string{"iv"}},
		"kdfparams":    {names: []string{"dklen", "n", "p", "r", "salt"}},
	}},
}}

// exactKeys checks that the object in b has exactly the members of want, spelled exactly.
func exactKeys(b []byte, want keyField) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	if len(m) != len(want.names) {
		return fmt.Errorf("object with %d members, want %d (%v)", len(m), len(want.names), want.names)
	}
	for _, n := range want.names {
		v, ok := m[n]
		if !ok {
			return fmt.Errorf("member %q missing (names are case-sensitive)", n)
		}
		if sub, ok := want.objects[n]; ok {
			if err := exactKeys(v, sub); err != nil {
				return fmt.Errorf("%s: %w", n, err)
			}
		}
	}
	return nil
}
