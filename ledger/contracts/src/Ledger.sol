// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Disputes} from "./Disputes.sol";
import {LedgerParams, Commitment, ContributionStatus} from "./LedgerTypes.sol";

/// @title Ledger: Apiary's on-chain settlement of training runs.
/// @notice Peers register and stake; submitters create runs with an escrowed
/// reward pool; peers commit their per-round contribution, trace and update
/// roots; a round closes with a chain beacon that assigns verifiers and its
/// contributors attest the next model root; finalized rounds pay their
/// undisputed contributions; disputes are settled by the Referee contract,
/// slashing the loser. All payments are pulled (withdraw, withdrawStake).
contract Ledger is Disputes {
    constructor(LedgerParams memory p) {
        if (p.referee == address(0)) revert BadParams("zero referee");
        if (p.whistleblowerBps > 10_000) revert BadParams("whistleblower share above 100%");
        if (p.maxCommitsPerRound == 0) revert BadParams("zero commits per round");
        if (p.revealWindow == 0 || p.responseWindow == 0) revert BadParams("zero reveal or response window");
        _params = p;
    }

    /// @notice A run's configuration and accounting.
    function run(bytes32 runId) external view returns (Run memory) {
        return _run(runId);
    }

    /// @notice Number of runs created.
    function runCount() external view returns (uint256) {
        return _runCount;
    }

    /// @notice A round's state, including its contributors in canonical order.
    function round(bytes32 runId, uint64 r) external view returns (Round memory) {
        return _rounds[runId][r];
    }

    /// @notice A peer's commitment for a round (zero if none).
    function commitment(bytes32 runId, uint64 r, address peer_) external view returns (Commitment memory) {
        return _commits[runId][r][peer_];
    }

    /// @notice A contribution's status.
    function status(bytes32 runId, uint64 r, address peer_) external view returns (ContributionStatus) {
        return _status[runId][r][peer_];
    }

    /// @notice The agreed model root that round r trains from: the run's
    /// initial root for round 0, else the root attested for round r-1 (zero
    /// while none is agreed).
    function modelRoot(bytes32 runId, uint64 r) external view returns (bytes32) {
        if (r == 0) return _run(runId).initialModelRoot;
        return _rounds[runId][r - 1].nextModelRoot;
    }

    /// @notice The verifiers the round's beacon assigns to solver's
    /// contribution: up to verifiersPerContribution distinct other
    /// contributors, drawn by a beacon-seeded partial Fisher-Yates shuffle.
    function verifiers(bytes32 runId, uint64 r, address solver) external view returns (address[] memory out) {
        Round storage rd = _closedRound(runId, r);
        if (_status[runId][r][solver] == ContributionStatus.None) revert NoContribution(runId, r, solver);
        address[] memory pool = new address[](rd.contributors.length - 1);
        uint256 n = 0;
        for (uint256 i = 0; i < rd.contributors.length; ++i) {
            if (rd.contributors[i] != solver) pool[n++] = rd.contributors[i];
        }
        uint256 k = _params.verifiersPerContribution < n ? _params.verifiersPerContribution : n;
        out = new address[](k);
        for (uint256 i = 0; i < k; ++i) {
            uint256 j = i + uint256(keccak256(abi.encode(rd.beacon, solver, i))) % (n - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            out[i] = pool[i];
        }
    }
}
