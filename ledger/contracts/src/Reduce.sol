// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32 as F} from "./SoftFloat32.sol";

/// @title Reduce: the canonical reductions of docs/REPOPS.md on decoded rows.
/// @notice Rows are float32 bits in memory arrays (Merkle.row). sum8 and dot8
/// accumulate lane i%8 from +0 in increasing index order, then fold the eight
/// lanes with the fixed tree; rowMax folds RepOps Max from the first element.
library Reduce {
    /// @notice sum8(a).
    function sum8(uint256[] memory a) internal pure returns (uint256) {
        uint256[8] memory s;
        uint256 n = a.length;
        unchecked {
            for (uint256 i = 0; i < n; ++i) {
                s[i & 7] = F.add(s[i & 7], a[i]);
            }
        }
        return tree8(s);
    }

    /// @notice dot8(a, b): sum8 over the rounded products a_i·b_i (a and b of equal length).
    function dot8(uint256[] memory a, uint256[] memory b) internal pure returns (uint256) {
        uint256[8] memory s;
        uint256 n = a.length;
        unchecked {
            for (uint256 i = 0; i < n; ++i) {
                s[i & 7] = F.add(s[i & 7], F.mul(a[i], b[i]));
            }
        }
        return tree8(s);
    }

    /// @notice rowMax(a): m = a_0, then m = Max(m, a_i) for i = 1..n-1 (a non-empty).
    function rowMax(uint256[] memory a) internal pure returns (uint256 m) {
        m = a[0];
        uint256 n = a.length;
        unchecked {
            for (uint256 i = 1; i < n; ++i) {
                m = F.max(m, a[i]);
            }
        }
    }

    /// @notice The fixed tree: t_i = s_i + s_{i+4}; (t0 + t2) + (t1 + t3).
    function tree8(uint256[8] memory s) internal pure returns (uint256) {
        uint256 t0 = F.add(s[0], s[4]);
        uint256 t1 = F.add(s[1], s[5]);
        uint256 t2 = F.add(s[2], s[6]);
        uint256 t3 = F.add(s[3], s[7]);
        return F.add(F.add(t0, t2), F.add(t1, t3));
    }
}
