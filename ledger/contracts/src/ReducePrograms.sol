// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32 as F} from "./SoftFloat32.sol";
import {SoftMath32 as M} from "./SoftMath32.sol";
import {Reduce} from "./Reduce.sol";
import {Merkle, TensorSlice} from "./Merkle.sol";
import {RowPrograms} from "./RowPrograms.sol";
import {ElementProof} from "./Referee.sol";
import {ProgramDelegate} from "./ProgramDelegate.sol";

/// @title ReducePrograms: element programs of Sum, Mean (whole-tensor
/// reductions) and Adam (elementwise, three outputs), docs/REPOPS.md kinds
/// 16, 17 and 22.
/// @notice Sum is sum8 over all elements in index order and Mean that sum
/// divided by the element count as a float; both read the whole tensor, so
/// they accept at most MAX_ELEMS elements. Adam follows training/repops
/// adam.go operation by operation.
library ReducePrograms {
    uint16 internal constant SUM = 16;
    uint16 internal constant MEAN = 17;
    uint16 internal constant ADAM = 22;

    /// @notice Most elements a Sum or Mean dispute can recompute (as MAX_ROW).
    uint256 internal constant MAX_ELEMS = RowPrograms.MAX_ROW;

    /// @notice Whether kind is one of this library's operators.
    function handles(uint16 k) internal pure returns (bool) {
        return k == SUM || k == MEAN || k == ADAM;
    }

    /// @notice Element e of output slot of an op of kind k (see IndexPrograms.compute).
    function compute(
        uint16 k,
        uint32[] memory attrs,
        uint256 outputs,
        TensorSlice[] calldata ins,
        uint32[] calldata outShape,
        uint256 slot,
        uint256 e
    ) internal pure returns (uint256, bool) {
        if (k == ADAM) {
            if (outputs != 3 || ins.length != 4 || attrs.length != 9) return (0, false);
            for (uint256 i = 0; i < 4; ++i) {
                if (!_same(ins[i].shape, outShape)) return (0, false);
            }
            uint256[4] memory x;
            for (uint256 i = 0; i < 4; ++i) {
                x[i] = Merkle.element(ins[i], e);
            }
            return (adam(attrs, x, slot), true);
        }
        if (outputs != 1 || ins.length != 1 || attrs.length != 0) return (0, false);
        if (outShape.length != 1 || outShape[0] != 1) return (0, false);
        uint256 n = Merkle.numel(ins[0].shape);
        if (n > MAX_ELEMS) revert RowPrograms.RowLimitExceeded(k, n, MAX_ELEMS);
        if (k == MEAN && n == 0) return (0, false); // RepOps refuses the mean of nothing
        uint256 s = Reduce.sum8(Merkle.row(ins[0], 0, n));
        return (k == SUM ? s : F.div(s, M.fromInt(int256(n))), true);
    }

    /// @notice Output slot (0: p', 1: m', 2: v') of one Adam element with
    /// attrs [lr, β1, β2, eps, 1−β1, 1−β2, c1, c2, wd]:
    /// m' = β1·m + (1−β1)·g; v' = β2·v + ((1−β2)·g)·g;
    /// u = (m'·c1) / (Sqrt(v'·c2) + eps) + wd·p; p' = p − lr·u.
    /// x holds the element of p, g, m and v.
    function adam(uint32[] memory a, uint256[4] memory x, uint256 slot) internal pure returns (uint256) {
        uint256 m2 = F.add(F.mul(a[1], x[2]), F.mul(a[4], x[1]));
        if (slot == 1) return m2;
        uint256 v2 = F.add(F.mul(a[2], x[3]), F.mul(F.mul(a[5], x[1]), x[1]));
        if (slot == 2) return v2;
        uint256 q = F.div(F.mul(m2, a[6]), F.add(F.sqrt(F.mul(v2, a[7])), a[3]));
        return F.sub(x[0], F.mul(a[0], F.add(q, F.mul(a[8], x[0]))));
    }

    function _same(uint32[] calldata a, uint32[] calldata b) private pure returns (bool) {
        if (a.length != b.length) return false;
        for (uint256 i = 0; i < a.length; ++i) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}

/// @title ReduceReferee: the Referee's delegate for Sum, Mean and Adam.
contract ReduceReferee is ProgramDelegate {
    function _compute(
        uint16 kind,
        uint32[] memory attrs,
        uint256 outputs,
        ElementProof calldata p
    ) internal pure override returns (uint256, bool) {
        if (!ReducePrograms.handles(kind)) _unsupported(kind);
        return ReducePrograms.compute(kind, attrs, outputs, p.inputs, p.output.shape, p.slot, p.element);
    }
}
