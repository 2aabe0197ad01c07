// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Cbor} from "./Cbor.sol";
import {Philox, PhiloxStream} from "./Philox.sol";
import {Tasks} from "./Tasks.sol";
import {Merkle, Inclusion} from "./Merkle.sol";
import {NamedProof} from "./LedgerTypes.sol";

/// @notice The disputed step as the Ledger holds it: what a proof is checked against.
struct StepContext {
    bytes32 run;
    uint64 round;
    uint32 step; // the disputed step
    uint32 nsteps; // the commitment's step count
    bytes32 configHash; // the run's configHash
    bytes32 batchRoot; // the commitment's batch root
}

/// @notice What the reward judge reads from a run config (docs/PROTOCOL.md
/// 3.2, node/compute config.go key table).
struct RewardConfig {
    uint8 family; // Tasks id of key 1 (task)
    uint256 level; // key 2
    uint64 seed; // key 3
    uint256 g; // key 11: completions per group
    uint256 l; // key 12: own groups per peer and round
    uint256 maxNew; // key 14: the most tokens of a completion
    uint256 partialWeight; // key 16: float32 bits
}

/// @notice A rollout payload (docs/PROTOCOL.md 3.4) as offsets into its bytes.
struct PayloadView {
    bytes32 run;
    uint64 round;
    address author;
    uint256 group;
    uint64 problem;
    uint256[] starts; // completion i is payload[starts[i] : starts[i] + lens[i]]
    uint256[] lens;
    uint256[] rewards; // claimed rewards, float32 bits
}

