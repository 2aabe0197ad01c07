package swarm

import (
	"errors"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestIdentityRoundTrip(t *testing.T) {
	ek, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := ethcrypto.PubkeyToAddress(ek.PublicKey)
	sk, err := PeerKey(ek)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(sk)
	if err != nil {
		t.Fatal(err)
	}
	got, err := AddressOf(id)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("AddressOf(peer id) = %s, want %s", got, want)
	}
	id2, err := PeerIDOf(&ek.PublicKey)
	if err != nil || id2 != id {
		t.Fatalf("PeerIDOf = %s (%v), want %s", id2, err, id)
	}
	back, err := EthKey(sk)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Equal(ek) {
		t.Fatal("EthKey(PeerKey(k)) != k")
	}
}

func TestAddressOfRejectsOtherKeys(t *testing.T) {
	sk, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := peer.IDFromPrivateKey(sk)
	if _, err := AddressOf(id); !errors.Is(err, ErrNotSecp256k1) {
		t.Fatalf("got %v, want %v", err, ErrNotSecp256k1)
	}
	if _, err := EthKey(sk); !errors.Is(err, ErrNotSecp256k1) {
		t.Fatalf("got %v, want %v", err, ErrNotSecp256k1)
	}
}

func TestParseRunID(t *testing.T) {
	r := RunID{0xab, 1}
	got, err := ParseRunID("0x" + r.String())
	if err != nil || got != r {
		t.Fatalf("ParseRunID = %v, %v; want %v", got, err, r)
	}
	if _, err := ParseRunID("abc"); err == nil {
		t.Fatal("short run id accepted")
	}
}
