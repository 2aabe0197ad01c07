// Package referee converts dispute data to the calldata of the on-chain
// referee and the Ledger's verdicts: element proofs (record and producer
// inclusions, input and output slices) built from verify's traces, ranges
// and range proofs (verify.RecordStep, verify.SliceRanges, verify.ProveRange:
// everything that needs no chain lives in verify), and the named, shape and
// record proofs of the wrong external, program and output verdicts. Its
// tests check the contracts' element programs against RepOps, including the
// differential fuzz test of the Solidity binary32 soft-float against Go's
// float32 arithmetic.
package referee