/// @title RewardJudge: recomputes a rollout payload's problem and rewards
/// from the run config, exactly as training/tasks and training/rl do, so the
/// chain can judge a wrong claimed reward (Verdicts.convictReward). Deployed
/// once, next to the Referee; stateless.
contract RewardJudge {
    /// @notice Verdicts of judge: the payload is right (or not a finding).
    uint8 public constant AGREE = 0;
    /// @notice Not the canonical encoding of a valid payload (payload.Decode rejects it).
    uint8 public constant MALFORMED = 1;
    /// @notice A payload of another run or round than the dispute's.
    uint8 public constant OTHER_ROUND = 2;
    /// @notice group >= L, not G completions, or one longer than max_new (a
    /// critique's wrong sample; compute.Run.Group refuses to train on it).
    uint8 public constant WRONG_SHAPE = 3;
    /// @notice The problem index is not the author's group-th draw (docs/PROTOCOL.md 3.3).
    uint8 public constant WRONG_PROBLEM = 4;
    /// @notice A claimed reward differs from the recomputed one (detail: its index).
    uint8 public constant WRONG_REWARD = 5;
    /// @notice The step's group root holds a batch.rewards tensor other than the payload's rewards.
    uint8 public constant WRONG_GROUP = 6;

    /// @notice payload.MaxSize, MaxCompletions, MaxCompletionLen, Version.
    uint256 public constant MAX_PAYLOAD = 65280;
    uint256 public constant MAX_COMPLETIONS = 1024;
    uint256 public constant MAX_COMPLETION_LEN = 4096;

    /// @notice The run config bytes cannot be read (a proof that does not fit).
    error BadConfig(string why);

    /// @notice A proof that does not fit the disputed step.
    error ProofMismatch(string what);

    /// @notice Checks that config is the run's (its hash) and payload the
    /// disputed step's (the manifest leaf H(0x17 || H(payload) || groupRoot)
    /// at index x.step of x.nsteps under the batch root), then judges it
    /// (judge) and, when the payload is right and rewardsLeaf is not empty
    /// (an ABI-encoded NamedProof of the leaf batch.rewards in groupRoot),
    /// whether the step's batch.rewards tensor is the payload's claimed
    /// rewards (WRONG_GROUP if not). Returns the verdict code; reverts when
    /// the proof does not fit.
    function judgeStep(
        StepContext calldata x,
        bytes calldata config,
        bytes calldata payload,
        bytes32 groupRoot,
        Inclusion calldata manifestAt,
        bytes calldata rewardsLeaf
    ) external pure returns (uint8) {
        if (keccak256(config) != x.configHash) revert ProofMismatch("config");
        _checkManifest(x, keccak256(payload), groupRoot, manifestAt);
        uint8 verdict = _judgeAt(config, payload, x);
        if (verdict != AGREE || rewardsLeaf.length == 0) return verdict;
        return _wrongGroup(groupRoot, rewardsLeaf, payload) ? WRONG_GROUP : AGREE;
    }

    function _judgeAt(bytes calldata config, bytes calldata payload, StepContext calldata x)
        private
        pure
        returns (uint8 verdict)
    {
        (verdict,) = judge(config, payload, x.run, x.round);
    }

    /// @dev Whether the batch.rewards leaf (an ABI-encoded NamedProof in
    /// groupRoot) holds another tensor than the payload's claimed rewards.
    function _wrongGroup(bytes32 groupRoot, bytes calldata rewardsLeaf, bytes calldata payload) private pure returns (bool) {
        return _rewardsRoot(groupRoot, abi.decode(rewardsLeaf, (NamedProof))) != rewardsTensorRoot(payload);
    }

    /// @dev The root of the batch.rewards leaf, proven in groupRoot.
    function _rewardsRoot(bytes32 groupRoot, NamedProof memory leaf) private pure returns (bytes32) {
        if (leaf.nameHash != keccak256("batch.rewards")) revert ProofMismatch("rewards leaf name");
        bytes32 h = keccak256(abi.encodePacked(bytes1(0x14), leaf.nameHash, leaf.root));
        Inclusion memory inc = leaf.inSet;
        if (inc.count == 0 || inc.index >= inc.count || inc.siblings.length != Merkle.depthFor(inc.count)) {
            revert Merkle.BadInclusion(inc.index, inc.count, inc.siblings.length);
        }
        for (uint256 d = 0; d < inc.siblings.length; ++d) {
            h = (inc.index >> d) & 1 == 0
                ? keccak256(abi.encodePacked(bytes1(0x11), h, inc.siblings[d]))
                : keccak256(abi.encodePacked(bytes1(0x11), inc.siblings[d], h));
        }
        bytes32 got = keccak256(abi.encodePacked(bytes1(0x15), inc.count, h));
        if (got != groupRoot) revert Merkle.RootMismatch(got, groupRoot);
        return leaf.root;
    }

    /// @notice The tensor root (docs/PROTOCOL.md 1.1) of a valid payload's
    /// claimed rewards as the [G] float32 tensor batch.rewards: little-endian
    /// chunks of 64 elements, leaves H(0x00 || chunk), nodes H(0x01 || l || r).
    function rewardsTensorRoot(bytes calldata payload) public pure returns (bytes32) {
        (PayloadView memory p,) = readPayload(payload);
        uint256 g = p.rewards.length;
        uint256 nchunks = (g + 63) / 64;
        uint256 width = 1;
        while (width < nchunks) width <<= 1;
        bytes32[] memory level = new bytes32[](width);
        for (uint256 c = 0; c < nchunks; ++c) {
            bytes memory chunk = new bytes(256);
            for (uint256 i = 0; i < 64 && c * 64 + i < g; ++i) {
                uint256 v = p.rewards[c * 64 + i];
                for (uint256 k = 0; k < 4; ++k) chunk[4 * i + k] = bytes1(uint8(v >> (8 * k)));
            }
            level[c] = keccak256(abi.encodePacked(bytes1(0x00), chunk));
        }
        for (; width > 1; width >>= 1) {
            for (uint256 i = 0; i < width / 2; ++i) {
                level[i] = keccak256(abi.encodePacked(bytes1(0x01), level[2 * i], level[2 * i + 1]));
            }
        }
        bytes32 dataRoot = nchunks == 0 ? bytes32(0) : level[0];
        return keccak256(abi.encodePacked(bytes1(0x02), uint8(1), uint32(g), dataRoot));
    }

    function _checkManifest(StepContext calldata x, bytes32 payloadRoot, bytes32 groupRoot, Inclusion calldata manifestAt)
        private
        pure
    {
        if (manifestAt.index != x.step || manifestAt.count != x.nsteps) revert ProofMismatch("manifest position");
        bytes32 leaf = keccak256(abi.encodePacked(bytes1(0x17), payloadRoot, groupRoot));
        bytes32 got = Merkle.countedRoot(0x16, leaf, manifestAt);
        if (got != x.batchRoot) revert Merkle.RootMismatch(got, x.batchRoot);
    }

    /// @notice Judges payload (of run `run`, round `round`) under the run
    /// config `config`: the first finding (verdict code) and, for
    /// WRONG_REWARD, the completion's index. The caller checks that config
    /// is the run's and the payload the committed one.
    function judge(bytes calldata config, bytes calldata payload, bytes32 run, uint64 round)
        public
        pure
        returns (uint8 verdict, uint256 detail)
    {
        RewardConfig memory c = readConfig(config);
        (PayloadView memory p, bool ok) = readPayload(payload);
        if (!ok) return (MALFORMED, 0);
        if (p.run != run || p.round != round) return (OTHER_ROUND, 0);
        if (p.group >= c.l || p.starts.length != c.g) return (WRONG_SHAPE, 0);
        for (uint256 i = 0; i < p.lens.length; ++i) {
            if (p.lens[i] > c.maxNew) return (WRONG_SHAPE, i); // compute.Run.Group refuses it: no honest batch holds it
        }
        if (p.problem != problemIndex(run, p.author, round, p.group)) return (WRONG_PROBLEM, 0);
        (, bytes memory answer) = Tasks.trainProblem(c.family, c.seed, c.level, p.problem);
        bytes memory b = payload;
        for (uint256 i = 0; i < p.starts.length; ++i) {
            if (Tasks.reward(c.family, answer, b, p.starts[i], p.lens[i], c.partialWeight) != p.rewards[i]) {
                return (WRONG_REWARD, i);
            }
        }
        return (AGREE, 0);
    }

    /// @notice The author's problem index of group j in a round (rl.Keys
    /// ProblemIndex with verify.PhiloxKeys): block j of the author's
    /// PurposePrompts stream, (w1 << 32 | w0) mod 2^55.
    function problemIndex(bytes32 run, address author, uint64 round, uint256 j) public pure returns (uint64) {
        bytes32 k = keccak256(abi.encodePacked("apiary/philox/v1", run, author));
        uint64 runKey = uint64(bytes8(k));
        uint64 peerKey = uint64(bytes8(k << 64));
        PhiloxStream memory s = Philox.newStream(runKey, round, peerKey, Philox.PURPOSE_PROMPTS);
        return Philox.word64(s, uint64(j)) % Tasks.MAX_TRAIN_INDEX;
    }

    /// @notice Reads the keys the judge needs from a run config (a CBOR map of
    /// unsigned-integer keys to unsigned integers, key 1 a text string).
    /// Reverts on anything it cannot read: the config's hash is the run's,
    /// which nodes only join after decoding it strictly.
    function readConfig(bytes calldata config) public pure returns (RewardConfig memory c) {
        bytes memory b = config;
        (uint256 pairs, uint256 p, bool ok) = Cbor.expect(b, 0, 5);
        if (!ok) revert BadConfig("not a map");
        uint256 seen = 0;
        for (uint256 i = 0; i < pairs; ++i) {
            uint256 key;
            (key, p, ok) = Cbor.uintAt(b, p);
            if (!ok || key > 255) revert BadConfig("key");
            if (key == 1) {
                uint256 start;
                uint256 len;
                (start, len, p, ok) = Cbor.stringAt(b, p, 3);
                if (!ok) revert BadConfig("task");
                bytes memory name = new bytes(len);
                for (uint256 k = 0; k < len; ++k) name[k] = b[start + k];
                bool known;
                (c.family, known) = Tasks.familyId(name);
                if (!known) revert BadConfig("unknown task");
            } else {
                uint256 v;
                (v, p, ok) = Cbor.uintAt(b, p);
                if (!ok) revert BadConfig("value");
                if (key == 2) c.level = v;
                else if (key == 3) c.seed = uint64(v);
                else if (key == 11) c.g = v;
                else if (key == 12) c.l = v;
                else if (key == 14) c.maxNew = v;
                else if (key == 16) c.partialWeight = v;
            }
            seen |= uint256(1) << key;
        }
        if (p != b.length) revert BadConfig("trailing bytes");
        uint256 need = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 11) | (1 << 12) | (1 << 14) | (1 << 16);
        if (seen & need != need) revert BadConfig("missing key");
        if (c.level < 1 || c.level > Tasks.levels(c.family)) revert BadConfig("level");
        if (c.partialWeight > 0x7F7FFFFF) revert BadConfig("partial weight"); // nonnegative and finite
    }

    /// @notice Reads a payload strictly: ok is true exactly when
    /// verify/payload Decode accepts the bytes (the canonical encoding of an
    /// 8-key map with a valid schema, at most MAX_PAYLOAD bytes).
    function readPayload(bytes calldata payload) public pure returns (PayloadView memory v, bool ok) {
        bytes memory b = payload;
        if (b.length > MAX_PAYLOAD) return (v, false);
        uint256 p;
        uint256 x;
        (x, p, ok) = Cbor.expect(b, 0, 5);
        if (!ok || x != 8) return (v, false);
        for (uint256 key = 0; key < 8; ++key) {
            (x, p, ok) = Cbor.uintAt(b, p);
            if (!ok || x != key) return (v, false);
            if (key == 1 || key == 3) {
                uint256 start;
                uint256 len;
                (start, len, p, ok) = Cbor.stringAt(b, p, 2);
                if (!ok || len != (key == 1 ? 32 : 20)) return (v, false);
                bytes32 w;
                assembly {
                    w := mload(add(add(b, 32), start))
                }
                if (key == 1) v.run = w;
                else v.author = address(bytes20(w));
            } else if (key == 6) {
                (x, p, ok) = Cbor.expect(b, p, 4);
                if (!ok || x == 0 || x > MAX_COMPLETIONS) return (v, false);
                v.starts = new uint256[](x);
                v.lens = new uint256[](x);
                for (uint256 i = 0; i < x; ++i) {
                    (v.starts[i], v.lens[i], p, ok) = Cbor.stringAt(b, p, 2);
                    if (!ok || v.lens[i] == 0 || v.lens[i] > MAX_COMPLETION_LEN) return (v, false);
                }
            } else if (key == 7) {
                (x, p, ok) = Cbor.expect(b, p, 4);
                if (!ok || x != v.starts.length) return (v, false);
                v.rewards = new uint256[](x);
                for (uint256 i = 0; i < x; ++i) {
                    uint256 r;
                    (r, p, ok) = Cbor.uintAt(b, p);
                    if (!ok || r > 0xFFFFFFFF || r & 0x7F800000 == 0x7F800000) return (v, false); // finite float32
                    v.rewards[i] = r;
                }
            } else {
                (x, p, ok) = Cbor.uintAt(b, p);
                if (!ok) return (v, false);
                if (key == 0 && x != 1) return (v, false);
                if (key == 2) v.round = uint64(x);
                if (key == 4) {
                    if (x > 0xFFFFFFFF) return (v, false);
                    v.group = x;
                }
                if (key == 5) v.problem = uint64(x);
            }
        }
        ok = p == b.length;
    }
}
