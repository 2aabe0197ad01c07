package verify

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// Domain prefixes of the protocol v2 commitments (docs/PROTOCOL.md §3). Named
// sets reuse the model prefixes 0x14 (leaf) and 0x15 (root).
const (
	prefixBatch        byte = 0x16 // batch root: H(0x16 || u32 N || treeRoot)
	prefixManifestLeaf byte = 0x17 // manifest leaf: H(0x17 || payloadRoot || groupRoot)
	prefixSkeletonLeaf byte = 0x19 // skeleton leaf of one record
	prefixSkeleton     byte = 0x1A // skeleton root: H(0x1A || u32 nrecords || treeRoot)
)

// Names of the batch tensors of one group (docs/PROTOCOL.md §3.5), in group
// root order, and of the Adam step powers (§3.1).
const (
	BatchTokens  = "batch.tokens"
	BatchMask    = "batch.mask"
	BatchRewards = "batch.rewards"
	AdamPow      = "adam.pow"
)

// GradName is the name of a parameter's gradient in a step or update set.
func GradName(param string) string { return "grad." + param }

// FirstMomentName names a parameter's Adam first moment.
func FirstMomentName(param string) string { return "adam.m." + param }

// SecondMomentName names a parameter's Adam second moment.
func SecondMomentName(param string) string { return "adam.v." + param }

// NamedLeaf is the leaf of one named tensor: H(0x14 || H(name) || tensorRoot).
func NamedLeaf(name string, tensorRoot Hash) Hash {
	n := Keccak256([]byte(name))
	return Keccak256([]byte{prefixModelParam}, n[:], tensorRoot[:])
}

// NamedSetLeaves returns the leaves of a named set: each tensor's name is
// its Name. Names must be unique.
func NamedSetLeaves(ts []*repops.Tensor) ([]Hash, error) {
	leaves := make([]Hash, len(ts))
	seen := make(map[string]bool, len(ts))
	for i, t := range ts {
		if seen[t.Name] {
			return nil, fmt.Errorf("%w: name %q appears twice", ErrBadShape, t.Name)
		}
		seen[t.Name] = true
		root, err := TensorRootChecked(t)
		if err != nil {
			return nil, fmt.Errorf("tensor %d (%s): %w", i, t.Name, err)
		}
		leaves[i] = NamedLeaf(t.Name, root)
	}
	return leaves, nil
}

// NamedRoot commits to a set of named tensors in order (docs/PROTOCOL.md
// §3.1): H(0x15 || u32 n || treeRoot) over NamedLeaf of each tensor, folded
// with H(0x11 || l || r). ModelRoot is the same form for parameters only.
func NamedRoot(ts []*repops.Tensor) (Hash, error) {
	leaves, err := NamedSetLeaves(ts)
	if err != nil {
		return Hash{}, err
	}
	return NamedRootOfLeaves(leaves), nil
}

// NamedRootOfLeaves folds named leaves into the named-set root.
func NamedRootOfLeaves(leaves []Hash) Hash { return countedRoot(prefixModel, leaves) }

// ProveNamed returns the inclusion proof of leaf i of a named set.
func ProveNamed(leaves []Hash, i int) (InclusionProof, error) { return proveTrace(leaves, i) }

// VerifyNamed checks that the named tensor (name, tensorRoot) is member
// p.Index of a named set with the given root.
func VerifyNamed(root Hash, name string, tensorRoot Hash, p InclusionProof) error {
	return verifyTrace(prefixModel, root, NamedLeaf(name, tensorRoot), p)
}

