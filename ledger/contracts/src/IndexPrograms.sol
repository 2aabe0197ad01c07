// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32 as F} from "./SoftFloat32.sol";
import {Merkle, TensorSlice} from "./Merkle.sol";
import {RowPrograms} from "./RowPrograms.sol";
import {ElementProof} from "./Referee.sol";
import {ProgramDelegate} from "./ProgramDelegate.sol";

/// @title IndexPrograms: element programs of the RepOps operators that move
/// data by index (docs/REPOPS.md kinds 13, 14, 20, 21, 39, 40, 42).
/// @notice Embedding, Pick, PickGrad, Concat, Slice and Reshape copy one
/// input element (or write +0); EmbeddingGrad sums, from +0 in increasing
/// position, the dy elements of the positions whose id is the output row
/// (seqsum). Ids are float32 tensors holding integers: an id that is not an
/// integer in [0, V) makes the op impossible (ok false), as RepOps refuses
/// it. EmbeddingGrad checks every id of the op, so its proof carries the
/// whole ids tensor and one slice of dy per run of needed chunks; it accepts
/// at most MAX_EMBEDDING_GRAD_IDS ids of which at most MAX_EMBEDDING_GRAD_HITS
/// equal the disputed row.
library IndexPrograms {
    uint16 internal constant EMBEDDING = 13;
    uint16 internal constant EMBEDDING_GRAD = 14;
    uint16 internal constant CONCAT = 20;
    uint16 internal constant SLICE = 21;
    uint16 internal constant PICK = 39;
    uint16 internal constant PICK_GRAD = 40;
    uint16 internal constant RESHAPE = 42;

    /// @notice Most ids (positions n) of an EmbeddingGrad that a dispute can
    /// recompute: its proof carries all of them (as MAX_ROW).
    uint256 internal constant MAX_EMBEDDING_GRAD_IDS = RowPrograms.MAX_ROW;
    /// @notice Most positions holding the disputed row's id that an
    /// EmbeddingGrad dispute can sum: each dy element read may lie in a chunk
    /// of its own, with its own slice and range proof (about 1.1 KiB of
    /// calldata and 60,000 gas). With 64 the worst proof stays under geth's
    /// 128 KiB transaction size and far under the EIP-7825 gas cap, whatever
    /// the shape of dy (docs/GAS.md).
    uint256 internal constant MAX_EMBEDDING_GRAD_HITS = 64;

    /// @notice Whether kind is one of this library's operators.
    function handles(uint16 k) internal pure returns (bool) {
        return k == EMBEDDING || k == EMBEDDING_GRAD || k == CONCAT || k == SLICE || k == PICK || k == PICK_GRAD
            || k == RESHAPE;
    }

    /// @notice Element e of the only output (shape outShape) of an op of kind
    /// k with attributes attrs and checked input slices ins; ok false if the
    /// op as committed is impossible. For EmbeddingGrad, ins[0] and ins[2..]
    /// are slices of dy in increasing order and ins[1] is all of ids.
    function compute(
        uint16 k,
        uint32[] memory attrs,
        TensorSlice[] calldata ins,
        uint32[] calldata outShape,
        uint256 e
    ) internal pure returns (uint256, bool) {
        if (k == EMBEDDING_GRAD) return _embeddingGrad(attrs, ins, outShape, e);
        if (k == EMBEDDING || k == PICK || k == PICK_GRAD) return _gather(k, attrs, ins, outShape, e);
        if (k == CONCAT) return _concat(attrs, ins, outShape, e);
        if (k == SLICE) return _slice(attrs, ins, outShape, e);
        // RESHAPE: the same elements under a new shape.
        if (ins.length != 1 || attrs.length != 0 || Merkle.numel(ins[0].shape) != Merkle.numel(outShape)) {
            return (0, false);
        }
        return (Merkle.element(ins[0], e), true);
    }

    /// @dev Embedding table[V,d], ids[n] -> [n,d]; Pick X[m,V], ids[m] -> [m];
    /// PickGrad dy[m], ids[m] -> [m,V] (attrs [V]).
    function _gather(uint16 k, uint32[] memory attrs, TensorSlice[] calldata ins, uint32[] calldata os, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 2 || attrs.length != (k == PICK_GRAD ? 1 : 0) || ins[1].shape.length != 1) return (0, false);
        if (k == EMBEDDING) return _embedding(ins, os, e);
        if (k == PICK) return _pick(ins, os, e);
        return _pickGrad(attrs[0], ins, os, e);
    }

    /// @dev Y[p,j] = table[ids_p, j].
    function _embedding(TensorSlice[] calldata ins, uint32[] calldata os, uint256 e) private pure returns (uint256, bool) {
        uint32[] calldata xs = ins[0].shape;
        if (xs.length != 2 || os.length != 2 || os[0] != ins[1].shape[0] || os[1] != xs[1]) return (0, false);
        uint256 d = xs[1];
        (bool ok, uint256 id) = RowPrograms.index(Merkle.element(ins[1], e / d), xs[0]);
        if (!ok) return (0, false);
        return (Merkle.element(ins[0], id * d + e % d), true);
    }

    /// @dev y_i = X[i, ids_i].
    function _pick(TensorSlice[] calldata ins, uint32[] calldata os, uint256 e) private pure returns (uint256, bool) {
        uint32[] calldata xs = ins[0].shape;
        uint256 m = ins[1].shape[0];
        if (xs.length != 2 || xs[0] != m || os.length != 1 || os[0] != m) return (0, false);
        (bool ok, uint256 id) = RowPrograms.index(Merkle.element(ins[1], e), xs[1]);
        if (!ok) return (0, false);
        return (Merkle.element(ins[0], e * xs[1] + id), true);
    }

    /// @dev dy_i at (i, ids_i), +0 elsewhere.
    function _pickGrad(uint256 v, TensorSlice[] calldata ins, uint32[] calldata os, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        uint256 m = ins[1].shape[0];
        if (v == 0 || ins[0].shape.length != 1 || ins[0].shape[0] != m || os.length != 2 || os[0] != m || os[1] != v) {
            return (0, false);
        }
        (bool ok, uint256 t) = RowPrograms.index(Merkle.element(ins[1], e / v), v);
        if (!ok) return (0, false);
        return (e % v == t ? Merkle.element(ins[0], e / v) : 0, true);
    }

    /// @dev EmbeddingGrad dy[n,d], ids[n] -> [V,d] (attrs [V]):
    /// Y[v,j] = seqsum of dy[p,j] over p ascending with ids_p = v.
    function _embeddingGrad(uint32[] memory attrs, TensorSlice[] calldata ins, uint32[] calldata os, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        (uint256 n, uint256 v) = _embeddingGradShape(attrs, ins, os);
        if (v == 0) return (0, false);
        if (n > MAX_EMBEDDING_GRAD_IDS) revert RowPrograms.RowLimitExceeded(EMBEDDING_GRAD, n, MAX_EMBEDDING_GRAD_IDS);
        (bool ok, uint256 hits, uint256[] memory pos) = _scan(ins[1], n, v, e / os[1]);
        if (!ok) return (0, false);
        if (hits > MAX_EMBEDDING_GRAD_HITS) {
            revert RowPrograms.RowLimitExceeded(EMBEDDING_GRAD, hits, MAX_EMBEDDING_GRAD_HITS);
        }
        return (_seqsum(ins, pos, hits, e, os[1]), true);
    }

    /// @dev n and V of dy[n,d], ids[n] -> [V,d] with attrs [V]; V = 0 if impossible.
    function _embeddingGradShape(uint32[] memory attrs, TensorSlice[] calldata ins, uint32[] calldata os)
        private
        pure
        returns (uint256 n, uint256 v)
    {
        if (ins.length < 2 || attrs.length != 1) return (0, 0);
        uint32[] calldata ds = ins[0].shape;
        uint32[] calldata is_ = ins[1].shape;
        v = attrs[0];
        if (ds.length != 2 || is_.length != 1 || is_[0] != ds[0] || os.length != 2 || os[0] != v || os[1] != ds[1]) {
            return (0, 0);
        }
        n = ds[0];
    }

    /// @dev Scans the n ids (slice s, from element 0): ok false if any is
    /// not an integer in [0, v) (RepOps refuses the whole op then, whichever
    /// row is disputed, as RowPrograms.index); else the positions p with
    /// ids_p = row, ascending (at most MAX_EMBEDDING_GRAD_HITS are stored, hits
    /// counts all). One assembly loop: an id costs about 60 gas.
    function _scan(TensorSlice calldata s, uint256 n, uint256 v, uint256 row)
        private
        pure
        returns (bool ok, uint256 hits, uint256[] memory pos)
    {
        if (s.firstChunk != 0 || s.chunks.length < n * 4) revert Merkle.BadSlice("ids not whole");
        bytes calldata c = s.chunks;
        uint256 cap = MAX_EMBEDDING_GRAD_HITS;
        pos = new uint256[](cap);
        assembly {
            // idOf: RowPrograms.index on float32 bits x.
            function idOf(x, lim) -> id, good {
                if iszero(and(x, 0x7FFFFFFF)) {
                    good := 1
                    leave
                }
                let ex := shr(23, x) // the sign bit makes it > 255
                if or(lt(ex, 127), gt(ex, 158)) { leave }
                let m := or(and(x, 0x7FFFFF), 0x800000)
                switch lt(ex, 150)
                case 0 { id := shl(sub(ex, 150), m) }
                default {
                    let sh := sub(150, ex)
                    if and(m, sub(shl(sh, 1), 1)) { leave }
                    id := shr(sh, m)
                }
                good := lt(id, lim)
            }
            ok := 1
            let dst := add(pos, 32)
            for { let p := 0 } lt(p, n) { p := add(p, 1) } {
                let w := shr(224, calldataload(add(c.offset, mul(p, 4))))
                let x := or(or(shl(24, and(w, 0xff)), shl(8, and(w, 0xff00))), or(and(shr(8, w), 0xff00), shr(24, w)))
                let id, good := idOf(x, v)
                if iszero(good) {
                    ok := 0
                    break
                }
                if eq(id, row) {
                    if lt(hits, cap) { mstore(add(dst, mul(hits, 32)), p) }
                    hits := add(hits, 1)
                }
            }
        }
    }

    /// @dev seqsum of dy[p,j] over the positions pos[0..hits) (e = row·d + j);
    /// dy's elements come from ins[0], ins[2], ins[3], ... in increasing order.
    function _seqsum(TensorSlice[] calldata ins, uint256[] memory pos, uint256 hits, uint256 e, uint256 d)
        private
        pure
        returns (uint256 c)
    {
        uint256 s = 0;
        for (uint256 i = 0; i < hits; ++i) {
            uint256 x;
            (s, x) = _dy(ins, s, pos[i] * d + e % d);
            c = F.add(c, x);
        }
    }

    /// @dev dy element idx from slice s or a later one (ins[0], ins[2], ...).
    function _dy(TensorSlice[] calldata ins, uint256 s, uint256 idx) private pure returns (uint256, uint256) {
        while (idx >= _end(ins[s])) {
            s = s == 0 ? 2 : s + 1;
            if (s >= ins.length) revert Merkle.BadSlice("dy element outside the slices");
        }
        return (s, Merkle.element(ins[s], idx));
    }

    /// @dev One past the last element index a slice holds.
    function _end(TensorSlice calldata s) private pure returns (uint256) {
        return uint256(s.firstChunk) * Merkle.CHUNK_ELEMS + s.chunks.length / 4;
    }

    /// @dev Concat X0, X1, ... along attrs[0]: every other dimension equal.
    function _concat(uint32[] memory attrs, TensorSlice[] calldata ins, uint32[] calldata os, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length == 0 || attrs.length != 1 || attrs[0] >= os.length) return (0, false);
        uint256 axis = attrs[0];
        uint256 total = 0;
        for (uint256 i = 0; i < ins.length; ++i) {
            uint32[] calldata xs = ins[i].shape;
            if (xs.length != os.length) return (0, false);
            for (uint256 d = 0; d < os.length; ++d) {
                if (d != axis && xs[d] != os[d]) return (0, false);
            }
            total += xs[axis];
        }
        if (total != os[axis]) return (0, false);
        uint256 inner = _inner(os, axis);
        uint256 o = e / (total * inner);
        uint256 a = (e / inner) % total;
        uint256 i2 = 0;
        while (a >= ins[i2].shape[axis]) {
            a -= ins[i2].shape[axis];
            ++i2;
        }
        uint256 len = ins[i2].shape[axis];
        return (Merkle.element(ins[i2], (o * len + a) * inner + e % inner), true);
    }

    /// @dev Slice X along attrs[0] to [attrs[1], attrs[2]).
    function _slice(uint32[] memory attrs, TensorSlice[] calldata ins, uint32[] calldata os, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 1 || attrs.length != 3) return (0, false);
        uint32[] calldata xs = ins[0].shape;
        uint256 axis = attrs[0];
        uint256 start = attrs[1];
        uint256 end = attrs[2];
        if (axis >= xs.length || xs.length != os.length || end < start || end > xs[axis]) return (0, false);
        for (uint256 d = 0; d < os.length; ++d) {
            if (os[d] != (d == axis ? end - start : xs[d])) return (0, false);
        }
        return (Merkle.element(ins[0], _sliceSource(os, axis, start, xs[axis], e)), true);
    }

    /// @dev The input index of output element e of a slice starting at start
    /// along axis, whose input has dim dims along it.
    function _sliceSource(uint32[] calldata os, uint256 axis, uint256 start, uint256 dim, uint256 e)
        private
        pure
        returns (uint256)
    {
        uint256 inner = _inner(os, axis);
        uint256 len = os[axis];
        uint256 o = e / (len * inner);
        uint256 a = (e / inner) % len;
        return (o * dim + start + a) * inner + e % inner;
    }

    /// @dev The product of the dimensions after axis.
    function _inner(uint32[] calldata s, uint256 axis) private pure returns (uint256 n) {
        n = 1;
        for (uint256 d = axis + 1; d < s.length; ++d) n *= s[d];
    }
}

/// @title IndexReferee: the Referee's delegate for the IndexPrograms kinds.
/// @notice Deployed once; the Referee forwards a judge call's proof to it
/// after checking the record, the graph and every slice against its root.
contract IndexReferee is ProgramDelegate {
    function _compute(
        uint16 kind,
        uint32[] memory attrs,
        uint256 outputs,
        ElementProof calldata p
    ) internal pure override returns (uint256, bool) {
        if (!IndexPrograms.handles(kind)) _unsupported(kind);
        if (outputs != 1) return (0, false);
        return IndexPrograms.compute(kind, attrs, p.inputs, p.output.shape, p.element);
    }
}
