// Package keys keeps the node's secp256k1 key, which is both its Ethereum account and its
// libp2p identity, in a go-ethereum keystore v3 file (scrypt, AES-128-CTR). It creates
// keys, imports hex private keys, and loads them with a passphrase read from a file or an
// environment variable, never from a flag (flags show up in `ps` and shell history).
//
// Key files are parsed strictly before anything is decrypted, and scrypt parameters are
// bounded, so a hostile file cannot make the node allocate gigabytes.
package keys