// ModelStateTensors returns the model set of docs/PROTOCOL.md §3.1 in order:
// params, then first moments (adam.m.<p>), then second moments (adam.v.<p>),
// then pow (adam.pow, shape [2]: β1^t, β2^t). It checks names and shapes.
func ModelStateTensors(params, m, v []*repops.Tensor, pow *repops.Tensor) ([]*repops.Tensor, error) {
	if len(m) != len(params) || len(v) != len(params) {
		return nil, fmt.Errorf("%w: %d parameters, %d first and %d second moments", ErrBadShape, len(params), len(m), len(v))
	}
	out := make([]*repops.Tensor, 0, 3*len(params)+1)
	out = append(out, params...)
	for _, set := range []struct {
		ts   []*repops.Tensor
		name func(string) string
	}{{m, FirstMomentName}, {v, SecondMomentName}} {
		for i, t := range set.ts {
			p := params[i]
			if want := set.name(p.Name); t.Name != want || !repops.SameShape(t, p) {
				return nil, fmt.Errorf("%w: moment %q %v for parameter %q %v, want %q", ErrBadShape, t.Name, t.Shape, p.Name, p.Shape, want)
			}
			out = append(out, t)
		}
	}
	if pow == nil || pow.Name != AdamPow || len(pow.Shape) != 1 || pow.Shape[0] != 2 {
		return nil, fmt.Errorf("%w: optimizer powers must be %s of shape [2]", ErrBadShape, AdamPow)
	}
	return append(out, pow), nil
}

// ModelStateRoot is the v2 model root: parameters and Adam state
// (docs/PROTOCOL.md §3.1, "model θ_r").
func ModelStateRoot(params, m, v []*repops.Tensor, pow *repops.Tensor) (Hash, error) {
	ts, err := ModelStateTensors(params, m, v, pow)
	if err != nil {
		return Hash{}, err
	}
	return NamedRoot(ts)
}

// GradRoot is the named-set root of gradients in parameter order, named
// grad.<p> after params: the step root s_k and the update root of §3.6.
func GradRoot(params, grads []*repops.Tensor) (Hash, error) {
	if len(grads) != len(params) {
		return Hash{}, fmt.Errorf("%w: %d gradients for %d parameters", ErrBadShape, len(grads), len(params))
	}
	leaves := make([]Hash, len(grads))
	for i, g := range grads {
		if g == nil || !repops.SameShape(g, params[i]) {
			return Hash{}, fmt.Errorf("%w: gradient %d of %s missing or misshapen", ErrBadShape, i, params[i].Name)
		}
		root, err := TensorRootChecked(g)
		if err != nil {
			return Hash{}, fmt.Errorf("gradient of %s: %w", params[i].Name, err)
		}
		leaves[i] = NamedLeaf(GradName(params[i].Name), root)
	}
	return NamedRootOfLeaves(leaves), nil
}

// GroupRoot is the named-set root of one group's batch tensors
// (batch.tokens, batch.mask, batch.rewards; docs/PROTOCOL.md §3.5). The
// tensors' own names are ignored.
func GroupRoot(tokens, mask, rewards *repops.Tensor) (Hash, error) {
	var leaves [3]Hash
	for i, nt := range []struct {
		name string
		t    *repops.Tensor
	}{{BatchTokens, tokens}, {BatchMask, mask}, {BatchRewards, rewards}} {
		root, err := TensorRootChecked(nt.t)
		if err != nil {
			return Hash{}, fmt.Errorf("%s: %w", nt.name, err)
		}
		leaves[i] = NamedLeaf(nt.name, root)
	}
	return NamedRootOfLeaves(leaves[:]), nil
}

// ManifestLeaf binds a group's payload to its batch tensors:
// H(0x17 || payloadRoot || groupRoot).
func ManifestLeaf(payloadRoot, groupRoot Hash) Hash {
	return Keccak256([]byte{prefixManifestLeaf}, payloadRoot[:], groupRoot[:])
}

// BatchRoot commits to a contribution's ordered batch: H(0x16 || u32 N ||
// treeRoot) over the manifest leaves.
func BatchRoot(manifestLeaves []Hash) Hash { return countedRoot(prefixBatch, manifestLeaves) }

// TraceRoot is the committed trace root of a contribution: the §1.3
// contribution root over its step roots (docs/PROTOCOL.md §3.6).
func TraceRoot(stepRoots []Hash) Hash { return ContributionRoot(stepRoots) }
