// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title SoftFloat32: IEEE-754 binary32 arithmetic in integer EVM code.
/// @notice Every function takes and returns the raw bits of a float32 held in a
/// uint256 (only the low 32 bits may be set). Results are correctly rounded
/// (round to nearest, ties to even), subnormals are kept (no flush to zero),
/// signed zeros and infinities follow IEEE-754, and every NaN result is the
/// canonical quiet NaN 0x7FC00000, exactly as RepOps (training/repops) computes
/// after its NaN canonicalisation. min/max follow docs/REPOPS.md: NaN if either
/// operand is NaN, otherwise the second operand when the two compare equal.
library SoftFloat32 {
    uint256 internal constant NAN = 0x7FC00000;
    uint256 internal constant INF = 0x7F800000;
    uint256 internal constant SIGN = 0x80000000;
    uint256 internal constant ABS = 0x7FFFFFFF;
    uint256 internal constant ONE = 0x3F800000;

    /// @notice True if x is any NaN.
    function isNaN(uint256 x) internal pure returns (bool) {
        return (x & ABS) > INF;
    }

    /// @notice a + b.
    function add(uint256 a, uint256 b) internal pure returns (uint256) {
        unchecked {
            uint256 ma = a & ABS;
            uint256 mb = b & ABS;
            if (ma >= INF || mb >= INF) {
                if (ma > INF || mb > INF) return NAN;
                if (ma == INF && mb == INF) return a == b ? a : NAN;
                return ma == INF ? a : b;
            }
            if (mb == 0) return ma == 0 ? a & b : a;
            if (ma == 0) return b;
            if (ma < mb) (a, b, ma, mb) = (b, a, mb, ma);
            // Now |a| >= |b| > 0, both finite.
            uint256 ea = ma >> 23;
            uint256 eb = mb >> 23;
            ma &= 0x7FFFFF;
            mb &= 0x7FFFFF;
            if (ea == 0) ea = 1;
            else ma |= 0x800000;
            if (eb == 0) eb = 1;
            else mb |= 0x800000;
            // Eight extra low bits; what shifts out of b collapses into a sticky bit.
            ma <<= 8;
            mb <<= 8;
            uint256 d = ea - eb;
            if (d > 40) {
                mb = 1;
            } else if (d != 0) {
                uint256 lost = mb & ((1 << d) - 1);
                mb >>= d;
                if (lost != 0) mb |= 1;
            }
            uint256 s;
            if ((a ^ b) & SIGN == 0) {
                s = ma + mb;
            } else {
                s = ma - mb;
                if (s == 0) return 0; // x - x = +0 in round-to-nearest
            }
            return _round(a & SIGN, int256(ea) - 158, s);
        }
    }

    /// @notice a - b.
    function sub(uint256 a, uint256 b) internal pure returns (uint256) {
        return add(a, b ^ SIGN);
    }

    /// @notice a * b.
    function mul(uint256 a, uint256 b) internal pure returns (uint256) {
        unchecked {
            uint256 ma = a & ABS;
            uint256 mb = b & ABS;
            uint256 sign = (a ^ b) & SIGN;
            if (ma > INF || mb > INF) return NAN;
            if (ma == INF || mb == INF) {
                if (ma == 0 || mb == 0) return NAN;
                return sign | INF;
            }
            if (ma == 0 || mb == 0) return sign;
            uint256 ea = ma >> 23;
            uint256 eb = mb >> 23;
            ma &= 0x7FFFFF;
            mb &= 0x7FFFFF;
            if (ea == 0) ea = 1;
            else ma |= 0x800000;
            if (eb == 0) eb = 1;
            else mb |= 0x800000;
            return _round(sign, int256(ea + eb) - 300, ma * mb);
        }
    }

    /// @notice a / b.
    function div(uint256 a, uint256 b) internal pure returns (uint256) {
        unchecked {
            uint256 ma = a & ABS;
            uint256 mb = b & ABS;
            uint256 sign = (a ^ b) & SIGN;
            if (ma > INF || mb > INF) return NAN;
            if (ma == INF) return mb == INF ? NAN : sign | INF;
            if (mb == INF) return sign;
            if (mb == 0) return ma == 0 ? NAN : sign | INF;
            if (ma == 0) return sign;
            uint256 ea = ma >> 23;
            uint256 eb = mb >> 23;
            ma &= 0x7FFFFF;
            mb &= 0x7FFFFF;
            if (ea == 0) ea = 1;
            else ma |= 0x800000;
            if (eb == 0) eb = 1;
            else mb |= 0x800000;
            // The quotient has at least 41 bits; the remainder becomes a sticky bit.
            uint256 n = ma << 64;
            uint256 q = n / mb;
            uint256 m = q << 1;
            if (n % mb != 0) m |= 1;
            return _round(sign, int256(ea) - int256(eb) - 65, m);
        }
    }

    /// @notice The square root of a (sqrt(-0) = -0, NaN below zero).
    function sqrt(uint256 a) internal pure returns (uint256) {
        unchecked {
            uint256 ma = a & ABS;
            if (ma > INF) return NAN;
            if (ma == 0) return a;
            if (a & SIGN != 0) return NAN;
            if (ma == INF) return a;
            uint256 ea = ma >> 23;
            ma &= 0x7FFFFF;
            if (ea == 0) ea = 1;
            else ma |= 0x800000;
            int256 e = int256(ea) - 150;
            if (e & 1 != 0) {
                ma <<= 1;
                e -= 1;
            }
            // sqrt(ma·2^100)·2^((e-100)/2); the root has at least 50 bits.
            uint256 n = ma << 100;
            uint256 r = _isqrt(n);
            uint256 m = r << 1;
            if (r * r != n) m |= 1;
            return _round(0, (e - 100) / 2 - 1, m);
        }
    }

    /// @notice a < b (false if either is NaN).
    function lt(uint256 a, uint256 b) internal pure returns (bool) {
        if (isNaN(a) || isNaN(b)) return false;
        return _key(a) < _key(b);
    }

    /// @notice a <= b (false if either is NaN).
    function le(uint256 a, uint256 b) internal pure returns (bool) {
        if (isNaN(a) || isNaN(b)) return false;
        return _key(a) <= _key(b);
    }

    /// @notice a == b as floats (+0 == -0; NaN equals nothing).
    function eq(uint256 a, uint256 b) internal pure returns (bool) {
        if (isNaN(a) || isNaN(b)) return false;
        return _key(a) == _key(b);
    }

    /// @notice RepOps Min: NaN if either is NaN, a if a < b, else b.
    function min(uint256 a, uint256 b) internal pure returns (uint256) {
        if (isNaN(a) || isNaN(b)) return NAN;
        return _key(a) < _key(b) ? a : b;
    }

    /// @notice RepOps Max: NaN if either is NaN, a if a > b, else b.
    function max(uint256 a, uint256 b) internal pure returns (uint256) {
        if (isNaN(a) || isNaN(b)) return NAN;
        return _key(a) > _key(b) ? a : b;
    }

    /// @notice x with NaNs replaced by the canonical NaN.
    function canon(uint256 x) internal pure returns (uint256) {
        return isNaN(x) ? NAN : x;
    }

    /// @notice -x (a sign flip; NaN stays canonical).
    function neg(uint256 x) internal pure returns (uint256) {
        return isNaN(x) ? NAN : x ^ SIGN;
    }

    /// @dev A signed integer ordered like the float value (both zeros map to 0).
    function _key(uint256 x) private pure returns (int256) {
        int256 m = int256(x & ABS);
        return x & SIGN != 0 ? -m : m;
    }

    /// @dev Rounds sign·m·2^e to binary32, ties to even. m > 0 and m < 2^128; if
    /// m is inexact, its lowest bit is a sticky bit at least two places below the
    /// rounding position (every caller keeps that margin).
    function _round(uint256 sign, int256 e, uint256 m) private pure returns (uint256) {
        unchecked {
            int256 n = int256(_bitlen(m));
            // The quantum of the result: 2^(E-23) for a normal result with
            // exponent E = e+n-1, and 2^-149 for a subnormal one.
            int256 q = e + n - 24;
            if (q < -149) q = -149;
            uint256 sig;
            if (q <= e) {
                sig = m << uint256(e - q);
            } else {
                uint256 s = uint256(q - e);
                if (s > 160) {
                    sig = 0; // m < 2^128 is far below half a quantum
                } else {
                    sig = m >> s;
                    uint256 rem = m & ((1 << s) - 1);
                    uint256 half = 1 << (s - 1);
                    if (rem > half || (rem == half && sig & 1 == 1)) sig += 1;
                }
            }
            // sig in [2^23, 2^24] encodes a normal (a carry to 2^24 bumps the
            // exponent), below 2^23 a subnormal with q = -149.
            uint256 bits = (uint256(q + 149) << 23) + sig;
            if (bits >= INF) return sign | INF;
            return sign | bits;
        }
    }

    /// @dev The number of significant bits of m (0 for 0), m < 2^256.
    function _bitlen(uint256 m) private pure returns (uint256 n) {
        unchecked {
            if (m >> 128 != 0) {
                m >>= 128;
                n += 128;
            }
            if (m >> 64 != 0) {
                m >>= 64;
                n += 64;
            }
            if (m >> 32 != 0) {
                m >>= 32;
                n += 32;
            }
            if (m >> 16 != 0) {
                m >>= 16;
                n += 16;
            }
            if (m >> 8 != 0) {
                m >>= 8;
                n += 8;
            }
            if (m >> 4 != 0) {
                m >>= 4;
                n += 4;
            }
            if (m >> 2 != 0) {
                m >>= 2;
                n += 2;
            }
            if (m >> 1 != 0) {
                m >>= 1;
                n += 1;
            }
            if (m != 0) n += 1;
        }
    }

    /// @dev floor(sqrt(n)) by Newton's iteration from above.
    function _isqrt(uint256 n) private pure returns (uint256 r) {
        unchecked {
            if (n == 0) return 0;
            r = 1 << ((_bitlen(n) + 1) / 2); // >= sqrt(n)
            uint256 x = (r + n / r) >> 1;
            while (x < r) {
                r = x;
                x = (r + n / r) >> 1;
            }
        }
    }
}
