package swarm

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// One secp256k1 key is both the node's libp2p identity and its Ethereum account. The helpers
// below convert between the two libraries' representations of that key, so that a gossip
// message's signer (a peer ID) can be looked up on chain (by address).

// PeerKey converts an Ethereum private key into the libp2p private key of the same curve point.
func PeerKey(k *ecdsa.PrivateKey) (crypto.PrivKey, error) {
	if k == nil {
		return nil, fmt.Errorf("peer key: nil private key")
	}
	sk, err := crypto.UnmarshalSecp256k1PrivateKey(ethcrypto.FromECDSA(k))
	if err != nil {
		return nil, fmt.Errorf("peer key: %w", err)
	}
	return sk, nil
}

// EthKey converts a libp2p secp256k1 private key into the Ethereum private key it stands for.
func EthKey(sk crypto.PrivKey) (*ecdsa.PrivateKey, error) {
	if sk == nil || sk.Type() != crypto.Secp256k1 {
		return nil, fmt.Errorf("eth key: %w", ErrNotSecp256k1)
	}
	raw, err := sk.Raw()
	if err != nil {
		return nil, fmt.Errorf("eth key: %w", err)
	}
	k, err := ethcrypto.ToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("eth key: %w", err)
	}
	return k, nil
}

// AddressOfPubKey returns the Ethereum address of a libp2p secp256k1 public key.
func AddressOfPubKey(pk crypto.PubKey) (common.Address, error) {
	if pk == nil || pk.Type() != crypto.Secp256k1 {
		return common.Address{}, ErrNotSecp256k1
	}
	raw, err := pk.Raw() // 33-byte compressed point
	if err != nil {
		return common.Address{}, fmt.Errorf("address of public key: %w", err)
	}
	pub, err := ethcrypto.DecompressPubkey(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("address of public key: %w", err)
	}
	return ethcrypto.PubkeyToAddress(*pub), nil
}

// AddressOf returns the Ethereum address behind a peer ID. Secp256k1 peer IDs embed their
// public key (identity multihash), so no lookup is needed; other key types are an error.
func AddressOf(id peer.ID) (common.Address, error) {
	pk, err := id.ExtractPublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("address of peer %s: %w", id, err)
	}
	a, err := AddressOfPubKey(pk)
	if err != nil {
		return common.Address{}, fmt.Errorf("address of peer %s: %w", id, err)
	}
	return a, nil
}

// PeerIDOf returns the libp2p peer ID of an Ethereum public key.
func PeerIDOf(pub *ecdsa.PublicKey) (peer.ID, error) {
	if pub == nil {
		return "", fmt.Errorf("peer id: nil public key")
	}
	pk, err := crypto.UnmarshalSecp256k1PublicKey(ethcrypto.CompressPubkey(pub))
	if err != nil {
		return "", fmt.Errorf("peer id: %w", err)
	}
	return peer.IDFromPublicKey(pk)
}
