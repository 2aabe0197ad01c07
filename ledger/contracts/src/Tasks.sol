// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Philox, PhiloxStream} from "./Philox.sol";
import {SoftFloat32} from "./SoftFloat32.sol";

/// @title Tasks: the task families of training/tasks (add, sort, reverse,
/// mod, solve), TrainProblem's held-out redraw, the tokenizer's Decode rules
/// and the reward exact + float32(w * partial) of training/rl Sampler.Score,
/// bit for bit (differential test: ledger/reward_diff_test.go).
library Tasks {
    uint8 internal constant ADD = 0;
    uint8 internal constant SORT = 1;
    uint8 internal constant REVERSE = 2;
    uint8 internal constant MOD = 3;
    uint8 internal constant SOLVE = 4;

    /// @notice tasks.MaxTrainIndex.
    uint64 internal constant MAX_TRAIN_INDEX = 1 << 55;
    /// @notice tasks.EvalModulus.
    uint64 internal constant EVAL_MODULUS = 10;
    /// @notice The tokenizer's special ids and vocabulary size (tasks.VocabSize()).
    uint256 internal constant PAD = 0;
    uint256 internal constant BOS = 1;
    uint256 internal constant EOS = 2;
    uint256 internal constant VOCAB = 55;
    /// @notice tasks.Alphabet: the character of token id i + 3.
    bytes internal constant ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz +-*=%,?:()<>|./";
    /// @dev What an id outside the vocabulary decodes to (U+FFFD in Go): a
    /// symbol no answer character equals.
    uint8 private constant INVALID = 0xFF;

    uint256 private constant ONE = 0x3F800000; // float32 1
    uint256 private constant BELOW_ONE = 0x3F7FFFFF; // the largest float32 below 1

    /// @notice 256 training draws in a row were held out (Go panics).
    error AllHeldOut(uint8 family, uint256 level, uint64 index);
    /// @notice A level outside the family's 1..Levels().
    error BadLevel(uint8 family, uint256 level);
    /// @notice A training index not below MAX_TRAIN_INDEX.
    error BadIndex(uint64 index);

    /// @notice The family's id for its registry name, and whether it is known.
    function familyId(bytes memory name) internal pure returns (uint8, bool) {
        bytes32 h = keccak256(name);
        if (h == keccak256("add")) return (ADD, true);
        if (h == keccak256("sort")) return (SORT, true);
        if (h == keccak256("reverse")) return (REVERSE, true);
        if (h == keccak256("mod")) return (MOD, true);
        if (h == keccak256("solve")) return (SOLVE, true);
        return (0, false);
    }

    /// @notice The family's registry name.
    function familyName(uint8 f) internal pure returns (bytes memory) {
        if (f == ADD) return "add";
        if (f == SORT) return "sort";
        if (f == REVERSE) return "reverse";
        if (f == MOD) return "mod";
        return "solve";
    }

    /// @notice The family's number of levels (0 for an unknown id).
    function levels(uint8 f) internal pure returns (uint256) {
        if (f == ADD || f == SOLVE) return 6;
        if (f == SORT || f == REVERSE) return 8;
        if (f == MOD) return 4;
        return 0;
    }

    /// @notice Whether the family compares answers from the last character.
    function rightAligned(uint8 f) internal pure returns (bool) {
        return f == ADD || f == MOD || f == SOLVE;
    }

    /// @notice Family.Generate(seed, level, index): the prompt and the answer.
    function generate(uint8 f, uint64 seed, uint256 level, uint64 index)
        internal
        pure
        returns (bytes memory prompt, bytes memory answer)
    {
        if (level < 1 || level > levels(f)) revert BadLevel(f, level);
        PhiloxStream memory s = Philox.newStream(seed, uint64(level), index, Philox.PURPOSE_PROMPTS);
        if (f == ADD) {
            uint256 n = 10 ** level;
            uint256 a = Philox.intn(s, 0, n);
            uint256 b = Philox.intn(s, 1, n);
            return (abi.encodePacked(itoa(a), "+", itoa(b), "="), itoa(a + b));
        }
        if (f == MOD) {
            uint256 n = 10 ** level;
            uint256 a = Philox.intn(s, 0, n);
            uint256 b = Philox.intn(s, 1, n);
            uint256 m = 2 + Philox.intn(s, 2, n - 2);
            return (abi.encodePacked(itoa(a), "*", itoa(b), "%", itoa(m), "="), itoa(a * b % m));
        }
        if (f == SOLVE) {
            uint256 n = 10 ** level;
            uint256 form = Philox.intn(s, 0, 3);
            uint256 u = Philox.intn(s, 1, n);
            uint256 v = Philox.intn(s, 2, n);
            (uint256 hi, uint256 lo) = u > v ? (u, v) : (v, u);
            if (form == 0) return (abi.encodePacked("x+", itoa(v), "=", itoa(u + v), ",x="), itoa(u));
            if (form == 1) return (abi.encodePacked("x-", itoa(lo), "=", itoa(hi - lo), ",x="), itoa(hi));
            return (abi.encodePacked(itoa(hi), "-x=", itoa(hi - lo), ",x="), itoa(lo));
        }
        if (f == SORT) {
            bytes memory digits = new bytes(level);
            uint256[10] memory counts;
            for (uint256 i = 0; i < level; ++i) {
                uint256 v = Philox.intn(s, uint64(i), 10);
                digits[i] = bytes1(uint8(48 + v));
                counts[v]++;
            }
            answer = new bytes(level);
            uint256 k = 0;
            for (uint256 v = 0; v < 10; ++v) {
                for (uint256 c = 0; c < counts[v]; ++c) answer[k++] = bytes1(uint8(48 + v));
            }
            return (abi.encodePacked("sort:", digits, "="), answer);
        }
        bytes memory letters = new bytes(level);
        answer = new bytes(level);
        for (uint256 i = 0; i < level; ++i) {
            bytes1 c = bytes1(uint8(97 + Philox.intn(s, uint64(i), 26)));
            letters[i] = c;
            answer[level - 1 - i] = c;
        }
        return (abi.encodePacked("rev:", letters, "="), answer);
    }

    /// @notice tasks.TrainProblem(f, seed, level, index): the first of
    /// Generate(seed, level, index << 8 | a), a = 0..255, outside the
    /// held-out bucket.
    function trainProblem(uint8 f, uint64 seed, uint256 level, uint64 index)
        internal
        pure
        returns (bytes memory prompt, bytes memory answer)
    {
        if (index >= MAX_TRAIN_INDEX) revert BadIndex(index);
        bytes memory name = familyName(f);
        for (uint64 a = 0; a < 256; ++a) {
            (prompt, answer) = generate(f, seed, level, index << 8 | a);
            if (promptHash(name, prompt) % EVAL_MODULUS != 0) return (prompt, answer);
        }
        revert AllHeldOut(f, level, index);
    }

    /// @notice fmix64(FNV-1a-64(family || 0x00 || prompt)) (tasks promptHash).
    function promptHash(bytes memory family, bytes memory prompt) internal pure returns (uint64 h) {
        unchecked {
            uint64 prime = 1099511628211;
            h = 14695981039346656037;
            for (uint256 i = 0; i < family.length; ++i) h = (h ^ uint8(family[i])) * prime;
            h *= prime;
            for (uint256 i = 0; i < prompt.length; ++i) h = (h ^ uint8(prompt[i])) * prime;
            h ^= h >> 33;
            h *= 0xff51afd7ed558ccd;
            h ^= h >> 33;
            h *= 0xc4ceb9fe1a85ec53;
            h ^= h >> 33;
        }
    }

    /// @notice The decimal representation of v (strconv.Itoa).
    function itoa(uint256 v) internal pure returns (bytes memory out) {
        uint256 n = 1;
        for (uint256 t = v; t >= 10; t /= 10) ++n;
        out = new bytes(n);
        for (uint256 i = n; i > 0; --i) {
            out[i - 1] = bytes1(uint8(48 + v % 10));
            v /= 10;
        }
    }

    /// @notice The decoded length of the completion b[start:start+len]
    /// (tasks.Decode: it stops at the first EOS and skips PAD and BOS, every
    /// other id is one symbol) and the offset `end` of that EOS (or of the
    /// completion's end). Words of 32 ids none of which is below 3 are
    /// counted at once. The caller guarantees start + len <= b.length.
    function scan(bytes memory b, uint256 start, uint256 len) internal pure returns (uint256 n, uint256 end) {
        assembly ("memory-safe") {
            let base := add(b, 32)
            let p := add(base, start)
            let last := add(p, len)
            let ones := 0x0101010101010101010101010101010101010101010101010101010101010101
            let lows := mul(ones, 3)
            let highs := mul(ones, 0x80)
            end := sub(last, base)
            for {} lt(p, last) {} {
                if iszero(gt(add(p, 32), last)) {
                    let w := mload(p)
                    // No byte of w is below 3 (exact for a bound <= 128).
                    if iszero(and(and(sub(w, lows), not(w)), highs)) {
                        n := add(n, 32)
                        p := add(p, 32)
                        continue
                    }
                }
                let id := byte(0, mload(p))
                if eq(id, 2) {
                    end := sub(p, base)
                    break
                }
                if gt(id, 1) { n := add(n, 1) }
                p := add(p, 1)
            }
        }
    }

    /// @notice The first k (or, with fromEnd, the last k) decoded symbols of
    /// the ids b[start:end] (no EOS among them; k at most their decoded
    /// length): the character of each id, or a symbol no answer character
    /// equals for an id outside the vocabulary (U+FFFD in Go).
    function symbols(bytes memory b, uint256 start, uint256 end, uint256 k, bool fromEnd)
        internal
        pure
        returns (bytes memory out)
    {
        out = new bytes(k);
        bytes memory alphabet = ALPHABET;
        uint256 i = 0;
        uint256 p = fromEnd ? end : start;
        while (i < k) {
            uint256 id;
            if (fromEnd) id = uint8(b[--p]);
            else id = uint8(b[p++]);
            if (id <= BOS) continue; // PAD, BOS
            bytes1 c = id < VOCAB ? alphabet[id - 3] : bytes1(INVALID);
            if (fromEnd) out[k - 1 - i] = c;
            else out[i] = c;
            ++i;
        }
    }

    /// @notice The exact and partial credit of a completion of decoded length
    /// lc (tasks score), as float32 bits: exact 1 (partial 1) for exactly the
    /// answer, else partial = float32(matches) / float32(max length), clamped
    /// below 1. syms are its first k = min(len(answer), lc) symbols, or its
    /// last k when right (numbers are compared from the units digit).
    function score(bytes memory answer, bytes memory syms, uint256 lc, bool right)
        internal
        pure
        returns (uint256 exact, uint256 part)
    {
        uint256 la = answer.length;
        uint256 k = syms.length;
        uint256 matches = 0;
        for (uint256 i = 0; i < k; ++i) {
            (uint256 ai, uint256 ci) = right ? (la - 1 - i, k - 1 - i) : (i, i);
            if (answer[ai] == syms[ci]) ++matches;
        }
        if (la == lc && matches == la) return (ONE, ONE);
        uint256 n = la > lc ? la : lc;
        part = SoftFloat32.div(toFloat(matches), toFloat(n));
        if (part >= ONE) part = BELOW_ONE; // matches < n and both are nonnegative
        return (0, part);
    }

    /// @notice The reward of the completion b[start:start+len] (training/rl
    /// Sampler.Score): exact + float32(w * partial), w the run's partial
    /// weight (bits). The caller guarantees start + len <= b.length.
    function reward(uint8 f, bytes memory answer, bytes memory b, uint256 start, uint256 len, uint256 w)
        internal
        pure
        returns (uint256)
    {
        (uint256 lc, uint256 end) = scan(b, start, len);
        bool right = rightAligned(f);
        bytes memory syms = symbols(b, start, end, answer.length < lc ? answer.length : lc, right);
        (uint256 exact, uint256 part) = score(answer, syms, lc, right);
        return SoftFloat32.add(exact, SoftFloat32.mul(w, part));
    }

    /// @notice float32(v) for v < 2^24 (exact).
    function toFloat(uint256 v) internal pure returns (uint256) {
        if (v == 0) return 0;
        uint256 e = 0;
        while ((v >> (e + 1)) != 0) ++e;
        return ((127 + e) << 23) | ((v << (23 - e)) & 0x7FFFFF);
    }
}
