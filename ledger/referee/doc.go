// Package referee is the Go side of the on-chain referee: it builds the
// constant-size dispute proofs that the Referee contract checks (Merkle
// inclusion of op records and tensor chunks per docs/PROTOCOL.md section 1,
// graph consistency, and the input rows and output element of one disputed
// element), and mirrors the contract's element programs so that each can be
// tested against RepOps. Its tests include the differential fuzz test of the
// Solidity binary32 soft-float against Go's float32 arithmetic.
package referee
