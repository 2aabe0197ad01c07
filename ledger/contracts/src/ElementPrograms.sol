// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32 as F} from "./SoftFloat32.sol";
import {SoftMath32 as M} from "./SoftMath32.sol";
import {Reduce} from "./Reduce.sol";
import {RowPrograms} from "./RowPrograms.sol";
import {Merkle, TensorSlice} from "./Merkle.sol";
import {OpRecordData} from "./OpRecord.sol";

/// @title ElementPrograms: one output element of a RepOps operator.
/// @notice Each program is the canonical element program of docs/REPOPS.md,
/// written with SoftFloat32, so it returns the bits RepOps computes. Kind
/// numbers are training/repops/kind.go's. Inputs come as checked slices (the
/// caller has verified each against the record's input root); a program reads
/// only the elements its output element depends on.
library ElementPrograms {
    uint16 internal constant MATMUL = 1;
    uint16 internal constant TRANSPOSE = 2;
    uint16 internal constant ADD = 3;
    uint16 internal constant SUB = 4;
    uint16 internal constant MUL = 5;
    uint16 internal constant DIV = 6;
    uint16 internal constant SCALE = 7;
    uint16 internal constant ADD_ROW = 8;
    uint16 internal constant SILU = 12;
    uint16 internal constant CAUSAL_MASK = 15;
    uint16 internal constant SUM_ROWS = 18;
    uint16 internal constant SILU_GRAD = 26;
    uint16 internal constant MUL_ROW = 28;
    uint16 internal constant EXP = 29;
    uint16 internal constant LOG = 30;
    uint16 internal constant MAXIMUM = 31;
    uint16 internal constant MINIMUM = 32;
    uint16 internal constant CLAMP = 33;
    uint16 internal constant SIGMOID = 35;
    uint16 internal constant TANH = 36;
    uint16 internal constant SELECT = 37;
    uint16 internal constant LESS_EQUAL = 38;
    uint16 internal constant SQRT = 41;

    /// @notice The longest row (contracted dimension of a matrix product, or
    /// row of a row reduction) that a dispute can recompute; it bounds the gas
    /// of a resolution. Row operators with more work per element have lower
    /// limits (RowPrograms.limit).
    uint256 internal constant MAX_ROW = RowPrograms.MAX_ROW;

    /// @notice No element program exists on chain for this kind.
    error UnsupportedKind(uint16 kind);
    /// @notice The row that the element depends on exceeds MAX_ROW.
    error RowTooLong(uint256 length);

    /// @notice Whether kind has an on-chain element program.
    function supported(uint16 kind) internal pure returns (bool) {
        return kind == MATMUL || kind == TRANSPOSE || (kind >= ADD && kind <= ADD_ROW) || kind == CAUSAL_MASK
            || kind == SUM_ROWS || kind == MUL_ROW || kind == MAXIMUM || kind == MINIMUM || kind == CLAMP
            || kind == SELECT || kind == LESS_EQUAL || kind == SQRT || kind == SILU || kind == SILU_GRAD || kind == EXP
            || kind == LOG || kind == SIGMOID || kind == TANH || RowPrograms.handles(kind);
    }

    /// @notice Computes output element e of the op. ok is false if the
    /// committed shapes or attributes are impossible for the kind (the op as
    /// committed is invalid, which is the committer's fault).
    function compute(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        internal
        pure
        returns (uint256 bits, bool ok)
    {
        uint16 k = r.kind;
        if (k == MATMUL) return _matmul(r, ins, out, e);
        if (k == ADD_ROW || k == MUL_ROW) return _rowwise(r, ins, out, e);
        if (k == TRANSPOSE) return _transpose(r, ins, out, e);
        if (k == SUM_ROWS) return _sumRows(r, ins, out, e);
        if (k == CAUSAL_MASK) return _causalMask(r, ins, out, e);
        if (k == SELECT) {
            if (ins.length != 3 || !_same(ins[0].shape, out.shape) || !_same(ins[1].shape, out.shape)
                || !_same(ins[2].shape, out.shape) || r.attrs.length != 0) return (0, false);
            uint256 c = Merkle.element(ins[0], e);
            // c != 0 (a NaN in c selects x)
            return ((c & F.ABS) != 0 ? Merkle.element(ins[1], e) : Merkle.element(ins[2], e), true);
        }
        if (RowPrograms.handles(k)) return RowPrograms.compute(r, ins, out, e);
        if (k == SCALE || k == SQRT || k == CLAMP || k == EXP || k == LOG || k == SIGMOID || k == TANH || k == SILU) {
            return _unary(r, ins, out, e);
        }
        return _binary(r, ins, out, e);
    }

    function _binary(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        uint16 k = r.kind;
        if (k != ADD && k != SUB && k != MUL && k != DIV && k != MAXIMUM && k != MINIMUM && k != LESS_EQUAL
                && k != SILU_GRAD) revert UnsupportedKind(k);
        if (ins.length != 2 || r.attrs.length != 0 || !_same(ins[0].shape, out.shape) || !_same(ins[1].shape, out.shape)) {
            return (0, false);
        }
        uint256 a = Merkle.element(ins[0], e);
        uint256 b = Merkle.element(ins[1], e);
        if (k == ADD) return (F.add(a, b), true);
        if (k == SUB) return (F.sub(a, b), true);
        if (k == MUL) return (F.mul(a, b), true);
        if (k == DIV) return (F.div(a, b), true);
        if (k == MAXIMUM) return (F.max(a, b), true);
        if (k == MINIMUM) return (F.min(a, b), true);
        if (k == SILU_GRAD) {
            // s = Sigmoid(x); g = s·(1 + x·(1 - s)); dx = dy·g
            uint256 s = M.sigmoid(a);
            return (F.mul(b, F.mul(s, F.add(F.ONE, F.mul(a, F.sub(F.ONE, s))))), true);
        }
        return (F.le(a, b) ? F.ONE : 0, true);
    }

    function _unary(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        uint16 k = r.kind;
        uint256 want = k == SCALE ? 1 : k == CLAMP ? 2 : 0;
        if (ins.length != 1 || r.attrs.length != want || !_same(ins[0].shape, out.shape)) return (0, false);
        uint256 x = Merkle.element(ins[0], e);
        if (k == SCALE) return (F.mul(x, r.attrs[0]), true);
        if (k == SQRT) return (F.sqrt(x), true);
        if (k == EXP) return (M.exp(x), true);
        if (k == LOG) return (M.log(x), true);
        if (k == SIGMOID) return (M.sigmoid(x), true);
        if (k == TANH) return (M.tanh(x), true);
        if (k == SILU) return (F.mul(x, M.sigmoid(x)), true);
        return (F.min(F.max(x, r.attrs[0]), r.attrs[1]), true);
    }

    function _rowwise(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 2 || r.attrs.length != 0 || !_same(ins[0].shape, out.shape)) return (0, false);
        uint256 n = _cols(ins[0].shape);
        if (ins[1].shape.length != 1 || ins[1].shape[0] != n || n == 0) return (0, false);
        uint256 a = Merkle.element(ins[0], e);
        uint256 b = Merkle.element(ins[1], e % n);
        return (r.kind == ADD_ROW ? F.add(a, b) : F.mul(a, b), true);
    }

    function _transpose(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 1 || r.attrs.length != 0) return (0, false);
        (bool ok, uint256 m, uint256 n) = _transposeShape(ins[0].shape, out.shape);
        if (!ok) return (0, false);
        // y[b, j, i] = x[b, i, j]
        uint256 src = (e / (m * n)) * m * n + (e % m) * n + (e / m) % n;
        return (Merkle.element(ins[0], src), true);
    }

    function _transposeShape(uint32[] calldata xs, uint32[] calldata ys)
        private
        pure
        returns (bool ok, uint256 m, uint256 n)
    {
        uint256 rk = xs.length;
        if (rk < 2 || ys.length != rk || ys[rk - 2] != xs[rk - 1] || ys[rk - 1] != xs[rk - 2]) return (false, 0, 0);
        for (uint256 d = 0; d + 2 < rk; ++d) {
            if (xs[d] != ys[d]) return (false, 0, 0);
        }
        return (true, xs[rk - 2], xs[rk - 1]);
    }

    function _causalMask(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 1 || r.attrs.length != 1 || !_same(ins[0].shape, out.shape)) return (0, false);
        uint32[] calldata s = ins[0].shape;
        if (s.length < 2) return (0, false);
        uint256 t = s[s.length - 2];
        uint256 n = s[s.length - 1];
        uint256 i = (e / n) % t;
        uint256 j = e % n;
        if (j > i + r.attrs[0]) return (F.SIGN | F.INF, true);
        return (Merkle.element(ins[0], e), true);
    }

    function _sumRows(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 1 || r.attrs.length != 0 || !_sumRowsShape(ins[0].shape, out.shape)) return (0, false);
        uint256 n = _cols(ins[0].shape);
        if (n > MAX_ROW) revert RowTooLong(n);
        return (_sum8(ins[0], e * n, n), true);
    }

    /// @dev out shape: x's shape without its last dimension, or [1] for rank <= 1.
    function _sumRowsShape(uint32[] calldata xs, uint32[] calldata ys) private pure returns (bool) {
        if (xs.length <= 1) return ys.length == 1 && ys[0] == 1;
        if (ys.length != xs.length - 1) return false;
        for (uint256 d = 0; d < ys.length; ++d) {
            if (ys[d] != xs[d]) return false;
        }
        return true;
    }

    /// @dev The canonical sum (docs/REPOPS.md "sum8") of n elements from index base.
    function _sum8(TensorSlice calldata x, uint256 base, uint256 n) private pure returns (uint256) {
        uint256[] memory a = Merkle.row(x, base, n);
        uint256[8] memory s;
        unchecked {
            for (uint256 i = 0; i < n; ++i) {
                s[i & 7] = F.add(s[i & 7], a[i]);
            }
        }
        return Reduce.tree8(s);
    }

    function _matmul(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        if (ins.length != 2 || r.attrs.length != 0) return (0, false);
        (bool ok, uint256 m, uint256 k, uint256 n) = _matmulShape(ins[0].shape, ins[1].shape, out.shape);
        if (!ok) return (0, false);
        if (k > MAX_ROW) revert RowTooLong(k);
        // C[b, i, j] = dot8(A[b, i, :], B[b, j, :])
        uint256 b = e / (m * n);
        uint256 aRow = (b * m + (e / n) % m) * k;
        uint256 bRow = (b * n + e % n) * k;
        return (_dot8(ins[0], aRow, ins[1], bRow, k), true);
    }

    function _matmulShape(uint32[] calldata as_, uint32[] calldata bs, uint32[] calldata cs)
        private
        pure
        returns (bool ok, uint256 m, uint256 k, uint256 n)
    {
        uint256 rk = as_.length;
        if (rk < 2 || bs.length != rk || cs.length != rk) return (false, 0, 0, 0);
        for (uint256 d = 0; d + 2 < rk; ++d) {
            if (as_[d] != bs[d] || cs[d] != as_[d]) return (false, 0, 0, 0);
        }
        m = as_[rk - 2];
        k = as_[rk - 1];
        n = bs[rk - 2];
        ok = bs[rk - 1] == k && cs[rk - 2] == m && cs[rk - 1] == n;
    }

    /// @dev The canonical dot product (docs/REPOPS.md "dot8"): lane i%8
    /// accumulates float32(a_i*b_i) from +0, then the fixed tree.
    function _dot8(TensorSlice calldata a, uint256 ia, TensorSlice calldata b, uint256 ib, uint256 k)
        private
        pure
        returns (uint256)
    {
        uint256[] memory x = Merkle.row(a, ia, k);
        uint256[] memory y = Merkle.row(b, ib, k);
        uint256[8] memory s;
        unchecked {
            for (uint256 i = 0; i < k; ++i) {
                s[i & 7] = F.add(s[i & 7], F.mul(x[i], y[i]));
            }
        }
        return Reduce.tree8(s);
    }

    function _cols(uint32[] calldata s) private pure returns (uint256) {
        return s.length == 0 ? 1 : s[s.length - 1];
    }

    function _same(uint32[] calldata a, uint32[] calldata b) private pure returns (bool) {
        if (a.length != b.length) return false;
        for (uint256 i = 0; i < a.length; ++i) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}
