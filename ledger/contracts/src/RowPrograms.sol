// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32 as F} from "./SoftFloat32.sol";
import {SoftMath32 as M} from "./SoftMath32.sol";
import {Reduce} from "./Reduce.sol";
import {Merkle, TensorSlice} from "./Merkle.sol";
import {OpRecordData} from "./OpRecord.sol";

/// @title RowPrograms: element programs of the RepOps row operators that
/// normalise or take exponentials of a whole row.
/// @notice Softmax, LogSoftmax, RMSNorm, CrossEntropy and their gradients,
/// exactly as docs/REPOPS.md (training/repops rows.go, reduce_ops.go) define
/// them: rowMax, sum8 and dot8 in their canonical order, then the element's
/// own operations. Every program reads whole rows, so each kind has a longest
/// row it accepts (limit), which bounds the gas of a resolution (docs/GAS.md).
library RowPrograms {
    uint16 internal constant SOFTMAX = 9;
    uint16 internal constant LOG_SOFTMAX = 10;
    uint16 internal constant RMS_NORM = 11;
    uint16 internal constant CROSS_ENTROPY = 19;
    uint16 internal constant SOFTMAX_GRAD = 23;
    uint16 internal constant LOG_SOFTMAX_GRAD = 24;
    uint16 internal constant RMS_NORM_GRAD = 25;
    uint16 internal constant CROSS_ENTROPY_GRAD = 27;

    /// @notice Longest row of the one-pass row programs (RMSNorm and
    /// SoftmaxGrad: one dot8; LogSoftmaxGrad: one sum8 and one Exp), as of
    /// MatMul and SumRows.
    uint256 internal constant MAX_ROW = 4096;
    /// @notice Longest row of the programs that take one Exp per row element
    /// (Softmax, LogSoftmax, CrossEntropy, CrossEntropyGrad).
    uint256 internal constant MAX_EXP_ROW = 256;
    /// @notice Longest row of RMSNormGrad (two dot8 and a scaled copy of the row).
    uint256 internal constant MAX_NORM_GRAD_ROW = 1024;

    /// @notice The row that the element depends on is longer than the kind's limit.
    error RowLimitExceeded(uint16 kind, uint256 length, uint256 limit);

    /// @notice Whether kind is one of this library's row operators.
    function handles(uint16 k) internal pure returns (bool) {
        return k == SOFTMAX || k == LOG_SOFTMAX || k == RMS_NORM || k == CROSS_ENTROPY || k == SOFTMAX_GRAD
            || k == LOG_SOFTMAX_GRAD || k == RMS_NORM_GRAD || k == CROSS_ENTROPY_GRAD;
    }

    /// @notice The longest row a dispute about kind k can recompute.
    function limit(uint16 k) internal pure returns (uint256) {
        if (k == SOFTMAX || k == LOG_SOFTMAX || k == CROSS_ENTROPY || k == CROSS_ENTROPY_GRAD) return MAX_EXP_ROW;
        if (k == RMS_NORM_GRAD) return MAX_NORM_GRAD_ROW;
        return MAX_ROW;
    }

    /// @notice Output element e of a row op (ok false: impossible shapes,
    /// attributes or target ids for the kind).
    function compute(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        internal
        pure
        returns (uint256, bool)
    {
        uint16 k = r.kind;
        if (k == CROSS_ENTROPY || k == CROSS_ENTROPY_GRAD) return _crossEntropy(r, ins, out, e);
        if (!_rowShapes(r, ins, out)) return (0, false);
        uint256 n = out.shape.length == 0 ? 1 : out.shape[out.shape.length - 1];
        if (n == 0) return (0, false);
        _checkLength(k, n);
        return (_row(k, ins, e, n, r.attrs.length == 1 ? r.attrs[0] : 0), true);
    }

    /// @dev Input count, attribute count and shapes of the non-cross-entropy
    /// row ops: every input has the output's shape.
    function _rowShapes(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out)
        private
        pure
        returns (bool)
    {
        uint16 k = r.kind;
        uint256 nin = k == SOFTMAX || k == LOG_SOFTMAX || k == RMS_NORM ? 1 : 2;
        uint256 nattr = k == RMS_NORM || k == RMS_NORM_GRAD ? 1 : 0;
        if (ins.length != nin || r.attrs.length != nattr) return false;
        for (uint256 i = 0; i < nin; ++i) {
            if (!_same(ins[i].shape, out.shape)) return false;
        }
        return true;
    }

    /// @dev Element e of a row op on rows of length n (shapes checked).
    function _row(uint16 k, TensorSlice[] calldata ins, uint256 e, uint256 n, uint256 eps)
        private
        pure
        returns (uint256)
    {
        uint256 j = e % n;
        uint256[] memory x = Merkle.row(ins[0], e - j, n);
        if (k == SOFTMAX || k == LOG_SOFTMAX) {
            (uint256 m, uint256 sum, uint256 ej) = _expSum(x, j);
            if (k == SOFTMAX) return F.div(ej, sum);
            return F.sub(F.sub(x[j], m), M.log(sum));
        }
        if (k == RMS_NORM) return F.mul(x[j], _rmsInv(x, eps));
        uint256[] memory dy = Merkle.row(ins[1], e - j, n);
        if (k == SOFTMAX_GRAD) {
            // x is y = Softmax(logits): dx_j = y_j·(dy_j - dot8(dy, y)).
            return F.mul(x[j], F.sub(dy[j], Reduce.dot8(dy, x)));
        }
        if (k == LOG_SOFTMAX_GRAD) {
            // x is y = LogSoftmax(logits): dx_j = dy_j - Exp(y_j)·sum8(dy).
            return F.sub(dy[j], F.mul(M.exp(x[j]), Reduce.sum8(dy)));
        }
        // RMS_NORM_GRAD: xh = x·r; d = dot8(dy, xh)/n; dx_j = r·(dy_j - xh_j·d).
        uint256 ri = _rmsInv(x, eps);
        unchecked {
            for (uint256 i = 0; i < n; ++i) {
                x[i] = F.mul(x[i], ri);
            }
        }
        uint256 d = F.div(Reduce.dot8(dy, x), M.fromInt(int256(n)));
        return F.mul(ri, F.sub(dy[j], F.mul(x[j], d)));
    }

    /// @dev CrossEntropy (logits[m,V], targets[m] -> [m]) and CrossEntropyGrad
    /// (logits, targets, dloss with m elements -> [m,V]).
    function _crossEntropy(OpRecordData memory r, TensorSlice[] calldata ins, TensorSlice calldata out, uint256 e)
        private
        pure
        returns (uint256, bool)
    {
        bool grad = r.kind == CROSS_ENTROPY_GRAD;
        if (ins.length != (grad ? 3 : 2) || r.attrs.length != 0) return (0, false);
        uint256 v = _logitsShape(grad, ins, out);
        if (v == 0) return (0, false);
        _checkLength(r.kind, v);
        return _crossEntropyRow(grad, ins, e, v);
    }

    /// @dev The program of _crossEntropy once the shapes are checked.
    function _crossEntropyRow(bool grad, TensorSlice[] calldata ins, uint256 e, uint256 v)
        private
        pure
        returns (uint256, bool)
    {
        uint256 row = grad ? e / v : e;
        (bool ok, uint256 t) = index(Merkle.element(ins[1], row), v);
        if (!ok) return (0, false); // RepOps refuses such a target: the op cannot exist
        uint256[] memory x = Merkle.row(ins[0], row * v, v);
        if (!grad) {
            (uint256 m, uint256 sum,) = _expSum(x, t);
            return (F.sub(M.log(sum), F.sub(x[t], m)), true);
        }
        return (_crossEntropyGrad(x, e % v, t, Merkle.element(ins[2], row)), true);
    }

    /// @dev p = e_j / sum8(e), minus 1 at the target, times dloss.
    function _crossEntropyGrad(uint256[] memory x, uint256 j, uint256 t, uint256 dloss)
        private
        pure
        returns (uint256)
    {
        (, uint256 sum, uint256 ej) = _expSum(x, j);
        uint256 p = F.div(ej, sum);
        if (j == t) p = F.sub(p, F.ONE);
        return F.mul(p, dloss);
    }

    /// @dev V for logits [m,V] (V > 0), targets [m], and the output (and
    /// dloss) shapes of the kind; 0 if the shapes are impossible.
    function _logitsShape(bool grad, TensorSlice[] calldata ins, TensorSlice calldata out)
        private
        pure
        returns (uint256)
    {
        uint32[] calldata ls = ins[0].shape;
        uint32[] calldata ts = ins[1].shape;
        if (ls.length != 2 || ls[1] == 0 || ts.length != 1 || ts[0] != ls[0]) return 0;
        if (grad) {
            if (!_same(out.shape, ls) || Merkle.numel(ins[2].shape) != ls[0]) return 0;
        } else if (out.shape.length != 1 || out.shape[0] != ls[0]) {
            return 0;
        }
        return ls[1];
    }

    /// @dev m = rowMax(x), sum = sum8(Exp(x_i - m)) and e_j = Exp(x_j - m).
    function _expSum(uint256[] memory x, uint256 j) private pure returns (uint256 m, uint256 sum, uint256 ej) {
        m = Reduce.rowMax(x);
        uint256[8] memory s;
        uint256 n = x.length;
        unchecked {
            for (uint256 i = 0; i < n; ++i) {
                uint256 ei = M.exp(F.sub(x[i], m));
                s[i & 7] = F.add(s[i & 7], ei);
                if (i == j) ej = ei;
            }
        }
        sum = Reduce.tree8(s);
    }

    /// @dev 1 / Sqrt(dot8(x, x)/n + eps) with n = x.length as a float.
    function _rmsInv(uint256[] memory x, uint256 eps) private pure returns (uint256) {
        uint256 ms = F.div(Reduce.dot8(x, x), M.fromInt(int256(x.length)));
        return F.div(F.ONE, F.sqrt(F.add(ms, eps)));
    }

    /// @dev The integer id held by float bits v if it is one in [0, n): what
    /// RepOps accepts as a target (-0 counts as 0; NaN, infinities, fractions
    /// and negative values do not).
    function index(uint256 v, uint256 n) internal pure returns (bool, uint256) {
        uint256 a = v & F.ABS;
        if (a == 0) return (true, 0);
        if (v & F.SIGN != 0 || a >= F.INF) return (false, 0);
        uint256 ex = a >> 23;
        if (ex < 127 || ex > 127 + 31) return (false, 0); // below 1, or at least 2^32 > n
        uint256 m = (a & 0x7FFFFF) | 0x800000;
        uint256 id;
        if (ex >= 150) {
            id = m << (ex - 150);
        } else {
            if (m & ((uint256(1) << (150 - ex)) - 1) != 0) return (false, 0);
            id = m >> (150 - ex);
        }
        return (id < n, id);
    }

    function _checkLength(uint16 k, uint256 n) private pure {
        uint256 lim = limit(k);
        if (n > lim) revert RowLimitExceeded(k, n, lim);
    }

    function _same(uint32[] calldata a, uint32[] calldata b) private pure returns (bool) {
        if (a.length != b.length) return false;
        for (uint256 i = 0; i < a.length; ++i) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}
