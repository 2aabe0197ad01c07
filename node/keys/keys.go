package keys

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
)

// Key is the node's key: its Ethereum account and, through swarm.PeerKey, its libp2p
// identity.
type Key struct {
	Address common.Address
	Private *ecdsa.PrivateKey
}

// PeerID returns the libp2p peer ID of the key.
func (k *Key) PeerID() (peer.ID, error) { return swarm.PeerIDOf(&k.Private.PublicKey) }

// Option configures New and Import.
type Option func(*options) error

type options struct{ scryptN, scryptP int }

// WithScrypt sets the scrypt cost of a new key file. It exists for tests, which need keys
// in milliseconds; real keys use the default. n must be a power of two up to MaxScryptN.
func WithScrypt(n, p int) Option {
	return func(o *options) error {
		if n < 2 || n > MaxScryptN || n&(n-1) != 0 || p < 1 || p > MaxScryptP {
			return fmt.Errorf("scrypt n = %d, p = %d: want n a power of two up to %d, p 1..%d", n, p, MaxScryptN, MaxScryptP)
		}
		o.scryptN, o.scryptP = n, p
		return nil
	}
}

// New creates a key, writes it encrypted with passphrase to path (mode 0600, directories
// 0700) and returns it. It never overwrites a file (ErrExists). Default scrypt cost:
// go-ethereum's standard (n = 2^18, p = 1: about 256 MiB and a second).
func New(path, passphrase string, opts ...Option) (*Key, error) {
	pk, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("new key: %w", err)
	}
	return write(path, pk, passphrase, opts)
}

// Import reads a hex private key (64 hex digits, optional 0x, surrounding whitespace
// ignored) from hexFile and writes it like New.
func Import(path, hexFile, passphrase string, opts ...Option) (*Key, error) {
	b, err := readLimited(hexFile, 1<<10)
	if err != nil {
		return nil, fmt.Errorf("import key: %w", err)
	}
	s := strings.TrimSpace(string(b))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	raw, err := hex.DecodeString(s)
	if err != nil || len(raw) != 32 {
		return nil, fmt.Errorf("import key from %s: %w: want 64 hex digits", hexFile, ErrBadPrivateKey)
	}
	pk, err := crypto.ToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("import key from %s: %w: %v", hexFile, ErrBadPrivateKey, err)
	}
	return write(path, pk, passphrase, opts)
}

// Load reads and decrypts the key file at path.
func Load(path, passphrase string) (*Key, error) {
	b, err := readLimited(path, MaxFileSize)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s; create one with `swarm keys new` or `swarm keys import`", ErrNoKey, path)
	}
	if err != nil {
		return nil, fmt.Errorf("load key: %w", err)
	}
	addr, err := ParseFile(b)
	if err != nil {
		return nil, fmt.Errorf("load key %s: %w", path, err)
	}
	k, err := keystore.DecryptKey(b, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("load key %s: %w", path, ErrWrongPassphrase)
	}
	if err != nil {
		return nil, fmt.Errorf("load key %s: %w: %v", path, ErrBadKeyFile, err)
	}
	if k.Address != addr {
		return nil, fmt.Errorf("load key %s: %w: it claims address %s but holds the key of %s", path, ErrBadKeyFile, addr, k.Address)
	}
	return &Key{Address: k.Address, Private: k.PrivateKey}, nil
}

func write(path string, pk *ecdsa.PrivateKey, passphrase string, opts []Option) (*Key, error) {
	o := options{scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if passphrase == "" {
		return nil, fmt.Errorf("write key: %w: an empty passphrase would leave the key unprotected", ErrNoPassphrase)
	}
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("%w: %s; remove it first if you mean to replace that key", ErrExists, path)
	}
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(pk.PublicKey), PrivateKey: pk}
	b, err := keystore.EncryptKey(k, passphrase, o.scryptN, o.scryptP)
	if err != nil {
		return nil, fmt.Errorf("encrypt key: %w", err)
	}
	if err := writeNew(path, b); err != nil {
		return nil, err
	}
	return &Key{Address: k.Address, Private: pk}, nil
}

// writeNew writes b to path without ever replacing a file there: it writes a temporary
// file, syncs it, and hard-links it into place (link fails if path exists).
func writeNew(path string, b []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("write key: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".key-*.tmp")
	if err != nil {
		return fmt.Errorf("write key: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%w: %s", ErrExists, path)
		}
		return fmt.Errorf("write key: %w", err)
	}
	return nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s is over %d bytes", path, limit)
	}
	return b, nil
}
