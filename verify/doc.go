// Package verify owns Apiary's commitments to training computation: the
// tensor root (a keccak256 Merkle tree over 64-element chunks of a tensor's
// little-endian float32 data, with its shape bound in), the op record (one
// canonical byte string per operator call), and the trace roots built over
// them (step root, contribution root), together with the inclusion proofs a
// dispute needs. The byte formats are fixed in docs/PROTOCOL.md section 1;
// the on-chain referee in ledger/ recomputes the same hashes, and the vectors
// in testdata/vectors.json are what it is checked against.
//
// A Recorder implements repops.Observer: attached to a repops.Engine it turns
// every operator call of a training step into an op record, identifying each
// input tensor either as an output slot of an earlier op (by pointer) or as a
// named external input, and hashing every tensor once.
//
// For protocol v2 (docs/PROTOCOL.md §3) it adds the named-set roots (model
// with Adam state, step and update gradients, a group's batch tensors), the
// manifest and batch roots, the program skeleton of a step (SkeletonRecorder),
// the per-peer Philox keys, and Execute/JudgeElement, a Go mirror of the
// referee that re-runs one record with RepOps. Subpackage payload is the
// rollout payload codec.
//
// Everything about disputes that needs no chain lives here too: RecordStep
// (a step recorded with every op's tensors), InputRanges and SliceRanges
// (which input elements one output element reads), the on-chain referee's
// row limits (MaxRowFor, RefereeSupports), range proofs of tensor chunks
// (ProveRange, VerifyRange, RangeDataRoot), the search for a wrong external
// input (FirstWrongExternal), and the proofs of the wrong external, program
// and output verdicts (ProveNamed, ProveSkeleton, ProveManifest,
// OutputsRoot). ledger/referee only converts them to calldata.
//
// verify owns no network, chain or storage: replay, dispute protocols and
// contracts build on it elsewhere (swarm/, ledger/).
package verify
