// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32} from "../SoftFloat32.sol";
import {SoftMath32} from "../SoftMath32.sol";

/// @title SoftFloatHarness: batched access to SoftFloat32 and SoftMath32 for differential tests.
/// @notice Not deployed on a network; tests call it with eth_call to compare the
/// Solidity soft-float with Go's float32 arithmetic on many operands at once.
contract SoftFloatHarness {
    /// @notice Operation codes accepted by run.
    uint8 public constant OP_ADD = 0;
    uint8 public constant OP_SUB = 1;
    uint8 public constant OP_MUL = 2;
    uint8 public constant OP_DIV = 3;
    uint8 public constant OP_SQRT = 4;
    uint8 public constant OP_LT = 5;
    uint8 public constant OP_LE = 6;
    uint8 public constant OP_EQ = 7;
    uint8 public constant OP_MIN = 8;
    uint8 public constant OP_MAX = 9;
    uint8 public constant OP_EXP = 10;
    uint8 public constant OP_LOG = 11;
    uint8 public constant OP_TANH = 12;
    uint8 public constant OP_SIGMOID = 13;

    /// @notice The op code is not one of the OP_ constants.
    error UnknownOp(uint8 op);
    /// @notice pairs is not a whole number of 8-byte operand pairs.
    error BadLength(uint256 length);

    /// @notice Applies op to each operand pair. pairs holds big-endian
    /// (a, b) float32 bit pairs, 8 bytes each (b is ignored by the unary sqrt, exp, log, tanh and sigmoid); the result
    /// holds one big-endian 4-byte word per pair (comparisons give 0 or 1).
    function run(uint8 op, bytes calldata pairs) external pure returns (bytes memory out) {
        if (pairs.length % 8 != 0) revert BadLength(pairs.length);
        if (op > OP_SIGMOID) revert UnknownOp(op);
        uint256 n = pairs.length / 8;
        out = new bytes(n * 4);
        uint256 base;
        assembly {
            base := pairs.offset
        }
        for (uint256 i = 0; i < n; ++i) {
            uint256 w;
            assembly {
                w := shr(192, calldataload(add(base, mul(i, 8))))
            }
            uint256 a = w >> 32;
            uint256 b = w & 0xFFFFFFFF;
            uint256 r = _apply(op, a, b);
            assembly {
                let p := add(add(out, 32), mul(i, 4))
                mstore(p, or(shl(224, r), and(mload(p), 0x00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff)))
            }
        }
    }

    function _apply(uint8 op, uint256 a, uint256 b) private pure returns (uint256) {
        if (op == OP_ADD) return SoftFloat32.add(a, b);
        if (op == OP_SUB) return SoftFloat32.sub(a, b);
        if (op == OP_MUL) return SoftFloat32.mul(a, b);
        if (op == OP_DIV) return SoftFloat32.div(a, b);
        if (op == OP_SQRT) return SoftFloat32.sqrt(a);
        if (op == OP_LT) return SoftFloat32.lt(a, b) ? 1 : 0;
        if (op == OP_LE) return SoftFloat32.le(a, b) ? 1 : 0;
        if (op == OP_EQ) return SoftFloat32.eq(a, b) ? 1 : 0;
        if (op == OP_MIN) return SoftFloat32.min(a, b);
        if (op == OP_MAX) return SoftFloat32.max(a, b);
        if (op == OP_EXP) return SoftMath32.exp(a);
        if (op == OP_LOG) return SoftMath32.log(a);
        if (op == OP_TANH) return SoftMath32.tanh(a);
        return SoftMath32.sigmoid(a);
    }
}
