// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice Inclusion of one leaf among count leaves (docs/PROTOCOL.md 1.3):
/// sibling hashes from the leaf level up, bit d of index saying whether the
/// node at level d is a right child.
struct Inclusion {
    uint32 index;
    uint32 count;
    bytes32[] siblings;
}

/// @notice A contiguous run of whole chunks of one tensor with the proof that
/// they belong to it (docs/PROTOCOL.md 1.1). chunks holds the 256-byte chunks
/// firstChunk, firstChunk+1, ...; siblings is a range proof: going up from the
/// leaf level, at each level the left neighbour of the range (if the range
/// starts at a right child) and then the right neighbour (if it ends at a
/// left child).
struct TensorSlice {
    uint32[] shape;
    uint32 firstChunk;
    bytes chunks;
    bytes32[] siblings;
}

/// @title Merkle: the commitment trees of docs/PROTOCOL.md section 1.
library Merkle {
    uint256 internal constant CHUNK_ELEMS = 64;
    uint256 internal constant CHUNK_BYTES = 256;
    uint256 internal constant MAX_RANK = 4;

    /// @notice The proof does not match the tree it claims to be part of.
    error BadInclusion(uint32 index, uint32 count, uint256 siblings);
    /// @notice A tensor slice is malformed (shape, range or sibling count).
    error BadSlice(string why);
    /// @notice A proof leads to a different root than the committed one.
    error RootMismatch(bytes32 got, bytes32 want);

    /// @notice The root of a counted trace tree (step or contribution root)
    /// with leaf at p.index: H(prefix || u32 count || treeRoot), nodes
    /// H(0x11 || l || r).
    function countedRoot(bytes1 prefix, bytes32 leaf, Inclusion calldata p) internal pure returns (bytes32) {
        if (p.count == 0 || p.index >= p.count || p.siblings.length != depthFor(p.count)) {
            revert BadInclusion(p.index, p.count, p.siblings.length);
        }
        bytes32 h = leaf;
        uint256 idx = p.index;
        for (uint256 d = 0; d < p.siblings.length; ++d) {
            h = (idx >> d) & 1 == 0 ? _node(0x11, h, p.siblings[d]) : _node(0x11, p.siblings[d], h);
        }
        return keccak256(abi.encodePacked(prefix, p.count, h));
    }

    /// @notice ceil(log2(n)) for n >= 1: the depth of a tree of n leaves.
    function depthFor(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    /// @notice Number of elements of a shape (checked against the rank and
    /// dimension limits of docs/PROTOCOL.md 1.1).
    function numel(uint32[] calldata shape) internal pure returns (uint256 n) {
        if (shape.length > MAX_RANK) revert BadSlice("rank above 4");
        n = 1;
        for (uint256 i = 0; i < shape.length; ++i) n *= shape[i];
    }

    /// @notice Checks that s is part of the tensor with root `root` and returns
    /// the tensor's element count.
    function checkSlice(TensorSlice calldata s, bytes32 root) internal pure returns (uint256 n) {
        n = numel(s.shape);
        uint256 nchunks = (n + CHUNK_ELEMS - 1) / CHUNK_ELEMS;
        uint256 k = s.chunks.length / CHUNK_BYTES;
        if (k == 0 || s.chunks.length % CHUNK_BYTES != 0) revert BadSlice("chunks not a positive multiple of 256 bytes");
        if (uint256(s.firstChunk) + k > nchunks) revert BadSlice("chunk range beyond the tensor");
        if (uint256(s.firstChunk) + k == nchunks && n % CHUNK_ELEMS != 0) {
            _checkPadding(s.chunks, (k - 1) * CHUNK_BYTES + (n % CHUNK_ELEMS) * 4);
        }
        bytes32 dataRoot = _rangeRoot(s, nchunks, k);
        bytes32 got = tensorRoot(s.shape, dataRoot);
        if (got != root) revert RootMismatch(got, root);
    }

    /// @notice H(0x02 || u8 rank || u32 dim_0 || ... || dataRoot).
    function tensorRoot(uint32[] calldata shape, bytes32 dataRoot) internal pure returns (bytes32) {
        bytes memory b = abi.encodePacked(bytes1(0x02), uint8(shape.length));
        for (uint256 i = 0; i < shape.length; ++i) b = abi.encodePacked(b, shape[i]);
        return keccak256(abi.encodePacked(b, dataRoot));
    }

    /// @notice Element e (absolute index in the tensor) of a checked slice, as float32 bits.
    function element(TensorSlice calldata s, uint256 e) internal pure returns (uint256 bits) {
        uint256 lo = uint256(s.firstChunk) * CHUNK_ELEMS;
        if (e < lo || (e - lo) * 4 + 4 > s.chunks.length) revert BadSlice("element outside the slice");
        uint256 off = (e - lo) * 4;
        bytes calldata c = s.chunks;
        // little-endian float32 -> integer bits
        bits = uint256(uint8(c[off])) | (uint256(uint8(c[off + 1])) << 8) | (uint256(uint8(c[off + 2])) << 16)
            | (uint256(uint8(c[off + 3])) << 24);
    }

    /// @notice Elements [e, e+n) of a checked slice as float32 bits, decoded
    /// in one pass (the hot path of row programs).
    function row(TensorSlice calldata s, uint256 e, uint256 n) internal pure returns (uint256[] memory out) {
        uint256 lo = uint256(s.firstChunk) * CHUNK_ELEMS;
        if (e < lo || (e - lo + n) * 4 > s.chunks.length) revert BadSlice("row outside the slice");
        out = new uint256[](n);
        bytes calldata c = s.chunks;
        assembly {
            let src := add(c.offset, mul(sub(e, lo), 4))
            let dst := add(out, 32)
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                let w := shr(224, calldataload(add(src, mul(i, 4))))
                // little-endian bytes b0 b1 b2 b3 -> b3 b2 b1 b0
                let v := or(or(shl(24, and(w, 0xff)), shl(8, and(w, 0xff00))), or(and(shr(8, w), 0xff00), shr(24, w)))
                mstore(add(dst, mul(i, 32)), v)
            }
        }
    }

    function _checkPadding(bytes calldata chunks, uint256 from) private pure {
        for (uint256 i = from; i < chunks.length; ++i) {
            if (chunks[i] != 0) revert BadSlice("nonzero padding after the last element");
        }
    }

    function _rangeRoot(TensorSlice calldata s, uint256 nchunks, uint256 k) private pure returns (bytes32) {
        bytes32[] memory cur = new bytes32[](k);
        for (uint256 i = 0; i < k; ++i) {
            cur[i] = _leaf(s.chunks, i * CHUNK_BYTES);
        }
        uint256 lo = s.firstChunk;
        uint256 depth = depthFor(nchunks);
        uint256 used = 0;
        for (uint256 d = 0; d < depth; ++d) {
            uint256 hi = lo + cur.length - 1;
            uint256 nlo = lo >> 1;
            bytes32[] memory next = new bytes32[]((hi >> 1) - nlo + 1);
            bytes32 left;
            if (lo & 1 == 1) {
                if (used >= s.siblings.length) revert BadSlice("too few siblings");
                left = s.siblings[used++];
            }
            bytes32 right;
            if (hi & 1 == 0) {
                if (used >= s.siblings.length) revert BadSlice("too few siblings");
                right = s.siblings[used++];
            }
            for (uint256 j = 0; j < next.length; ++j) {
                uint256 p = nlo + j; // parent position; children 2p, 2p+1
                bytes32 l = 2 * p < lo ? left : cur[2 * p - lo];
                bytes32 r = 2 * p + 1 > hi ? right : cur[2 * p + 1 - lo];
                next[j] = _node(0x01, l, r);
            }
            cur = next;
            lo = nlo;
        }
        if (used != s.siblings.length) revert BadSlice("too many siblings");
        return cur[0];
    }

    function _leaf(bytes calldata chunks, uint256 off) private pure returns (bytes32 h) {
        assembly {
            let p := mload(0x40)
            mstore8(p, 0)
            calldatacopy(add(p, 1), add(chunks.offset, off), 256)
            h := keccak256(p, 257)
        }
    }

    function _node(bytes1 prefix, bytes32 l, bytes32 r) private pure returns (bytes32 h) {
        assembly {
            let p := mload(0x40)
            mstore8(p, shr(248, prefix))
            mstore(add(p, 1), l)
            mstore(add(p, 33), r)
            h := keccak256(p, 65)
        }
    }
}
