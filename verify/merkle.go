package verify

import (
	"fmt"
	"math/bits"
)

// maxDepth bounds the depth of every tree here: a tree never has more than
// 2^63 leaves.
const maxDepth = 63

// tree is one kind of padded binary Merkle tree of docs/PROTOCOL.md: leaves
// padded with bytes32(0) up to the next power of two (one leaf stays one) and
// folded pairwise with H(prefix || left || right).
type tree struct {
	prefix byte
	// zeros[d] is the root of a subtree of 2^d padding leaves: zeros[0] is
	// bytes32(0), zeros[d+1] = H(prefix || zeros[d] || zeros[d]).
	zeros [maxDepth + 1]Hash
}

var (
	dataTree  = newTree(prefixNode)      // tensor chunks
	traceTree = newTree(prefixTraceNode) // records of a step, steps of a contribution
)

func newTree(prefix byte) *tree {
	t := &tree{prefix: prefix}
	h := getHasher()
	defer putHasher(h)
	for d := 1; d <= maxDepth; d++ {
		t.zeros[d] = h.node(prefix, &t.zeros[d-1], &t.zeros[d-1])
	}
	return t
}

// depthFor is the depth of a tree with n leaves: ceil(log2(n)), 0 for n ≤ 1.
func depthFor(n uint64) int {
	if n <= 1 {
		return 0
	}
	return bits.Len64(n - 1)
}

// builder folds leaves into a root as they arrive, holding one pending left
// subtree per level (as Ethereum's deposit contract does), so a root of any
// size costs O(log n) memory and no allocation. Its leaves sit at level base
// of the whole tree, which selects the padding subtrees it uses.
type builder struct {
	t      *tree
	h      *hasher
	base   int
	count  uint64
	branch [maxDepth + 1]Hash
}

// add appends the next leaf.
func (b *builder) add(leaf Hash) {
	n := b.count
	d := 0
	for n&1 == 1 {
		leaf = b.h.node(b.t.prefix, &b.branch[d], &leaf)
		n >>= 1
		d++
	}
	b.branch[d] = leaf
	b.count++
}

// rootAt returns the root of the leaves added so far, padded to 2^depth
// leaves; count must be at most 2^depth.
func (b *builder) rootAt(depth int) Hash {
	switch {
	case b.count == 1<<depth:
		return b.branch[depth]
	case b.count == 0:
		return b.t.zeros[b.base+depth]
	case b.count > 1<<depth:
		panic(fmt.Sprintf("verify: %d leaves do not fit a tree of depth %d", b.count, depth))
	}
	// node is the root of the level-d subtree that holds position count:
	// built from the pending branch on its left, padding on its right.
	node := b.t.zeros[b.base]
	size := b.count
	for d := 0; d < depth; d++ {
		if size&1 == 1 {
			node = b.h.node(b.t.prefix, &b.branch[d], &node)
		} else {
			node = b.h.node(b.t.prefix, &node, &b.t.zeros[b.base+d])
		}
		size >>= 1
	}
	return node
}

// root returns the root of the leaves added so far.
func (b *builder) root() Hash { return b.rootAt(depthFor(b.count)) }

// rootOf returns the root of leaves.
func (t *tree) rootOf(leaves []Hash) Hash {
	h := getHasher()
	defer putHasher(h)
	b := builder{t: t, h: h}
	for _, l := range leaves {
		b.add(l)
	}
	return b.root()
}

// path returns the sibling hashes of leaf i, from the leaf level up.
func (t *tree) path(leaves []Hash, i int) []Hash {
	h := getHasher()
	defer putHasher(h)
	depth := depthFor(uint64(len(leaves)))
	sib := make([]Hash, 0, depth)
	level := append([]Hash(nil), leaves...)
	for d := 0; d < depth; d++ {
		if len(level)%2 == 1 {
			level = append(level, t.zeros[d])
		}
		sib = append(sib, level[i^1])
		for j := 0; j < len(level)/2; j++ {
			level[j] = h.node(t.prefix, &level[2*j], &level[2*j+1])
		}
		level = level[:len(level)/2]
		i >>= 1
	}
	return sib
}

// rootFromPath folds a leaf at index with its siblings (leaf level first).
func (t *tree) rootFromPath(leaf Hash, index uint64, siblings []Hash) Hash {
	h := getHasher()
	defer putHasher(h)
	node := leaf
	for d := range siblings {
		if index>>d&1 == 1 {
			node = h.node(t.prefix, &siblings[d], &node)
		} else {
			node = h.node(t.prefix, &node, &siblings[d])
		}
	}
	return node
}
