// Package canon is the one strict, canonical CBOR codec of the protocol: RFC 8949 core
// deterministic encoding (shortest forms, sorted keys, definite lengths, no tags) and a decoder
// that accepts only bytes equal to the canonical encoding of the value they decode to. Gossip
// messages (swarm/wire), stream frames (swarm/blob) and the v2 payload, manifest and config
// formats (docs/PROTOCOL.md §3) all go through it, so a hash of an encoding is a hash of the value.
package canon
