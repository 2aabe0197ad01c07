// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Cbor: the few canonical-CBOR reads the reward judge needs (RFC 8949
/// core deterministic encoding): item heads with minimal lengths, definite
/// lengths only, no tags, no floats. Reads never revert: they report ok =
/// false on anything else, so the caller decides whether a malformed input is
/// a proof that does not fit (revert) or a finding (a payload no honest
/// solver trains on).
library Cbor {
    /// @notice Reads the item head at p: major type, argument, offset after the
    /// head. ok is false past the end, on an indefinite length or reserved
    /// additional information, and on a non-minimal argument.
    function head(bytes memory b, uint256 p)
        internal
        pure
        returns (uint256 major, uint256 arg, uint256 next, bool ok)
    {
        if (p >= b.length) return (0, 0, p, false);
        uint256 ib = uint8(b[p]);
        major = ib >> 5;
        uint256 ai = ib & 31;
        if (ai < 24) return (major, ai, p + 1, true);
        if (ai > 27) return (major, 0, p, false);
        uint256 n = 1 << (ai - 24); // 1, 2, 4 or 8 bytes
        if (p + 1 + n > b.length) return (major, 0, p, false);
        for (uint256 i = 0; i < n; ++i) {
            arg = (arg << 8) | uint8(b[p + 1 + i]);
        }
        uint256 minimum = ai == 24 ? 24 : uint256(1) << (8 * (n / 2));
        return (major, arg, p + 1 + n, arg >= minimum);
    }

    /// @notice Reads an item head of the given major type (ok false on another type).
    function expect(bytes memory b, uint256 p, uint256 major) internal pure returns (uint256 arg, uint256 next, bool ok) {
        uint256 m;
        (m, arg, next, ok) = head(b, p);
        ok = ok && m == major;
    }

    /// @notice Reads an unsigned integer (major type 0).
    function uintAt(bytes memory b, uint256 p) internal pure returns (uint256 v, uint256 next, bool ok) {
        return expect(b, p, 0);
    }

    /// @notice Reads a byte string (major 2) or text string (major 3) head and
    /// checks that its content fits: returns the content's offset and length.
    function stringAt(bytes memory b, uint256 p, uint256 major)
        internal
        pure
        returns (uint256 start, uint256 len, uint256 next, bool ok)
    {
        (len, start, ok) = expect(b, p, major);
        if (!ok || len > b.length - start) return (start, len, p, false);
        next = start + len;
    }
}
