package verify

import (
	"encoding/binary"
	"fmt"
)

// prefixOutputs domain-separates the outputs root of a run.
const prefixOutputs byte = 0x1B

// OutputSource is the record and output slot of a contribution step that
// produce one parameter's gradient (a pure function of the run config, like
// the program skeleton).
type OutputSource struct {
	Record uint32
	Slot   uint8
}

// EncodeOutputSources writes u32 record || u8 slot per parameter, in
// parameter order: the bytes a wrong-output proof carries.
func EncodeOutputSources(srcs []OutputSource) []byte {
	b := make([]byte, 0, 5*len(srcs))
	for _, s := range srcs {
		b = binary.BigEndian.AppendUint32(b, s.Record)
		b = append(b, s.Slot)
	}
	return b
}

// OutputsRoot is H(0x1B || EncodeOutputSources(srcs)): the run's commitment
// to which op of a step outputs each gradient (RunConfig.outputsRoot on
// chain), so the chain can tie a step's op-level trace to its committed
// output root s_k (docs/PROTOCOL.md §3.8, wrong output).
func OutputsRoot(srcs []OutputSource) Hash {
	return Keccak256([]byte{prefixOutputs}, EncodeOutputSources(srcs))
}

// SkeletonLeaves returns the skeleton leaves of records, in order.
func SkeletonLeaves(records []SkeletonRecord) ([]Hash, error) {
	leaves := make([]Hash, len(records))
	for i := range records {
		l, err := records[i].Leaf()
		if err != nil {
			return nil, fmt.Errorf("skeleton record %d: %w", i, err)
		}
		leaves[i] = l
	}
	return leaves, nil
}

// ProveSkeleton returns the inclusion proof of skeleton leaf i under
// SkeletonRoot(leaves).
func ProveSkeleton(leaves []Hash, i int) (InclusionProof, error) { return proveTrace(leaves, i) }

// VerifySkeleton checks that leaf is member p.Index of a skeleton root.
func VerifySkeleton(root, leaf Hash, p InclusionProof) error {
	return verifyTrace(prefixSkeleton, root, leaf, p)
}

// ProveManifest returns the inclusion proof of manifest leaf i under
// BatchRoot(leaves).
func ProveManifest(leaves []Hash, i int) (InclusionProof, error) { return proveTrace(leaves, i) }

// VerifyManifest checks that leaf is member p.Index of a batch root.
func VerifyManifest(root, leaf Hash, p InclusionProof) error {
	return verifyTrace(prefixBatch, root, leaf, p)
}
