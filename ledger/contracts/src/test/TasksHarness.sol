// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Philox, PhiloxStream} from "../Philox.sol";
import {Tasks} from "../Tasks.sol";

/// @title TasksHarness: batched access to Philox and Tasks for the reward
/// judge's differential tests (ledger/reward_diff_test.go). Not deployed on a
/// network; tests call it with eth_call.
contract TasksHarness {
    /// @notice Philox4x32-10 of each (counter, key) in ins (6 words each:
    /// c0, c1, c2, c3, k0, k1); out holds the four words of each block.
    function philox(uint32[] calldata ins) external pure returns (uint32[] memory out) {
        uint256 n = ins.length / 6;
        out = new uint32[](4 * n);
        for (uint256 i = 0; i < n; ++i) {
            uint256 w = Philox.philox(ins[6 * i], ins[6 * i + 1], ins[6 * i + 2], ins[6 * i + 3], ins[6 * i + 4], ins[6 * i + 5]);
            for (uint256 k = 0; k < 4; ++k) out[4 * i + k] = uint32(w >> (32 * k));
        }
    }

    /// @notice repops.NewStream(run, round, peer, purpose) as (key0, key1, id0, id1).
    function newStream(uint64 run, uint64 round, uint64 peer, uint64 purpose) external pure returns (uint32[4] memory out) {
        PhiloxStream memory s = Philox.newStream(run, round, peer, purpose);
        return [s.key0, s.key1, s.id0, s.id1];
    }

    /// @notice Generate (train false) or TrainProblem (train true) of family
    /// f at each index: prompts and answers.
    function problems(uint8 f, uint64 seed, uint256 level, uint64[] calldata indexes, bool train)
        external
        pure
        returns (bytes[] memory prompts, bytes[] memory answers)
    {
        prompts = new bytes[](indexes.length);
        answers = new bytes[](indexes.length);
        for (uint256 i = 0; i < indexes.length; ++i) {
            (prompts[i], answers[i]) = train
                ? Tasks.trainProblem(f, seed, level, indexes[i])
                : Tasks.generate(f, seed, level, indexes[i]);
        }
    }

    /// @notice The promptHash of each prompt under the family name.
    function promptHashes(bytes calldata family, bytes[] calldata prompts) external pure returns (uint64[] memory out) {
        out = new uint64[](prompts.length);
        for (uint256 i = 0; i < prompts.length; ++i) out[i] = Tasks.promptHash(family, prompts[i]);
    }

    /// @notice The reward bits of each completion (token ids, one byte
    /// each) against answer under family f with partial weight w (bits).
    function rewards(uint8 f, bytes calldata answer, bytes[] calldata completions, uint32 w)
        external
        pure
        returns (uint32[] memory out)
    {
        out = new uint32[](completions.length);
        for (uint256 i = 0; i < completions.length; ++i) {
            bytes memory c = completions[i];
            out[i] = uint32(Tasks.reward(f, answer, c, 0, c.length, w));
        }
    }
}
