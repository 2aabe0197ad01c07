package keys

import "errors"

// Errors of the key store.
var (
	// ErrNoPassphrase: neither the passphrase file nor the passphrase variable gives one.
	ErrNoPassphrase = errors.New("no passphrase")
	// ErrExists: New or Import would overwrite a key file.
	ErrExists = errors.New("key file already exists")
	// ErrBadKeyFile: the file is not a keystore v3 file this node accepts.
	ErrBadKeyFile = errors.New("not a keystore v3 key file")
	// ErrWrongPassphrase: the passphrase does not decrypt the key.
	ErrWrongPassphrase = errors.New("wrong passphrase for the key file")
	// ErrBadPrivateKey: the imported private key is not 32 bytes of hex in the curve's range.
	ErrBadPrivateKey = errors.New("not a secp256k1 private key")
	// ErrNoKey: the key file does not exist.
	ErrNoKey = errors.New("no key file")
)
