// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice A Philox stream (training/repops/philox.go Stream): the 64-bit key
/// and the 64-bit stream number, as 32-bit words.
struct PhiloxStream {
    uint32 key0;
    uint32 key1;
    uint32 id0;
    uint32 id1;
}

/// @title Philox: Philox4x32-10 and repops.NewStream / Block / Intn, bit for
/// bit as training/repops/philox.go (differential test:
/// ledger/reward_diff_test.go).
library Philox {
    uint256 private constant M0 = 0xD2511F53;
    uint256 private constant M1 = 0xCD9E8D57;
    uint256 private constant W0 = 0x9E3779B9;
    uint256 private constant W1 = 0xBB67AE85;
    uint256 private constant MASK = 0xFFFFFFFF;

    /// @notice repops.PurposePrompts: the stream of a peer's problem indices
    /// and of a problem's draws.
    uint64 internal constant PURPOSE_PROMPTS = 1;

    /// @notice The Philox4x32-10 block of counter (c0..c3) under key (k0, k1),
    /// packed as w0 | w1 << 32 | w2 << 64 | w3 << 96.
    function philox(uint256 c0, uint256 c1, uint256 c2, uint256 c3, uint256 k0, uint256 k1)
        internal
        pure
        returns (uint256)
    {
        unchecked {
            for (uint256 i = 0; i < 10; ++i) {
                if (i > 0) {
                    k0 = (k0 + W0) & MASK;
                    k1 = (k1 + W1) & MASK;
                }
                uint256 p0 = M0 * c0; // < 2^64
                uint256 p1 = M1 * c2;
                (c0, c1, c2, c3) = ((p1 >> 32) ^ c1 ^ k0, p1 & MASK, (p0 >> 32) ^ c3 ^ k1, p0 & MASK);
            }
        }
        return c0 | (c1 << 32) | (c2 << 64) | (c3 << 96);
    }

    /// @notice repops.NewStream(run, round, peer, purpose).
    function newStream(uint64 run, uint64 round, uint64 peer, uint64 purpose)
        internal
        pure
        returns (PhiloxStream memory s)
    {
        uint256 w = philox(round & MASK, round >> 32, purpose & MASK, purpose >> 32, run & MASK, run >> 32);
        uint256 v = philox(peer & MASK, peer >> 32, w & MASK, (w >> 32) & MASK, (w >> 64) & MASK, w >> 96);
        s.key0 = uint32(v);
        s.key1 = uint32(v >> 32);
        s.id0 = uint32(v >> 64);
        s.id1 = uint32(v >> 96);
    }

    /// @notice Block i of the stream, packed as philox returns it.
    function blockAt(PhiloxStream memory s, uint64 i) internal pure returns (uint256) {
        return philox(i & MASK, i >> 32, s.id0, s.id1, s.key0, s.key1);
    }

    /// @notice The 64 bits (w1 << 32 | w0) of block i.
    function word64(PhiloxStream memory s, uint64 i) internal pure returns (uint64) {
        return uint64(blockAt(s, i));
    }

    /// @notice repops.Stream.Intn(i, n): (w1 << 32 | w0) mod n, n > 0.
    function intn(PhiloxStream memory s, uint64 i, uint256 n) internal pure returns (uint256) {
        return uint256(word64(s, i)) % n;
    }
}
