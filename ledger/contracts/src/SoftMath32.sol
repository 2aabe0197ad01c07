// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {SoftFloat32 as F} from "./SoftFloat32.sol";

/// @title SoftMath32: the RepOps elementary functions on SoftFloat32.
/// @notice Exp, Log, Tanh and Sigmoid exactly as docs/REPOPS.md "Elementary
/// functions" (training/repops/mathf.go) define them: the same sequence of
/// correctly rounded binary32 operations, the same constants (bits below), and
/// the two exact bit-level steps pow2 (2^k from its bits) and frexp (exponent
/// and significand of a positive normal float). Every function takes and
/// returns raw float32 bits and returns the canonical NaN for NaN results, so
/// its bits equal RepOps' on every input.
library SoftMath32 {
    uint256 internal constant LOG2E = 0x3FB8AA3B;
    uint256 internal constant LN2_HI = 0x3F318000;
    uint256 internal constant LN2_LO = 0xB95E8083;
    uint256 internal constant MAGIC = 0x4B400000; // 1.5·2^23
    uint256 internal constant SQRT2 = 0x3FB504F3;
    uint256 internal constant EXP_MAX = 0x42B17218;
    uint256 internal constant EXP_MIN = 0xC2CFF1B5;
    uint256 internal constant HALF = 0x3F000000;
    uint256 internal constant TWO = 0x40000000;
    uint256 internal constant TWO_P24 = 0x4B800000;
    uint256 internal constant TANH_SMALL = 0x3ECCCCCD; // 0.4
    uint256 internal constant TANH_LARGE = 0x41100000; // 9
    uint256 internal constant THIRD = 0x3EAAAAAB;
    uint256 internal constant MIN_NORMAL = 0x00800000; // 2^-126

    /// @notice e^x (docs/REPOPS.md "Exp").
    function exp(uint256 x) internal pure returns (uint256) {
        if (F.isNaN(x)) return F.NAN;
        if (F.lt(EXP_MAX, x)) return F.INF;
        if (F.lt(x, EXP_MIN)) return 0;
        // k = (round(x·log2e) + magic) - magic: the nearest integer, ties to even.
        uint256 k = F.sub(F.add(F.mul(x, LOG2E), MAGIC), MAGIC);
        uint256 r = F.sub(F.sub(x, F.mul(k, LN2_HI)), F.mul(k, LN2_LO));
        uint256 p = F.add(F.mul(r, 0x39500D01), 0x3AB60B61); // r/5040 + 1/720
        p = F.add(F.mul(r, p), 0x3C088889); // 1/120
        p = F.add(F.mul(r, p), 0x3D2AAAAB); // 1/24
        p = F.add(F.mul(r, p), 0x3E2AAAAB); // 1/6
        p = F.add(F.mul(r, p), HALF);
        p = F.add(F.mul(r, p), F.ONE);
        p = F.add(F.mul(r, p), F.ONE);
        int256 ki = toInt(k);
        if (ki > 127) return F.mul(F.mul(p, pow2(127)), pow2(ki - 127));
        if (ki < -126) return F.mul(F.mul(p, pow2(ki + 64)), pow2(-64));
        return F.mul(p, pow2(ki));
    }

    /// @notice The natural logarithm of x: -Inf at ±0, NaN below 0
    /// (docs/REPOPS.md "Log").
    function log(uint256 x) internal pure returns (uint256) {
        if (F.isNaN(x)) return F.NAN;
        if (x & F.ABS == 0) return F.SIGN | F.INF;
        if (x & F.SIGN != 0) return F.NAN;
        if (x == F.INF) return x;
        int256 e = 0;
        if (x < MIN_NORMAL) {
            x = F.mul(x, TWO_P24); // exact: a subnormal times 2^24 is normal
            e = -24;
        }
        // frexp: x = m·2^E with m in [1, 2).
        e += int256(x >> 23) - 127;
        uint256 m = (x & 0x7FFFFF) | F.ONE;
        if (F.lt(SQRT2, m)) {
            m = F.mul(m, HALF);
            e += 1;
        }
        uint256 f = F.div(F.sub(m, F.ONE), F.add(m, F.ONE));
        uint256 s = F.mul(f, f);
        uint256 q = F.add(F.mul(s, 0x3DBA2E8C), 0x3DE38E39); // s/11 + 1/9
        q = F.add(F.mul(s, q), 0x3E124925); // 1/7
        q = F.add(F.mul(s, q), 0x3E4CCCCD); // 1/5
        q = F.add(F.mul(s, q), THIRD);
        uint256 f2 = F.add(f, f);
        uint256 lm = F.add(f2, F.mul(F.mul(f2, s), q));
        uint256 ef = fromInt(e);
        return F.add(F.mul(ef, LN2_HI), F.add(lm, F.mul(ef, LN2_LO)));
    }

    /// @notice The hyperbolic tangent of x (docs/REPOPS.md "Tanh").
    function tanh(uint256 x) internal pure returns (uint256) {
        if (F.isNaN(x)) return F.NAN;
        uint256 a = x & F.ABS;
        if (a == 0) return x; // keeps the sign of zero
        if (F.lt(a, TANH_SMALL)) {
            uint256 z = F.mul(x, x);
            uint256 q = F.sub(F.mul(z, 0x3B6B69E8), 0x3C11371B); // z·21844/6081075 - 1382/155925
            q = F.add(F.mul(z, q), 0x3CB327A4); // 62/2835
            q = F.sub(F.mul(z, q), 0x3D5D0DD1); // 17/315
            q = F.add(F.mul(z, q), 0x3E088889); // 2/15
            q = F.sub(F.mul(z, q), THIRD);
            return F.add(x, F.mul(F.mul(x, z), q));
        }
        uint256 t = F.ONE;
        if (F.lt(a, TANH_LARGE)) {
            t = F.sub(F.ONE, F.div(TWO, F.add(exp(F.add(a, a)), F.ONE)));
        }
        return x & F.SIGN != 0 ? t ^ F.SIGN : t;
    }

    /// @notice The logistic function: Exp(x)/(1 + Exp(x)) for x < 0, else
    /// 1/(1 + Exp(-x)) (docs/REPOPS.md "Sigmoid").
    function sigmoid(uint256 x) internal pure returns (uint256) {
        if (F.isNaN(x)) return F.NAN;
        if (x & F.SIGN != 0 && x & F.ABS != 0) {
            uint256 e = exp(x);
            return F.div(e, F.add(F.ONE, e));
        }
        return F.div(F.ONE, F.add(F.ONE, exp(x ^ F.SIGN)));
    }

    /// @notice The float 2^k for k in [-126, 127], built from its bits (exact).
    function pow2(int256 k) internal pure returns (uint256) {
        return uint256(k + 127) << 23;
    }

    /// @notice The integer value of a float that holds an integer of
    /// magnitude below 2^23 (what Go's int32(k) gives for such a k).
    function toInt(uint256 x) internal pure returns (int256 v) {
        uint256 a = x & F.ABS;
        if (a == 0) return 0;
        uint256 ex = a >> 23; // biased exponent, 127..149 for 1 <= |x| < 2^23
        uint256 m = (a & 0x7FFFFF) | 0x800000;
        v = int256(m >> (150 - ex));
        if (x & F.SIGN != 0) v = -v;
    }

    /// @notice float32(v) for an integer |v| < 2^24 (exact).
    function fromInt(int256 v) internal pure returns (uint256) {
        if (v == 0) return 0;
        uint256 sign = 0;
        uint256 a = uint256(v);
        if (v < 0) {
            sign = F.SIGN;
            a = uint256(-v);
        }
        uint256 n = 0; // index of the leading bit
        while (a >> (n + 1) != 0) ++n;
        return sign | ((n + 127) << 23) | ((a << (23 - n)) & 0x7FFFFF);
    }
}
