// Package wire defines the gossip messages of an Apiary run (rollouts, critiques, updates and
// round notices) and their encoding: versioned, canonical CBOR (RFC 8949 core deterministic
// encoding) with small integer map keys.
//
// Decoding is strict because the bytes come from strangers: a message must be at most its
// kind's size limit, a map with only known keys, no duplicates, no indefinite lengths, no tags,
// and byte-for-byte the canonical encoding of what it decodes to; the schema rules of each kind
// are checked too. Whether a message fits the current round or comes from a registered peer is
// not decided here; package gossip does that.
package wire
