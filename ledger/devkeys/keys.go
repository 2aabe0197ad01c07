package devkeys

import (
	"crypto/ecdsa"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Key returns the i-th well-known dev key, derived from a public seed: the
// same on every machine, so dev chains and tests can fund it at genesis.
// Dev and test chains only: anyone can compute it.
func Key(i int) *ecdsa.PrivateKey {
	var seed [12]byte
	copy(seed[:], "apiary-sim")
	binary.BigEndian.PutUint16(seed[10:], uint16(i))
	for ctr := byte(0); ; ctr++ {
		k, err := crypto.ToECDSA(crypto.Keccak256(seed[:], []byte{ctr}))
		if err == nil {
			return k
		}
	}
}

// Address returns the account of Key(i).
func Address(i int) common.Address { return crypto.PubkeyToAddress(Key(i).PublicKey) }
