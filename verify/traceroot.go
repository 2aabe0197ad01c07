package verify

import (
	"encoding/binary"
	"fmt"
	"math"
)

// StepRoot returns the step root over the record hashes of one step, in
// order: H(0x12 || u32 nrecords || treeRoot), the tree folded with
// H(0x11 || l || r) over the hashes padded with bytes32(0) to a power of two
// (docs/PROTOCOL.md 1.3). It panics if there are 2^32 or more records.
func StepRoot(recordHashes []Hash) Hash {
	return countedRoot(prefixStep, recordHashes)
}

// ContributionRoot returns the root of a contribution of several steps:
// H(0x13 || u32 nsteps || treeRoot) over the step roots, folded like a step.
func ContributionRoot(stepRoots []Hash) Hash {
	return countedRoot(prefixContribution, stepRoots)
}

func countedRoot(prefix byte, leaves []Hash) Hash {
	if uint64(len(leaves)) > math.MaxUint32 {
		panic(fmt.Sprintf("verify: %d leaves do not fit a u32 count", len(leaves)))
	}
	return bindCount(prefix, uint32(len(leaves)), traceTree.rootOf(leaves))
}

// bindCount returns H(prefix || u32 n || treeRoot).
func bindCount(prefix byte, n uint32, treeRoot Hash) Hash {
	var b [1 + 4 + 32]byte
	b[0] = prefix
	binary.BigEndian.PutUint32(b[1:], n)
	copy(b[5:], treeRoot[:])
	return Keccak256(b[:])
}

// InclusionProof proves that a leaf (a record hash in a step, or a step root
// in a contribution) sits at Index among Count leaves under a root.
type InclusionProof struct {
	Index    uint32
	Count    uint32
	Siblings []Hash // leaf level first; ceil(log2(Count)) entries
}

// ProveRecord returns the proof that recordHashes[i] is in their step root.
func ProveRecord(recordHashes []Hash, i int) (InclusionProof, error) {
	return proveTrace(recordHashes, i)
}

// VerifyRecord checks that recordHash is record p.Index of a step of p.Count
// records with the given step root. Errors wrap ErrBadProof or
// ErrRootMismatch.
func VerifyRecord(stepRoot, recordHash Hash, p InclusionProof) error {
	return verifyTrace(prefixStep, stepRoot, recordHash, p)
}

// ProveStep returns the proof that stepRoots[i] is in their contribution root.
func ProveStep(stepRoots []Hash, i int) (InclusionProof, error) {
	return proveTrace(stepRoots, i)
}

// VerifyStep checks that stepRoot is step p.Index of a contribution of
// p.Count steps with the given contribution root.
func VerifyStep(contributionRoot, stepRoot Hash, p InclusionProof) error {
	return verifyTrace(prefixContribution, contributionRoot, stepRoot, p)
}

func proveTrace(leaves []Hash, i int) (InclusionProof, error) {
	if uint64(len(leaves)) > math.MaxUint32 {
		return InclusionProof{}, fmt.Errorf("%w: %d leaves do not fit a u32 count", ErrBadProof, len(leaves))
	}
	if i < 0 || i >= len(leaves) {
		return InclusionProof{}, fmt.Errorf("%w: leaf %d of %d", ErrBadProof, i, len(leaves))
	}
	return InclusionProof{
		Index:    uint32(i),
		Count:    uint32(len(leaves)),
		Siblings: traceTree.path(leaves, i),
	}, nil
}

func verifyTrace(prefix byte, root, leaf Hash, p InclusionProof) error {
	if p.Index >= p.Count {
		return fmt.Errorf("%w: leaf %d of %d", ErrBadProof, p.Index, p.Count)
	}
	if want := depthFor(uint64(p.Count)); len(p.Siblings) != want {
		return fmt.Errorf("%w: %d siblings for %d leaves, want %d", ErrBadProof, len(p.Siblings), p.Count, want)
	}
	tr := traceTree.rootFromPath(leaf, uint64(p.Index), p.Siblings)
	if got := bindCount(prefix, p.Count, tr); got != root {
		return fmt.Errorf("%w: leaf %d of %d leads to %v, want %v", ErrRootMismatch, p.Index, p.Count, got, root)
	}
	return nil
}
